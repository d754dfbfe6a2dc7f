// SPDX-License-Identifier: MIT
// The live workbook: one worksheet per iteration ("Iteration K") with every matrix of the
// trace, where every computed cell is a spreadsheet formula over the cells it comes from,
// written with its value. Chained sheets start from the previous sheet's updated weights, so
// an edit to X, y, the first weights or the learning rate recomputes the whole chain in Excel
// or LibreOffice. Written with libxlsxwriter, then through writeFileAtomically.
#pragma once

#include "core/trace.h"
#include "core/trainer.h"
#include "io_report.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace backstep {

// A workbook holds at most this many cells with numbers, nearly all formulas (over all sheets:
// a million take about 3 s to write, 18 MB, and about 6 s for LibreOffice to recalculate),
// and this many sheets.
constexpr std::int64_t kWorkbookMaxCells = 1000000;
constexpr int kWorkbookMaxIterations = 1000;

struct WorkbookOptions {
    std::int64_t firstIteration = 1; // the number of the first sheet: "Iteration K"
    int step = 12;                   // its cells yellow, the cells they use orange
    std::string title;               // the lesson's title, at the top of every sheet
};

// Why a workbook of `iterations` sheets with batches of up to `batchRows` rows would be too
// large (one line naming the limit and what to do), or an empty string.
QString workbookSizeProblem(const NetworkSpec& network, int batchRows, int iterations,
                            const TrainingConfig& training = {});

// Writes `traces`, consecutive iterations of one lesson (each starting from the weights the
// one before it ends with), to `path`, through file_writer.h; an error is one line.
Saved writeWorkbook(const std::vector<Trace>& traces, const WorkbookOptions& options,
                    const QString& path);

// The whole export from where `trainer` stands: checks the size, traces `iterations`
// iterations from the trainer's next one and writes them; options.firstIteration is taken from
// the trainer, which is left as it was (more than one iteration trains a copy of it, data
// included). What the window's File → Export → Workbook calls with the session's trainer.
Saved writeWorkbookFromTrainer(const Trainer& trainer, int iterations, WorkbookOptions options,
                               const QString& path);

} // namespace backstep
