// SPDX-License-Identifier: MIT
#include "dataset.h"

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

std::vector<std::string> defaultNames(const std::string& stem, int count, bool numberSingle) {
    std::vector<std::string> names;
    for (int i = 0; i < count; ++i)
        names.push_back(count == 1 && !numberSingle ? stem : stem + std::to_string(i + 1));
    return names;
}

} // namespace backstep
