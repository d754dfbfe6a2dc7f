// SPDX-License-Identifier: MIT
// backstep-cli sweep: a lesson trained over a grid of settings, one CSV row per configuration.
#include "command_support.h"
#include "commands.h"
#include "display_width.h"

#include "io/file_writer.h"
#include "io/sweep_csv.h"
#include "io/sweep_run.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace backstep::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int) {
    interrupted.store(true); // lock-free: safe in a signal handler
}

} // namespace

int sweep(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption gridOption(
        QStringLiteral("grid"),
        Cli::tr("Values of one setting, KEY=V1,V2,… (repeat for more keys). Keys: %1.")
            .arg(sweepKeys().join(QStringLiteral(", "))),
        QStringLiteral("KEY=VALUES"));
    const QCommandLineOption jobsOption(
        QStringLiteral("jobs"), Cli::tr("Configurations trained at once (default: one per core)."),
        QStringLiteral("N"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Cli::tr("The results, one CSV row per configuration."),
                                       QStringLiteral("FILE"));
    parser.addOptions({gridOption, jobsOption, outOption});
    int exitCode = Ok;
    if (!parseArguments(parser, arguments, Cli::tr("Train a lesson over a grid of settings."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || !parser.isSet(gridOption)) {
        printError(Cli::tr("sweep needs --grid KEY=V1,V2,… and --out FILE (see --help)"));
        return InvalidInput;
    }
    const auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    std::vector<SweepAxis> axes;
    for (const QString& text : parser.values(gridOption)) {
        QString error;
        const auto axis = parseSweepAxis(text, error);
        if (!axis) {
            printError(error);
            return InvalidInput;
        }
        for (const SweepAxis& earlier : axes)
            if (earlier.key == axis->key) {
                printError(Cli::tr("--grid %1: the key is given twice").arg(axis->key));
                return InvalidInput;
            }
        axes.push_back(*axis);
    }
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const auto jobs = positiveOption(parser, jobsOption, cores, 256, exitCode);
    if (!jobs) return exitCode;
    const SweepPlan plan = planSweep(*lesson, axes);
    if (!plan.error.isEmpty()) {
        printError(plan.error);
        return InvalidInput;
    }

    interrupted.store(false);
    const auto previous = std::signal(SIGINT, onInterrupt);
    std::atomic<int> finished{0};
    std::vector<std::optional<SweepResult>> results;
    QElapsedTimer clock;
    clock.start();
    std::thread runner(
        [&] { results = runSweep(plan, static_cast<int>(*jobs), interrupted, finished); });
    const bool terminal = isatty(fileno(stderr)) != 0;
    int shownWidth = 0;                        // terminal columns of the line shown
    qint64 nextReport = terminal ? 200 : 2000; // ms: a terminal line 5 times a second, a log
    for (;;) {                                 // line every 2 s, and the last state at the end
        const bool done = finished.load() >= plan.configurations || interrupted.load();
        if (done || clock.elapsed() >= nextReport) {
            if (!done || terminal || clock.elapsed() >= 2000) {
                const QString line = Cli::tr("sweep: %1/%2 configurations, %3 s")
                                         .arg(finished.load())
                                         .arg(plan.configurations)
                                         .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
                const int width = displayWidth(line); // spaces over a longer line before
                std::fprintf(stderr, terminal ? "\r%s%s" : "%s\n", line.toLocal8Bit().constData(),
                             QByteArray(std::max(0, shownWidth - width), ' ').constData());
                shownWidth = terminal ? width : 0;
            }
            nextReport += terminal ? 200 : 2000;
        }
        if (done) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    runner.join();
    std::signal(SIGINT, previous);
    if (terminal) std::fputc('\n', stderr);

    const QString out = parser.value(outOption);
    if (const Saved saved = writeFileAtomically(out, sweepResultsCsv(axes, results)); !saved.ok()) {
        printError(saved.errorText());
        return Failure;
    }
    int written = 0;
    for (const auto& r : results)
        written += r ? 1 : 0;
    if (interrupted.load()) {
        printError(Cli::tr("interrupted: %1 of %2 configurations finished and written to %3")
                       .arg(written)
                       .arg(plan.configurations)
                       .arg(out));
        return Interrupted;
    }
    printOut(Cli::tr("%1 configurations (%2 training runs) in %3 s on %4 threads: %5\n")
                 .arg(plan.configurations)
                 .arg(plan.runs.size())
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(*jobs)
                 .arg(out));
    return Ok;
}

} // namespace backstep::cli
