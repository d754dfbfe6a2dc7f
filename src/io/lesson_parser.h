// SPDX-License-Identifier: MIT
// Turns the JSON object of a lesson into a Lesson, checking every field.
#pragma once

#include "csv.h"
#include "json_fields.h"
#include "lesson.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace backstep {

class LessonParser {
    Q_DECLARE_TR_FUNCTIONS(LessonParser)

public:
    LessonParser(JsonFields& fields, QString baseDir) : f_(fields), baseDir_(std::move(baseDir)) {}

    // The lesson, or nullopt with the reasons in fields.errors.
    std::optional<Lesson> parse(const QJsonObject& root);

private:
    void parseHeader(const QJsonObject& root, Lesson& lesson);
    // A text, or {"text": …, "set": {path: value}} whose change is checked to load.
    std::optional<Experiment> parseExperiment(const QJsonObject& root, const QJsonValue& value,
                                              const QString& path);
    // The "compare" axes, every combination of them checked to load.
    void parseComparison(const QJsonObject& root);
    bool parseData(const QJsonValue& value, Lesson& lesson);
    bool parseInlineData(const QJsonObject& data, Lesson& lesson);
    bool parseGeneratedData(const QJsonObject& data, Lesson& lesson);
    bool parseCsvData(const QJsonObject& data, Lesson& lesson);
    bool parseDatasetData(const QJsonObject& data, Lesson& lesson);
    // A CSV file of the lesson's folder, its warnings and errors recorded under `path`.
    // With `keepText`, a column of words is kept as text (class names).
    std::optional<CsvTable> readCsvTable(const QString& relative, const QString& path,
                                         bool keepText = false);
    // Reads a CSV file of the lesson's folder into `d`: the target columns into y, the
    // feature columns (all others when not given) into X. `path` names the key for messages.
    // A single target column of words (class names) becomes one-hot y over csvClasses_, the
    // classes in the order they first appear in data.csv (test_csv may not add any).
    bool readCsvSamples(const QString& relative, const QString& path, const QStringList& targets,
                        const std::optional<QStringList>& features, Dataset& d);
    bool readClassSamples(const CsvTable& csv, const QString& relative, const QString& path,
                          int words, const std::vector<int>& featureColumns, Dataset& d);
    // An init matrix given as the name of a CSV file next to the lesson.
    std::optional<Matrix> readCsvMatrix(const QString& relative, const QString& path, qint64 rows,
                                        qint64 cols);
    bool parseNetwork(const QJsonValue& value, Lesson& lesson, bool haveData);
    bool parseTraining(const QJsonValue& value, Lesson& lesson);
    bool parseOptimizer(const QJsonObject& training, TrainingConfig& config); // optimizer, decays
    bool parseInit(const QJsonValue& value, Lesson& lesson);
    void checkTargets(const Lesson& lesson);
    // Every matrix within the per-matrix limit and training within the memory budget,
    // checked from the sizes before anything of that size is allocated.
    bool checkSizes(const Lesson& lesson);
    bool parseDataOptions(const QJsonObject& data, Lesson& lesson);
    // Every column finite, with a warning for values so large that training would overflow.
    bool checkColumnRanges(const Matrix& X, const std::vector<std::string>& names);
    std::optional<Expectation> parseExpectation(const QJsonValue& value, const QString& path);
    // Resolves a data path inside the lesson's folder, or records why it cannot.
    std::optional<QString> resolveInsideLessonFolder(const QString& relative, const QString& path);

    JsonFields& f_;
    QString baseDir_;
    int experimentsWithSettings_ = 0; // checked so far (each costs a lesson load)
    QStringList csvClasses_;          // the class names of a target column of words
};

} // namespace backstep
