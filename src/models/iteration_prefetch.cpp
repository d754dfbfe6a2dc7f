// SPDX-License-Identifier: MIT
#include "iteration_prefetch.h"

#include "core/activations.h"
#include "core/memory_budget.h"

#include <QThread>

#include <new>
#include <utility>

namespace backstep {

namespace {
// A second trainer and trace must fit comfortably beside the first: no more than a quarter
// of what one lesson may use.
bool worthCopying(const Trainer& t) {
    const auto batch = static_cast<std::uint64_t>(t.nextBatch().size());
    const MemoryEstimate e =
        estimateTrainingMemory(t.network(), static_cast<std::uint64_t>(t.data().samples()), batch,
                               static_cast<std::uint64_t>(t.testData().samples()));
    return e.data + 2 * e.iteration <= maxTrainingBytes / 4;
}
} // namespace

IterationPrefetch::IterationPrefetch() = default;

IterationPrefetch::~IterationPrefetch() {
    wait();
}

void IterationPrefetch::run(std::function<void()> work) {
    wait();
    // One core: the window keeps the other. Not at idle priority: Next may have to wait for it,
    // and a thread at idle priority can wait for a busy machine indefinitely.
    thread_.reset(QThread::create([work = std::move(work)] {
        setComputeThreads(1);
        work();
    }));
    thread_->start();
}

void IterationPrefetch::wait() {
    if (thread_) thread_->wait();
    thread_.reset();
}

void IterationPrefetch::start(const Trainer& source, std::shared_ptr<void> garbage) {
    cancel();
    if (source.stop() || !worthCopying(source)) {
        dispose(std::move(garbage));
        return;
    }
    run([this, &source, garbage = std::move(garbage)]() mutable {
        garbage.reset();
        try {
            Result r;
            r.trainer = std::make_unique<Trainer>(source);
            r.ran = r.trainer->runIteration();
            if (r.ran) {
                r.trace = traceOfNextIteration(*r.trainer);
            }
            result_ = std::move(r);
        } catch (...) { // out of memory, mostly: the session computes it (or fails) itself
            result_.reset();
        }
    });
}

void IterationPrefetch::startTrace(const Trainer& source, std::function<void()> done) {
    cancel();
    run([this, &source, done = std::move(done)] {
        try {
            trace_ = traceOfNextIteration(source);
        } catch (...) { // out of memory, mostly: the session builds it (or fails) itself
            trace_.reset();
        }
        done();
    });
}

std::optional<Trace> IterationPrefetch::takeTrace() {
    wait();
    return std::exchange(trace_, std::nullopt);
}

std::optional<IterationPrefetch::Result> IterationPrefetch::take() {
    wait();
    return std::exchange(result_, std::nullopt);
}

void IterationPrefetch::cancel() {
    wait();
    result_.reset();
    trace_.reset();
}

void IterationPrefetch::dispose(std::shared_ptr<void> garbage) {
    if (!garbage) return;
    cancel();
    run([garbage = std::move(garbage)]() mutable { garbage.reset(); });
}

} // namespace backstep
