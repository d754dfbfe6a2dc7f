// SPDX-License-Identifier: MIT
#include "parallel_chunks.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace backstep {

namespace {

// A chunk should hold enough work (≈ 16384 cells through every step: some 15–30 µs) to repay
// the few microseconds a helper takes to join; at least 64 rows; at most 16 chunks.
constexpr Index kCellsPerChunk = 16384;
constexpr Index kMinRowsPerChunk = 64;
constexpr int kMaxChunks = 16;
constexpr int kMaxThreads = 4;

int defaultThreads() {
    const unsigned cores = std::thread::hardware_concurrency();
    return std::clamp(static_cast<int>(cores), 1, kMaxThreads);
}

thread_local int allowedThreads = defaultThreads();

void cpuRelax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

// One job at a time: `ticket` holds the job's chunk count (high 32 bits) and the next chunk
// to hand out (low 32 bits), so a claim and the count it is checked against are read in one
// atomic step. A helper that claims past the end simply stops; the caller publishes the next
// job only after every chunk of this one has finished, so `body` is stable while any chunk
// below the count is being run.
class Pool {
public:
    explicit Pool(int helpers) {
        for (int i = 0; i < helpers; ++i)
            std::thread([this] { helperLoop(); }).detach(); // lives as long as the process
        helpers_ = helpers;
    }

    int helpers() const { return helpers_; }

    // false when another thread is using the pool: the caller then runs its chunks alone.
    bool tryAcquire() { return !busy_.exchange(true, std::memory_order_acquire); }
    void release() { busy_.store(false, std::memory_order_release); }

    // Whether the helpers have been worth waking lately (see run): when they were not, the
    // next jobs run on the caller alone, for a number of jobs that doubles while it lasts.
    bool helpersPay() {
        if (serialJobsLeft_ == 0) return true;
        --serialJobsLeft_;
        return false;
    }

    void run(int count, const std::function<void(int)>& body) {
        body_ = &body;
        error_ = nullptr;
        done_.store(0, std::memory_order_relaxed);
        const Clock::time_point start = Clock::now();
        ticket_.store(static_cast<std::uint64_t>(count) << 32, std::memory_order_release);
        wake();
        const int own = work();
        const Clock::time_point ownDone = Clock::now();
        // Only chunks a helper has claimed are left; they are running now.
        for (int spins = 0; done_.load(std::memory_order_acquire) < count; ++spins) {
            if (spins < 2000)
                cpuRelax();
            else
                std::this_thread::yield(); // a helper was preempted mid-chunk: let it run
        }
        judge(count, own, ownDone - start, Clock::now() - ownDone);
        ticket_.store(0, std::memory_order_relaxed);
        body_ = nullptr;
        const std::exception_ptr error = error_;
        release();
        if (error) std::rethrow_exception(error);
    }

private:
    using Clock = std::chrono::steady_clock;

    // On a machine busy with other programs a helper may be preempted in the middle of its
    // chunk, and the caller then waits for it far longer than doing that chunk itself would
    // have taken (at the caller's own pace). Then the helpers are left out for a while. A
    // helper that came too late to take a chunk costs nothing and counts for nothing.
    void judge(int count, int own, Clock::duration ownTime, Clock::duration waited) {
        if (own == 0) return; // the helpers took every chunk: nothing to compare with
        const auto helpersChunksAlone = ownTime * (count - own) / own;
        if (waited * 10 > helpersChunksAlone * 9 + std::chrono::microseconds(5)) {
            serialJobsLeft_ = backoff_;
            backoff_ = std::min(backoff_ * 2, kMaxBackoff);
        } else {
            backoff_ = std::max(backoff_ / 2, kMinBackoff);
        }
    }

    // Claims and runs chunks until none is left; returns how many it ran.
    int work() {
        for (int ran = 0;; ++ran) {
            const std::uint64_t claim = ticket_.fetch_add(1, std::memory_order_acq_rel);
            const auto count = static_cast<std::uint32_t>(claim >> 32);
            const auto index = static_cast<std::uint32_t>(claim);
            if (index >= count) return ran;
            try {
                (*body_)(static_cast<int>(index));
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex_);
                if (!error_) error_ = std::current_exception();
            }
            done_.fetch_add(1, std::memory_order_acq_rel);
        }
    }

    void wake() {
        generation_.fetch_add(1, std::memory_order_seq_cst);
        if (sleepers_.load(std::memory_order_seq_cst) > 0) {
            std::lock_guard<std::mutex> lock(sleepMutex_);
            wakeUp_.notify_all();
        }
    }

    // A helper waits for the next job briefly on the CPU (training posts one every few tens
    // of microseconds), then asleep, so an idle program costs nothing.
    void helperLoop() {
        std::uint64_t seen = generation_.load(std::memory_order_acquire);
        for (;;) {
            bool woken = false;
            for (int spins = 0; spins < kSpinsBeforeSleep && !woken; ++spins) {
                cpuRelax();
                woken = generation_.load(std::memory_order_acquire) != seen;
            }
            if (!woken) {
                std::unique_lock<std::mutex> lock(sleepMutex_);
                sleepers_.fetch_add(1, std::memory_order_seq_cst);
                wakeUp_.wait(lock,
                             [&] { return generation_.load(std::memory_order_seq_cst) != seen; });
                sleepers_.fetch_sub(1, std::memory_order_seq_cst);
            }
            seen = generation_.load(std::memory_order_acquire);
            work();
        }
    }

    static constexpr int kSpinsBeforeSleep = 4000; // some 20–50 µs of pause instructions
    static constexpr int kMinBackoff = 8, kMaxBackoff = 4096; // jobs run alone after a slow one

    int serialJobsLeft_ = 0; // touched only by the thread holding `busy_`
    int backoff_ = kMinBackoff;

    int helpers_ = 0;
    std::atomic<bool> busy_{false};
    std::atomic<std::uint64_t> ticket_{0};
    std::atomic<int> done_{0};
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<int> sleepers_{0};
    const std::function<void(int)>* body_ = nullptr;
    std::exception_ptr error_;
    std::mutex errorMutex_, sleepMutex_;
    std::condition_variable wakeUp_;
};

Pool& pool() {
    static Pool* shared = new Pool(defaultThreads() - 1); // never destroyed: helpers outlive main
    return *shared;
}

} // namespace

int rowChunkCount(Index rows, Index cellsPerRow) {
    const Index byWork = rows * std::max<Index>(cellsPerRow, 1) / kCellsPerChunk;
    const Index byRows = rows / kMinRowsPerChunk;
    return static_cast<int>(std::clamp<Index>(std::min(byWork, byRows), 1, kMaxChunks));
}

RowChunk rowChunk(Index rows, int chunkCount, int chunk) {
    const Index begin = rows * chunk / chunkCount;
    const Index end = rows * (chunk + 1) / chunkCount;
    return {begin, end - begin};
}

void runChunks(int count, const std::function<void(int)>& body) {
    if (count > 1 && allowedThreads > 1 && pool().helpers() > 0 && pool().tryAcquire()) {
        if (pool().helpersPay()) {
            pool().run(count, body); // releases the pool
            return;
        }
        pool().release();
    }
    for (int i = 0; i < count; ++i)
        body(i);
}

void setComputeThreads(int threads) {
    allowedThreads = std::clamp(threads, 1, kMaxThreads);
}

int computeThreads() {
    return allowedThreads;
}

} // namespace backstep
