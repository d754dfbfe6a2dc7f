// SPDX-License-Identifier: MIT
// One 2-D panel painted with any QPainter: the title on top, the plot (plane_layer.h) in a
// frame, tick values at the ends of both axes and the axis titles on lines of their
// own. The 2-D views paint themselves with it, and the animations paint their frames with
// it on any thread (QImage only).
#pragma once

#include "models/space_pictures.h"

#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <utility>

namespace backstep {

struct PlaneLabels {
    QString title, x, y;
};

// Where the plot lies in a panel of `size` (relative to the panel's corner) for the font of
// `fm`: below the title, right of the y axis' two text lines, above the x axis'. A square
// when `maxAspect` is 1, else as much of the space as a width-to-height ratio between
// 1/maxAspect and maxAspect allows, centred across.
QRectF planePlotRect(const QSizeF& size, const QFontMetrics& fm, double maxAspect = 1.0);

// The texts of the tick values at the two ends of an axis `length` pixels long: three
// significant digits, fewer if they would otherwise not fit side by side with a gap.
std::pair<QString, QString> planeTickTexts(double low, double high, double length,
                                           const QFontMetrics& fm);

// Paints the panel into `area` with the painter's font and pen colour for the texts (the
// background is left to the caller). `layer`: the plot's inside as renderPlaneLayer drew it
// for the plot's size; a null or differently sized one is drawn here. `maxAspect` as for
// planePlotRect.
void paintPlanePanel(QPainter& painter, const QRectF& area, const PlanePicture& picture,
                     const PlaneLabels& labels, const QImage& layer = {}, double maxAspect = 1.0);

} // namespace backstep
