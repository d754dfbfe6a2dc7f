// SPDX-License-Identifier: MIT
// Training a sweep's runs on several threads at once, each run on one thread, read at its
// epoch counts.
#pragma once

#include "sweep_grid.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace backstep {

struct SweepResult {
    std::vector<QString> choices;                                // the value of every axis
    std::optional<double> trainAccuracy, testAccuracy, testLoss; // when the lesson has them
    double finalLoss = 0.0; // the last epoch's loss, in the lesson's reduction
    int epochsRun = 0;
    double seconds = 0.0; // training time to reach epochsRun (the run's shared start included)
    QString stopped;      // why training ended before the epochs asked for, or empty
};

// Runs every run of `plan` on `threads` threads (each training on one core). `cancel` is read
// after every epoch; configurations not finished by then get no result. `finished` counts the
// configurations done, for progress. Results are in grid order; an unfinished one is nullopt.
// A run whose lesson cannot be read any more (its CSV file changed meanwhile) gets `stopped`.
// `onResult`, when given, is called with each configuration's number and result as soon as
// it is finished, on the thread that trained it (several at once: it must lock).
using SweepResultCallback = std::function<void(int configuration, const SweepResult& result)>;
std::vector<std::optional<SweepResult>> runSweep(const SweepPlan& plan, int threads,
                                                 const std::atomic<bool>& cancel,
                                                 std::atomic<int>& finished,
                                                 const SweepResultCallback& onResult = {});

} // namespace backstep
