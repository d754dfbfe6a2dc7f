// SPDX-License-Identifier: MIT
#include "memory_budget.h"

#include <algorithm>
#include <cstdio>

namespace backstep {

namespace {
constexpr std::uint64_t bytesPerNumber = sizeof(double);
// Matrices per layer and sample that one iteration keeps: z, a, the back error, the slope
// and the delta (iteration.h), once in the trainer and once in the trace the sheet shows.
constexpr std::uint64_t iterationMatricesPerLayer = 5 * 2;
} // namespace

std::uint64_t parameterCount(const NetworkSpec& network) {
    std::uint64_t count = 0;
    for (int l = 0; l < network.layerCount(); ++l)
        count += (static_cast<std::uint64_t>(network.fanIn(l)) + 1) *
                 static_cast<std::uint64_t>(network.fanOut(l));
    return count;
}

namespace {
// Copies of the weights that fit in the budget, between 1 and `most`.
int copiesWithinBudget(const NetworkSpec& network, std::uint64_t share, int most) {
    const std::uint64_t bytes =
        std::max<std::uint64_t>(parameterCount(network) * bytesPerNumber * share, 1);
    return static_cast<int>(std::clamp<std::uint64_t>(weightCopiesBudgetBytes / bytes, 1,
                                                      static_cast<std::uint64_t>(most)));
}
} // namespace

int historyCapacity(const NetworkSpec& network) {
    return copiesWithinBudget(network, 2, 256);
}

int stepBackCapacity(const NetworkSpec& network, int stateCopies) {
    return copiesWithinBudget(network, 1 + static_cast<std::uint64_t>(stateCopies), 200);
}

MemoryEstimate estimateTrainingMemory(const NetworkSpec& network, std::uint64_t samples,
                                      std::uint64_t batchRows, std::uint64_t testSamples,
                                      int stateCopies) {
    std::uint64_t units = 0; // Σ fanOut over the layers
    for (int l = 0; l < network.layerCount(); ++l)
        units += static_cast<std::uint64_t>(network.fanOut(l));
    const std::uint64_t columns =
        static_cast<std::uint64_t>(network.inputs) + static_cast<std::uint64_t>(network.outputs);
    const std::uint64_t parameterBytes = parameterCount(network) * bytesPerNumber;
    MemoryEstimate e;
    // the lesson's copy and the trainer's, train and test rows
    e.data = 2 * (samples + testSamples) * columns * bytesPerNumber;
    // current and updated weights, the trace's two copies, the replay and step-back copies
    // and the optimiser's: its state in the trainer and in every step-back copy, and the
    // iteration's G, new state and Adam's m̂, v̂ in the trainer and in the trace (2·5)
    const auto state = static_cast<std::uint64_t>(stateCopies);
    const auto stepBacks = static_cast<std::uint64_t>(stepBackCapacity(network, stateCopies));
    const std::uint64_t copies = 4 + 2 * static_cast<std::uint64_t>(historyCapacity(network)) + 1 +
                                 stepBacks * (1 + state) + state + (stateCopies > 0 ? 10 : 0);
    e.weights = copies * parameterBytes;
    // the batch's rows and every layer's intermediates
    e.iteration = batchRows * (columns + units * iterationMatricesPerLayer) * bytesPerNumber;
    // z and a of every layer for the held-out rows
    e.testSet = testSamples * units * 2 * bytesPerNumber;
    return e;
}

std::string byteSizeText(std::uint64_t bytes) {
    char text[32];
    if (bytes >= (1ULL << 30))
        std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / (1ULL << 30));
    else if (bytes >= (1ULL << 20))
        std::snprintf(text, sizeof text, "%.0f MB", static_cast<double>(bytes) / (1ULL << 20));
    else
        std::snprintf(text, sizeof text, "%.0f KB", static_cast<double>(bytes) / (1ULL << 10));
    return text;
}

} // namespace backstep
