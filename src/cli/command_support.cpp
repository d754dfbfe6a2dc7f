// SPDX-License-Identifier: MIT
#include "command_support.h"

#include "commands.h"
#include "progress_line.h"
#include "text_report.h"

#include "io/core_wording.h"
#include "io/json_fields.h"
#include "io/lesson_loader.h"

#include <QElapsedTimer>

#include <cstdio>

namespace backstep::cli {

void printOut(const QString& text) {
    const QByteArray bytes = terminalSafe(text).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString& line) {
    const QByteArray bytes = "backstep-cli: " + terminalSafe(line).toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                    int& exitCode) {
    parser.setApplicationDescription(usage);
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        Cli::tr("Lesson file (.json); the three-sample default when omitted."),
        QStringLiteral("[LESSON]"));
    const QCommandLineOption help(QStringList{"h", "help"}, Cli::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText() + Cli::tr(" (see --help)"));
        exitCode = InvalidInput;
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        exitCode = Ok;
        return false;
    }
    if (parser.positionalArguments().size() > 1) {
        printError(Cli::tr("expected one lesson file, got %1 (see --help)")
                       .arg(parser.positionalArguments().size()));
        exitCode = InvalidInput;
        return false;
    }
    return true;
}

std::optional<Lesson> loadLesson(const QCommandLineParser& parser) {
    const QString path = parser.positionalArguments().isEmpty()
                             ? defaultLessonPath()
                             : parser.positionalArguments().first();
    Loaded<Lesson> result = loadLessonFile(path);
    for (const QString& warning : result.warnings)
        printError(Cli::tr("warning: %1").arg(warning));
    for (const QString& error : result.errors)
        printError(error);
    return std::move(result.value);
}

std::optional<qint64> positiveOption(const QCommandLineParser& parser,
                                     const QCommandLineOption& option, qint64 fallback, qint64 most,
                                     int& exitCode) {
    if (!parser.isSet(option)) return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 1 || value > most) {
        printError(Cli::tr("--%1: expected a whole number from 1 to %2, got \"%3\"")
                       .arg(option.names().constLast())
                       .arg(most)
                       .arg(oneLine(parser.value(option))));
        exitCode = InvalidInput;
        return std::nullopt;
    }
    return value;
}

Trainer makeTrainer(const Lesson& lesson) {
    return Trainer(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
}

qint64 lastIteration(const Trainer& trainer) {
    return static_cast<qint64>(LessonLimits::maxEpochs) * std::max(1, trainer.iterationsPerEpoch());
}

bool advanceTo(Trainer& trainer, qint64 iteration, const QString& purpose) {
    ProgressLine progress(
        static_cast<int>((iteration - 1) / std::max(1, trainer.iterationsPerEpoch())));
    QElapsedTimer timer;
    timer.start();
    while (trainer.iterationsCompleted() < iteration - 1) {
        const int epochsBefore = trainer.epochsCompleted();
        if (!trainer.runIteration()) {
            progress.finish();
            printError(Cli::tr("%1 — before iteration %2 could be %3")
                           .arg(CoreWording::trainingStop(*trainer.stop()))
                           .arg(iteration)
                           .arg(purpose));
            return false;
        }
        if (trainer.epochsCompleted() > epochsBefore && !trainer.epochLoss().empty())
            progress.update(trainer.epochsCompleted(), trainer.epochLoss().back(),
                            timer.nsecsElapsed());
    }
    progress.finish();
    return true;
}

} // namespace backstep::cli
