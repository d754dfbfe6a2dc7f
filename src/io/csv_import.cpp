// SPDX-License-Identifier: MIT
#include "csv_import.h"

#include "csv.h"

#include "core/initialisation.h"

#include <cmath>

namespace backstep {

CsvImport importCsv(const QByteArray& input) {
    CsvImport result;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QList<QByteArray> lines = text.split('\n');
    const auto problem = [&](int line, const QString& what) {
        if (result.problems.size() < 100)
            result.problems << QStringLiteral("line %1: %2; skipped").arg(line).arg(what);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const auto fields = splitCsvLine(line);
        if (result.header.isEmpty()) {
            if (!fields) {
                result.error = QStringLiteral("line %1: a quoted field of the header is not closed").arg(lineNumber);
                return result;
            }
            for (const QByteArray& f : *fields)
                result.header << QString::fromUtf8(f.trimmed());
            continue;
        }
        if (!fields) {
            problem(lineNumber, QStringLiteral("a quoted field is not closed"));
            continue;
        }
        if (fields->size() != result.header.size()) {
            problem(lineNumber, QStringLiteral("expected %1 fields like the header, got %2").arg(result.header.size()).arg(fields->size()));
            continue;
        }
        std::vector<double> row;
        for (qsizetype c = 0; c < fields->size(); ++c) {
            const auto value = csvNumber((*fields)[c]);
            if (!value) {
                problem(lineNumber, QStringLiteral("column '%1': '%2' is not a number").arg(result.header[c], QString::fromUtf8((*fields)[c].trimmed().left(40))));
                break;
            }
            row.push_back(*value);
        }
        if (row.size() != static_cast<size_t>(fields->size()))
            continue;
        if (static_cast<int>(result.rows.size()) >= maxCsvRows) {
            result.problems << QStringLiteral("line %1: more than %2 rows; the rest is left out").arg(lineNumber).arg(maxCsvRows);
            break;
        }
        result.rows.push_back(std::move(row));
    }
    if (result.header.isEmpty())
        result.error = QStringLiteral("the file is empty; expected a header line of column names");
    else if (result.rows.empty())
        result.error = QStringLiteral("no readable data rows after the header");
    return result;
}

std::optional<Lesson> lessonFromCsv(const CsvImport& table, const QStringList& targets, Normalisation normalise, const QString& title,
                                    QString* error) {
    const auto fail = [&](const QString& message) -> std::optional<Lesson> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!table.ok())
        return fail(table.error);
    if (targets.isEmpty())
        return fail(QStringLiteral("choose at least one target column"));
    std::vector<int> targetColumns, featureColumns;
    for (int c = 0; c < table.header.size(); ++c)
        (targets.contains(table.header[c]) ? targetColumns : featureColumns).push_back(c);
    if (static_cast<int>(targetColumns.size()) != targets.size())
        return fail(QStringLiteral("a target column is not in the file"));
    if (featureColumns.empty())
        return fail(QStringLiteral("leave at least one column as an input"));

    Lesson lesson;
    lesson.title.en = title;
    Dataset& d = lesson.data;
    const auto N = static_cast<Index>(table.rows.size());
    d.X.resize(N, static_cast<Index>(featureColumns.size()));
    d.y.resize(N, static_cast<Index>(targetColumns.size()));
    for (Index r = 0; r < N; ++r) {
        for (size_t c = 0; c < featureColumns.size(); ++c)
            d.X(r, static_cast<Index>(c)) = table.rows[static_cast<size_t>(r)][static_cast<size_t>(featureColumns[c])];
        for (size_t c = 0; c < targetColumns.size(); ++c)
            d.y(r, static_cast<Index>(c)) = table.rows[static_cast<size_t>(r)][static_cast<size_t>(targetColumns[c])];
    }
    QStringList inputs;
    for (int c : featureColumns) {
        d.featureNames.push_back(table.header[c].toStdString());
        inputs << table.header[c];
    }
    for (int c : targetColumns)
        d.targetNames.push_back(table.header[c].toStdString());
    lesson.description.en = QStringLiteral("Imported from a CSV file: %1 samples; inputs %2; target %3.")
                                .arg(N).arg(inputs.join(QStringLiteral(", ")), targets.join(QStringLiteral(", ")));
    lesson.normalise = normalise;
    lesson.normalisation = normaliseColumns(d.X, normalise);

    NetworkSpec& net = lesson.network;
    net.inputs = static_cast<int>(featureColumns.size());
    net.outputs = static_cast<int>(targetColumns.size());
    net.hidden = {4};
    net.hiddenActivation.kind = Activation::Tanh;
    const bool oneHot = d.isClassification() && net.outputs > 1 && (d.y.rowwise().sum().array() == 1.0).all();
    if (d.isClassification() && net.outputs == 1) {
        net.outputActivation.kind = Activation::Sigmoid;
        lesson.training.loss = Loss::Bce;
    } else if (oneHot) {
        net.outputActivation.kind = Activation::Softmax;
        lesson.training.loss = Loss::CrossEntropy;
    } else {
        net.outputActivation.kind = Activation::Linear;
        lesson.training.loss = Loss::Mse;
    }
    // The loss is a sum over samples, so a safe step shrinks with their number.
    lesson.training.learningRate = std::min(0.1, 1.0 / static_cast<double>(N));
    lesson.training.epochs = 1000;
    lesson.initSpec.method = InitSpec::Method::Xavier;
    lesson.initial = initialise(net, lesson.initSpec);
    return lesson;
}

} // namespace backstep
