// SPDX-License-Identifier: MIT
#include "training_runner.h"

#include "core/activations.h"

#include <QElapsedTimer>
#include <QMetaObject>

#include <new>

namespace backstep {

namespace {
QVector<double> tail(const std::vector<double>& v, int from) {
    return from < static_cast<int>(v.size()) ? QVector<double>(v.begin() + from, v.end())
                                             : QVector<double>();
}
} // namespace

TrainingHistory TrainingHistory::of(const Trainer& t, int from) {
    return {from,
            tail(t.epochLossPerSample(), from),
            tail(t.epochAccuracy(), from),
            tail(t.epochTestLossPerSample(), from),
            tail(t.epochTestAccuracy(), from),
            t.epochLoss().empty() ? 0.0 : t.epochLoss().back(),
            t.parameters()};
}

void TrainingHistory::append(const TrainingHistory& later) {
    loss += later.loss;
    accuracy += later.accuracy;
    testLoss += later.testLoss;
    testAccuracy += later.testAccuracy;
    latestLoss = later.latestLoss;
    parameters = later.parameters;
}

TrainingRunner::TrainingRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<backstep::Trainer>>();
    qRegisterMetaType<backstep::TrainingHistory>();
}

TrainingRunner::~TrainingRunner() {
    cancel();
    release(); // the queued reports die with this object
}

void TrainingRunner::start(const Trainer& trainer, int epochs) {
    if (thread_) return;
    cancel_ = false;
    const quint64 run = ++run_;
    auto job = std::make_shared<Trainer>(trainer);
    thread_.reset(QThread::create([this, job, epochs, run] {
        setComputeThreads(1); // the other core stays with the window
        QElapsedTimer clock;
        clock.start();
        qint64 nextReport = 0;
        int done = 0;
        int sent = job->epochsCompleted(); // history already reported
        bool outOfMemory = false;
        try {
            job->train(epochs, [&](const Trainer& t) {
                ++done;
                // look at the clock every 16th epoch only: a small lesson's epoch is under a
                // microsecond. Not after the last epoch: `finished` shows the whole history.
                if (done == 1 ||
                    ((done & 15) == 0 && done < epochs && clock.elapsed() >= nextReport)) {
                    nextReport = clock.elapsed() + 100; // ten updates a second
                    QMetaObject::invokeMethod(
                        this,
                        [this, done, epochs, run, history = TrainingHistory::of(t, sent)] {
                            if (run == run_) emit progress(done, epochs, history);
                        },
                        Qt::QueuedConnection);
                    sent = t.epochsCompleted();
                }
                return !cancel_.load();
            });
        } catch (const std::bad_alloc&) {
            outOfMemory = true; // an iteration could not allocate; the ones before it stand
        }
        const bool cancelled = cancel_.load() || outOfMemory;
        // At once: the window answers Cancel without waiting for the next iteration's trace
        // (tens of milliseconds for the largest lessons), which the session builds.
        QMetaObject::invokeMethod(
            this,
            [this, job, cancelled, outOfMemory, run] {
                if (run != run_) return; // abandoned
                if (outOfMemory) emit this->outOfMemory();
                release();
                emit finished(job, cancelled);
            },
            Qt::QueuedConnection);
    }));
    thread_->start();
}

void TrainingRunner::cancel() {
    cancel_ = true;
}

void TrainingRunner::wait() {
    if (thread_) thread_->wait();
}

void TrainingRunner::abandon() {
    cancel();
    ++run_;
    release();
}

void TrainingRunner::release() {
    if (!thread_) return;
    thread_->wait();
    thread_.reset(); // with the worker's copy of the trainer, unless a report still holds it
}

} // namespace backstep
