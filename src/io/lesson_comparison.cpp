// SPDX-License-Identifier: MIT
#include "lesson_comparison.h"

#include "json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>

namespace backstep {

namespace {
// The messages' context for translations.
struct LessonComparison {
    Q_DECLARE_TR_FUNCTIONS(LessonComparison)
};
} // namespace

std::optional<std::vector<SweepAxis>> parseComparisonAxes(const QJsonValue& value, QString& path,
                                                          QString& error) {
    path = QStringLiteral("compare");
    if (!value.isObject()) {
        error = LessonComparison::tr("expected an object of setting lists such as "
                                     "{\"learning_rate\": [0.1, 0.01]}, got %1")
                    .arg(jsonKind(value));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (o.isEmpty()) {
        error = LessonComparison::tr("no settings; give at least one, e.g. "
                                     "{\"learning_rate\": [0.1, 0.01]}");
        return std::nullopt;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!sweepKeys().contains(it.key())) {
            path = QStringLiteral("compare.") + it.key();
            error = LessonComparison::tr("unknown key; use %1")
                        .arg(sweepKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    std::vector<SweepAxis> axes;
    qint64 count = 1;
    for (const QString& key : sweepKeys()) { // the order a sweep lists them
        if (!o.contains(key)) continue;
        path = QStringLiteral("compare.") + key;
        QString text; // as --grid KEY=V1,V2,… takes it
        const QJsonValue v = o.value(key);
        if (v.isString()) {
            text = v.toString();
        } else if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue& item : v.toArray()) {
                if (!item.isString() && !item.isDouble()) {
                    error = LessonComparison::tr("expected numbers or texts, got %1")
                                .arg(jsonKind(item));
                    return std::nullopt;
                }
                parts << (item.isString() ? item.toString() : item.toVariant().toString());
            }
            text = parts.join(QLatin1Char(','));
        } else {
            error = LessonComparison::tr("expected a list of values, got %1").arg(jsonKind(v));
            return std::nullopt;
        }
        QString why;
        const auto axis = parseSweepAxis(key + QLatin1Char('=') + text, why);
        if (!axis) {
            error = LessonComparison::tr("no values; give a list such as [0.1, 0.01]");
            return std::nullopt;
        }
        for (const QString& one : axis->values)
            if (!sweepSetting(key, one, why)) {
                error = why;
                return std::nullopt;
            }
        count *= axis->values.size();
        axes.push_back(*axis);
    }
    path = QStringLiteral("compare");
    if (count > maxComparedConfigurations) {
        error = LessonComparison::tr("%1 configurations are more than the %2 the Compare "
                                     "window shows; compare fewer values")
                    .arg(count)
                    .arg(maxComparedConfigurations);
        return std::nullopt;
    }
    return axes;
}

std::vector<std::pair<QJsonObject, QStringList>>
comparisonSettings(const std::vector<SweepAxis>& axes) {
    std::vector<std::pair<QJsonObject, QStringList>> combinations{{QJsonObject{}, QStringList{}}};
    for (const SweepAxis& axis : axes) {
        std::vector<std::pair<QJsonObject, QStringList>> longer;
        for (const auto& [set, values] : combinations)
            for (const QString& value : axis.values) {
                QString unused;
                QJsonObject more = set;
                if (const auto setting = sweepSetting(axis.key, value, unused))
                    for (auto it = setting->begin(); it != setting->end(); ++it)
                        more.insert(it.key(), it.value());
                longer.emplace_back(more, QStringList(values) << value);
            }
        combinations = std::move(longer);
    }
    return combinations;
}

std::vector<SweepAxis> lessonComparison(const Lesson& lesson) {
    if (!lesson.sourceJson.contains(QStringLiteral("compare"))) return {};
    QString path, error;
    return parseComparisonAxes(lesson.sourceJson.value(QStringLiteral("compare")), path, error)
        .value_or(std::vector<SweepAxis>{});
}

QJsonObject comparisonObject(const std::vector<SweepAxis>& axes) {
    QJsonObject o;
    for (const SweepAxis& axis : axes) {
        QJsonArray values;
        for (const QString& value : axis.values) {
            bool number = false;
            const double x = value.toDouble(&number);
            values.append(number ? QJsonValue(x) : QJsonValue(value));
        }
        o[axis.key] = values;
    }
    return o;
}

} // namespace backstep
