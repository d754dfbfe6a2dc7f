// SPDX-License-Identifier: MIT
// Saves a picture of a widget as PNG through the checked file writer, so a full disk never
// leaves a truncated image in place of an earlier one.
#pragma once

#include "io/io_report.h"

#include <QPixmap>
#include <QString>

namespace backstep {

// An error is one line naming the file.
Saved writePng(const QString& path, const QPixmap& picture);

} // namespace backstep
