// SPDX-License-Identifier: MIT
// Reads and validates lesson files (format "backstep-lesson", version 1).
// A load either returns a complete lesson or one-line errors naming the place; it never
// returns a partly loaded lesson, so a failed load leaves whatever was loaded before alone.
#pragma once

#include "lesson.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep {

struct LessonLoadResult {
    std::optional<Lesson> lesson;
    QStringList errors;   // "lesson.json: init.wh: expected 4×3, got 4×2"
    QStringList warnings; // "lesson.json: training.learnig_rate: unknown key, ignored"
    bool ok() const { return lesson.has_value(); }
};

// Bounds that keep a hostile file from exhausting memory or time.
struct LessonLimits {
    static constexpr qint64 maxFileBytes = 16LL * 1024 * 1024;
    static constexpr int maxSamples = 100000;
    static constexpr qint64 maxCellsPerMatrix = 10000000;
    static constexpr int maxUnitsPerLayer = 10000;
    static constexpr int maxHiddenLayers = 10;
    static constexpr int maxEpochs = 10000000;
    // Each experiment that changes settings is checked by reading the changed lesson: this
    // bounds the work of loading one lesson to that many lessons more.
    static constexpr int maxExperimentsWithSettings = 20;
};

LessonLoadResult loadLessonFile(const QString& path);

// `baseDir` is the folder CSV data paths are resolved against; `displayName` prefixes
// every message.
LessonLoadResult parseLesson(const QByteArray& bytes, const QString& baseDir,
                             const QString& displayName);

} // namespace backstep
