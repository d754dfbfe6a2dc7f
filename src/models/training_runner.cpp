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
    qRegisterMetaType<std::shared_ptr<backstep::Trace>>();
    qRegisterMetaType<backstep::TrainingHistory>();
}

TrainingRunner::~TrainingRunner() {
    cancel();
    wait();
}

void TrainingRunner::start(const Trainer& trainer, int epochs) {
    if (thread_) return;
    cancel_ = false;
    auto job = std::make_shared<Trainer>(trainer);
    thread_ = QThread::create([this, job, epochs] {
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
                // microsecond
                if (((done & 15) == 0 && clock.elapsed() >= nextReport) || done == epochs ||
                    done == 1) {
                    nextReport = clock.elapsed() + 100; // ten updates a second
                    QMetaObject::invokeMethod(
                        this,
                        [this, done, epochs, history = TrainingHistory::of(t, sent)] {
                            emit progress(done, epochs, history);
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
        // The window shows the next iteration: its trace is built here, not on the window's
        // thread (tens of milliseconds for the largest lessons).
        std::shared_ptr<Trace> trace;
        try {
            trace = std::make_shared<Trace>(buildTrace(
                job->network(), job->config(), job->parameters(), job->data(), job->nextBatch()));
        } catch (const std::bad_alloc&) {
            trace.reset(); // the window builds it, or says why it cannot
        }
        QMetaObject::invokeMethod(
            this,
            [this, job, cancelled, outOfMemory, trace] {
                if (outOfMemory) emit this->outOfMemory();
                if (thread_) {
                    thread_->wait();
                    thread_->deleteLater();
                    thread_ = nullptr;
                }
                emit finished(job, cancelled, trace);
            },
            Qt::QueuedConnection);
    });
    thread_->start();
}

void TrainingRunner::cancel() {
    cancel_ = true;
}

void TrainingRunner::wait() {
    if (thread_) thread_->wait();
}

} // namespace backstep
