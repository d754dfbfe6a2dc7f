// SPDX-License-Identifier: MIT
// A sweep's results as CSV: the swept keys, then train_accuracy, test_accuracy, final_loss,
// test_loss, epochs_run, seconds and stopped, one row per finished configuration. Written
// the same way by `backstep-cli sweep` and the window's Sweep dock.
#pragma once

#include "sweep_run.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace backstep {

// Unfinished configurations (nullopt) get no row.
QByteArray sweepResultsCsv(const std::vector<SweepAxis>& axes,
                           const std::vector<std::optional<SweepResult>>& results);

} // namespace backstep
