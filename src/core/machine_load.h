// SPDX-License-Identifier: MIT
// How busy other programs keep the cores this process may run on: a helper thread pays only
// when a core is free for it. On a machine whose cores are all taken by other work (a
// browser, a build), a helper that is preempted in the middle of its share of a batch makes
// the caller wait for a whole time slice, so one thread is faster there.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace backstep {

// Times (in clock ticks) from the per-core lines of Linux's /proc/stat, summed over the
// given cores: `busy` is every state but idle and I/O wait (steal counts as busy: the core
// was not ours to use).
struct CoreTicks {
    long long busy = 0;
    long long total = 0;
};
// nullopt when the text has no line for one of the cores.
std::optional<CoreTicks> coreTicksFromProcStat(const std::string& procStat,
                                               const std::vector<int>& cores);

// The cores this process may run on (its affinity mask; else 0 … hardware threads − 1).
std::vector<int> allowedCores();
// The ticks of those cores from /proc/stat now, or nullopt where it cannot be read.
std::optional<CoreTicks> readCoreTicks(const std::vector<int>& cores);

// The nanoseconds a thread has waited on a run queue, from its schedstat line ("run_ns
// wait_ns timeslices"), or nullopt.
std::optional<long long> runQueueWaitNs(const std::string& schedstat);

// Measures, over windows of a few tens of milliseconds, how many cores' worth of time other
// programs used: the cores' busy time minus this process's own CPU time. Cheap to ask often
// (it reads /proc/stat at most once per window). Not thread-safe: one caller at a time.
class MachineLoad {
public:
    MachineLoad();
    // Cores' worth of time other programs used in the last finished window (0 … cores), or
    // nullopt before the first window has finished or where /proc/stat cannot be read.
    std::optional<double> otherProgramsCores();
    // The cores this process may run on.
    int cores() const { return static_cast<int>(cores_.size()); }

private:
    using Clock = std::chrono::steady_clock;
    void sample(Clock::time_point now);

    std::vector<int> cores_;
    bool readable_ = true;
    Clock::time_point windowStart_{};
    CoreTicks startTicks_;
    double startOwnSeconds_ = 0;
    std::optional<double> lastOthers_;
    int windows_ = 0;
};

// Whether the thread that owns it was lately kept waiting for a core (runnable but not
// running, from Linux's /proc/thread-self/schedstat, in nanoseconds) for over a tenth of a
// 2 ms window: a sign, within milliseconds, that every core is taken. It stays true for
// 60 ms after. One per thread (thread_local): it reads the wait of the thread calling it.
class CallerWaiting {
public:
    bool keptWaiting();

private:
    using Clock = std::chrono::steady_clock;
    bool readable_ = true;
    bool started_ = false;
    Clock::time_point windowStart_{}, keptWaitingUntil_{};
    long long windowStartNs_ = 0;
};

} // namespace backstep
