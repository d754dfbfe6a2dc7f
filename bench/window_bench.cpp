// SPDX-License-Identifier: MIT
// How the window performs, beside the command line's trainer on the same lesson, per lesson:
//   - the time to the first shown window;
//   - Next over two full iterations of steps (each including the repaint of what it changed,
//     the first and the 13th starting a new iteration): median and worst;
//   - the longest stall of the event loop while stepping and while training, measured by a
//     timer ticking every 5 ms on the window's thread;
//   - training throughput in the window (live chart and views) against the bare trainer on one
//     thread (what the window's training thread has), as a ratio;
//   - how long Cancel takes until the window answers (training over, controls back), and
//     until the sheet shows the trained iteration (its trace is built after the answer).
// Every view is visible (the evaluation dock floats beside the loss chart): the worst case.
// Usage: QT_QPA_PLATFORM=offscreen build/bin/window_bench [LESSON…]
// (BENCH_STEPS_ONLY=1 skips training and Cancel, for profiling the steps; BENCH_VERBOSE=1
// lists every step's time.)
#include "ui/main_window.h"

#include "common/window_on_state.h"

#include "core/activations.h"
#include "core/trainer.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace backstep;

namespace {

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) * 1e-6;
}

// The longest gap between ticks of a 5 ms timer on the window's thread: how long the event
// loop was kept from answering the student.
class StallMeter {
public:
    StallMeter() {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            worst_ = std::max(worst_, msSince(clock_));
            clock_.restart();
        });
    }
    void start() {
        worst_ = 0;
        clock_.start();
        timer_.start();
    }
    double stop() {
        timer_.stop();
        return std::max(worst_, msSince(clock_));
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    double worst_ = 0;
};

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double trainerEpochsPerSecond(const Lesson& lesson, int epochs, int threads) {
    setComputeThreads(threads);
    Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
    QElapsedTimer t;
    t.start();
    trainer.train(epochs);
    const double rate = epochs / (static_cast<double>(t.nsecsElapsed()) * 1e-9);
    setComputeThreads(2);
    return rate;
}

struct Figures {
    QString lesson;
    int samples = 0;
    double firstWindowMs = 0, stepMedianMs = 0, stepWorstMs = 0, newIterationMs = 0;
    double stepStallMs = 0, trainStallMs = 0;
    double windowRate = 0, cliRate = 0, cancelMs = 0, cancelSheetMs = 0;
};

__attribute__((noinline)) void newIterationStep(LessonSession* session) {
    session->nextStep();
    QApplication::processEvents();
}

// Steps through two whole iterations from step 12, as a student pressing Next twenty times a
// second would (Play at its fastest), each step followed by the repaint of what it changed.
void measureStepping(MainWindow& window, Figures& f) {
    LessonSession* session = window.session();
    session->finishIteration();
    QTest::qWait(300); // whatever the views do after a change, done
    const int steps = 2 * session->stageCount();
    std::vector<double> times;
    StallMeter stalls;
    QTimer stepper;
    stepper.setInterval(50);
    QObject::connect(&stepper, &QTimer::timeout, [&] {
        const bool newIteration = session->stage() == session->stageCount() - 1;
        QElapsedTimer one;
        one.start();
        session->nextStep();
        const double computed = msSince(one);
        QApplication::processEvents(); // the repaint of the changed grids, titles, formula bar
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "  (Next itself %.1f ms)\n", computed);
        times.push_back(msSince(one));
        if (newIteration) f.newIterationMs = std::max(f.newIterationMs, times.back());
        if (static_cast<int>(times.size()) == steps) stepper.stop();
    });
    stalls.start();
    stepper.start();
    while (stepper.isActive())
        QTest::qWait(10);
    QTest::qWait(500); // and what was deferred after the last step
    f.stepStallMs = stalls.stop();
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        for (size_t i = 0; i < times.size(); ++i)
            std::fprintf(stderr, "step %zu: %.1f ms\n", i + 1, times[i]);
    f.stepMedianMs = median(times);
    f.stepWorstMs = *std::max_element(times.begin(), times.end());
}

// For profiling: only steps that start a new iteration.
void profileNewIterations(MainWindow& window, int count) {
    LessonSession* session = window.session();
    double total = 0, cpu = 0;
    const auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) * 1e-6;
    };
    for (int i = 0; i < count; ++i) {
        session->finishIteration();
        QTest::qWait(100);
        QElapsedTimer one;
        one.start();
        const double cpuStart = threadCpuMs();
        newIterationStep(session);
        cpu += threadCpuMs() - cpuStart;
        total += msSince(one);
    }
    std::fprintf(stderr, "new iteration: %.1f ms on average, %.1f ms of it on the CPU\n",
                 total / count, cpu / count);
}

void measureTraining(MainWindow& window, Figures& f) {
    const Lesson lesson = window.session()->lesson();
    const int epochs = std::clamp(10000000 / std::max(1, f.samples), 200, 1000000);
    window.session()->reset();
    QTest::qWait(300);
    QSignalSpy finished(window.runner(), &TrainingRunner::finished);
    StallMeter stalls;
    stalls.start();
    QElapsedTimer clock;
    clock.start();
    window.trainEpochs(epochs);
    finished.wait(600000);
    f.windowRate = epochs / (msSince(clock) * 1e-3);
    f.trainStallMs = stalls.stop();
    f.cliRate = trainerEpochsPerSecond(lesson, epochs, 1);

    // Cancel: a long training, cancelled after a second; until the window answers, and until
    // the sheet shows where the training got to.
    window.session()->reset();
    QTest::qWait(300);
    QSignalSpy cancelled(window.runner(), &TrainingRunner::finished);
    window.trainEpochs(10000000);
    QTest::qWait(1000);
    clock.restart();
    window.cancelTraining();
    cancelled.wait(600000);
    QApplication::processEvents();
    f.cancelMs = msSince(clock);
    while (window.session()->adopting())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    f.cancelSheetMs = msSince(clock);
}

Figures measure(const QString& path) {
    Figures f;
    QElapsedTimer clock;
    clock.start();
    test::WindowOnState window;
    if (!window.openLesson(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return f;
    }
    window.resize(1400, 900);
    if (auto* evaluation = window.findChild<QDockWidget*>(QStringLiteral("evaluationDock")))
        evaluation->setFloating(true); // shown beside the loss chart
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) std::fprintf(stderr, "the window was not shown\n");
    window.repaint();
    f.firstWindowMs = msSince(clock);
    f.lesson = QFileInfo(path).completeBaseName();
    f.samples = window.session()->trainer().data().samples();
    measureStepping(window, f);
    if (const int n = qEnvironmentVariableIntValue("BENCH_NEW_ITERATIONS"))
        profileNewIterations(window, n);
    if (!qEnvironmentVariableIsSet("BENCH_STEPS_ONLY")) measureTraining(window, f);
    return f;
}

} // namespace

int main(int argc, char* argv[]) {
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type != QtDebugMsg && !text.contains(QLatin1String("This plugin does not support")))
            std::fprintf(stderr, "%s\n", qPrintable(text)); // not the offscreen platform's notes
    });
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BackstepBench"));
    QStringList lessons = app.arguments().mid(1);
    if (lessons.isEmpty())
        lessons = {QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/01-three-samples.json"),
                   QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-2000.json"),
                   QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-20000.json"),
                   QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-100000.json")};
    std::printf("%-18s %7s | %8s | %-23s | %-15s | %-24s | %-15s\n", "", "", "first",
                "Next step (ms)", "longest stall", "training (epochs/s)", "Cancel (ms)");
    std::printf("%-18s %7s | %8s | %7s %7s %7s | %7s %7s | %9s %9s %4s | %7s %7s\n", "lesson",
                "samples", "window", "median", "worst", "new it.", "steps", "train", "window",
                "cli 1 th", "ratio", "answer", "sheet");
    for (const QString& path : lessons) {
        const Figures f = measure(path);
        if (f.samples == 0) continue;
        std::printf("%-18s %7d | %8.1f | %7.2f %7.2f %7.2f | %7.1f %7.1f | %9.0f %9.0f %4.2f | "
                    "%7.1f %7.1f\n",
                    qPrintable(f.lesson.left(18)), f.samples, f.firstWindowMs, f.stepMedianMs,
                    f.stepWorstMs, f.newIterationMs, f.stepStallMs, f.trainStallMs, f.windowRate,
                    f.cliRate, f.windowRate / f.cliRate, f.cancelMs, f.cancelSheetMs);
        std::fflush(stdout);
    }
    return 0;
}
