// SPDX-License-Identifier: MIT
#include "space_pictures.h"

#include "core/iteration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace backstep {

QColor classColour(int classIndex) {
    // blue, orange, green, purple, … (distinguishable for the common colour-vision deficiencies)
    static const QColor palette[] = {QColor(0x21, 0x66, 0xAC), QColor(0xE6, 0x7E, 0x22),
                                     QColor(0x1B, 0x9E, 0x77), QColor(0x7B, 0x3F, 0x9E),
                                     QColor(0xA6, 0x56, 0x28), QColor(0x66, 0x66, 0x66)};
    return palette[std::clamp(classIndex, 0, 5)];
}

QColor blend(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor valueColour(double t) {
    const QColor low = blend(Qt::white, classColour(0), 0.65),
                 high = blend(Qt::white, classColour(1), 0.65);
    if (!std::isfinite(t)) return Qt::gray;
    return t < 0.5 ? blend(low, Qt::white, t * 2) : blend(Qt::white, high, (t - 0.5) * 2);
}

QColor predictionColour(const Matrix& output, Index row, bool classification,
                        std::pair<double, double> range) {
    const auto k = output.cols();
    if (k > 1) {
        Index c;
        const double largest = output.row(row).maxCoeff(&c);
        const double confidence = (largest - 1.0 / k) / (1.0 - 1.0 / k);
        return blend(Qt::white, blend(Qt::white, classColour(static_cast<int>(c)), 0.65),
                     confidence);
    }
    if (classification) return valueColour(output(row, 0));
    const double span = range.second - range.first;
    return valueColour(span > 0 ? (output(row, 0) - range.first) / span : 0.5);
}

QColor targetColour(const Matrix& y, Index row, bool classification,
                    std::pair<double, double> range) {
    if (y.cols() > 1) {
        Index c;
        y.row(row).maxCoeff(&c);
        return classColour(static_cast<int>(c));
    }
    if (classification) return classColour(y(row, 0) >= 0.5 ? 1 : 0);
    const double span = range.second - range.first;
    const double t = span > 0 ? (y(row, 0) - range.first) / span : 0.5;
    return blend(classColour(0), classColour(1), t);
}

SpacePictures drawSpaces(const NetworkSpec& net, const Parameters& params, const Dataset& train,
                         const Dataset& test, int unitA, int unitB, int heatSize) {
    SpacePictures pictures;
    const int k = net.outputs;
    const bool classification = train.isClassification();
    const std::pair<double, double> range{train.y.size() ? train.y.minCoeff() : 0.0,
                                          train.y.size() ? train.y.maxCoeff() : 1.0};
    if (net.inputs != 2) {
        pictures.input.message = pictures.hiddenBefore.message = pictures.hiddenAfter.message =
            QCoreApplication::translate("backstep::SpacePictures",
                                        "The 2-D views need a lesson with two inputs.");
        return pictures;
    }
    // all samples, train first, then test (drawn hollow). Without a test set, `test` is an empty
    // Dataset whose matrices are 0×0, not 0×2 and 0×k, so it is stacked only when it has rows.
    const Index trainRows = train.samples(), testRows = test.samples();
    Matrix X(trainRows + testRows, 2), Y(trainRows + testRows, k);
    X.topRows(trainRows) = train.X;
    Y.topRows(trainRows) = train.y;
    if (testRows > 0) {
        X.bottomRows(testRows) = test.X;
        Y.bottomRows(testRows) = test.y;
    }
    const auto sampleColour = [&](Index r) { return targetColour(Y, r, classification, range); };

    // input space: the prediction on a heatSize×heatSize grid
    PlanePicture& in = pictures.input;
    in.bounds = boundsOf(X);
    const Matrix grid = gridPoints(in.bounds, heatSize, heatSize);
    IterationWork work;
    forwardPass(net, params, grid, work);
    const Matrix& prediction = work.layers.back().activation; // (heatSize²)×k
    in.heat = QImage(heatSize, heatSize, QImage::Format_RGB32);
    for (int j = 0; j < heatSize; ++j)
        for (int i = 0; i < heatSize; ++i)
            in.heat.setPixelColor(i, j,
                                  predictionColour(prediction, static_cast<Index>(j) * heatSize + i,
                                                   classification, range));
    for (Index r = 0; r < X.rows(); ++r)
        in.samples.push_back({QPointF(X(r, 0), X(r, 1)), sampleColour(r), r >= train.samples()});

    // hidden space: needs two units in the first hidden layer
    if (net.hidden.empty() || net.hidden[0] < 2 || unitA == unitB ||
        std::max(unitA, unitB) >= net.hidden[0]) {
        pictures.hiddenBefore.message = pictures.hiddenAfter.message =
            net.hidden.empty()
                ? QCoreApplication::translate("backstep::SpacePictures",
                                              "This network has no hidden layer.")
                : QCoreApplication::translate("backstep::SpacePictures",
                                              "The hidden space needs two hidden units.");
        return pictures;
    }
    IterationWork samplesWork;
    forwardPass(net, params, X, samplesWork);
    const int coarse = 30;
    const Matrix coarseGrid = gridPoints(in.bounds, coarse, coarse);
    IterationWork gridWork;
    forwardPass(net, params, coarseGrid, gridWork);
    for (int after = 0; after < 2; ++after) {
        PlanePicture& h = after ? pictures.hiddenAfter : pictures.hiddenBefore;
        const Matrix& s =
            after ? samplesWork.layers[0].activation : samplesWork.layers[0].input; // N×h
        const Matrix& g = after ? gridWork.layers[0].activation : gridWork.layers[0].input;
        Matrix both(s.rows() + g.rows(), 2);
        both << s.col(unitA), s.col(unitB), g.col(unitA), g.col(unitB);
        h.bounds = boundsOf(both, 0.05);
        for (Index r = 0; r < g.rows(); ++r) {
            const QColor c =
                predictionColour(gridWork.layers.back().activation, r, classification, range);
            h.grid.push_back({QPointF(g(r, unitA), g(r, unitB)), c.darker(115)});
        }
        for (Index r = 0; r < s.rows(); ++r)
            h.samples.push_back(
                {QPointF(s(r, unitA), s(r, unitB)), sampleColour(r), r >= train.samples()});
    }
    return pictures;
}

} // namespace backstep
