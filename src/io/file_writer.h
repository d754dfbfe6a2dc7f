// SPDX-License-Identifier: MIT
// The one way Backstep writes files: the new contents go to a temporary file next to the
// target, every byte is checked to have reached it, and only then does it replace the
// target. A full disk, a file-size limit or a read-only folder leave the earlier file intact
// and give a one-line message instead.
#pragma once

#include "io_report.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace backstep {

// Writes `contents` to `path`. On failure the error is one line naming the file and what
// went wrong.
Saved writeFileAtomically(const QString& path, const QByteArray& contents);

// Several files that belong together (a lesson and its data files): all are written and
// checked first, then they replace their targets one after another. When any write fails,
// none of the targets is touched.
Saved writeFilesAtomically(const std::vector<std::pair<QString, QByteArray>>& files);

} // namespace backstep
