// SPDX-License-Identifier: MIT
// What the 2-D views draw, computed from a network and its weights: the input space as a
// heat map of the prediction with the samples on top, and where the samples (and a grid
// over the input space) land in the plane of two hidden units, before and after the
// activation. No widgets: the views paint these, and the tests check them.
#pragma once

#include "core/dataset.h"
#include "core/network.h"
#include "core/plane.h"

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QString>
#include <QVector>

namespace backstep {

struct PlanePoint {
    QPointF position;
    QColor colour;
    bool hollow = false; // a held-out test sample
};

struct PlanePicture {
    PlaneBounds bounds;
    QImage heat;                 // covers bounds, row 0 at the top; null for none
    QVector<PlanePoint> grid;    // small dots: the input grid mapped into this plane
    QVector<PlanePoint> samples; // the samples
    QString message;             // why there is nothing to draw, else empty
};

struct SpacePictures {
    PlanePicture input, hiddenBefore, hiddenAfter;
};

// unitA/unitB: the two hidden units (0-based, of the first hidden layer) spanning the hidden
// plane. `heatSize`: cells per side of the input heat map.
SpacePictures drawSpaces(const NetworkSpec& network, const Parameters& params, const Dataset& train,
                         const Dataset& test, int unitA, int unitB, int heatSize = 120);

// The colour the views give row `row` of the output layer's activations, and of the targets.
// `targetRange` scales regression values (min and max of the targets).
QColor predictionColour(const Matrix& output, Index row, bool classification,
                        std::pair<double, double> targetRange);
QColor targetColour(const Matrix& y, Index row, bool classification,
                    std::pair<double, double> targetRange);

// Colours of the views: classes, and values from 0 to 1 (blue through white to orange).
QColor classColour(int classIndex);
QColor valueColour(double t); // t in [0, 1]; 0.5 is white
QColor blend(const QColor& a, const QColor& b, double t);

} // namespace backstep
