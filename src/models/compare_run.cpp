// SPDX-License-Identifier: MIT
#include "compare_run.h"

#include "core/parallel_chunks.h"
#include "core/trainer.h"
#include "io/core_wording.h"

#include <algorithm>

namespace backstep {

CompareRun::CompareRun(std::vector<Lesson> lessons, QStringList titles, int frames, QObject* parent)
    : QObject(parent) {
    for (size_t i = 0; i < lessons.size(); ++i) {
        Track t;
        t.title = titles.value(static_cast<qsizetype>(i));
        t.lesson = std::move(lessons[i]);
        t.snapshots.emplace_back(0, t.lesson.initial);
        tracks_.push_back(std::move(t));
    }
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int count = std::min(cores, trackCount());
    for (int i = 0; i < count; ++i)
        threads_.emplace_back([this, frames] {
            setComputeThreads(1);
            for (size_t t; (t = next_.fetch_add(1)) < tracks_.size() && !cancel_.load();)
                train(t, frames);
        });
}

CompareRun::~CompareRun() {
    cancel_.store(true);
    waitUntilFinished();
}

void CompareRun::waitUntilFinished() {
    for (std::thread& t : threads_)
        if (t.joinable()) t.join();
}

void CompareRun::train(size_t index, int frames) {
    Lesson lesson;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        lesson = tracks_[index].lesson;
    }
    const int epochs = lesson.training.epochs;
    const int stride = std::max(1, epochs / std::max(1, frames));
    Trainer trainer(lesson.network, lesson.training, std::move(lesson.data), lesson.initial,
                    std::move(lesson.test));
    QString stopped;
    while (trainer.epochsCompleted() < epochs && !cancel_.load()) {
        if (!trainer.runEpoch()) {
            stopped = CoreWording::trainingStop(*trainer.stop());
            break;
        }
        const int epoch = trainer.epochsCompleted();
        std::lock_guard<std::mutex> lock(mutex_);
        Track& t = tracks_[index];
        t.loss.push_back(trainer.epochLoss().back());
        if (epoch % stride == 0 || epoch == epochs)
            t.snapshots.emplace_back(epoch, trainer.parameters());
        if (trainer.targetReached()) break;
    }
    {
        std::lock_guard<std::mutex> lock(mutex_);
        Track& t = tracks_[index];
        if (t.snapshots.back().first != trainer.epochsCompleted())
            t.snapshots.emplace_back(trainer.epochsCompleted(), trainer.parameters());
        t.stopped = stopped;
        t.done = true;
    }
    const int finished = finished_.fetch_add(1) + 1;
    if (!cancel_.load())
        QMetaObject::invokeMethod(
            this, [this, finished] { emit progress(finished); }, Qt::QueuedConnection);
}

CompareRun::Track CompareRun::track(int index) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return tracks_[static_cast<size_t>(index)];
}

std::pair<int, Parameters> CompareRun::weightsAt(int index, int epoch) const {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto& snapshots = tracks_[static_cast<size_t>(index)].snapshots;
    auto it = std::upper_bound(snapshots.begin(), snapshots.end(), epoch,
                               [](int e, const auto& s) { return e < s.first; });
    return it == snapshots.begin() ? snapshots.front() : *(it - 1);
}

int CompareRun::maxEpochs() const {
    int most = 0;
    for (const Track& t : tracks_)
        most = std::max(most, t.lesson.training.epochs);
    return most;
}

} // namespace backstep
