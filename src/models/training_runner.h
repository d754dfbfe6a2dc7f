// SPDX-License-Identifier: MIT
// Trains a copy of the session's trainer on a worker thread, reporting progress ten
// times a second, and can be cancelled at any epoch. It hands the trained copy back as soon
// as the last epoch ends: the trace of its next iteration is the session's business.
#pragma once

#include "core/trainer.h"

#include <QObject>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>

namespace backstep {

// The per-epoch history of a trainer, copied for the window's chart.
struct TrainingHistory {
    int offset = 0; // the epochs before these (0: the whole history)
    // Losses per sample (the mean, whatever the lesson's reduction), so training and test
    // compare on one chart; accuracies as fractions.
    QVector<double> loss, accuracy, testLoss, testAccuracy;
    double latestLoss = 0.0; // the last epoch's loss as the lesson reduces it (status line)
    Parameters parameters;   // the weights at the end of the last epoch
    // The history from epoch `from` on (so a running training sends only what is new).
    static TrainingHistory of(const Trainer& trainer, int from = 0);
    // Adds a later part (its offset must be this one's end).
    void append(const TrainingHistory& later);
};

class TrainingRunner : public QObject {
    Q_OBJECT
public:
    explicit TrainingRunner(QObject* parent = nullptr);
    ~TrainingRunner() override; // cancels and waits; what the run reports is dropped

    bool isRunning() const { return thread_ != nullptr; }
    // Starts `epochs` more epochs of a copy of `trainer`. Ignored while running.
    void start(const Trainer& trainer, int epochs);
    void cancel();
    // Blocks until the worker has finished (used when closing and by tests).
    void wait();
    // Cancels, waits and forgets the run: none of its progress or its end is reported any
    // more (another lesson replaced the trainer it started from). Not running afterwards.
    void abandon();

signals:
    // Epochs done so far in this run, and the epochs of history since the last report.
    void progress(int epochsDone, int epochsTotal, backstep::TrainingHistory newHistory);
    // The trained copy: complete, cancelled or stopped by a non-finite value.
    void finished(std::shared_ptr<backstep::Trainer> trainer, bool cancelled);
    // Memory ran out during the run; `finished` follows with the last complete iteration.
    void outOfMemory();

private:
    void release(); // waits for the worker and deletes its thread

    std::unique_ptr<QThread> thread_; // owned: deleted when the run is released
    std::atomic<bool> cancel_{false};
    quint64 run_ = 0; // of the current run; reports of older (abandoned) runs are dropped
};

} // namespace backstep

Q_DECLARE_METATYPE(std::shared_ptr<backstep::Trainer>)
Q_DECLARE_METATYPE(backstep::TrainingHistory)
