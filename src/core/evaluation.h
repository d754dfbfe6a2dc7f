// SPDX-License-Identifier: MIT
// Judging a network on a data set: correct predictions and the confusion matrix. One output
// predicts class 1 when it is at least 0.5; several outputs predict the largest one.
#pragma once

#include "matrix.h"

namespace backstep {

// How many rows are classified right, by the rule below (the trainer's accuracy).
int correctPredictions(const Matrix& y, const Matrix& output);

// Counts of (actual class, predicted class): row = actual, column = predicted. With one
// output the classes are output < 0.5 and ≥ 0.5 (2×2); with k outputs the largest wins (k×k).
Eigen::MatrixXi confusionMatrix(const Matrix& y, const Matrix& output);

} // namespace backstep
