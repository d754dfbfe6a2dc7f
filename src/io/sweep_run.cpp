// SPDX-License-Identifier: MIT
#include "sweep_run.h"

#include "core/evaluation.h"
#include "core/iteration.h"
#include "core/losses.h"
#include "core/parallel_chunks.h"
#include "core/trainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <chrono>
#include <thread>

namespace backstep {

namespace {

using Clock = std::chrono::steady_clock;

// The held-out samples are scored at the checkpoints only, as the trainer scores them after
// every epoch (the same forward pass, loss and count): a sweep reads a run at a few epoch
// counts, and scoring 500 samples after each of 100 000 epochs cost a tenth of the time.
SweepResult readCheckpoint(const Trainer& t, const Dataset& test,
                           const std::vector<QString>& choices, Clock::duration elapsed) {
    SweepResult r;
    r.choices = choices;
    r.epochsRun = t.epochsCompleted();
    r.seconds = std::chrono::duration<double>(elapsed).count();
    if (!t.epochLoss().empty()) r.finalLoss = t.epochLoss().back();
    if (!t.epochAccuracy().empty()) r.trainAccuracy = t.epochAccuracy().back();
    if (test.samples() > 0 && t.epochsCompleted() > 0) {
        IterationWork work;
        forwardPass(t.network(), t.parameters(), test.X, work);
        const LayerWork& out = work.layers.back();
        const double sum = lossValue(t.config().loss, test.y, out.activation, out.input);
        r.testLoss = t.config().reducedLoss(sum, test.samples());
        if (t.isClassification())
            r.testAccuracy =
                static_cast<double>(correctPredictions(test.y, out.activation)) / test.samples();
    }
    return r;
}

// A rough cost of a run, read from its lesson file without loading the data, for handing out
// the longest runs first so that the last ones to start are short and the cores finish
// together: the hidden layers' weights (from one input) times the generated samples (1 for
// other data: the same for every run) times the last epoch count.
double runCost(const SweepRun& run) {
    const QJsonObject lesson = QJsonDocument::fromJson(run.lessonJson).object();
    const QJsonValue hidden = lesson.value(QStringLiteral("network")).toObject().value("hidden");
    double weights = 1, previous = 1;
    for (const QJsonValue units :
         hidden.isArray() ? hidden.toArray() : QJsonArray{hidden.isUndefined() ? 3 : hidden}) {
        weights += (previous + 1) * units.toDouble();
        previous = units.toDouble();
    }
    weights += previous + 1;
    const double samples =
        lesson.value(QStringLiteral("data")).toObject().value("samples").toDouble(1.0);
    return weights * samples * (run.epochs.empty() ? 0 : run.epochs.back());
}

void trainRun(const SweepRun& run, const std::atomic<bool>& cancel, std::atomic<int>& finished,
              std::vector<std::optional<SweepResult>>& results,
              const SweepResultCallback& onResult) {
    const auto record = [&](size_t checkpoint, SweepResult r) {
        const int configuration = run.configuration[checkpoint];
        if (onResult) onResult(configuration, r);
        results[static_cast<size_t>(configuration)] = std::move(r);
        finished.fetch_add(1);
    };
    Loaded<Lesson> loaded = run.load();
    std::optional<Lesson>& lesson = loaded.value;
    if (!lesson) {
        for (size_t i = 0; i < run.epochs.size(); ++i) {
            SweepResult r;
            r.choices = run.choices[i];
            r.stopped = loaded.errorText();
            record(i, std::move(r));
        }
        return;
    }
    const Clock::time_point start = Clock::now();
    const Dataset test = std::move(lesson->test);
    Trainer trainer(lesson->network, lesson->training, std::move(lesson->data), lesson->initial);
    size_t next = 0; // the next checkpoint
    QString stopped;
    while (next < run.epochs.size() && !cancel.load()) {
        if (!trainer.runEpoch()) {
            const TrainingStop& s = *trainer.stop();
            stopped = QStringLiteral("a non-finite value in %1 (step %2) in epoch %3")
                          .arg(QString::fromStdString(s.matrix))
                          .arg(s.step)
                          .arg(s.epoch);
            break;
        }
        while (next < run.epochs.size() && trainer.epochsCompleted() == run.epochs[next]) {
            record(next, readCheckpoint(trainer, test, run.choices[next], Clock::now() - start));
            ++next;
        }
        if (trainer.targetReached()) { // the lesson's stop_at_loss: later counts end here
            stopped = QStringLiteral("reached stop_at_loss");
            break;
        }
    }
    if (stopped.isEmpty()) return;             // cancelled (or done): nothing more to report
    for (; next < run.epochs.size(); ++next) { // every later count ends where training ended
        SweepResult r = readCheckpoint(trainer, test, run.choices[next], Clock::now() - start);
        r.stopped = stopped;
        record(next, std::move(r));
    }
}

} // namespace

std::vector<std::optional<SweepResult>> runSweep(const SweepPlan& plan, int threads,
                                                 const std::atomic<bool>& cancel,
                                                 std::atomic<int>& finished,
                                                 const SweepResultCallback& onResult) {
    std::vector<std::optional<SweepResult>> results(static_cast<size_t>(plan.configurations));
    std::vector<size_t> order(plan.runs.size());
    std::vector<double> cost(plan.runs.size());
    for (size_t r = 0; r < order.size(); ++r) {
        order[r] = r;
        cost[r] = runCost(plan.runs[r]);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return cost[a] > cost[b]; });
    std::atomic<size_t> nextRun{0};
    const auto worker = [&] {
        setComputeThreads(1); // one core per run: the runs themselves fill the machine
        for (size_t r; (r = nextRun.fetch_add(1)) < order.size() && !cancel.load();)
            trainRun(plan.runs[order[r]], cancel, finished, results, onResult);
    };
    std::vector<std::thread> pool;
    const int count = std::max(1, std::min<int>(threads, static_cast<int>(plan.runs.size())));
    for (int i = 1; i < count; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    return results;
}

} // namespace backstep
