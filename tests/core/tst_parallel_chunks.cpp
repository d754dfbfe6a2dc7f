// SPDX-License-Identifier: MIT
// Chunks of a batch: every chunk runs once, errors come back to the caller, /proc/stat is
// read right, and while other programs keep every core busy the caller runs jobs alone.
#include "core/machine_load.h"
#include "core/parallel_chunks.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <csignal>
#include <fstream>
#include <stdexcept>
#include <thread>
#include <vector>

#if defined(__linux__)
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace backstep;

#if defined(__linux__)
namespace {

// A job of `count` chunks, each a few microseconds of arithmetic on its own slot.
void runSmallJob(int count, std::vector<double>& cells) {
    runChunks(count, 987654, [&](int c) {
        double x = c + 1;
        for (int i = 0; i < 4000; ++i)
            x = x * 0.999999 + 1e-9;
        cells[static_cast<size_t>(c)] = x;
    });
}

} // namespace
#endif

class TestParallelChunks : public QObject {
    Q_OBJECT
private slots:
    void everyChunkRunsOnce() {
        for (int count : {1, 2, 3, 16}) {
            std::vector<std::atomic<int>> runs(static_cast<size_t>(count));
            for (int job = 0; job < 200; ++job)
                runChunks(count, 1000 + count, [&](int c) { runs[static_cast<size_t>(c)]++; });
            for (const auto& r : runs)
                QCOMPARE(r.load(), 200);
        }
    }

    void aChunksErrorReachesTheCaller() {
        std::atomic<int> ran{0};
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runChunks(4, 4321, [&](int c) {
                                     ++ran;
                                     if (c == 2) throw std::runtime_error("chunk 2");
                                 }));
        QCOMPARE(ran.load(), 4); // the others still ran
    }

    void procStatLinesAddUp() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        const std::string text = "cpu  30 2 10 300 8 0 4 6 0 0\n"
                                 "cpu0 10 1 5 100 4 0 2 3 0 0\n"
                                 "cpu1 20 1 5 200 4 0 2 3 7 0\n"
                                 "intr 1 2 3\n"
                                 "cpu10 1 1 1 1 1 1 1 1 0 0\n";
        // busy = user + nice + system + irq + softirq + steal; idle and iowait are not busy
        const auto both = coreTicksFromProcStat(text, {0, 1});
        QVERIFY(both);
        QCOMPARE(both->busy, (10 + 1 + 5 + 2 + 3) + (20 + 1 + 5 + 2 + 3));
        QCOMPARE(both->total, (10 + 1 + 5 + 100 + 4 + 2 + 3) + (20 + 1 + 5 + 200 + 4 + 2 + 3));
        const auto second = coreTicksFromProcStat(text, {1});
        QVERIFY(second);
        QCOMPARE(second->busy, 31LL);
        const auto tenth = coreTicksFromProcStat(text, {10}); // not mistaken for cpu1
        QVERIFY(tenth);
        QCOMPARE(tenth->busy, 6LL);
        QVERIFY(!coreTicksFromProcStat(text, {0, 3})); // no line for core 3
    }

    void schedstatWaitIsTheSecondField() {
        QCOMPARE(runQueueWaitNs("947618491 3065020 26\n"), std::optional<long long>(3065020));
        QVERIFY(!runQueueWaitNs(""));
        QVERIFY(!runQueueWaitNs("12 x 3"));
    }

    void busyCoresLeaveTheCallerAlone() {
#if !defined(__linux__)
        QSKIP("reads Linux's /proc/stat");
#else
        MachineLoad load;
        if (load.cores() < 2 || computeThreads() < 2) QSKIP("one core or one compute thread");
        if (!readCoreTicks(allowedCores())) QSKIP("no /proc/stat line per core");
        std::ifstream quota("/sys/fs/cgroup/cpu.max"); // "max 100000" when the cores are whole
        std::string limit;
        if (quota >> limit && limit != "max") QSKIP("a CPU quota: fewer cores than listed");

        // One busy program per core, as a browser and a build would be. They end with this
        // process, and after 30 s whatever happens.
        std::vector<pid_t> busy;
        const auto stopBusy = [&] {
            for (pid_t pid : busy) {
                kill(pid, SIGKILL);
                waitpid(pid, nullptr, 0);
            }
        };
        for (int i = 0; i < load.cores(); ++i) {
            const pid_t pid = fork();
            if (pid == 0) {
                prctl(PR_SET_PDEATHSIG, SIGKILL);
                alarm(30);
                for (volatile unsigned long n = 0;; n = n + 1) {
                }
            }
            if (pid < 0) {
                stopBusy();
                QFAIL("fork failed");
            }
            busy.push_back(pid);
        }
        std::vector<double> cells(4);
        const auto runFor = [&](std::chrono::milliseconds span) {
            const auto until = std::chrono::steady_clock::now() + span;
            while (std::chrono::steady_clock::now() < until)
                runSmallJob(4, cells);
        };
        runFor(std::chrono::milliseconds(300)); // the load is noticed within a window or two
        const ChunkJobCounts before = chunkJobCounts();
        runFor(std::chrono::milliseconds(300));
        const ChunkJobCounts after = chunkJobCounts();
        // Spinning beside one busy program per core, this thread waits for a core at times.
        CallerWaiting waiting;
        bool keptWaiting = false;
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
        while (!keptWaiting && std::chrono::steady_clock::now() < until)
            keptWaiting = waiting.keptWaiting();
        std::optional<double> others = load.otherProgramsCores();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        others = load.otherProgramsCores();
        stopBusy();
        QVERIFY(others);
        // every core was kept busy by the children (at least most of each)
        QVERIFY2(*others > load.cores() - 0.5, qPrintable(QString::number(*others)));
        if (std::ifstream("/proc/thread-self/schedstat").good()) QVERIFY(keptWaiting);
        QVERIFY(after.alone > before.alone);
        QCOMPARE(after.helped, before.helped);
#endif
    }
};

QTEST_GUILESS_MAIN(TestParallelChunks)
#include "tst_parallel_chunks.moc"
