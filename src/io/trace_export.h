// SPDX-License-Identifier: MIT
// Writes every matrix of a trace as NAME.csv into a folder, each file atomically.
#pragma once

#include "core/trace.h"

#include <QString>

namespace backstep {

// Returns an empty string on success, else a one-line message.
QString writeTraceCsvs(const Trace& trace, const QString& folder);

// Writes the parameters as wh.csv, bh.csv, wout.csv, bout.csv (wh_2.csv, … when deeper).
QString writeParametersCsvs(const Parameters& params, const NetworkSpec& network,
                            const Dataset& data, const QString& folder);

} // namespace backstep
