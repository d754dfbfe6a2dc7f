// SPDX-License-Identifier: MIT
// Judging a trained network on a data set: the confusion matrix for classification.
#pragma once

#include "matrix.h"

namespace backstep {

// Counts of (actual class, predicted class): row = actual, column = predicted. With one
// output the classes are output < 0.5 and ≥ 0.5 (2×2); with k outputs the largest wins (k×k).
Eigen::MatrixXi confusionMatrix(const Matrix& y, const Matrix& output);

} // namespace backstep
