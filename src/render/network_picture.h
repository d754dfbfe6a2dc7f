// SPDX-License-Identifier: MIT
// The network as neurons and links, laid out in a rectangle and painted with any QPainter:
// a link's colour is the sign of its weight and its width the size; at most 12 units a
// column are drawn ("+N more" below). The network dock paints and hit-tests with it, and the
// animations paint their frames with it on any thread.
#pragma once

#include "core/network.h"

#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace backstep {

class NetworkPicture {
public:
    static constexpr double neuronRadius = 11;
    static constexpr int maxDrawnUnits = 12;

    // The labels of the units drawn for a column of `names` (features or targets): the first
    // maxDrawnUnits of them.
    static std::vector<QString> drawnNames(const std::vector<std::string>& names);

    // `inputLabels` and `outputLabels`: one per input and output unit (features, targets).
    NetworkPicture(const NetworkSpec& network, std::vector<QString> inputLabels,
                   std::vector<QString> outputLabels, const QSizeF& size, const QFont& font);

    int columns() const; // the inputs, each layer's units
    int units(int column) const;
    int drawnUnits(int column) const;
    // Centre of unit `unit` of column `column` (0 = inputs, last = outputs).
    QPointF neuronPosition(int column, int unit) const;
    QString label(int column, int unit) const;
    struct LabelPlace {
        QRectF rect; // empty: left out (units too dense)
        QFont font;
        int alignment = Qt::AlignCenter;
    };
    LabelPlace labelPlace(int column, int unit) const;

    // What is outlined: a weight (layer, row = from unit, column = to unit) or a bias
    // (layer, column = unit); layer −1 for nothing.
    struct Highlight {
        int layer = -1;
        bool bias = false;
        int row = 0, column = 0;
    };
    // Paints on a white background at the painter's origin; `moreUnits` is "+%1 more".
    void paint(QPainter& painter, const Parameters& params, const Highlight& highlight,
               const QString& moreUnits) const;

private:
    NetworkSpec network_;
    std::vector<QString> inputLabels_, outputLabels_;
    QSizeF size_;
    QFont font_;
    double leftMargin_ = 60, rightMargin_ = 60; // beside the inputs and the outputs
};

} // namespace backstep
