// SPDX-License-Identifier: MIT
// Configurations trained side by side for the Compare window: each lesson on a thread of its
// own (one core each, as many at once as there are cores), its loss per epoch and its
// weights at evenly spaced epochs kept, so one epoch slider can show them all.
#pragma once

#include "io/lesson.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace backstep {

class CompareRun : public QObject {
    Q_OBJECT
public:
    struct Track {
        QString title;
        Lesson lesson;
        std::vector<double> loss;                          // per epoch trained so far
        std::vector<std::pair<int, Parameters>> snapshots; // epoch 0, then every `stride`
        QString stopped;                                   // a non-finite value, or empty
        bool done = false;
    };

    // Starts training every lesson for its epochs (`frames` snapshots each, about).
    CompareRun(std::vector<Lesson> lessons, QStringList titles, int frames = 100,
               QObject* parent = nullptr);
    ~CompareRun() override; // cancels and waits

    int trackCount() const { return static_cast<int>(tracks_.size()); }
    // A copy of the track as trained so far (the worker goes on meanwhile).
    Track track(int index) const;
    // The weights of `index` at the last snapshot at or before `epoch`, and that epoch.
    std::pair<int, Parameters> weightsAt(int index, int epoch) const;
    int maxEpochs() const; // the largest epoch count asked for
    bool isFinished() const { return finished_.load() == trackCount(); }
    void waitUntilFinished(); // tests

signals:
    void progress(int finishedTracks); // on the owner's thread, after each track ends

private:
    void train(size_t index, int frames);

    std::vector<Track> tracks_;
    mutable std::mutex mutex_;
    std::atomic<bool> cancel_{false};
    std::atomic<int> finished_{0};
    std::atomic<size_t> next_{0};
    std::vector<std::thread> threads_;
};

} // namespace backstep
