// SPDX-License-Identifier: MIT
// The configurations of a lesson's "compare" object as lessons of their own, for the Compare
// window: the lesson as it stands with each combination of the values set, in grid order (the
// last key changing fastest), each titled with its values.
#pragma once

#include "io/lesson.h"
#include "io/sweep_grid.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace backstep {

struct ComparisonLessons {
    std::vector<Lesson> lessons;
    QStringList titles; // "relu · 0.1": the values, in the keys' order
};

// nullopt with `error` when the lesson compares nothing or a configuration cannot be read
// (the lesson's settings changed since it was checked so that one no longer loads).
std::optional<ComparisonLessons> comparisonLessons(const Lesson& lesson, QString& error);

// "hidden_activation relu, tanh × learning_rate 0.1, 0.01": what the comparison varies.
QString comparisonSummary(const std::vector<SweepAxis>& axes);

} // namespace backstep
