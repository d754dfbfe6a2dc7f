// SPDX-License-Identifier: MIT
// Matrix types shared by the whole core. Rows are samples, as in the tutorial.
#pragma once

#include <Eigen/Dense>

namespace backstep {

using Matrix = Eigen::MatrixXd; // dense, column-major, any shape
using Index = Eigen::Index;

} // namespace backstep
