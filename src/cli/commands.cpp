// SPDX-License-Identifier: MIT
#include "commands.h"

#include "command_support.h"
#include "display_width.h"
#include "progress_line.h"
#include "text_report.h"

#include "core/gradcheck.h"
#include "core/parallel_chunks.h"
#include "core/trace.h"
#include "core/trainer.h"
#include "io/core_wording.h"
#include "io/csv.h"
#include "io/file_writer.h"
#include "io/json_fields.h"
#include "io/lesson_loader.h"
#include "io/trace_export.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>
#include <optional>

namespace backstep::cli {

QString defaultLessonPath() {
    return QStringLiteral(":/lessons/01-three-samples.json");
}

int check(const QStringList& arguments) {
    QCommandLineParser parser;
    int exitCode = Ok;
    if (!parseArguments(
            parser, arguments,
            Cli::tr("Validate a lesson and print a summary, or its errors (exit code 2)."),
            exitCode))
        return exitCode;
    const auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    printOut(lessonSummary(*lesson));
    return Ok;
}

int trace(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption iterationOption(QStringLiteral("iteration"),
                                             Cli::tr("Iteration to trace, 1-based (default 1)."),
                                             QStringLiteral("K"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       Cli::tr("Folder for one CSV per matrix (X.csv, wh.csv, …)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         Cli::tr("Do not print the trace."));
    parser.addOptions({iterationOption, outOption, quietOption});
    int exitCode = Ok;
    if (!parseArguments(parser, arguments, Cli::tr("Write the 12-step trace of one iteration."),
                        exitCode))
        return exitCode;
    const auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    Trainer trainer = makeTrainer(*lesson);
    const auto iteration =
        positiveOption(parser, iterationOption, 1, lastIteration(trainer), exitCode);
    if (!iteration) return exitCode;
    if (!advanceTo(trainer, *iteration, Cli::tr("traced"))) return Failure;
    const Trace result = traceOfNextIteration(trainer);
    if (parser.isSet(outOption)) {
        const Saved saved = writeTraceCsvs(result, parser.value(outOption));
        if (!saved.ok()) {
            printError(saved.errorText());
            return Failure;
        }
    }
    if (!parser.isSet(quietOption))
        printOut(lessonSummary(*lesson) + '\n' + traceSummary(result, *iteration));
    return Ok;
}

int train(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
                                          Cli::tr("Epochs to train (default: the lesson's)."),
                                          QStringLiteral("N"));
    const QCommandLineOption lossOption(QStringLiteral("loss-csv"),
                                        Cli::tr("Write the loss (and accuracy) per epoch to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        Cli::tr("Folder for the final weights (wh.csv, bh.csv, wout.csv, bout.csv)."),
        QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        Cli::tr("Threads to train with (default: every core, at most 4; 1 for one)."),
        QStringLiteral("N"));
    parser.addOptions({epochsOption, lossOption, outOption, threadsOption});
    int exitCode = Ok;
    if (!parseArguments(parser, arguments, Cli::tr("Train a lesson and report the loss."),
                        exitCode))
        return exitCode;
    auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    const auto epochs = positiveOption(parser, epochsOption, lesson->training.epochs,
                                       LessonLimits::maxEpochs, exitCode);
    if (!epochs) return exitCode;
    const auto threads = positiveOption(parser, threadsOption, computeThreads(), 4, exitCode);
    if (!threads) return exitCode;
    setComputeThreads(static_cast<int>(*threads));

    // The samples move into the trainer, so a large set (Fashion-MNIST) is held only once.
    Trainer trainer(lesson->network, lesson->training, std::move(lesson->data), lesson->initial,
                    std::move(lesson->test));
    ProgressLine progress(static_cast<int>(*epochs));
    QElapsedTimer timer;
    timer.start();
    trainer.train(static_cast<int>(*epochs), [&](const Trainer& t) {
        progress.update(t.epochsCompleted(), t.epochLoss().back(), timer.nsecsElapsed());
        return true;
    });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    progress.finish();
    const ChunkJobCounts jobs = chunkJobCounts(); // all of them this run's

    const int done = trainer.epochsCompleted();
    QList<std::pair<QString, QString>> report{{Cli::tr("epochs:"), QString::number(done)}};
    const double rate = done / std::max(seconds, 1e-9);
    report.append({Cli::tr("time:"),
                   Cli::tr("%1 s (%2)")
                       .arg(seconds, 0, 'f', 4)
                       .arg(rate >= 10 || done == 0
                                ? Cli::tr("%1 epochs/s").arg(rate, 0, 'f', 0)
                                : Cli::tr("%1 s per epoch").arg(seconds / done, 0, 'g', 3))});
    if (usableComputeThreads() > 1 && jobs.helped + jobs.alone > 0) // big enough to share
        report.append({Cli::tr("threads:"),
                       Cli::tr("%1 (a helper thread took part in %2 of %3 passes over a batch "
                               "big enough to share)")
                           .arg(usableComputeThreads())
                           .arg(jobs.helped)
                           .arg(jobs.helped + jobs.alone)});
    if (!trainer.epochLoss().empty())
        report.append({Cli::tr("final loss:"), formatCsvNumber(trainer.epochLoss().back())});
    if (trainer.targetReached())
        report.append(
            {Cli::tr("stopped:"), Cli::tr("the loss reached stop_at_loss (%1) at epoch %2")
                                      .arg(formatCsvNumber(*lesson->training.stopAtLoss))
                                      .arg(trainer.epochsCompleted())});
    if (!trainer.epochAccuracy().empty())
        report.append(
            {Cli::tr("accuracy:"), QStringLiteral("%1").arg(trainer.epochAccuracy().back())});
    if (!trainer.epochTestLoss().empty())
        report.append({Cli::tr("test loss:"), formatCsvNumber(trainer.epochTestLoss().back())});
    if (!trainer.epochTestAccuracy().empty())
        report.append({Cli::tr("test accuracy:"),
                       QStringLiteral("%1").arg(trainer.epochTestAccuracy().back())});
    printOut(alignedFields(report));

    if (parser.isSet(lossOption)) {
        const QByteArray csv = lossHistoryCsv(trainer.epochLoss(), trainer.epochAccuracy(),
                                              trainer.epochTestLoss(), trainer.epochTestAccuracy());
        if (const Saved saved = writeFileAtomically(parser.value(lossOption), csv); !saved.ok()) {
            printError(saved.errorText());
            return Failure;
        }
    }
    if (parser.isSet(outOption)) {
        const Saved saved = writeParametersCsvs(trainer.parameters(), lesson->network,
                                                trainer.data(), parser.value(outOption));
        if (!saved.ok()) {
            printError(saved.errorText());
            return Failure;
        }
    }
    if (trainer.stop()) {
        printError(CoreWording::trainingStop(*trainer.stop()));
        return Failure;
    }
    return Ok;
}

int gradcheck(const QStringList& arguments) {
    QCommandLineParser parser;
    int exitCode = Ok;
    if (!parseArguments(
            parser, arguments,
            Cli::tr("Compare backprop's updates with −lr·∂L/∂θ from central finite differences."),
            exitCode))
        return exitCode;
    const auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    const Trainer trainer = makeTrainer(*lesson);
    Matrix X, y;
    lesson->data.gatherRows(trainer.nextBatch(), X, y);
    const double tolerance = 1e-6;
    const GradientCheckResult result =
        gradientCheck(lesson->network, lesson->training, lesson->initial, X, y);
    printOut(Cli::tr("Gradient check of iteration 1 (%1 samples), loss %2\n")
                 .arg(X.rows())
                 .arg(QString::fromStdString(lossFormula(lesson->training.loss))) +
             gradientCheckReport(result, tolerance));
    return result.passed(tolerance) ? Ok : Failure;
}

} // namespace backstep::cli
