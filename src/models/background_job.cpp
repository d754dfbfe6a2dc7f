// SPDX-License-Identifier: MIT
#include "background_job.h"

#include "core/activations.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QThreadPool>

#include <new>

namespace backstep {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent), pool_(std::make_unique<QThreadPool>()) {
    pool_->setMaxThreadCount(1);
    pool_->setExpiryTimeout(2000);
}

BackgroundJob::~BackgroundJob() {
    pending_.reset();
    ++generation_;
    pool_->waitForDone(); // the queued result then finds no receiver and is dropped
}

void BackgroundJob::post(Work work) {
    ++generation_;
    pending_ = std::move(work);
    if (!running_) startNext();
}

void BackgroundJob::discard() {
    ++generation_;
    pending_.reset();
}

void BackgroundJob::startNext() {
    if (!pending_) return;
    running_ = true;
    Work work = std::move(*pending_);
    pending_.reset();
    const quint64 generation = generation_;
    pool_->start([this, work = std::move(work), generation] {
        // Only time nobody else wants: the window and a running training come first.
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        setComputeThreads(1);
        std::function<void()> apply;
        try {
            apply = work();
        } catch (const std::bad_alloc&) {
            apply = nullptr; // no picture this time; the view keeps the one it has
        }
        QMetaObject::invokeMethod(
            this,
            [this, apply = std::move(apply), generation] {
                running_ = false;
                if (generation == generation_ && apply) {
                    apply();
                    emit applied();
                }
                startNext();
            },
            Qt::QueuedConnection);
    });
}

void BackgroundJob::waitUntilIdle() {
    while (isBusy()) {
        pool_->waitForDone();
        // the result is queued to this thread: deliver it (and start what waits)
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

} // namespace backstep
