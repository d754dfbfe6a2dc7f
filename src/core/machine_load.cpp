// SPDX-License-Identifier: MIT
#include "machine_load.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#include <time.h>
#include <unistd.h>
#endif

namespace backstep {

namespace {

// The first window is short, so a short training run is decided early; later ones are
// longer, since /proc/stat counts in ticks of 10 ms.
constexpr auto kFirstWindow = std::chrono::milliseconds(20);
constexpr auto kWindow = std::chrono::milliseconds(60);
// The caller's own waiting for a core is read in nanoseconds, so short windows do.
constexpr auto kWaitWindow = std::chrono::milliseconds(2);
constexpr double kWaitingShare = 0.1;

// The whole text of a small file such as /proc/stat ("" when it cannot be read).
std::string textOfFile(const char* path) {
    std::ifstream file(path);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

double ownCpuSeconds() {
#if defined(__linux__)
    timespec t{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t) == 0)
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
#endif
    return 0;
}

double ticksPerSecond() {
#if defined(__linux__)
    const long hz = sysconf(_SC_CLK_TCK);
    if (hz > 0) return static_cast<double>(hz);
#endif
    return 100;
}

} // namespace

std::vector<int> allowedCores() {
    std::vector<int> cores;
#if defined(__linux__)
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        for (int c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &set)) cores.push_back(c);
#endif
    if (cores.empty())
        for (unsigned c = 0; c < std::max(1u, std::thread::hardware_concurrency()); ++c)
            cores.push_back(static_cast<int>(c));
    return cores;
}

std::optional<CoreTicks> coreTicksFromProcStat(const std::string& procStat,
                                               const std::vector<int>& cores) {
    CoreTicks sum;
    std::vector<bool> seen(cores.size(), false);
    std::istringstream lines(procStat);
    std::string line;
    while (std::getline(lines, line)) {
        // "cpu3 user nice system idle iowait irq softirq steal guest guest_nice"
        if (line.rfind("cpu", 0) != 0 || line.size() < 4 || line[3] < '0' || line[3] > '9')
            continue;
        std::istringstream fields(line.substr(3));
        int core = -1;
        fields >> core;
        size_t which = 0;
        while (which < cores.size() && cores[which] != core)
            ++which;
        if (which == cores.size()) continue;
        long long value[8] = {};
        for (long long& v : value)
            fields >> v; // missing fields (old kernels) stay 0
        if (fields.fail() && !fields.eof()) return std::nullopt;
        // guest time is already inside user time, so only the first eight fields add up
        const long long idle = value[3] + value[4];
        long long total = 0;
        for (long long v : value)
            total += v;
        sum.total += total;
        sum.busy += total - idle;
        seen[which] = true;
    }
    for (bool s : seen)
        if (!s) return std::nullopt;
    return sum;
}

std::optional<long long> runQueueWaitNs(const std::string& schedstat) {
    std::istringstream fields(schedstat);
    long long run = 0, wait = 0;
    if (!(fields >> run >> wait) || wait < 0) return std::nullopt;
    return wait;
}

std::optional<CoreTicks> readCoreTicks(const std::vector<int>& cores) {
    return coreTicksFromProcStat(textOfFile("/proc/stat"), cores);
}

MachineLoad::MachineLoad() : cores_(allowedCores()) {}

bool CallerWaiting::keptWaiting() {
    if (!readable_) return false;
    const Clock::time_point now = Clock::now();
    if (!started_ || now - windowStart_ >= kWaitWindow) {
        const std::optional<long long> wait =
            runQueueWaitNs(textOfFile("/proc/thread-self/schedstat"));
        if (!wait) {
            readable_ = false;
            return false;
        }
        if (started_) {
            const double waited = static_cast<double>(*wait - windowStartNs_);
            const double span =
                std::chrono::duration<double, std::nano>(now - windowStart_).count();
            if (waited > kWaitingShare * span) keptWaitingUntil_ = now + kWindow;
        }
        started_ = true;
        windowStart_ = now;
        windowStartNs_ = *wait;
    }
    return now < keptWaitingUntil_;
}

void MachineLoad::sample(Clock::time_point now) {
    const std::optional<CoreTicks> ticks = readCoreTicks(cores_);
    if (!ticks) {
        readable_ = false;
        return;
    }
    const double own = ownCpuSeconds();
    if (windows_ > 0) {
        const double seconds = std::chrono::duration<double>(now - windowStart_).count();
        const double busy = static_cast<double>(ticks->busy - startTicks_.busy) / ticksPerSecond();
        const double others = (busy - (own - startOwnSeconds_)) / seconds;
        lastOthers_ = std::clamp(others, 0.0, static_cast<double>(cores_.size()));
    }
    ++windows_;
    windowStart_ = now;
    startTicks_ = *ticks;
    startOwnSeconds_ = own;
}

std::optional<double> MachineLoad::otherProgramsCores() {
    if (!readable_) return std::nullopt;
    const Clock::time_point now = Clock::now();
    if (windows_ == 0 || now - windowStart_ >= (windows_ == 1 ? kFirstWindow : kWindow))
        sample(now);
    return lastOthers_;
}

} // namespace backstep
