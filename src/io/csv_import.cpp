// SPDX-License-Identifier: MIT
#include "csv_import.h"

#include "csv.h"

#include "json_fields.h"

#include "core/initialisation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>

#include <cmath>

namespace backstep {

namespace {

// The context of this file's messages.
struct CsvImportText {
    Q_DECLARE_TR_FUNCTIONS(CsvImportText)
};

// The forgiving reading of a scan: the good rows, and the bad ones as "line N: …; skipped".
Loaded<CsvImport> importFromScan(CsvScan scan, const QString& displayName) {
    Loaded<CsvImport> result;
    for (const auto& [line, what] : scan.warnings)
        result.warnings << CsvImportText::tr("line %1: %2").arg(QString::number(line), what);
    for (const auto& [line, what] : scan.problems)
        result.warnings
            << CsvImportText::tr("line %1: %2; skipped").arg(QString::number(line), what);
    if (!scan.fileError.isEmpty())
        result.errors << oneLine(QStringLiteral("%1: %2").arg(displayName, scan.fileError));
    else if (scan.fatal.first > 0)
        result.errors << (scan.table.header.isEmpty()
                              ? scan.fatal.second
                              : CsvImportText::tr("line %1: %2")
                                    .arg(QString::number(scan.fatal.first), scan.fatal.second));
    else if (scan.table.rows.empty())
        result.errors << CsvImportText::tr("no readable data rows after the header");
    if (!result.errors.isEmpty()) return result;
    CsvImport& table = result.value.emplace();
    table.header = std::move(scan.table.header);
    table.rows = std::move(scan.table.rows);
    table.textColumns = std::move(scan.table.textColumns);
    table.text = std::move(scan.table.text);
    table.rowsLeftOut = static_cast<int>(scan.problems.size());
    return result;
}

// The class of each row and the classes' names, when `column` holds class labels (see
// lessonFromCsv); nullopt when it does not. `error` is set when it holds words that cannot be
// classes.
struct ClassLabels {
    std::vector<int> classOfRow;
    QStringList names;
};

std::optional<ClassLabels> classLabelsOf(const CsvImport& table, int column, QString* error) {
    ClassLabels labels;
    const auto text = std::find(table.textColumns.begin(), table.textColumns.end(), column);
    if (text != table.textColumns.end()) {
        const auto& words = table.text[static_cast<size_t>(text - table.textColumns.begin())];
        auto classes = classesOfWords(words, labels.names);
        if (!classes) {
            *error = CsvImportText::tr("column \"%1\" has more than %2 different words; "
                                       "class labels need fewer classes")
                         .arg(table.header[column])
                         .arg(maxCsvClasses);
            return std::nullopt;
        }
        labels.classOfRow = std::move(*classes);
        return labels;
    }
    std::set<int> values;
    for (const auto& row : table.rows) {
        const double v = row[static_cast<size_t>(column)];
        if (v != std::floor(v) || v < 0 || v > 9) return std::nullopt;
        values.insert(static_cast<int>(v));
    }
    if (values.size() < 3) return std::nullopt;
    std::map<int, int> classOf;
    for (int v : values) {
        classOf[v] = static_cast<int>(classOf.size());
        labels.names << QString::number(v);
    }
    for (const auto& row : table.rows)
        labels.classOfRow.push_back(classOf[static_cast<int>(row[static_cast<size_t>(column)])]);
    return labels;
}

} // namespace

std::optional<std::vector<int>> classesOfWords(const std::vector<QString>& words,
                                               QStringList& names) {
    QHash<QString, int> index;
    for (int i = 0; i < names.size(); ++i)
        index.insert(names[i], i);
    std::vector<int> classes;
    classes.reserve(words.size());
    for (const QString& word : words) {
        auto it = index.find(word);
        if (it == index.end()) {
            if (index.size() == maxCsvClasses) return std::nullopt;
            it = index.insert(word, static_cast<int>(index.size()));
            names << word;
        }
        classes.push_back(*it);
    }
    return classes;
}

// Scans text in memory, keeping the good rows.
Loaded<CsvImport> importCsv(const QByteArray& input) {
    return importFromScan(scanCsv(input, false, true), QString());
}

// Scans a file in blocks, keeping the good rows.
Loaded<CsvImport> importCsvFile(const QString& path, const QString& displayName) {
    return importFromScan(scanCsvFile(path, false, true), displayName);
}

// The chosen columns as X and y, with a network and training settings that suit them.
Loaded<Lesson> lessonFromCsv(const CsvImport& table, const QStringList& targets,
                             Normalisation normalise, const QString& title) {
    const auto fail = [](const QString& message) { return Loaded<Lesson>::failed(message); };
    if (targets.isEmpty()) return fail(CsvImportText::tr("choose at least one target column"));
    std::vector<int> targetColumns, featureColumns;
    QSet<QString> seen;
    for (int c = 0; c < table.header.size(); ++c) {
        if (seen.contains(table.header[c]))
            continue; // a repeated name: its first column is the one used
        seen.insert(table.header[c]);
        (targets.contains(table.header[c]) ? targetColumns : featureColumns).push_back(c);
    }
    if (static_cast<qsizetype>(targetColumns.size()) !=
        QSet<QString>(targets.begin(), targets.end()).size())
        return fail(CsvImportText::tr("a target column is not in the file"));
    if (featureColumns.empty())
        return fail(CsvImportText::tr("leave at least one column as an input"));
    const auto isText = [&](int c) {
        return std::find(table.textColumns.begin(), table.textColumns.end(), c) !=
               table.textColumns.end();
    };
    for (int c : featureColumns)
        if (isText(c))
            return fail(CsvImportText::tr("column \"%1\" holds words, not numbers; only a target "
                                          "column can hold class names")
                            .arg(table.header[c]));
    std::optional<ClassLabels> classes;
    if (targetColumns.size() == 1) {
        QString why;
        classes = classLabelsOf(table, targetColumns[0], &why);
        if (!why.isEmpty()) return fail(why);
        if (classes && classes->names.size() < 2)
            return fail(CsvImportText::tr("column \"%1\" names only one class; a classification "
                                          "needs two or more")
                            .arg(table.header[targetColumns[0]]));
    } else {
        for (int c : targetColumns)
            if (isText(c))
                return fail(CsvImportText::tr("column \"%1\" holds class names; choose it as the "
                                              "only target column")
                                .arg(table.header[c]));
    }

    Lesson lesson;
    lesson.title.set(QStringLiteral("en"), title);
    Dataset& d = lesson.data;
    const auto N = static_cast<Index>(table.rows.size());
    d.X.resize(N, static_cast<Index>(featureColumns.size()));
    d.y.resize(N, classes ? static_cast<Index>(classes->names.size())
                          : static_cast<Index>(targetColumns.size()));
    for (Index r = 0; r < N; ++r) {
        for (size_t c = 0; c < featureColumns.size(); ++c)
            d.X(r, static_cast<Index>(c)) =
                table.rows[static_cast<size_t>(r)][static_cast<size_t>(featureColumns[c])];
        if (classes) {
            d.y.row(r).setZero();
            d.y(r, classes->classOfRow[static_cast<size_t>(r)]) = 1.0;
            continue;
        }
        for (size_t c = 0; c < targetColumns.size(); ++c)
            d.y(r, static_cast<Index>(c)) =
                table.rows[static_cast<size_t>(r)][static_cast<size_t>(targetColumns[c])];
    }
    QStringList inputs;
    for (int c : featureColumns) {
        d.featureNames.push_back(table.header[c].toStdString());
        inputs << table.header[c];
    }
    if (classes)
        for (const QString& name : classes->names)
            d.targetNames.push_back(name.toStdString());
    else
        for (int c : targetColumns)
            d.targetNames.push_back(table.header[c].toStdString());
    lesson.description.set(
        QStringLiteral("en"),
        QStringLiteral("Imported from a CSV file: %1 samples; inputs %2; target %3.")
            .arg(N)
            .arg(inputs.join(QStringLiteral(", ")), targets.join(QStringLiteral(", "))));
    lesson.normalise = normalise;
    lesson.normalisation = normaliseColumns(d.X, normalise);

    NetworkSpec& net = lesson.network;
    net.inputs = static_cast<int>(featureColumns.size());
    net.outputs = static_cast<int>(d.y.cols());
    net.hidden = {4};
    net.hiddenActivation.kind = Activation::Tanh;
    const bool oneHot =
        d.isClassification() && net.outputs > 1 && (d.y.rowwise().sum().array() == 1.0).all();
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
    return Loaded<Lesson>::of(std::move(lesson));
}

} // namespace backstep
