// SPDX-License-Identifier: MIT
// How well a network's weights do on a lesson's data, as the evaluation view shows it:
// confusion matrices (training and test samples) for classification lessons, predicted
// against actual values for regression lessons. Computed from the weights alone, so it can be
// computed on a worker thread; no widgets.
#pragma once

#include "core/dataset.h"
#include "core/network.h"

#include <QList>
#include <QPointF>

#include <cmath>
#include <string>
#include <vector>

namespace backstep {

struct Judgement {
    bool classification = false, haveTest = false;
    Eigen::MatrixXi trainCounts, testCounts; // actual class by row, predicted by column
    // Regression: (actual, predicted) of every sample whose values are finite, and the range
    // they span (infinite when there are none).
    QList<QPointF> trainPoints, testPoints;
    double low = INFINITY, high = -INFINITY;
    std::vector<std::string> targetNames;
};

Judgement judge(const NetworkSpec& network, const Parameters& params, const Dataset& train,
                const Dataset& test, bool classification);

} // namespace backstep
