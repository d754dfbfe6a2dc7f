// SPDX-License-Identifier: MIT
#include "csv.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <charconv>
#include <cmath>

namespace backstep {

QString formatCsvNumber(double value) {
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, static_cast<int>(result.ptr - buffer));
}

namespace {

QByteArray quoteField(const QByteArray& field) {
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') &&
        !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

} // namespace

std::optional<QList<QByteArray>> splitCsvLine(const QByteArray& line) {
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields << field;
            field.clear();
        } else {
            field += ch;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << field;
    return fields;
}

std::optional<double> csvNumber(const QByteArray& field) {
    bool ok = false;
    const double value = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QByteArray matrixToCsv(const Matrix& values, const std::vector<std::string>& columnLabels) {
    QByteArray text;
    for (size_t c = 0; c < columnLabels.size(); ++c)
        text += (c ? "," : "") + quoteField(QByteArray::fromStdString(columnLabels[c]));
    text += '\n';
    for (Index r = 0; r < values.rows(); ++r) {
        for (Index c = 0; c < values.cols(); ++c)
            text += (c ? "," : "") + formatCsvNumber(values(r, c)).toLatin1();
        text += '\n';
    }
    return text;
}

QByteArray lossHistoryCsv(const std::vector<double>& loss, const std::vector<double>& accuracy) {
    const bool withAccuracy = !accuracy.empty();
    QByteArray csv = withAccuracy ? "epoch,loss,accuracy\n" : "epoch,loss\n";
    for (size_t e = 0; e < loss.size(); ++e) {
        csv += QByteArray::number(static_cast<qulonglong>(e + 1)) + ',' + formatCsvNumber(loss[e]).toLatin1();
        if (withAccuracy && e < accuracy.size())
            csv += ',' + formatCsvNumber(accuracy[e]).toLatin1();
        csv += '\n';
    }
    return csv;
}

QString writeTextFileAtomically(const QString& path, const QByteArray& contents) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(contents) != contents.size()) {
        file.cancelWriting();
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot save: %2").arg(path, file.errorString());
    return {};
}

QString writeMatrixCsv(const QString& path, const Matrix& values,
                       const std::vector<std::string>& columnLabels) {
    return writeTextFileAtomically(path, matrixToCsv(values, columnLabels));
}

CsvScan scanCsv(const QByteArray& input, bool stopAtFirstProblem) {
    CsvScan scan;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    bool haveHeader = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        const auto problem = [&](const QString& what) {
            scan.problems.push_back({lineNumber, what});
            return stopAtFirstProblem || scan.problems.size() >= 100;
        };
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto fields = splitCsvLine(line);
        if (!haveHeader) {
            if (!fields || fields->size() > maxCsvColumns) {
                scan.fatal = {lineNumber, !fields ? QStringLiteral("a quoted field of the header is not closed")
                                                  : QStringLiteral("%1 columns is more than the limit of %2").arg(fields->size()).arg(maxCsvColumns)};
                return scan;
            }
            for (const QByteArray& f : *fields)
                scan.table.header << QString::fromUtf8(f.trimmed());
            haveHeader = true;
            continue;
        }
        if (!fields) {
            if (problem(QStringLiteral("a quoted field is not closed")))
                break;
            continue;
        }
        if (fields->size() != scan.table.header.size()) {
            if (problem(QStringLiteral("expected %1 fields like the header, got %2").arg(scan.table.header.size()).arg(fields->size())))
                break;
            continue;
        }
        if (static_cast<int>(scan.table.rows.size()) >= maxCsvRows) {
            scan.fatal = {lineNumber, QStringLiteral("more than %1 data rows; use a smaller sample").arg(maxCsvRows)};
            return scan;
        }
        std::vector<double> row;
        row.reserve(static_cast<size_t>(fields->size()));
        for (qsizetype c = 0; c < fields->size(); ++c) {
            const auto value = csvNumber((*fields)[c]);
            if (!value)
                break;
            row.push_back(*value);
        }
        if (row.size() != static_cast<size_t>(fields->size())) {
            const qsizetype c = static_cast<qsizetype>(row.size());
            if (problem(QStringLiteral("column '%1': '%2' is not a number").arg(scan.table.header[c], QString::fromUtf8((*fields)[c].trimmed().left(40)))))
                break;
            continue;
        }
        scan.table.rows.push_back(std::move(row));
    }
    if (!haveHeader)
        scan.fatal = {1, QStringLiteral("the file is empty; expected a header line of column names")};
    else if (scan.table.rows.empty() && scan.problems.empty())
        scan.fatal = {static_cast<int>(lines.size()), QStringLiteral("no data rows after the header")};
    return scan;
}

CsvReadResult parseCsv(const QByteArray& input, const QString& name) {
    const CsvScan scan = scanCsv(input, true);
    CsvReadResult result;
    if (scan.fatal.first > 0)
        result.error = QStringLiteral("%1 line %2: %3").arg(name).arg(scan.fatal.first).arg(scan.fatal.second);
    else if (!scan.problems.empty())
        result.error = QStringLiteral("%1 line %2: %3").arg(name).arg(scan.problems[0].first).arg(scan.problems[0].second);
    else
        result.table = scan.table;
    return result;
}

CsvReadResult readCsvFile(const QString& path, const QString& name) {
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("%1: cannot open the file: %2").arg(name, file.errorString())};
    const QByteArray bytes = file.read(maxCsvBytes + 1);
    if (bytes.size() > maxCsvBytes)
        return {std::nullopt, QStringLiteral("%1: larger than %2 MB").arg(name).arg(maxCsvBytes >> 20)};
    return parseCsv(bytes, name);
}

} // namespace backstep
