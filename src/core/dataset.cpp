// SPDX-License-Identifier: MIT
#include "dataset.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace backstep {

bool Dataset::isClassification() const {
    return y.size() > 0 && ((y.array() == 0.0) || (y.array() == 1.0)).all();
}

void Dataset::gatherRows(const std::vector<int>& indices, Matrix& X_out, Matrix& y_out) const {
    const Index count = static_cast<Index>(indices.size());
    X_out.resize(count, X.cols());
    y_out.resize(count, y.cols());
    for (Index r = 0; r < count; ++r) {
        X_out.row(r) = X.row(indices[static_cast<size_t>(r)]);
        y_out.row(r) = y.row(indices[static_cast<size_t>(r)]);
    }
}

namespace {

// Shift and scale of one column (scale 1 for a constant column).
std::pair<double, double> columnShiftAndScale(const Eigen::ArrayXd& column, Normalisation how) {
    double shift = 0.0, scale = 1.0;
    if (how == Normalisation::Standardise) {
        shift = column.mean();
        scale = std::sqrt((column - shift).square().mean());
    } else if (how == Normalisation::MinMax) {
        shift = column.minCoeff();
        scale = column.maxCoeff() - shift;
    }
    return {shift, scale > 0.0 ? scale : 1.0};
}

} // namespace

std::vector<std::pair<double, double>> normaliseColumns(Matrix& X, Normalisation how) {
    std::vector<std::pair<double, double>> used;
    for (Index c = 0; c < X.cols(); ++c) {
        if (how == Normalisation::None || X.rows() == 0) {
            used.emplace_back(0.0, 1.0);
            continue;
        }
        auto [shift, scale] = columnShiftAndScale(X.col(c).array(), how);
        Eigen::ArrayXd result = (X.col(c).array() - shift) / scale; // x_new = (x − shift)/scale
        if (!std::isfinite(shift) || !std::isfinite(scale) || !result.allFinite()) {
            // Values near the end of double's range overflow in the sums and differences: the
            // same worked out on x/u with u = max|x|, where x_new = (x/u − shift/u)/(scale/u).
            const double unit = X.col(c).cwiseAbs().maxCoeff();
            const Eigen::ArrayXd small = X.col(c).array() / unit;
            const auto [smallShift, smallScale] = columnShiftAndScale(small, how);
            result = (small - smallShift) / smallScale;
            shift = smallShift * unit; // may be ±inf (a range of 2e308): kept for the record only
            scale = smallScale * unit;
        }
        X.col(c) = result.matrix();
        used.emplace_back(shift, scale);
    }
    return used;
}

void splitDataset(const Dataset& all, double fraction, std::uint64_t seed, Dataset& train,
                  Dataset& test) {
    const int N = all.samples();
    int testCount = static_cast<int>(std::ceil(fraction * N));
    testCount = std::clamp(testCount, 0, N - 1);
    std::vector<int> order(static_cast<size_t>(N));
    std::iota(order.begin(), order.end(), 0);
    Random(seed).shuffle(order);
    std::vector<int> testRows(order.begin(), order.begin() + testCount);
    std::vector<int> trainRows(order.begin() + testCount, order.end());
    std::sort(trainRows.begin(), trainRows.end());
    train.featureNames = test.featureNames = all.featureNames;
    train.targetNames = test.targetNames = all.targetNames;
    all.gatherRows(trainRows, train.X, train.y);
    all.gatherRows(testRows, test.X, test.y);
}

std::vector<std::string> defaultNames(const std::string& stem, int count, bool numberSingle) {
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i)
        names.push_back(count == 1 && !numberSingle ? stem : stem + std::to_string(i + 1));
    return names;
}

} // namespace backstep
