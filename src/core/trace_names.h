// SPDX-License-Identifier: MIT
// The tutorial's names for every matrix of the trace, and the step that computes each.
#pragma once

#include <string>

namespace backstep {

enum class MatrixRole {
    Input,       // X
    Target,      // y
    Weights,     // wh, wh_2, …, wout
    Bias,        // bh, bh_2, …, bout
    LayerInput,  // hidden_layer_input, …, output_layer_input
    Activation,  // hiddenlayer_activations, …, output
    DropoutMask, // dropout_mask, dropout_mask_2, … (hidden layers, training with dropout)
    Dropped,   // dropped_activations, …: activations ⊙ mask/(1−p), what the next layer reads
    BackError, // E (output layer), Error_at_hidden_layer (hidden layers)
    Slope,     // slope_hidden_layer, …, slope_output_layer
    Delta,     // d_hiddenlayer, …, d_output
    WeightsUpdated, // wh_updated, …, wout_updated
    BiasUpdated,    // bh_updated, …, bout_updated
    // Momentum's and Adam's memory before this iteration (step 2): velocity_wh, m_wh, v_bout, …
    OptimizerState,
    // What steps 11–12 compute beyond the tutorial: G_wh, velocity_wh_updated, m_hat_wh, …
    OptimizerUpdate,
};

// Which quantity an OptimizerState / OptimizerUpdate matrix holds.
enum class OptimizerTerm {
    None,
    Gradient,              // G: what steps 11–12 add before the learning rate
    Velocity,              // momentum's velocity
    FirstMoment,           // Adam's m
    SecondMoment,          // Adam's v
    FirstMomentCorrected,  // Adam's m̂
    SecondMomentCorrected, // Adam's v̂
};

// "G_wh", "velocity_wout", "m_bh_2", "v_hat_wout", with "_updated" for the new state.
std::string optimizerMatrixName(OptimizerTerm term, const std::string& parameter, bool updated);

// Name of the matrix with `role` in weight layer `layer` (0-based) of a network with
// `layerCount` weight layers; the last one is the output layer. Hidden layers after the
// first get a suffix: hidden_layer_input_2, wh_2, …
std::string traceName(MatrixRole role, int layer, int layerCount);

// The step (1–12) that computes the matrix (docs/architecture.md, "The 12 steps").
int traceStep(MatrixRole role, bool outputLayer);

// Label of unit `unit` (0-based) of hidden layer `layer` (0-based): "h3", or "h2_3" deeper.
std::string hiddenUnitLabel(int layer, int unit);

} // namespace backstep
