// SPDX-License-Identifier: MIT
// Dropout while training: every hidden unit of every sample is kept with probability 1−p.
// The masks of the iteration with update number t come from one generator seeded with
// seed XOR (t·0xD1B54A32D192ED03) (seed: training.seed), drawn hidden layer by hidden layer,
// row (sample of the batch) by row, unit by unit: a unit is kept (1) when uniform() ≥ p,
// dropped (0) otherwise. So the trace of an iteration and the trainer draw the same masks.
#pragma once

#include "network.h"

#include <cstdint>
#include <vector>

namespace backstep {

// The masks of every hidden layer for a batch of `rows` samples (0/1, rows×units each).
std::vector<Matrix> drawDropoutMasks(const NetworkSpec& network, const TrainingConfig& config,
                                     Index rows, std::int64_t update);

} // namespace backstep
