// SPDX-License-Identifier: MIT
// Seed 004's whole grid the way the Sweep dock runs it, without a window: the dock's model
// (SweepModel) over lesson 13 with hidden 1, 2, 3, 4, 5, 10, 50 × tanh, sigmoid, relu × learning
// rates 1.2, 0.6, 0.1, 0.01, 0.001 × 100, 1000, 10 000, 100 000 epochs, then the default filters'
// pick tested on 500 fresh samples. Prints the times, the pick and its fresh-data accuracy.
//   sweep_window_grid [LESSON] [--epochs 100,1000] [--threads N] [--seed S] [--csv FILE]
#include "io/lesson_loader.h"
#include "models/sweep_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>

using namespace backstep;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString lessonPath =
        QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/13-moons-hyperparameters.json");
    QString epochs = QStringLiteral("100,1000,10000,100000"), csv;
    int threads = 0;
    quint64 seed = 2024;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == "--epochs" && i + 1 < args.size())
            epochs = args[++i];
        else if (args[i] == "--threads" && i + 1 < args.size())
            threads = args[++i].toInt();
        else if (args[i] == "--seed" && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == "--csv" && i + 1 < args.size())
            csv = args[++i];
        else
            lessonPath = args[i];
    }
    Loaded<Lesson> loaded = loadLessonFile(lessonPath);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errors.value(0)));
        return 2;
    }
    SweepModel model;
    model.setLesson(*loaded);
    model.setValues("hidden", "1,2,3,4,5,10,50");
    model.setValues("hidden_activation", "tanh,sigmoid,relu");
    model.setValues("learning_rate", "1.2,0.6,0.1,0.01,0.001");
    model.setValues("epochs", epochs);
    if (!model.refusal().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(model.refusal()));
        return 2;
    }
    std::printf("%d configurations in %d runs\n", model.configurationCount(), model.runCount());
    QElapsedTimer clock;
    clock.start();
    int shown = -1;
    QObject::connect(&model, &SweepModel::progress, [&](int done, int total) {
        const int tenth = 10 * done / std::max(1, total);
        if (tenth == shown) return;
        shown = tenth;
        std::printf("  %3d %%  %4d of %d  %.1f s\n", 10 * tenth, done, total,
                    clock.elapsed() / 1000.0);
        std::fflush(stdout);
    });
    QEventLoop loop;
    QObject::connect(&model, &SweepModel::runningChanged, [&](bool running) {
        if (!running) loop.quit();
    });
    if (!model.start(threads)) return 1;
    loop.exec();
    std::printf("sweep: %.1f s wall for %d rows\n", clock.elapsed() / 1000.0, model.rowCount());
    if (!csv.isEmpty()) {
        const QString error = model.exportCsv(csv).errorText();
        if (!error.isEmpty()) std::fprintf(stderr, "%s\n", qPrintable(error));
    }
    std::printf("%d rows pass the default filters (test accuracy >= 95 %%, gap <= 1 %%, <= 30 s)\n",
                model.passingCount());
    const int pick = model.fastestPassing();
    if (pick < 0) return 0;
    const SweepResult& r = model.result(pick);
    QStringList given;
    for (size_t a = 0; a < model.axes().size(); ++a)
        given << model.axes()[a].key + '=' + r.choices[a];
    std::printf("pick: %s: train %.2f %%, test %.2f %%, %.2f s\n", qPrintable(given.join(", ")),
                100 * r.trainAccuracy.value_or(0), 100 * r.testAccuracy.value_or(0), r.seconds);
    QObject::connect(&model, &SweepModel::freshDataScored, [&](int, const FreshDataScore& s) {
        std::printf("fresh data (seed %llu): %d of %d right, %.1f %%\n",
                    static_cast<unsigned long long>(seed), s.correct, s.samples,
                    100 * s.accuracy());
        loop.quit();
    });
    QObject::connect(&model, &SweepModel::freshDataFailed, [&](const QString& e) {
        std::printf("fresh data failed: %s\n", qPrintable(e));
        loop.quit();
    });
    clock.restart();
    model.testOnFreshData(pick, seed, 500);
    loop.exec();
    std::printf("fresh-data test: %.1f s\n", clock.elapsed() / 1000.0);
    return 0;
}
