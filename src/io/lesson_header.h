// SPDX-License-Identifier: MIT
// What a list of lessons shows — the title and description of each lesson file — read
// without the rest: no data source (inline matrices, a CSV file, a generator, Fashion-MNIST's
// 60 000 pictures), no experiments (each of which a full load checks by loading the changed
// lesson). Listing a folder of lessons therefore costs one JSON parse per file.
#pragma once

#include "io_report.h"
#include "lesson.h"

#include <QString>

#include <optional>
#include <vector>

namespace backstep {

struct LessonHeader {
    QString path; // the file it was read from
    LocalizedText title;
    LocalizedText description;
};

// The header of the lesson file at `path`, or the reason it has none (not a file, too large,
// not JSON, not a Backstep lesson, a title that is not a text).
Loaded<LessonHeader> readLessonHeader(const QString& path);

// The headers of every "*.json" lesson in `folder` (also a resource folder such as
// ":/lessons"), in file name order; files that are not lessons are left out.
std::vector<LessonHeader> readLessonHeaders(const QString& folder);

} // namespace backstep
