// SPDX-License-Identifier: MIT
#include "evaluation.h"

namespace backstep {

int correctPredictions(const Matrix& y, const Matrix& output) {
    if (y.cols() == 1) // vectorised for the common case
        return static_cast<int>(((output.array() >= 0.5) == (y.array() >= 0.5)).count());
    return confusionMatrix(y, output).trace();
}

Eigen::MatrixXi confusionMatrix(const Matrix& y, const Matrix& output) {
    const Index classes = y.cols() == 1 ? 2 : y.cols();
    Eigen::MatrixXi counts = Eigen::MatrixXi::Zero(classes, classes);
    for (Index r = 0; r < y.rows(); ++r) {
        Index actual, predicted;
        if (y.cols() == 1) {
            actual = y(r, 0) >= 0.5;
            predicted = output(r, 0) >= 0.5;
        } else {
            y.row(r).maxCoeff(&actual);
            output.row(r).maxCoeff(&predicted);
        }
        ++counts(actual, predicted);
    }
    return counts;
}

} // namespace backstep
