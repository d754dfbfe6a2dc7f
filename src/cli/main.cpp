// SPDX-License-Identifier: MIT
// backstep-cli: check, trace, train and gradcheck lessons without a display.
#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

const char* usage =
    "Usage: backstep-cli COMMAND [LESSON] [options]\n"
    "\n"
    "Commands:\n"
    "  check LESSON                                   validate; print a summary, or the errors (exit 2)\n"
    "  trace LESSON [--iteration K] --out DIR         write the 12-step trace of iteration K (1-based)\n"
    "  train LESSON [--epochs N] [--loss-csv FILE] [--out DIR]   train; DIR gets the final weights\n"
    "  gradcheck LESSON                               backprop's updates vs central finite differences\n"
    "\n"
    "Without LESSON the tutorial's three-sample lesson is used.\n"
    "Run 'backstep-cli COMMAND --help' for a command's options.\n"
    "Exit codes: 0 ok, 2 invalid input, 1 other failure.\n";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("backstep-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments[1] == "--help" || arguments[1] == "-h" || arguments[1] == "help") {
        std::fputs(usage, arguments.size() < 2 ? stderr : stdout);
        return arguments.size() < 2 ? backstep::cli::InvalidInput : backstep::cli::Ok;
    }
    if (arguments[1] == "--version") {
        std::printf("backstep-cli 0.1.0\n");
        return 0;
    }
    const QString command = arguments.takeAt(1);
    if (command == "check")
        return backstep::cli::check(arguments);
    if (command == "trace")
        return backstep::cli::trace(arguments);
    if (command == "train")
        return backstep::cli::train(arguments);
    if (command == "gradcheck")
        return backstep::cli::gradcheck(arguments);
    std::fprintf(stderr, "backstep-cli: unknown command \"%s\"; use check, trace, train or gradcheck (see --help)\n",
                 command.toLocal8Bit().constData());
    return backstep::cli::InvalidInput;
}
