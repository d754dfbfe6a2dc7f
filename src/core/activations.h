// SPDX-License-Identifier: MIT
// Activation functions f and their slopes f', applied to whole matrices.
#pragma once

#include "matrix.h"
#include "parallel_chunks.h" // setComputeThreads, for the callers that set it

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
// The same into a block of the same shape (rows of a batch): nothing is resized.
void applyActivationTo(const ActivationSpec& f, ConstMatrixRef z, MatrixRef a);

// slope = f'(z) written from the activation where the tutorial does so
// (sigmoid a⊙(1−a), tanh 1−a², softmax: the diagonal a⊙(1−a)), else from z.
void activationSlope(const ActivationSpec& f, const Matrix& z, const Matrix& a, Matrix& slope);
void activationSlopeTo(const ActivationSpec& f, ConstMatrixRef z, ConstMatrixRef a,
                       MatrixRef slope);

} // namespace backstep
