// SPDX-License-Identifier: MIT
// Writes a lesson back to JSON (format "backstep-lesson", version 1) so that loading it
// gives the same lesson.
#pragma once

#include "io_report.h"
#include "lesson.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace backstep {

// `weights` become the explicit init. With `keepGenerator`, generated data is saved as its
// generator spec; otherwise (and for CSV data) the numbers are written inline.
QByteArray lessonToJson(const Lesson& lesson, const Parameters& weights, bool keepGenerator);

// A lesson as the files that hold it: the JSON and, for data or weights too large to keep
// inline (more than `inlineCells` numbers), CSV files next to it that the JSON names
// ("house.data.csv", "house.test.csv", "house.wh.csv"). Every file stays well within what
// the loader reads back.
struct LessonFiles {
    QByteArray json;
    std::vector<std::pair<QString, QByteArray>> dataFiles; // absolute path → contents
};
constexpr qint64 inlineCells = 100000;
LessonFiles lessonToFiles(const QString& lessonPath, const Lesson& lesson,
                          const Parameters& weights, bool keepGenerator);

// Writes the lesson and its data files all together or not at all (see file_writer.h).
// An error is one line naming the file.
Saved saveLessonFile(const QString& path, const Lesson& lesson, const Parameters& weights,
                     bool keepGenerator);

} // namespace backstep
