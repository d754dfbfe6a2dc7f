// SPDX-License-Identifier: MIT
// backstep-cli animate: the training of a lesson as an animated GIF (see render/animation.h).
#include "command_support.h"
#include "commands.h"
#include "progress_line.h"

#include "io/core_wording.h"
#include "io/file_writer.h"
#include "io/json_fields.h"
#include "io/lesson_loader.h"
#include "render/animation.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <atomic>
#include <csignal>

namespace backstep::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onAnimateInterrupt(int) {
    interrupted.store(true); // lock-free: safe in a signal handler
}

} // namespace

int animate(const QStringList& arguments) {
    QCommandLineParser parser;
    const QCommandLineOption epochsOption(QStringLiteral("epochs"),
                                          Cli::tr("Epochs to train (default: the lesson's)."),
                                          QStringLiteral("N"));
    const QCommandLineOption framesOption(
        QStringLiteral("frames"),
        Cli::tr("A frame every F epochs: epoch 0 (the initial weights), F, 2F, … and the "
                "last epoch (default 1: every epoch)."),
        QStringLiteral("F"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        Cli::tr("Frame size in pixels, WxH (default 1200x450; from %1x%2 to %3x%4).")
            .arg(AnimationLimits::minWidth)
            .arg(AnimationLimits::minHeight)
            .arg(AnimationLimits::maxWidth)
            .arg(AnimationLimits::maxHeight),
        QStringLiteral("WxH"));
    const QCommandLineOption unitsOption(
        QStringLiteral("units"),
        Cli::tr("The two units of the first hidden layer whose plane the hidden panels "
                "show, 1-based (default 1,2)."),
        QStringLiteral("A,B"));
    const QCommandLineOption outOption(QStringLiteral("out"), Cli::tr("The animated GIF to write."),
                                       QStringLiteral("FILE.gif"));
    parser.addOptions({epochsOption, framesOption, sizeOption, unitsOption, outOption});
    int exitCode = Ok;
    if (!parseArguments(
            parser, arguments,
            Cli::tr("Train a lesson and record it as an animated GIF: with two inputs the "
                    "input space and the hidden space before and after the activation, "
                    "else the loss and the network; each frame titled with its epoch, "
                    "accuracy and loss."),
            exitCode))
        return exitCode;
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        printError(Cli::tr("animate: --out FILE.gif is required (see --help)"));
        return InvalidInput;
    }
    AnimationSettings settings;
    if (parser.isSet(sizeOption)) {
        const auto size = parseFrameSize(parser.value(sizeOption));
        if (!size) {
            printError(Cli::tr("--size: expected WIDTHxHEIGHT in pixels such as 1200x450, "
                               "got \"%1\"")
                           .arg(parser.value(sizeOption)));
            return InvalidInput;
        }
        settings.size = *size;
    }
    const auto frames = positiveOption(parser, framesOption, 1, LessonLimits::maxEpochs, exitCode);
    if (!frames) return exitCode;
    settings.frameStep = static_cast<int>(*frames);
    auto lesson = loadLesson(parser);
    if (!lesson) return InvalidInput;
    const auto epochs = positiveOption(parser, epochsOption, lesson->training.epochs,
                                       LessonLimits::maxEpochs, exitCode);
    if (!epochs) return exitCode;
    settings.epochs = static_cast<int>(*epochs);
    if (parser.isSet(unitsOption)) {
        const QStringList units = parser.value(unitsOption).split(QLatin1Char(','));
        const int count = lesson->network.hidden.empty() ? 0 : lesson->network.hidden[0];
        bool okA = false, okB = false;
        const int a = units.value(0).trimmed().toInt(&okA),
                  b = units.value(1).trimmed().toInt(&okB);
        if (units.size() != 2 || !okA || !okB || a == b || a < 1 || b < 1 || a > count ||
            b > count) {
            printError(count < 2 ? Cli::tr("--units: the first hidden layer has %1 unit(s); "
                                           "the hidden panels need two")
                                       .arg(count)
                                 : Cli::tr("--units %1: expected two different units from 1 "
                                           "to %2, such as 1,2")
                                       .arg(oneLine(parser.value(unitsOption)))
                                       .arg(count));
            return InvalidInput;
        }
        settings.unitA = a - 1;
        settings.unitB = b - 1;
    }
    if (const QString problem = animationSettingsProblem(settings); !problem.isEmpty()) {
        printError(problem);
        return InvalidInput;
    }
    // A folder that cannot take the file is found before the training, not after it.
    const QString path = parser.value(outOption);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        printError((folder.isDir() ? Cli::tr("--out %1: the folder %2 is not writable; choose "
                                             "another place")
                                   : Cli::tr("--out %1: the folder %2 does not exist; choose "
                                             "another place"))
                       .arg(path, folder.filePath()));
        return Failure;
    }

    Trainer trainer(lesson->network, lesson->training, std::move(lesson->data), lesson->initial,
                    std::move(lesson->test));
    interrupted.store(false);
    const auto previous = std::signal(SIGINT, onAnimateInterrupt);
    ProgressLine progress(settings.epochs);
    QElapsedTimer timer;
    timer.start();
    const AnimationResult result = recordAnimation(
        std::move(trainer), settings, AnimationTexts{},
        animationFont(QGuiApplication::font(), settings.size.height()),
        [&](int epoch, double loss) { progress.update(epoch, loss, timer.nsecsElapsed()); },
        interrupted);
    progress.finish();
    std::signal(SIGINT, previous);
    if (result.cancelled) {
        printError(Cli::tr("animate: interrupted; %1 not written").arg(path));
        return Interrupted;
    }
    if (!result.error.isEmpty()) {
        printError(result.error);
        return Failure;
    }
    if (result.targetReached)
        printOut(Cli::tr("stopped: the loss reached stop_at_loss at epoch %1\n")
                     .arg(result.epochsTrained));
    if (result.stop)
        printError(Cli::tr("warning: %1 — the animation ends at epoch %2")
                       .arg(CoreWording::trainingStop(*result.stop))
                       .arg(result.epochsTrained));
    if (const Saved saved = writeFileAtomically(path, result.gif); !saved.ok()) {
        printError(saved.errorText());
        return Failure;
    }
    printOut(Cli::tr("%1: %2 frames of %3x%4 (epochs 0 to %5), %6 bytes, %7 s\n")
                 .arg(path)
                 .arg(result.frames)
                 .arg(settings.size.width())
                 .arg(settings.size.height())
                 .arg(result.epochsTrained)
                 .arg(QFileInfo(path).size())
                 .arg(static_cast<double>(timer.nsecsElapsed()) * 1e-9, 0, 'f', 2));
    return Ok;
}

} // namespace backstep::cli
