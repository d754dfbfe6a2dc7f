// SPDX-License-Identifier: MIT
// backstep-cli: check, trace, train, gradcheck, sweep, animate and export lessons as workbooks
// without a display.
#include "command_support.h"
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <stdexcept>

namespace {

const char* usage = QT_TRANSLATE_NOOP(
    "Cli", "Usage: backstep-cli COMMAND [LESSON] [options]\n"
           "\n"
           "Commands:\n"
           "  check LESSON                                   validate; print a summary, "
           "or the errors (exit 2)\n"
           "  trace LESSON [--iteration K] --out DIR         write the 12-step trace of "
           "iteration K (1-based)\n"
           "  train LESSON [--epochs N] [--loss-csv FILE] [--out DIR]   train; DIR gets "
           "the final weights\n"
           "  gradcheck LESSON                               backprop's updates vs "
           "central finite differences\n"
           "  workbook LESSON [--iteration K] [--iterations N] [--step S] --out FILE.xlsx\n"
           "                                                 a live workbook: every "
           "computed cell a formula\n"
           "  handout LESSON [--iteration K] [--step S | --all] [--answers] [--paper a4|letter]\n"
           "          [--decimals D] --out FILE.pdf          a printable worksheet, or its "
           "answer key\n"
           "  sweep LESSON --grid KEY=V1,V2,… [--grid …] [--jobs N] --out FILE.csv\n"
           "                                                 train every combination; one "
           "CSV row each\n"
           "  animate LESSON [--epochs N] [--frames F] [--size WxH] [--units A,B] --out FILE.gif\n"
           "                                                 the training as an animated "
           "GIF, a frame every F epochs\n"
           "\n"
           "Without LESSON the tutorial's three-sample lesson is used.\n"
           "Run 'backstep-cli COMMAND --help' for a command's options.\n"
           "Exit codes: 0 ok, 2 invalid input, 1 other failure, 130 interrupted.\n");

// Qt's notice that XDG_RUNTIME_DIR is unset (as for root in a container, where the offscreen
// platform asks for it) is not the user's concern; every other message is passed on.
QtMessageHandler qtDefaultHandler = nullptr;
void quietRuntimeDirNotice(QtMsgType type, const QMessageLogContext& context,
                           const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
    qtDefaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
    // handout and animate paint with Qt Gui (fonts, QPainter) but never open a window: the
    // offscreen platform needs no display (unless QT_QPA_PLATFORM names another). Every other
    // command needs Qt Core alone.
    const bool painting =
        argc > 1 && (std::strcmp(argv[1], "handout") == 0 || std::strcmp(argv[1], "animate") == 0);
    if (painting) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        qtDefaultHandler = qInstallMessageHandler(quietRuntimeDirNotice);
    }
    const std::unique_ptr<QCoreApplication> app =
        painting ? std::unique_ptr<QCoreApplication>(new QGuiApplication(argc, argv))
                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backstep-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKSTEP_VERSION));
    // The user's language, as the window's: Backstep's own strings (the tool's, the lesson
    // loader's), then Qt's (the option parser's).
    QTranslator translator, qtTranslator;
    if (translator.load(QLocale(), QStringLiteral("backstep"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == "--help" || arguments[1] == "-h" ||
        arguments[1] == "help") {
        std::fputs(backstep::cli::Cli::tr(usage).toLocal8Bit().constData(),
                   arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? backstep::cli::InvalidInput : backstep::cli::Ok;
    }
    if (arguments[1] == "--version") {
        std::printf("backstep-cli %s\n", BACKSTEP_VERSION);
        return 0;
    }
    const QString command = arguments.takeAt(1);
    using Command = int (*)(const QStringList&);
    Command run = nullptr;
    if (command == "check")
        run = backstep::cli::check;
    else if (command == "trace")
        run = backstep::cli::trace;
    else if (command == "train")
        run = backstep::cli::train;
    else if (command == "gradcheck")
        run = backstep::cli::gradcheck;
    else if (command == "workbook")
        run = backstep::cli::workbook;
    else if (command == "sweep")
        run = backstep::cli::sweep;
    else if (command == "handout")
        run = backstep::cli::handout;
    else if (command == "animate")
        run = backstep::cli::animate;
    if (run) {
        try {
            return run(arguments);
        } catch (const std::bad_alloc&) {
            // Lessons are sized before they are loaded; this is the last line of defence.
            backstep::cli::printError(
                backstep::cli::Cli::tr(
                    "%1: out of memory; use a smaller lesson (fewer samples or units)")
                    .arg(command));
            return backstep::cli::Failure;
        } catch (const std::out_of_range& e) {
            // The core names what it could not find; every command checks its input first,
            // so this reaches the user only through a fault of backstep-cli itself.
            std::fprintf(stderr, "backstep-cli: %s: internal error: %s\n",
                         command.toLocal8Bit().constData(), e.what());
            return backstep::cli::Failure;
        }
    }
    backstep::cli::printError(
        backstep::cli::Cli::tr("unknown command \"%1\"; use check, trace, train, gradcheck, "
                               "workbook, sweep, handout or animate (see --help)")
            .arg(command));
    return backstep::cli::InvalidInput;
}
