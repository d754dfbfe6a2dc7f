// SPDX-License-Identifier: MIT
// Sampling a plane for the 2-D views: the bounds around a set of points and a regular grid
// of points inside them, to run through the network.
#pragma once

#include "matrix.h"

namespace backstep {

struct PlaneBounds {
    double xMin = -1, xMax = 1, yMin = -1, yMax = 1;
};

// The box around columns 0 and 1 of `points`, grown by `margin` of its size on every side
// (a box of zero size becomes ±1 around its point).
PlaneBounds boundsOf(const Matrix& points, double margin = 0.1);

// The centres of an nx×ny grid of cells over `bounds`, one point per row: row j·nx + i is
// column i from the left and row j from the top (so j = 0 is yMax).   (nx·ny)×2
Matrix gridPoints(const PlaneBounds& bounds, int nx, int ny);

} // namespace backstep
