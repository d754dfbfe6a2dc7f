// SPDX-License-Identifier: MIT
// One 2-D panel painted with any QPainter: the title on top, the plot (plane_layer.h) in a
// square frame, tick values at the ends of both axes and the axis titles on lines of their
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
// `fm`: a square below the title, right of the y axis' two text lines, above the x axis'.
QRectF planePlotRect(const QSizeF& size, const QFontMetrics& fm);

// The texts of the tick values at the two ends of an axis `length` pixels long: three
// significant digits, fewer if they would otherwise not fit side by side with a gap.
std::pair<QString, QString> planeTickTexts(double low, double high, double length,
                                           const QFontMetrics& fm);

// Paints the panel into `area` with the painter's font and pen colour for the texts (the
// background is left to the caller). `layer`: the plot's inside as renderPlaneLayer drew it
// for the plot's size; a null or differently sized one is drawn here.
void paintPlanePanel(QPainter& painter, const QRectF& area, const PlanePicture& picture,
                     const PlaneLabels& labels, const QImage& layer = {});

} // namespace backstep
