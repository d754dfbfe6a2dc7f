// SPDX-License-Identifier: MIT
#include "training_runner.h"

#include "core/activations.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace backstep {

namespace {
QVector<double> toVector(const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); }
} // namespace

TrainingHistory TrainingHistory::of(const Trainer& t) {
    return {toVector(t.epochLoss()), toVector(t.epochAccuracy()), toVector(t.epochTestLoss()), toVector(t.epochTestAccuracy()),
            t.parameters()};
}

TrainingRunner::TrainingRunner(QObject* parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<backstep::Trainer>>();
    qRegisterMetaType<backstep::TrainingHistory>();
}

TrainingRunner::~TrainingRunner() {
    cancel();
    wait();
}

void TrainingRunner::start(const Trainer& trainer, int epochs) {
    if (thread_)
        return;
    cancel_ = false;
    auto job = std::make_shared<Trainer>(trainer);
    thread_ = QThread::create([this, job, epochs] {
        setComputeThreads(1); // the other core stays with the window
        QElapsedTimer clock;
        clock.start();
        qint64 nextReport = 0;
        int done = 0;
        job->train(epochs, [&](const Trainer& t) {
            ++done;
            if (clock.elapsed() >= nextReport || done == epochs) {
                nextReport = clock.elapsed() + 100; // ten updates a second
                QMetaObject::invokeMethod(this, [this, done, epochs, history = TrainingHistory::of(t)] {
                    emit progress(done, epochs, history);
                }, Qt::QueuedConnection);
            }
            return !cancel_.load();
        });
        const bool cancelled = cancel_.load();
        QMetaObject::invokeMethod(this, [this, job, cancelled] {
            if (thread_) {
                thread_->wait();
                thread_->deleteLater();
                thread_ = nullptr;
            }
            emit finished(job, cancelled);
        }, Qt::QueuedConnection);
    });
    thread_->start();
}

void TrainingRunner::cancel() { cancel_ = true; }

void TrainingRunner::wait() {
    if (thread_)
        thread_->wait();
}

} // namespace backstep
