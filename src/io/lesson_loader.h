// SPDX-License-Identifier: MIT
// Reads and validates lesson files (format "backstep-lesson", version 1).
// A load either returns a complete lesson or one-line errors naming the place; it never
// returns a partly loaded lesson, so a failed load leaves whatever was loaded before alone.
#pragma once

#include "io_report.h"
#include "lesson.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace backstep {

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

// Errors such as "lesson.json: init.wh: expected 4×3, got 4×2", warnings such as
// "lesson.json: training.learnig_rate: unknown key, ignored".
Loaded<Lesson> loadLessonFile(const QString& path);

// `baseDir` is the folder CSV data paths are resolved against; `displayName` prefixes
// every message.
Loaded<Lesson> parseLesson(const QByteArray& bytes, const QString& baseDir,
                           const QString& displayName);

} // namespace backstep
