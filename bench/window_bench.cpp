// SPDX-License-Identifier: MIT
// How the window performs, beside the command line on the same lesson:
//   time to the first shown window, one Next step including its repaint, and training
//   throughput in the window (live chart) against the bare trainer (what backstep-cli runs).
// Usage: QT_QPA_PLATFORM=offscreen build/bin/window_bench [LESSON…]
#include "ui/main_window.h"
#include "ui/space_views.h"

#include "core/activations.h"
#include "core/trainer.h"
#include "io/lesson_loader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace backstep;

namespace {

double trainerEpochsPerSecond(const Lesson& lesson, int epochs, int threads) {
    setComputeThreads(threads);
    Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial);
    QElapsedTimer t;
    t.start();
    trainer.train(epochs);
    return epochs / (static_cast<double>(t.nsecsElapsed()) * 1e-9);
}

void measure(const QString& path, int trainEpochs) {
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    if (!window.openLesson(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return;
    }
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "the window was not shown\n");
    window.repaint();
    const double firstWindowMs = static_cast<double>(clock.nsecsElapsed()) * 1e-6;

    // Next steps, each followed by the event loop painting what the step changed
    const int steps = 48;
    double worstMs = 0;
    clock.restart();
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer one;
        one.start();
        window.session()->nextStep();
        QApplication::processEvents(); // the repaint of the changed grids, titles, formula bar, steps
        worstMs = std::max(worstMs, static_cast<double>(one.nsecsElapsed()) * 1e-6);
    }
    const double stepMs = static_cast<double>(clock.nsecsElapsed()) * 1e-6 / steps;

    const Lesson lesson = window.session()->lesson();
    window.session()->reset();
    QSignalSpy finished(window.runner(), &TrainingRunner::finished);
    clock.restart();
    window.trainEpochs(trainEpochs);
    finished.wait(600000);
    const double windowRate = trainEpochs / (static_cast<double>(clock.nsecsElapsed()) * 1e-9);
    const double cliRate = trainerEpochsPerSecond(lesson, trainEpochs, 2);
    const double oneThreadRate = trainerEpochsPerSecond(lesson, trainEpochs, 1);

    std::printf("%-30s %10.1f ms %9.2f ms %9.2f ms %12.0f %12.0f %12.0f %9.1f%% %9.1f%%\n", qPrintable(lesson.title.text().left(30)),
                firstWindowMs, stepMs, worstMs, windowRate, cliRate, oneThreadRate, 100.0 * (1.0 - windowRate / cliRate),
                100.0 * (1.0 - windowRate / oneThreadRate));
}

// Frame time of the input- and hidden-space views: compute the pictures and paint them, as
// each live update during training does.
void measureViews(const QString& path) {
    MainWindow window;
    if (!window.openLesson(path))
        return;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return;
    QSignalSpy finished(window.runner(), &TrainingRunner::finished);
    window.trainEpochs(200);
    finished.wait(600000);
    const Parameters params = window.session()->trainer().parameters();
    const int frames = 30;
    double worst = 0;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer one;
        one.start();
        window.spaceViews()->showLive(params, 200 + i);
        window.spaceViews()->repaint();
        worst = std::max(worst, static_cast<double>(one.nsecsElapsed()) * 1e-6);
    }
    std::printf("\n2-D views of %s (%d samples): %.1f ms a frame on average, %.1f ms at worst (compute and paint all three)\n",
                qPrintable(QFileInfo(path).fileName()), window.session()->trainer().data().samples(),
                static_cast<double>(all.nsecsElapsed()) * 1e-6 / frames, worst);
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BackstepBench"));
    QStringList lessons = app.arguments().mid(1);
    if (lessons.isEmpty())
        lessons = {QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/01-three-samples.json"),
                   QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-2000.json")};
    std::printf("%-30s %13s %12s %12s %12s %12s %12s %10s %10s\n", "lesson", "first window", "Next step", "worst step", "window ep/s",
                "cli ep/s", "cli 1 thread", "vs cli", "vs 1 thr.");
    for (const QString& lesson : lessons)
        measure(lesson, lesson.contains("moons") ? 5000 : 1000000);
    measureViews(QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-2000.json"));
    return 0;
}
