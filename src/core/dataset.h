// SPDX-License-Identifier: MIT
// Inputs and targets of a lesson, with their column names.
#pragma once

#include "matrix.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace backstep {

struct Dataset {
    Matrix X;                              // N×n inputs, one sample per row
    Matrix y;                              // N×k targets
    std::vector<std::string> featureNames; // n names ("x1", …)
    std::vector<std::string> targetNames;  // k names ("y", …)

    int samples() const { return static_cast<int>(X.rows()); }
    int inputs() const { return static_cast<int>(X.cols()); }
    int outputs() const { return static_cast<int>(y.cols()); }

    // All targets are 0 or 1, so accuracy is meaningful.
    bool isClassification() const;

    // The rows `indices` (0-based) of X and y, in that order.
    void gatherRows(const std::vector<int>& indices, Matrix& X_out, Matrix& y_out) const;
};

// How inputs are rescaled before training, column by column.
enum class Normalisation {
    None,
    Standardise, // (x − mean)/σ, σ the population standard deviation (columns with σ = 0 are only
                 // centred)
    MinMax, // (x − min)/(max − min), into [0, 1] (constant columns become 0)
};

// Rescales the columns of X in place; returns, per column, the (shift, scale) used, so that
// x_new = (x − shift)/scale.
std::vector<std::pair<double, double>> normaliseColumns(Matrix& X, Normalisation how);

// Splits `all` into a training and a test part: ⌈fraction·N⌉ rows, chosen by a Fisher–Yates
// shuffle of the row numbers with Random(seed), go to the test part (in shuffled order); the
// rest stay in the training part in their original order. At least one row stays in training.
void splitDataset(const Dataset& all, double fraction, std::uint64_t seed, Dataset& train,
                  Dataset& test);

// "x1", "x2", … / "y" or "y1", "y2", …
std::vector<std::string> defaultNames(const std::string& stem, int count, bool numberSingle);

} // namespace backstep
