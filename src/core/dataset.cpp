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

std::vector<std::pair<double, double>> normaliseColumns(Matrix& X, Normalisation how) {
    std::vector<std::pair<double, double>> used;
    for (Index c = 0; c < X.cols(); ++c) {
        double shift = 0.0, scale = 1.0;
        if (how == Normalisation::Standardise) {
            shift = X.col(c).mean();
            const double sd = std::sqrt((X.col(c).array() - shift).square().mean());
            scale = sd > 0.0 ? sd : 1.0;
        } else if (how == Normalisation::MinMax) {
            shift = X.col(c).minCoeff();
            const double range = X.col(c).maxCoeff() - shift;
            scale = range > 0.0 ? range : 1.0;
        }
        X.col(c) = ((X.col(c).array() - shift) / scale).matrix(); // x_new = (x − shift)/scale
        used.emplace_back(shift, scale);
    }
    return used;
}

void splitDataset(const Dataset& all, double fraction, std::uint64_t seed, Dataset& train, Dataset& test) {
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
