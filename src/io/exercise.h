// SPDX-License-Identifier: MIT
// The "exercise" key of a lesson and the per-student variants of its initial weights:
//     "exercise": {"iteration": 1, "steps": [3, 4, 5], "decimals": 3, "variants": true}
// Every key is optional: iteration 1, steps 3–12, 3 decimals, no variants.
#pragma once

#include "json_fields.h"
#include "lesson.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace backstep {

// Limits of the exercise key: the iteration is reached by stepping on the window's thread.
struct ExerciseLimits {
    static constexpr qint64 maxIteration = 10000;
    static constexpr int maxDecimals = 10;
    static constexpr int firstStep = 3; // steps 1 and 2 show data and weights, computed by nobody
    static constexpr int lastStep = 12;
};

// The exercise read from `value` (at `path`), errors and warnings recorded in `fields`.
std::optional<Exercise> parseExercise(JsonFields& fields, const QJsonValue& value,
                                      const QString& path = QStringLiteral("exercise"));
// The exercise as the lesson file writes it (every key, so the file says what it means).
QJsonObject exerciseObject(const Exercise& exercise);

// The seed of a student's variant: FNV-1a 64 (offset basis 0xcbf29ce484222325, prime
// 0x100000001b3) over the UTF-8 bytes of the name trimmed, case-folded and in Unicode
// normalisation form C, so " Anna", "ANNA" and "anna" are the same student.
std::uint64_t variantSeed(const QString& studentName);

// `lesson` with the initial weights a student of that name practises on: drawn afresh by the
// lesson's own init method with the seed variantSeed(name) >> 11 (the top 53 bits, which a
// lesson file holds exactly, so the variant saves and loads as the same weights). A lesson that
// gives its weights as matrices has no method: its variant draws every weight and bias from
// U[0, 1), the tutorial's uniform method. Data, settings and texts stay the lesson's.
Lesson lessonVariant(const Lesson& lesson, const QString& studentName);

} // namespace backstep
