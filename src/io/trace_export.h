// SPDX-License-Identifier: MIT
// Writes every matrix of a trace as NAME.csv into a folder, all files or none.
#pragma once

#include "core/trace.h"
#include "io_report.h"

#include <QString>

namespace backstep {

// Writes through file_writer.h; an error is one line naming the file or the folder.
Saved writeTraceCsvs(const Trace& trace, const QString& folder);

// The column labels of a weight layer's matrices: the target names for the output layer,
// "h1", "h2", … (or "h2_1", … deeper) for hidden layers.
std::vector<std::string> layerUnitLabels(const NetworkSpec& network, int layer,
                                         const Dataset& data);

// Writes the parameters as wh.csv, bh.csv, wout.csv, bout.csv (wh_2.csv, … when deeper).
Saved writeParametersCsvs(const Parameters& params, const NetworkSpec& network, const Dataset& data,
                          const QString& folder);

} // namespace backstep
