// SPDX-License-Identifier: MIT
#include "parallel_chunks.h"

#include "machine_load.h"

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <mutex>
#include <optional>
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

// Every chunk on the calling thread, in order; the first exception a chunk threw.
std::exception_ptr runAlone(int count, const std::function<void(int)>& body) {
    std::exception_ptr error;
    for (int i = 0; i < count; ++i) {
        try {
            body(i);
        } catch (...) {
            if (!error) error = std::current_exception();
        }
    }
    return error;
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
    ChunkJobCounts counts() const {
        return {helpedJobs_.load(std::memory_order_relaxed),
                aloneJobs_.load(std::memory_order_relaxed)};
    }

    // false when another thread is using the pool: the caller then runs its chunks alone.
    bool tryAcquire() { return !busy_.exchange(true, std::memory_order_acquire); }
    void release() { busy_.store(false, std::memory_order_release); }

    // Runs the job, with the helpers or alone as its size has been faster, then releases the
    // pool. The first exception of a chunk is rethrown after that.
    void runTimed(int count, std::int64_t size, const std::function<void(int)>& body) {
        JobTimes& times = timesFor(size);
        // Other programs leave a core free (or nobody can tell) and the caller was not kept
        // waiting for one: time both ways as below; else the helper would only take turns
        // with them, and the caller runs alone.
        const std::optional<double> others = load_.otherProgramsCores();
        thread_local CallerWaiting callerWaiting; // each calling thread its own
        const bool coreFree =
            (!others || *others <= load_.cores() - kFreeCoreNeeded) && !callerWaiting.keptWaiting();
        const bool helped = coreFree && helpersPay(times);
        (helped ? helpedJobs_ : aloneJobs_).fetch_add(1, std::memory_order_relaxed);
        if (!helped) napHelpers(); // a helper spinning beside the caller would slow it down
        const Clock::time_point start = Clock::now();
        std::exception_ptr error;
        if (helped) {
            error = run(count, body);
        } else {
            error = runAlone(count, body);
        }
        if (coreFree)
            record(times, helped,
                   std::chrono::duration<double, std::nano>(Clock::now() - start).count());
        else
            times.lastHelped = false; // the helpers nap: the next helped job wakes them
        release(); // after the times are written: they belong to whoever holds the pool
        if (error) std::rethrow_exception(error);
    }

private:
    using Clock = std::chrono::steady_clock;

    // Jobs of the same size (a trainer's iterations) are timed both ways, a block of them
    // alone and then a block with the helpers, and the next 1024 run the way whose block was
    // faster; then both are timed again, so a machine that becomes busy (or quiet again) is
    // noticed. Whole blocks are compared because what counts is the total: on a machine busy
    // with other programs most jobs with a helper are as fast as on a quiet one, but now and
    // then the helper is preempted in the middle of its chunk and the caller waits for it.
    static constexpr int kTimedJobs = 8, kChosenJobs = 1024;

    struct JobTimes {
        std::int64_t size = -1;
        enum class Phase { TimingAlone, TimingHelped, Chosen } phase = Phase::TimingAlone;
        int jobsInPhase = 0;
        double alone = 0, helped = 0; // ns, summed over the blocks
        bool helpedFaster = false;
        bool lastHelped = false;
    };

    JobTimes& timesFor(std::int64_t size) {
        for (JobTimes& t : times_)
            if (t.size == size) return t;
        JobTimes& slot = times_[nextSlot_++ % times_.size()];
        slot = JobTimes();
        slot.size = size;
        return slot;
    }

    static bool helpersPay(const JobTimes& t) {
        switch (t.phase) {
        case JobTimes::Phase::TimingAlone:
            return false;
        case JobTimes::Phase::TimingHelped:
            return true;
        case JobTimes::Phase::Chosen:
            return t.helpedFaster;
        }
        return false;
    }

    static void record(JobTimes& t, bool helped, double ns) {
        const bool wakingUp = helped && !t.lastHelped; // includes waking the helpers: not timed
        t.lastHelped = helped;
        switch (t.phase) {
        case JobTimes::Phase::TimingAlone:
            t.alone += ns;
            if (++t.jobsInPhase == kTimedJobs) {
                t.phase = JobTimes::Phase::TimingHelped;
                t.jobsInPhase = 0;
            }
            return;
        case JobTimes::Phase::TimingHelped:
            if (wakingUp) return;
            t.helped += ns;
            if (++t.jobsInPhase == kTimedJobs) {
                t.helpedFaster = t.helped < t.alone;
                t.phase = JobTimes::Phase::Chosen;
                t.jobsInPhase = 0;
            }
            return;
        case JobTimes::Phase::Chosen:
            if (++t.jobsInPhase == kChosenJobs) {
                t.phase = JobTimes::Phase::TimingAlone;
                t.jobsInPhase = 0;
                t.alone = t.helped = 0;
            }
            return;
        }
    }

    // The job on the caller and the helpers; returns the first exception a chunk threw.
    std::exception_ptr run(int count, const std::function<void(int)>& body) {
        body_ = &body;
        error_ = nullptr;
        done_.store(0, std::memory_order_relaxed);
        ticket_.store(static_cast<std::uint64_t>(count) << 32, std::memory_order_release);
        wake();
        work();
        // Only chunks a helper has claimed are left; they are running now.
        for (int spins = 0; done_.load(std::memory_order_acquire) < count; ++spins) {
            if (spins < 2000)
                cpuRelax();
            else
                std::this_thread::yield(); // a helper was preempted mid-chunk: let it run
        }
        ticket_.store(0, std::memory_order_relaxed);
        body_ = nullptr;
        return error_;
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
        nap_.store(false, std::memory_order_seq_cst);
        generation_.fetch_add(1, std::memory_order_seq_cst);
        if (sleepers_.load(std::memory_order_seq_cst) > 0) {
            std::lock_guard<std::mutex> lock(sleepMutex_);
            wakeUp_.notify_all();
        }
    }

    // Sends the helpers to sleep now instead of at the end of their wait, and waits (briefly)
    // until they are: where the two cores are siblings of one physical core, a helper spinning
    // on one slows the caller on the other.
    void napHelpers() {
        if (sleepers_.load(std::memory_order_seq_cst) == helpers_) return;
        nap_.store(true, std::memory_order_seq_cst);
        const Clock::time_point until = Clock::now() + std::chrono::microseconds(200);
        while (sleepers_.load(std::memory_order_seq_cst) < helpers_ && Clock::now() < until)
            cpuRelax();
    }

    // A helper waits for the next job briefly on the CPU (training posts one every few tens
    // of microseconds), then asleep, so an idle program costs nothing.
    void helperLoop() {
        std::uint64_t seen = generation_.load(std::memory_order_acquire);
        for (;;) {
            bool woken = false;
            for (int spins = 0;
                 spins < kSpinsBeforeSleep && !woken && !nap_.load(std::memory_order_relaxed);
                 ++spins) {
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

    // A helper needs most of a core: with less than 1.5 cores left by other programs, the
    // caller and the helper would share one.
    static constexpr double kFreeCoreNeeded = 1.5;
    MachineLoad load_; // touched only by the thread holding `busy_`

    static constexpr int kSpinsBeforeSleep = 4000; // some 20–50 µs of pause instructions
    std::array<JobTimes, 8> times_;                // touched only by the thread holding `busy_`
    size_t nextSlot_ = 0;

    int helpers_ = 0;
    std::atomic<bool> busy_{false};
    std::atomic<long long> helpedJobs_{0}, aloneJobs_{0};
    std::atomic<std::uint64_t> ticket_{0};
    std::atomic<int> done_{0};
    std::atomic<std::uint64_t> generation_{0};
    std::atomic<int> sleepers_{0};
    std::atomic<bool> nap_{false}; // the caller runs alone for now: sleep without spinning
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

void runChunks(int count, std::int64_t size, const std::function<void(int)>& body) {
    if (count > 1 && allowedThreads > 1 && pool().helpers() > 0 && pool().tryAcquire()) {
        pool().runTimed(count, size, body); // releases the pool
        return;
    }
    if (const std::exception_ptr error = runAlone(count, body)) std::rethrow_exception(error);
}

ChunkJobCounts chunkJobCounts() {
    return pool().counts();
}

void setComputeThreads(int threads) {
    allowedThreads = std::clamp(threads, 1, kMaxThreads);
}

int computeThreads() {
    return allowedThreads;
}

int usableComputeThreads() {
    return std::min(allowedThreads, pool().helpers() + 1);
}

} // namespace backstep
