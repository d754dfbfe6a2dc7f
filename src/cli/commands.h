// SPDX-License-Identifier: MIT
// The subcommands of backstep-cli. Each returns the process exit code:
// 0 ok, 2 invalid input, 1 any other failure, 130 interrupted (Ctrl-C).
#pragma once

#include <QString>
#include <QStringList>

namespace backstep::cli {

enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2, Interrupted = 130 };

int check(const QStringList& arguments);
int trace(const QStringList& arguments);
int train(const QStringList& arguments);
int gradcheck(const QStringList& arguments);
int workbook(const QStringList& arguments); // workbook_command.cpp
int sweep(const QStringList& arguments);    // sweep_command.cpp
int handout(const QStringList& arguments);  // handout_command.cpp
int animate(const QStringList& arguments);  // animate_command.cpp

// The lesson used when none is given: the tutorial's three samples.
QString defaultLessonPath();

} // namespace backstep::cli
