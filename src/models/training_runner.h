// SPDX-License-Identifier: MIT
// Trains a copy of the session's trainer on a worker thread, reporting progress ten
// times a second, and can be cancelled at any epoch.
#pragma once

#include "core/trainer.h"

#include <QObject>
#include <QThread>
#include <QVector>

#include <atomic>
#include <memory>

namespace backstep {

class TrainingRunner : public QObject {
    Q_OBJECT
public:
    explicit TrainingRunner(QObject* parent = nullptr);
    ~TrainingRunner() override; // cancels and waits

    bool isRunning() const { return thread_ != nullptr; }
    // Starts `epochs` more epochs of a copy of `trainer`. Ignored while running.
    void start(const Trainer& trainer, int epochs);
    void cancel();
    // Blocks until the worker has finished (used when closing and by tests).
    void wait();

signals:
    // Epochs done so far in this run and the loss (and accuracy) history of the whole trainer.
    void progress(int epochsDone, int epochsTotal, QVector<double> loss, QVector<double> accuracy);
    // The trained copy: complete, cancelled or stopped by a non-finite value.
    void finished(std::shared_ptr<backstep::Trainer> trainer, bool cancelled);

private:
    QThread* thread_ = nullptr;
    std::atomic<bool> cancel_{false};
};

} // namespace backstep

Q_DECLARE_METATYPE(std::shared_ptr<backstep::Trainer>)
