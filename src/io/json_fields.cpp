// SPDX-License-Identifier: MIT
#include "json_fields.h"

#include <QLocale>

#include <QRegularExpression>

#include <cmath>

namespace backstep {

QString oneLine(const QString& text) {
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n'))
            result += QStringLiteral("\\n");
        else if (ch == QLatin1Char('\r'))
            result += QStringLiteral("\\r");
        else if (ch == QLatin1Char('\t'))
            result += QStringLiteral("\\t");
        else if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
                 ch == QChar::ParagraphSeparator)
            result += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            result += ch;
    }
    return result;
}

QString jsonKind(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers in full (1000000000); others in the shortest text that reads back as
        // the same number (-0.1, not -0.10000000000000001).
        const double v = value.toDouble();
        if (v == std::trunc(v) && std::abs(v) < 1e15)
            return JsonFields::tr("the number %1").arg(v, 0, 'f', 0);
        return JsonFields::tr("the number %1")
            .arg(QString::number(v, 'g', QLocale::FloatingPointShortest));
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        return JsonFields::tr("the string \"%1\"")
            .arg(s.size() > 40 ? s.left(40) + QStringLiteral("…") : s);
    }
    case QJsonValue::Array:
        return JsonFields::tr("an array");
    case QJsonValue::Object:
        return JsonFields::tr("an object");
    case QJsonValue::Undefined:
        return JsonFields::tr("nothing");
    }
    return QStringLiteral("?");
}

QString shapeText(qint64 rows, qint64 cols) {
    return QStringLiteral("%1×%2").arg(rows).arg(cols);
}

void JsonFields::checkKeys(const QJsonObject& object, const QString& path,
                           const QStringList& known) {
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()) && warnings.size() >= maxMessages)
            ++moreWarnings; // counted without composing the message
        else if (!known.contains(it.key()))
            warning(path.isEmpty() ? it.key() : path + "." + it.key(),
                    JsonFields::tr("unknown key, ignored (known here: %1)").arg(known.join(", ")));
}

std::optional<QJsonObject> JsonFields::object(const QJsonValue& value, const QString& path) {
    if (!value.isObject()) {
        error(path, JsonFields::tr("expected an object {…}, got %1").arg(jsonKind(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<double> JsonFields::number(const QJsonValue& value, const QString& path, double min,
                                         double max, bool minExclusive) {
    const double v = value.toDouble();
    const bool inRange =
        value.isDouble() && std::isfinite(v) && (minExclusive ? v > min : v >= min) && v <= max;
    if (!inRange) {
        error(path, (minExclusive ? tr("expected a number above %1 and at most %2, got %3")
                                  : tr("expected a number from %1 to %2, got %3"))
                        .arg(min)
                        .arg(max)
                        .arg(jsonKind(value)));
        return std::nullopt;
    }
    return v;
}

std::optional<qint64> JsonFields::integer(const QJsonValue& value, const QString& path, qint64 min,
                                          qint64 max) {
    const double v = value.toDouble();
    if (!value.isDouble() || !std::isfinite(v) || v != std::floor(v) ||
        v < static_cast<double>(min) || v > static_cast<double>(max)) {
        error(path, JsonFields::tr("expected a whole number from %1 to %2, got %3")
                        .arg(min)
                        .arg(max)
                        .arg(jsonKind(value)));
        return std::nullopt;
    }
    return static_cast<qint64>(v);
}

std::optional<QString> JsonFields::string(const QJsonValue& value, const QString& path) {
    if (!value.isString()) {
        error(path, JsonFields::tr("expected a string, got %1").arg(jsonKind(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<bool> JsonFields::boolean(const QJsonValue& value, const QString& path) {
    if (!value.isBool()) {
        error(path, JsonFields::tr("expected true or false, got %1").arg(jsonKind(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QStringList> JsonFields::stringList(const QJsonValue& value, const QString& path,
                                                  int expectedCount) {
    if (!value.isArray()) {
        error(path, JsonFields::tr("expected an array of strings, got %1").arg(jsonKind(value)));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (expectedCount >= 0 && array.size() != expectedCount) {
        error(path,
              JsonFields::tr("expected %1 names, got %2").arg(expectedCount).arg(array.size()));
        return std::nullopt;
    }
    QStringList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString()) {
            error(QStringLiteral("%1[%2]").arg(path).arg(i),
                  JsonFields::tr("expected a string, got %1").arg(jsonKind(array[i])));
            return std::nullopt;
        }
        list << array[i].toString();
    }
    return list;
}

std::optional<LocalizedText> JsonFields::text(const QJsonValue& value, const QString& path) {
    LocalizedText text;
    if (value.isString()) {
        text.set(QStringLiteral("en"), value.toString());
        return text;
    }
    if (value.isObject()) {
        // Keys are language codes: "en", "zh_CN", "ru", "pt_BR", …
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z][A-Za-z]{1,3})?$"));
        const QJsonObject o = value.toObject();
        bool ok = true;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString where = path + '.' + it.key();
            if (!code.match(it.key()).hasMatch()) {
                warning(where, JsonFields::tr("not a language code (such as en, zh_CN or ru); "
                                              "ignored"));
                continue;
            }
            const auto s = string(it.value(), where);
            ok = ok && s;
            if (s) text.set(it.key(), *s);
        }
        if (ok) return text;
        return std::nullopt;
    }
    error(path, JsonFields::tr("expected a string or {\"en\": \"…\", \"zh_CN\": \"…\", \"ru\": "
                               "\"…\"}, got %1")
                    .arg(jsonKind(value)));
    return std::nullopt;
}

std::optional<Matrix> JsonFields::matrix(const QJsonValue& value, const QString& path, qint64 rows,
                                         qint64 cols, qint64 maxCells) {
    if (!value.isArray() || value.toArray().isEmpty()) {
        error(path,
              JsonFields::tr("expected a matrix as a non-empty array of rows [[…], …], got %1")
                  .arg(jsonKind(value)));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    const qint64 r = array.size();
    const qint64 c = array[0].isArray() ? array[0].toArray().size() : -1;
    if (c <= 0) {
        error(path + "[0]", JsonFields::tr("expected a row as a non-empty array of numbers, got %1")
                                .arg(jsonKind(array[0])));
        return std::nullopt;
    }
    for (qint64 i = 1; i < r; ++i) {
        if (!array[i].isArray() || array[i].toArray().size() != c) {
            error(QStringLiteral("%1[%2]").arg(path).arg(i),
                  JsonFields::tr("expected a row of %1 numbers like row 0, got %2")
                      .arg(c)
                      .arg(array[i].isArray() ? tr("%1 numbers").arg(array[i].toArray().size())
                                              : jsonKind(array[i])));
            return std::nullopt;
        }
    }
    if (r * c > maxCells) {
        error(path,
              JsonFields::tr("%1 cells is more than the limit of %2").arg(r * c).arg(maxCells));
        return std::nullopt;
    }
    if ((rows >= 0 && r != rows) || (cols >= 0 && c != cols)) {
        error(path,
              JsonFields::tr("expected %1, got %2")
                  .arg(shapeText(rows >= 0 ? rows : r, cols >= 0 ? cols : c), shapeText(r, c)));
        return std::nullopt;
    }
    Matrix m(r, c);
    for (qint64 i = 0; i < r; ++i) {
        const QJsonArray row = array[i].toArray();
        for (qint64 j = 0; j < c; ++j) {
            const QJsonValue cell = row[j];
            if (!cell.isDouble() || !std::isfinite(cell.toDouble())) {
                error(QStringLiteral("%1[%2][%3]").arg(path).arg(i).arg(j),
                      JsonFields::tr("expected a finite number, got %1").arg(jsonKind(cell)));
                return std::nullopt;
            }
            m(i, j) = cell.toDouble();
        }
    }
    return m;
}

} // namespace backstep
