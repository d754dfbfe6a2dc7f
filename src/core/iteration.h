// SPDX-License-Identifier: MIT
// One iteration of the 12 steps (steps 3–12; steps 1–2 are the inputs) on one batch.
// Every intermediate is kept in its own matrix; nothing is overwritten in place, so the
// trace and the trainer share this one implementation of the arithmetic.
#pragma once

#include "network.h"
#include "optimizer.h"

#include <optional>
#include <string>
#include <vector>

namespace backstep {

// The intermediates of one weight layer for a batch of N samples; `units` = fanOut.
struct LayerWork {
    Matrix input;            // z = a_prev·W + b                 N×units  (steps 3 / 5)
    Matrix activation;       // a = f(z)                         N×units  (steps 4 / 5)
    Matrix dropoutMask;      // hidden, with dropout: 1 kept, 0 dropped        N×units (step 4)
    Matrix dropped;          // a ⊙ mask/(1−p): what the next layer reads     N×units (step 4)
    Matrix backError;        // output: E = y − output;
                             // hidden: d_next·W_nextᵀ (old W)   N×units  (steps 6 / 9)
    Matrix slope;            // f'(z)                            N×units  (step 7)
    Matrix delta;            // backError ⊙ slope  (= E when the slope cancels)  N×units (8 / 10)
    Matrix weightsUpdated;   // W + a_prevᵀ·delta·lr             fanIn×units (step 11)
    Matrix biasUpdated;      // b + Σrows(delta)·lr              1×units     (step 12)
    OptimizerWork optimizer; // G and the optimiser's state (unless config.plainUpdates())
};

// One chunk of a batch's rows: its share of the sums over rows (see parallel_chunks.h).
struct RowChunkSums {
    double loss = 0.0;                  // the loss over the chunk's rows
    bool inputsFinite = true;           // every z of the chunk finite
    std::vector<Matrix> weightGradient; // per layer: a_prevᵀ·delta over the chunk  fanIn×units
    std::vector<Matrix> biasGradient;   // per layer: Σrows(delta) over the chunk   1×units
};

struct IterationWork {
    std::vector<LayerWork> layers; // same order as Parameters::layers
    double loss = 0.0;             // loss of this batch before the update, summed over its rows
    bool inputsFinite = true;      // every layer input z finite (a NaN in z can hide behind a
                                   // saturating activation; the rest shows in the updates)
    std::vector<RowChunkSums> chunkSums; // scratch of computeIteration
};

// Steps 3–5: forward pass of X (N×n) through every layer; fills input and activation.
void forwardPass(const NetworkSpec& network, const Parameters& params, const Matrix& X,
                 IterationWork& work);

// Steps 3–5 as in training with dropout, with the masks the caller put in
// work.layers[l].dropoutMask for every hidden layer (the gradient check's loss).
void forwardPassWithMasks(const NetworkSpec& network, const TrainingConfig& config,
                          const Parameters& params, const Matrix& X, IterationWork& work);

// Steps 3–12 on the batch (X: N×n, y: N×k). `params` is left untouched; the updated
// weights land in work.layers[l].weightsUpdated / biasUpdated. `state` is what the optimiser
// remembers from earlier iterations (nothing before the first); config.learningRate is the
// rate of this iteration.
void computeIteration(const NetworkSpec& network, const TrainingConfig& config,
                      const Parameters& params, const Matrix& X, const Matrix& y,
                      IterationWork& work, const OptimizerState& state = {});

// Moves the updated weights into `params` (O(1) swaps; the old ones end up in `work`).
void applyUpdates(Parameters& params, IterationWork& work);
// … and the optimiser's new state into `state`.
void applyUpdates(const TrainingConfig& config, Parameters& params, OptimizerState& state,
                  IterationWork& work);

// Where the first non-finite value of an iteration appeared, in step order.
struct NonFiniteValue {
    int step = 0;
    std::string matrix; // trace name of the matrix, e.g. "hidden_layer_input"
};
std::optional<NonFiniteValue> firstNonFinite(const NetworkSpec& network, const IterationWork& work);

} // namespace backstep
