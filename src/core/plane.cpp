// SPDX-License-Identifier: MIT
#include "plane.h"

#include <algorithm>

namespace backstep {

PlaneBounds boundsOf(const Matrix& points, double margin) {
    if (points.rows() == 0 || points.cols() < 2) return {};
    PlaneBounds b{points.col(0).minCoeff(), points.col(0).maxCoeff(), points.col(1).minCoeff(),
                  points.col(1).maxCoeff()};
    const double dx = b.xMax - b.xMin, dy = b.yMax - b.yMin;
    const double mx = dx > 0 ? dx * margin : 1.0, my = dy > 0 ? dy * margin : 1.0;
    return {b.xMin - mx, b.xMax + mx, b.yMin - my, b.yMax + my};
}

Matrix gridPoints(const PlaneBounds& b, int nx, int ny) {
    Matrix grid(static_cast<Index>(nx) * ny, 2);
    const double dx = (b.xMax - b.xMin) / nx, dy = (b.yMax - b.yMin) / ny;
    for (int j = 0; j < ny; ++j)
        for (int i = 0; i < nx; ++i) {
            grid(static_cast<Index>(j) * nx + i, 0) = b.xMin + (i + 0.5) * dx;
            grid(static_cast<Index>(j) * nx + i, 1) = b.yMax - (j + 0.5) * dy;
        }
    return grid;
}

} // namespace backstep
