// SPDX-License-Identifier: MIT
// Typed access to JSON values that records a one-line error naming the JSON path
// ("training.epochs: expected a whole number from 1 to 10000000, got 2.5").
#pragma once

#include "core/matrix.h"
#include "lesson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace backstep {

// The text with control characters written as escapes (\n, \t, \u0001), so a message that
// quotes a file's content stays on one line.
QString oneLine(const QString& text);

class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    // The first `maxMessages` errors and warnings are kept; the rest are only counted, so a
    // hostile file with millions of bad entries costs neither memory nor the reader's time.
    static constexpr int maxMessages = 20;
    void error(const QString& path, const QString& message) {
        if (errorsFull())
            ++moreErrors;
        else
            errors << oneLine(path + ": " + message);
    }
    void warning(const QString& path, const QString& message) {
        if (warnings.size() >= maxMessages)
            ++moreWarnings;
        else
            warnings << oneLine(path + ": " + message);
    }
    bool errorsFull() const { return errors.size() >= maxMessages; }

    // Warns about keys not in `known` (usually a typo the teacher wants to hear about).
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& known);

    std::optional<QJsonObject> object(const QJsonValue& value, const QString& path);
    std::optional<double> number(const QJsonValue& value, const QString& path, double min,
                                 double max, bool minExclusive = false);
    // Whole numbers only (JSON has no integer type; 3.0 is accepted, 2.5 is not).
    std::optional<qint64> integer(const QJsonValue& value, const QString& path, qint64 min,
                                  qint64 max);
    std::optional<QString> string(const QJsonValue& value, const QString& path);
    std::optional<bool> boolean(const QJsonValue& value, const QString& path);
    std::optional<QStringList> stringList(const QJsonValue& value, const QString& path,
                                          int expectedCount = -1);
    std::optional<LocalizedText> text(const QJsonValue& value, const QString& path);
    // A matrix as an array of rows; `rows`/`cols` of −1 accept any count.
    std::optional<Matrix> matrix(const QJsonValue& value, const QString& path, qint64 rows = -1,
                                 qint64 cols = -1, qint64 maxCells = 10000000);

    QStringList errors;
    QStringList warnings;
    qint64 moreErrors = 0, moreWarnings = 0; // beyond maxMessages
};

// "JSON number", "string", "array", …: the kind of a value for messages.
QString jsonKind(const QJsonValue& value);
// "4×3"
QString shapeText(qint64 rows, qint64 cols);

} // namespace backstep
