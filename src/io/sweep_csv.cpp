// SPDX-License-Identifier: MIT
#include "sweep_csv.h"

#include "csv.h"

#include <QStringList>

namespace backstep {

namespace {

QString number(const std::optional<double>& value) {
    return value ? formatCsvNumber(*value) : QString();
}

} // namespace

QByteArray sweepResultsCsv(const std::vector<SweepAxis>& axes,
                           const std::vector<std::optional<SweepResult>>& results) {
    QStringList header;
    for (const SweepAxis& axis : axes)
        header << axis.key;
    header << "train_accuracy"
           << "test_accuracy"
           << "final_loss"
           << "test_loss"
           << "epochs_run"
           << "seconds"
           << "stopped";
    QByteArray csv = header.join(',').toUtf8() + '\n';
    for (const auto& result : results) {
        if (!result) continue; // not finished before Ctrl-C or Cancel
        QStringList row;
        for (const QString& choice : result->choices)
            row << choice;
        row << number(result->trainAccuracy) << number(result->testAccuracy)
            << (result->epochsRun > 0 ? formatCsvNumber(result->finalLoss) : QString())
            << number(result->testLoss) << QString::number(result->epochsRun)
            << QString::number(result->seconds, 'g', 4)
            << QStringLiteral("\"%1\"").arg(QString(result->stopped).replace('"', "\"\""));
        csv += row.join(',').toUtf8() + '\n';
    }
    return csv;
}

} // namespace backstep
