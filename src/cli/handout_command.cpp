// SPDX-License-Identifier: MIT
// backstep-cli handout: a printable worksheet (or its answer key) of one step or all steps of
// an iteration, as a PDF (see handout/handout_layout.h).
#include "command_support.h"
#include "commands.h"

#include "handout/handout_pdf.h"
#include "io/exercise.h"

#include <QFileInfo>
#include <QLocale>

namespace backstep::cli {

int handout(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption iterationOption(QStringLiteral("iteration"),
                                             Cli::tr("Iteration, 1-based (default 1)."),
                                             QStringLiteral("K"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        Cli::tr("The step of the worksheet, 1-12 (default 3, the first that computes)."),
        QStringLiteral("S"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       Cli::tr("All 12 steps, each on a page or more."));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"), Cli::tr("The answer key: the computed cells filled in."));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"), Cli::tr("a4 (default) or letter."), QStringLiteral("SIZE"));
    const QCommandLineOption decimalsOption(QStringLiteral("decimals"),
                                            Cli::tr("Digits after the point, %1-%2 (default 4).")
                                                .arg(kHandoutMinDecimals)
                                                .arg(kHandoutMaxDecimals),
                                            QStringLiteral("D"));
    const QCommandLineOption variantOption(
        QStringLiteral("variant"),
        Cli::tr("The student's own initial weights, as practice mode draws them for NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("The PDF to write."),
                                       QStringLiteral("FILE"));
    parser.addOptions({iterationOption, stepOption, allOption, answersOption, paperOption,
                       decimalsOption, variantOption, outOption});
    int exitCode = Ok;
    if (!parseArguments(parser, arguments,
                        Cli::tr("Write a printable worksheet of one step (or all steps) of "
                                "an iteration, or with --answers its answer key."),
                        exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        printError(Cli::tr("handout: --out FILE.pdf is required (see --help)"));
        return InvalidInput;
    }
    if (parser.isSet(stepOption) && parser.isSet(allOption)) {
        printError(Cli::tr("handout: give --step S or --all, not both"));
        return InvalidInput;
    }
    HandoutPaper paper = HandoutPaper::A4;
    if (parser.isSet(paperOption)) {
        const QString name = parser.value(paperOption).toLower();
        if (name == QStringLiteral("letter"))
            paper = HandoutPaper::Letter;
        else if (name != QStringLiteral("a4")) {
            printError(Cli::tr("--paper: expected a4 or letter, got \"%1\"")
                           .arg(parser.value(paperOption).left(40)));
            return InvalidInput;
        }
    }
    int decimals = 4;
    if (parser.isSet(decimalsOption)) {
        bool ok = false;
        decimals = parser.value(decimalsOption).toInt(&ok);
        if (!ok || decimals < kHandoutMinDecimals || decimals > kHandoutMaxDecimals) {
            printError(Cli::tr("--decimals: expected a whole number from %1 to %2, got \"%3\"")
                           .arg(kHandoutMinDecimals)
                           .arg(kHandoutMaxDecimals)
                           .arg(parser.value(decimalsOption).left(40)));
            return InvalidInput;
        }
    }
    const auto step = positiveOption(parser, stepOption, 3, 12, exitCode);
    if (!step) return exitCode;
    if (parser.isSet(variantOption) && parser.value(variantOption).trimmed().isEmpty()) {
        printError(Cli::tr("--variant: give the student's name"));
        return InvalidInput;
    }
    auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    const QString student = parser.value(variantOption).trimmed();
    if (!student.isEmpty()) *lesson = lessonVariant(*lesson, student);
    Trainer trainer = makeTrainer(*lesson);
    const auto iteration =
        positiveOption(parser, iterationOption, 1, lastIteration(trainer), exitCode);
    if (!iteration) return exitCode;
    if (!advanceTo(trainer, *iteration, Cli::tr("printed"))) return Failure;
    const Trace trace = traceOfNextIteration(trainer); // with the optimiser's state

    HandoutSettings settings;
    settings.lessonTitle = lesson->title.text(QLocale().name());
    if (!student.isEmpty())
        settings.lessonTitle = Cli::tr("%1 · variant of %2").arg(settings.lessonTitle, student);
    settings.iteration = *iteration;
    settings.step = parser.isSet(allOption) ? 0 : static_cast<int>(*step);
    settings.answers = parser.isSet(answersOption);
    settings.decimals = decimals;
    settings.pageSize = handoutPageSize(paper);
    const HandoutDocument document = layoutHandout(trace, settings);
    const QString path = parser.value(outOption);
    if (const Saved saved = writeHandoutPdf(document, path); !saved.ok()) {
        printError(saved.errorText());
        return Failure;
    }
    printOut(Cli::tr("%1: %2 pages, %3 bytes\n")
                 .arg(path)
                 .arg(document.pages.size())
                 .arg(QFileInfo(path).size()));
    return Ok;
}

} // namespace backstep::cli
