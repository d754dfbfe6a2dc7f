// SPDX-License-Identifier: MIT
// Loss functions L(y, output), summed over samples and outputs.
#pragma once

#include "matrix.h"

#include <optional>
#include <string>

namespace backstep {

enum class Loss {
    Mse,          // L = ½·Σ E², E = y − output
    Bce,          // L = −Σ [y·ln(output) + (1−y)·ln(1−output)], sigmoid output
    CrossEntropy, // L = −Σ y·ln(output), softmax output
};

std::string lossName(Loss loss);
std::optional<Loss> lossFromName(const std::string& name);
std::string lossFormula(Loss loss);

// For bce with sigmoid and cross-entropy with softmax, ∂L/∂output_layer_input = −E:
// the slope of the output activation cancels and d_output = E.
bool slopeCancels(Loss loss);

// Total loss of a batch. outputLayerInput (N×k) is used by bce and cross-entropy,
// which are evaluated from z in a form that cannot overflow or take log(0).
// Any block of rows will do (a chunk of a batch).
double lossValue(Loss loss, ConstMatrixRef y, ConstMatrixRef output,
                 ConstMatrixRef outputLayerInput);

// The first row of targets `y` that `loss` cannot train on, and why (bce: a target outside
// 0…1; cross-entropy: a row that is no distribution), or nullopt when every row will do. The
// layers above word it (src/io/core_wording.h).
struct TargetProblem {
    enum class Why { BceOutsideZeroToOne, CrossEntropyRowNotOne };
    Index row = 0;
    Why why = Why::BceOutsideZeroToOne;
};
std::optional<TargetProblem> targetProblem(Loss loss, const Matrix& y);

} // namespace backstep
