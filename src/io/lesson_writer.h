// SPDX-License-Identifier: MIT
// Writes a lesson back to JSON (format "backstep-lesson", version 1) so that loading it
// gives the same lesson.
#pragma once

#include "lesson.h"

#include <QByteArray>
#include <QString>

namespace backstep {

// `weights` become the explicit init. With `keepGenerator`, generated data is saved as its
// generator spec; otherwise (and for CSV data) the numbers are written inline.
QByteArray lessonToJson(const Lesson& lesson, const Parameters& weights, bool keepGenerator);

// Atomic save (QSaveFile). Returns an empty string on success, else a one-line message.
QString saveLessonFile(const QString& path, const Lesson& lesson, const Parameters& weights, bool keepGenerator);

} // namespace backstep
