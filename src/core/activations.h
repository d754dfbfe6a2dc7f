// SPDX-License-Identifier: MIT
// Activation functions f and their slopes f', applied to whole matrices.
#pragma once

#include "matrix.h"

#include <optional>
#include <string>

namespace backstep {

enum class Activation { Sigmoid, Tanh, Relu, LeakyRelu, Linear, Step, Softmax };

struct ActivationSpec {
    Activation kind = Activation::Sigmoid;
    double leakyAlpha = 0.01; // slope of leaky ReLU for z <= 0
};

std::string activationName(Activation kind);
std::optional<Activation> activationFromName(const std::string& name);

// Whether the function may be used for hidden units / for the output layer.
bool isHiddenActivation(Activation kind);
bool isOutputActivation(Activation kind);

// a = f(z), elementwise (softmax: row by row). z, a: N×units. `a` is resized.
void applyActivation(const ActivationSpec& f, const Matrix& z, Matrix& a);

// slope = f'(z) written from the activation where the tutorial does so
// (sigmoid a⊙(1−a), tanh 1−a², softmax: the diagonal a⊙(1−a)), else from z.
void activationSlope(const ActivationSpec& f, const Matrix& z, const Matrix& a, Matrix& slope);

// Threads the calling thread may use for exp/tanh over large matrices (default: all cores).
// The window's training thread uses 1, leaving a core for the window itself.
void setComputeThreads(int threads);

} // namespace backstep
