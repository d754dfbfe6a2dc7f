// SPDX-License-Identifier: MIT
// Matrix types shared by the whole core. Rows are samples, as in the tutorial.
#pragma once

#include <Eigen/Dense>

namespace backstep {

using Matrix = Eigen::MatrixXd; // dense, column-major, any shape
using Index = Eigen::Index;
// A matrix or a block of whole columns' rows of one (e.g. rows 100–199 of a batch), without
// a copy.
using MatrixRef = Eigen::Ref<Matrix>;
using ConstMatrixRef = Eigen::Ref<const Matrix>;

} // namespace backstep
