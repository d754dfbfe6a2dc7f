// SPDX-License-Identifier: MIT
// Saves a picture of a widget as PNG through the checked file writer, so a full disk never
// leaves a truncated image in place of an earlier one.
#pragma once

#include <QPixmap>
#include <QString>

namespace backstep {

// Empty on success, else a one-line message naming the file.
QString writePng(const QString& path, const QPixmap& picture);

} // namespace backstep
