// SPDX-License-Identifier: MIT
// Inputs and targets of a lesson, with their column names.
#pragma once

#include "matrix.h"

#include <string>
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

// "x1", "x2", … / "y" or "y1", "y2", …
std::vector<std::string> defaultNames(const std::string& stem, int count, bool numberSingle);

} // namespace backstep
