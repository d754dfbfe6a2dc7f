// SPDX-License-Identifier: MIT
// Steps 11–12 beyond the tutorial's plain update: the gradient G with weight decay, and the
// state momentum and Adam carry from one iteration to the next.
//
// In the tutorial's sign convention G is what steps 11–12 add before the learning rate (−∂L/∂θ):
//   G_w = a_prevᵀ·delta (/B for the mean loss) − λ·w,   G_b = Σrows(delta) (/B)
//   sgd:      θ + lr·G
//   momentum: velocity = β·velocity + G,  θ + lr·velocity
//   adam:     m = β1·m + (1−β1)·G,  v = β2·v + (1−β2)·G⊙G,  m̂ = m/(1−β1ᵗ),  v̂ = v/(1−β2ᵗ),
//             θ + lr·m̂/(√v̂ + ε)            (t: the update's number, counted from 1)
#pragma once

#include "network.h"

#include <cstdint>
#include <vector>

namespace backstep {

// What the optimiser remembers between iterations, per weight layer (weights and biases).
// Empty vectors mean zeros (before the first update).
struct OptimizerState {
    std::int64_t updates = 0;  // updates made so far: the next one is t = updates + 1
    std::vector<Layer> first;  // momentum: velocity; Adam: m
    std::vector<Layer> second; // Adam: v
    bool operator==(const OptimizerState& o) const;
};

// The optimiser's matrices of one layer in one iteration (all fanIn×units / 1×units).
struct OptimizerWork {
    Layer gradient;        // G
    Layer first;           // velocity or m after this iteration
    Layer second;          // Adam's v after this iteration
    Layer firstCorrected;  // Adam's m̂
    Layer secondCorrected; // Adam's v̂
};

// Steps 11–12 of one layer when !config.plainUpdates(): from the sums over the batch's rows
// (a_prevᵀ·delta: fanIn×units, Σrows(delta): 1×units) to the updated weights and biases.
// `t` counts updates from 1; `previousFirst/Second` may be null (zeros).
void optimizerUpdate(const TrainingConfig& config, std::int64_t t, Index batchRows,
                     const Layer& parameters, const Layer* previousFirst,
                     const Layer* previousSecond, const Matrix& weightSum, const Matrix& biasSum,
                     OptimizerWork& work, Matrix& weightsUpdated, Matrix& biasUpdated);

// Copies of the weights the optimiser remembers between iterations: 0, 1 (velocity) or 2 (m, v).
int optimizerStateCopies(const TrainingConfig& config);

// Moves one iteration's new state (work.first/second of every layer) into `state`.
void advanceOptimizerState(const TrainingConfig& config, OptimizerState& state,
                           const std::vector<OptimizerWork*>& layers);

} // namespace backstep
