// SPDX-License-Identifier: MIT
// Checks backpropagation against central finite differences: the update of every
// parameter must equal −lr·∂L/∂θ, with L the loss the chart shows (plus λ/2·Σw² with weight
// decay). Momentum and Adam only change what is done with G, so G is checked through plain
// gradient steps. With dropout the masks of the iteration are held fixed.
#pragma once

#include "network.h"

#include <string>
#include <vector>

namespace backstep {

struct GradientCheckMatrix {
    std::string name;      // "wh", "bout", …
    bool frozen = false;   // biases with update_biases: false (not compared)
    double maxError = 0.0; // max |Δθ + lr·g| / (lr·max(1, |g|)) over the matrix
    int worstRow = 0, worstColumn = 0;
    double worstUpdate = 0.0;   // Δθ of the worst cell (backprop)
    double worstExpected = 0.0; // −lr·g of the worst cell (finite differences)
};

struct GradientCheckResult {
    std::vector<GradientCheckMatrix> matrices;
    double maxError = 0.0;
    bool passed(double tolerance = 1e-6) const { return maxError <= tolerance; }
};

// One iteration on (X, y) from `params`; step is the finite-difference step h.
GradientCheckResult gradientCheck(const NetworkSpec& network, const TrainingConfig& config,
                                  const Parameters& params, const Matrix& X, const Matrix& y,
                                  double step = 1e-6);

} // namespace backstep
