// SPDX-License-Identifier: MIT
// The loss per epoch as a line painted with any QPainter, for the frames of an animation:
// the epoch axis spans the whole run so that the line grows from frame to frame, the loss
// axis runs from 0 to the largest loss so far, and the frame's epoch is marked. (The loss
// dock is a Qt Charts view, which needs the window's thread; frames are painted on a worker.)
#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace backstep {

struct LossPlotLabels {
    QString title, epochs, loss;
};

// `loss`: one value per epoch from epoch 1; the first `epoch` of them are drawn, out of
// `totalEpochs`. Texts in the painter's font and pen colour.
void paintLossPlot(QPainter& painter, const QRectF& area, const std::vector<double>& loss,
                   int epoch, int totalEpochs, const LossPlotLabels& labels);

} // namespace backstep
