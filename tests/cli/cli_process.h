// SPDX-License-Identifier: MIT
// Runs a program (backstep-cli by default) as a separate process for the command-line tests.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace backstep::testing {

struct ProcessRun {
    int exitCode = -1; // −1: crashed, did not start, or did not finish in time
    QString out, err;
};

inline ProcessRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs) {
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs)) return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline ProcessRun runCli(const QStringList& arguments, int timeoutMs = 120000) {
    return runProgram(QStringLiteral(BACKSTEP_CLI), arguments, timeoutMs);
}

} // namespace backstep::testing
