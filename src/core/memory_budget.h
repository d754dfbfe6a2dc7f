// SPDX-License-Identifier: MIT
// How much memory training a network takes, worked out from the sizes alone, so that a
// lesson too large for one machine is refused with its sizes before anything is allocated.
#pragma once

#include "network.h"

#include <cstdint>
#include <string>

namespace backstep {

// Bytes kept for copies of the weights (the replay history of the loss chart and the
// window's step-back history): they hold fewer copies of large networks.
constexpr std::uint64_t weightCopiesBudgetBytes = 256ULL << 20;
// What one lesson may need in all.
constexpr std::uint64_t maxTrainingBytes = 2ULL << 30;

// Numbers in all weight matrices and bias rows: Σ (fanIn + 1)·fanOut.
std::uint64_t parameterCount(const NetworkSpec& network);
// The capacity of the trainer's ParameterHistory (it keeps up to 2·capacity + 1 copies):
// 256, or fewer so that the copies stay within weightCopiesBudgetBytes; at least 1.
int historyCapacity(const NetworkSpec& network);
// How many iterations the window can step back through (one copy each, plus the optimiser's
// `stateCopies` of the weights: 1 for momentum, 2 for Adam): 200, or fewer within
// weightCopiesBudgetBytes; at least 1.
int stepBackCapacity(const NetworkSpec& network, int stateCopies = 0);

struct MemoryEstimate {
    std::uint64_t data = 0;      // the samples, in the lesson and in the trainer
    std::uint64_t weights = 0;   // current, updated and the kept copies
    std::uint64_t iteration = 0; // one iteration's intermediates, in the trainer and the trace
    std::uint64_t testSet = 0;   // the forward pass over the held-out samples
    std::uint64_t total() const { return data + weights + iteration + testSet; }
};

// Training `network` on `samples` rows (batches of `batchRows`) with `testSamples` held out.
// `stateCopies`: the optimiser's copies of the weights (optimizerStateCopies).
MemoryEstimate estimateTrainingMemory(const NetworkSpec& network, std::uint64_t samples,
                                      std::uint64_t batchRows, std::uint64_t testSamples,
                                      int stateCopies = 0);

// "3.2 GB", "512 MB", "12 KB"
std::string byteSizeText(std::uint64_t bytes);

} // namespace backstep
