// SPDX-License-Identifier: MIT
// What a 2-D view shows inside its frame, rendered into an image the size of the plot: the
// heat map, the grid dots and the samples. Only QImage and QPainter on that image, so the
// 2-D views can render it on a worker thread. Up to `ellipseLimit` samples are drawn as
// ellipses; more are stamped from a pre-drawn disc at whole pixels, which costs a few
// microseconds for a hundred thousand.
#pragma once

#include "models/space_pictures.h"

#include <QImage>
#include <QSize>

namespace backstep {

constexpr int ellipseLimit = 500;

// `size` in logical pixels; the image has `devicePixelRatio` device pixels per logical one.
// Point (x, y) of the plane lands where PlaneView::toWidget puts it, less the plot's corner.
QImage renderPlaneLayer(const PlanePicture& picture, const QSize& size, qreal devicePixelRatio);

} // namespace backstep
