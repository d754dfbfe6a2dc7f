// SPDX-License-Identifier: MIT
// Work for a view that need not hold up the window: one job at a time on a worker thread of
// its own, the newest request replacing one still waiting, and only the newest request's
// result applied (on the owner's thread). A view that falls behind skips pictures instead of
// queueing them.
#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThreadPool;

namespace backstep {

class BackgroundJob : public QObject {
    Q_OBJECT
public:
    // What runs on the worker: computes, then returns what to do with the result on the
    // owner's thread.
    using Work = std::function<std::function<void()>()>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override; // waits for a running job; its result is dropped

    // Runs `work` when the worker is free; a request still waiting is dropped.
    void post(Work work);
    // Forgets the waiting request and the result of the running one (a newer picture was
    // drawn another way).
    void discard();
    // Whether a request has not had its result applied yet.
    bool isBusy() const { return running_ || pending_.has_value(); }
    // Blocks until every request so far has been applied or dropped (tests, export).
    void waitUntilIdle();

signals:
    void applied(); // a result was applied

private:
    void startNext();

    std::unique_ptr<QThreadPool> pool_;
    std::optional<Work> pending_;
    bool running_ = false;
    quint64 generation_ = 0; // of the newest request; older results are dropped
};

} // namespace backstep
