// SPDX-License-Identifier: MIT
// The four subcommands of backstep-cli. Each returns the process exit code:
// 0 ok, 2 invalid input, 1 any other failure.
#pragma once

#include <QString>
#include <QStringList>

namespace backstep::cli {

enum ExitCode { Ok = 0, Failure = 1, InvalidInput = 2 };

int check(const QStringList& arguments);
int trace(const QStringList& arguments);
int train(const QStringList& arguments);
int gradcheck(const QStringList& arguments);

// The lesson used when none is given: the tutorial's three samples.
QString defaultLessonPath();

} // namespace backstep::cli
