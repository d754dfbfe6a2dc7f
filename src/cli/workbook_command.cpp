// SPDX-License-Identifier: MIT
// backstep-cli workbook: the live workbook of one or more iterations (see io/workbook_writer.h).
#include "command_support.h"
#include "commands.h"

#include "io/workbook_writer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace backstep::cli {

int workbook(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption iterationOption(
        QStringLiteral("iteration"),
        Cli::tr("First iteration, 1-based: the first sheet (default 1)."), QStringLiteral("K"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        Cli::tr("Iterations to chain, one sheet each (default 1, at most %1).")
            .arg(kWorkbookMaxIterations),
        QStringLiteral("N"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        Cli::tr("Step whose cells are yellow, their inputs orange (default 12)."),
        QStringLiteral("S"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Cli::tr("The workbook to write (.xlsx)."), QStringLiteral("FILE"));
    parser.addOptions({iterationOption, iterationsOption, stepOption, outOption});
    int exitCode = Ok;
    if (!parseArguments(parser, arguments,
                        Cli::tr("Write a workbook whose every computed cell is a formula "
                                "of the cells it comes from, one sheet per iteration."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        printError(Cli::tr("workbook: --out FILE.xlsx is required (see --help)"));
        return InvalidInput;
    }
    const auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    Trainer trainer = makeTrainer(*lesson);
    const auto iteration =
        positiveOption(parser, iterationOption, 1, lastIteration(trainer), exitCode);
    if (!iteration) return exitCode;
    const auto iterations =
        positiveOption(parser, iterationsOption, 1, kWorkbookMaxIterations, exitCode);
    if (!iterations) return exitCode;
    const auto step = positiveOption(parser, stepOption, 12, 12, exitCode);
    if (!step) return exitCode;
    // The limits before any training: a refused workbook costs nothing.
    const int batchRows = lesson->training.batch.samplesPerIteration(lesson->data.samples());
    if (const QString problem = workbookSizeProblem(
            lesson->network, batchRows, static_cast<int>(*iterations), lesson->training);
        !problem.isEmpty()) {
        printError(problem);
        return InvalidInput;
    }
    if (!advanceTo(trainer, *iteration, Cli::tr("written"))) return Failure;

    WorkbookOptions options;
    options.step = static_cast<int>(*step);
    options.title = lesson->title.text(QLocale().name()).toStdString(); // the user's language
    const QString path = parser.value(outOption);
    QElapsedTimer timer;
    timer.start();
    if (const Saved saved =
            writeWorkbookFromTrainer(trainer, static_cast<int>(*iterations), options, path);
        !saved.ok()) {
        printError(saved.errorText());
        return Failure;
    }
    printOut(Cli::tr("%1: iterations %2 to %3, %4 bytes, written in %5 s\n")
                 .arg(path)
                 .arg(*iteration)
                 .arg(*iteration + *iterations - 1)
                 .arg(QFileInfo(path).size())
                 .arg(static_cast<double>(timer.nsecsElapsed()) * 1e-9, 0, 'f', 2));
    return Ok;
}

} // namespace backstep::cli
