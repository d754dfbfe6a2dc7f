// SPDX-License-Identifier: MIT
// Paints a laid-out handout (handout_layout.h) on a PDF or a printer, and writes the PDF
// through writeFileAtomically. The painting adds nothing to the layout: fonts, colours, lines.
#pragma once

#include "handout_layout.h"

#include "io/io_report.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace backstep {

enum class HandoutPaper { A4, Letter };

// The page size in points.
QSizeF handoutPageSize(HandoutPaper paper);

// Paints every page of `document` on `device`, which shows whole pages with no margins
// (a QPdfWriter, or a QPrinter with setFullPage(true)). False when painting could not begin.
bool paintHandout(const HandoutDocument& document, QPagedPaintDevice& device);

// The PDF file of `document`, or an empty array when it could not be painted.
QByteArray handoutPdf(const HandoutDocument& document);

// Writes the PDF to `path` through file_writer.h; an error is one line naming the file.
Saved writeHandoutPdf(const HandoutDocument& document, const QString& path);

} // namespace backstep
