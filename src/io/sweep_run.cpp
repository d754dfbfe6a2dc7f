// SPDX-License-Identifier: MIT
#include "sweep_run.h"

#include "core/parallel_chunks.h"
#include "core/trainer.h"

#include <chrono>
#include <thread>

namespace backstep {

namespace {

using Clock = std::chrono::steady_clock;

SweepResult readCheckpoint(const Trainer& t, const std::vector<QString>& choices,
                           Clock::duration elapsed) {
    SweepResult r;
    r.choices = choices;
    r.epochsRun = t.epochsCompleted();
    r.seconds = std::chrono::duration<double>(elapsed).count();
    if (!t.epochLoss().empty()) r.finalLoss = t.epochLoss().back();
    if (!t.epochAccuracy().empty()) r.trainAccuracy = t.epochAccuracy().back();
    if (!t.epochTestAccuracy().empty()) r.testAccuracy = t.epochTestAccuracy().back();
    if (!t.epochTestLoss().empty()) r.testLoss = t.epochTestLoss().back();
    return r;
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
    QString error;
    std::optional<Lesson> lesson = run.load(error);
    if (!lesson) {
        for (size_t i = 0; i < run.epochs.size(); ++i) {
            SweepResult r;
            r.choices = run.choices[i];
            r.stopped = error;
            record(i, std::move(r));
        }
        return;
    }
    const Clock::time_point start = Clock::now();
    Trainer trainer(lesson->network, lesson->training, std::move(lesson->data), lesson->initial,
                    std::move(lesson->test));
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
            record(next, readCheckpoint(trainer, run.choices[next], Clock::now() - start));
            ++next;
        }
        if (trainer.targetReached()) { // the lesson's stop_at_loss: later counts end here
            stopped = QStringLiteral("reached stop_at_loss");
            break;
        }
    }
    if (stopped.isEmpty()) return;             // cancelled (or done): nothing more to report
    for (; next < run.epochs.size(); ++next) { // every later count ends where training ended
        SweepResult r = readCheckpoint(trainer, run.choices[next], Clock::now() - start);
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
    std::atomic<size_t> nextRun{0};
    const auto worker = [&] {
        setComputeThreads(1); // one core per run: the runs themselves fill the machine
        for (size_t r; (r = nextRun.fetch_add(1)) < plan.runs.size() && !cancel.load();)
            trainRun(plan.runs[r], cancel, finished, results, onResult);
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
