// SPDX-License-Identifier: MIT
// A lesson's "compare" object: configurations to train side by side, given as the axes of a
// sweep grid ({"hidden_activation": ["relu", "tanh"], "learning_rate": [0.1, 0.01]}, or each
// list as one string "0.1,0.01"). Every combination is a configuration.
#pragma once

#include "lesson.h"
#include "sweep_grid.h"

#include <QJsonObject>
#include <QJsonValue>

#include <vector>

namespace backstep {

// The Compare window shows at most this many configurations.
constexpr int maxComparedConfigurations = 12;

// The axes of a "compare" value in the order a sweep lists its keys, every value checked as
// `backstep-cli sweep --grid` checks it; nullopt with the place in `path`
// ("compare.learning_rate") and `error` ("learning_rate=0: expected a number > 0") when it is
// refused.
std::optional<std::vector<SweepAxis>> parseComparisonAxes(const QJsonValue& value, QString& path,
                                                          QString& error);

// The setting ("set" object of lesson paths) of every combination of `axes`, the last axis
// changing fastest, with each one's values in axis order.
std::vector<std::pair<QJsonObject, QStringList>>
comparisonSettings(const std::vector<SweepAxis>& axes);

// The axes of the lesson's "compare" object (checked when it was read), or none.
std::vector<SweepAxis> lessonComparison(const Lesson& lesson);

// The "compare" object written back: numbers as numbers, other values as strings.
QJsonObject comparisonObject(const std::vector<SweepAxis>& axes);

} // namespace backstep
