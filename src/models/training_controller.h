// SPDX-License-Identifier: MIT
// Training as the window drives it, with every decision the views used to make: it owns the
// runner that trains on a worker thread, decides how Go to reaches an iteration (at once, or
// whole epochs in the background with progress and Cancel), says which weights the views show
// (the live weights of a running training, else the session's, or a replayed epoch) and judges
// them (judgement.h). The views read what they draw from here and never reach into the
// trainer. No widgets: the window words and shows what it reports.
#pragma once

#include "judgement.h"
#include "lesson_session.h"
#include "training_runner.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace backstep {

// How a training run ended, taken from the trained trainer before the session adopts it.
struct TrainingOutcome {
    bool cancelled = false;
    std::optional<QString> stopMessage; // stopped on a non-finite value: where, worded
    bool targetReached = false;         // the lesson's stop_at_loss was reached
    double lastLoss = 0.0;              // the last epoch's loss, in the lesson's reduction
    double stopAtLoss = 0.0;
    int epochsCompleted = 0;
    qint64 iterationsCompleted = 0;
};

// Weights of one epoch, as the views draw them.
struct EpochWeights {
    int epoch = 0;
    const Parameters* parameters = nullptr;
};

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(LessonSession* session, QObject* parent = nullptr);
    ~TrainingController() override; // cancels and waits; the run's reports are dropped

    TrainingRunner* runner() { return &runner_; }
    bool isRunning() const { return runner_.isRunning(); }
    // Trains `epochs` more epochs in the background from where the session is. Ignored while
    // running or without a lesson.
    void train(int epochs);
    // Goes to iteration `target` (1-based): at once, or — beyond 20 000 iterations or about
    // 5·10⁷ cell computations — the rest of this epoch at once, whole epochs in the background
    // and the last part when they end. `jumpFinished` tells when it has arrived, was
    // cancelled or stopped.
    void goToIteration(qint64 target);
    void cancel();
    void wait(); // blocks until the worker has finished (closing, tests)
    // Another lesson replaces the one training: nothing of the run reaches it.
    void abandon();
    // The whole loss history while a training runs.
    const TrainingHistory& runHistory() const { return runHistory_; }
    // The session's whole history, for the chart.
    TrainingHistory history() const;

    // What the views draw: the network, the data and the weights shown.
    const NetworkSpec& network() const;
    const Dataset& trainingData() const;
    const Dataset& testData() const;
    bool showsLive() const { return live_.has_value(); }
    // The live weights while training reports them, else the session's current weights.
    const Parameters& shownParameters() const;
    int shownEpoch() const; // the live weights' epoch, else the epochs completed
    // Live weights to show until the session's trace or lesson changes (the runner's
    // progress sets them).
    void showLive(const Parameters& params, int epoch);
    // The training history's snapshots of the weights, oldest first.
    int snapshotCount() const;
    int snapshotEpoch(int index) const;
    // The newest weights at or before `epoch`: a snapshot, or the current weights from the
    // last completed epoch on.
    EpochWeights weightsAt(int epoch) const;
    int epochsCompleted() const;
    int iterationsPerEpoch() const;
    const TrainingConfig& config() const; // the training settings in force

    // The evaluation of the shown weights: here, or as a job with copies of what it needs.
    Judgement judgeShown() const;
    std::function<Judgement()> judgementJob() const;
    int judgedSamples() const; // training and test samples

signals:
    void trainingStarted(int epochs);
    // The whole history so far, at most ten times a second.
    void progress(int epochsDone, int epochsTotal, const backstep::TrainingHistory& history);
    void liveParametersChanged();
    // The session has the trained trainer; the window leaves its training state.
    void trainingEnded();
    // A run has ended (unless it was part of a jump that goes on).
    void finished(const backstep::TrainingOutcome& outcome);
    // Memory ran out during a run; `finished` follows with the last complete iteration.
    void outOfMemory();
    // A jump stopped on a non-finite value (`message` says where) or ran out of memory
    // (`message` empty) at the sheet's iteration.
    void jumpStopped(const QString& message);
    void jumpFinished();

private:
    void runnerFinished(Trainer trainer, bool cancelled);
    bool jumpAtOnce(qint64 iteration); // false when it stopped

    LessonSession* session_;
    TrainingRunner runner_;
    TrainingHistory runHistory_;
    qint64 pendingIteration_ = 0; // where a jump that is training in the background ends
    std::optional<Parameters> live_;
    int liveEpoch_ = 0;
};

} // namespace backstep

Q_DECLARE_METATYPE(backstep::TrainingOutcome)
