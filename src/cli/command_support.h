// SPDX-License-Identifier: MIT
// What the subcommands of backstep-cli share: printing, option parsing, loading the lesson
// and training up to the iteration a command looks at.
#pragma once

#include "core/trainer.h"
#include "io/lesson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep::cli {

// The context of the tool's own words: Cli::tr("…"), in the user's language (main.cpp
// installs the translations).
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Everything printed goes through terminalSafe: a lesson's title cannot send escape
// sequences to the terminal, and a NUL in it does not cut the output short.
void printOut(const QString& text);
void printError(const QString& line); // "backstep-cli: " + line

// Parses a subcommand's options; prints the error or help and sets `exitCode` when done.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
                    int& exitCode);

// The lesson named on the command line (or the default one); prints warnings and errors.
std::optional<Lesson> loadLesson(const QCommandLineParser& parser);

// A whole number from 1 to `most`, or `fallback` when the option is not given.
std::optional<qint64> positiveOption(const QCommandLineParser& parser,
                                     const QCommandLineOption& option, qint64 fallback, qint64 most,
                                     int& exitCode);

Trainer makeTrainer(const Lesson& lesson);

// The last iteration a lesson can reach: 10⁷ epochs' worth.
qint64 lastIteration(const Trainer& trainer);

// Runs iterations (with a progress line) until the trainer's next one is `iteration`.
// On a non-finite value prints why, naming `purpose` ("traced"), and returns false.
bool advanceTo(Trainer& trainer, qint64 iteration, const QString& purpose);

} // namespace backstep::cli
