// SPDX-License-Identifier: MIT
// File names chosen in a save dialog: a name typed without an extension gets the one of the
// dialog's filter, so "my_lesson" is saved as "my_lesson.json" and the filter finds it again.
#pragma once

#include <QString>

namespace backstep {

// `path`, with the first extension of `filter` ("Backstep lessons (*.json)") when it has none.
QString withFilterSuffix(const QString& path, const QString& filter);

} // namespace backstep
