// SPDX-License-Identifier: MIT
// The next iteration, worked out ahead on a worker thread while the student steps through
// this one: a copy of the trainer one iteration on, and that iteration's trace. Next at step
// 12 then only takes it. The worker also frees what a new iteration replaced (a large trace
// takes milliseconds to free). It computes on one core, leaving the other to the window.
//
// The worker reads the session's trainer while it copies it: the session calls cancel()
// before it changes or replaces its trainer.
#pragma once

#include "core/trace.h"
#include "core/trainer.h"

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace backstep {

class IterationPrefetch {
public:
    struct Result {
        std::unique_ptr<Trainer> trainer; // one iteration on (or stopped: see ran)
        bool ran = false;                 // runIteration's answer
        std::optional<Trace> trace;       // of the iteration after that one, when it ran
    };

    IterationPrefetch();
    IterationPrefetch(const IterationPrefetch&) = delete;
    IterationPrefetch& operator=(const IterationPrefetch&) = delete;
    ~IterationPrefetch(); // waits for the worker

    // Starts working out the iteration after `source`'s current one; `garbage` is freed there
    // first. Lessons too large to hold a second copy are not worked out ahead.
    void start(const Trainer& source, std::shared_ptr<void> garbage = {});
    // The worked-out iteration (waiting for it if need be), or nothing when none was started
    // or the worker ran out of memory.
    std::optional<Result> take();
    // Forgets a started iteration once the worker no longer reads the trainer.
    void cancel();
    // Frees `garbage` on the worker thread (after what it is doing now).
    void dispose(std::shared_ptr<void> garbage);
    // Builds the trace of `source`'s next iteration on the worker (the caller keeps `source`
    // unchanged until takeTrace() or cancel()), then calls `done` there.
    void startTrace(const Trainer& source, std::function<void()> done);
    // That trace (waiting for it if need be), or nothing when none was started or the worker
    // could not build it.
    std::optional<Trace> takeTrace();

private:
    void run(std::function<void()> work);
    void wait();

    std::unique_ptr<QThread> thread_;
    // Written by the worker, read after wait().
    std::optional<Result> result_;
    std::optional<Trace> trace_;
};

} // namespace backstep
