// SPDX-License-Identifier: MIT
#include "plane_panel.h"

#include "plane_layer.h"

#include <algorithm>
#include <cmath>

namespace backstep {

QRectF planePlotRect(const QSizeF& size, const QFontMetrics& fm, double maxAspect) {
    // Title on top; below and left of the frame a line of tick values, then the axis title on
    // a line of its own, so that the two never overlap.
    const double line = fm.height();
    const double top = line + 6, left = 2 * line + 8, bottom = 2 * line + 6;
    const double width = std::max(10.0, size.width() - left - 6),
                 height = std::max(10.0, size.height() - top - bottom);
    if (maxAspect <= 1.0) {
        const double side = std::min(width, height);
        return {left, top, side, side};
    }
    // as much of the space as the aspect allows, centred across
    const double w = std::min(width, height * maxAspect), h = std::min(height, w * maxAspect);
    return {left + (width - w) / 2, top, w, h};
}

namespace {
QString tickText(double value, int digits) {
    return QString::number(value, 'g', digits);
}
} // namespace

std::pair<QString, QString> planeTickTexts(double low, double high, double length,
                                           const QFontMetrics& fm) {
    // Three significant digits, fewer when the two ends would meet (with a gap between).
    const double gap = fm.horizontalAdvance(QLatin1Char(' ')) * 2;
    for (int digits = 3; digits >= 1; --digits) {
        const QString a = tickText(low, digits), b = tickText(high, digits);
        if (fm.horizontalAdvance(a) + fm.horizontalAdvance(b) + gap <= length) return {a, b};
    }
    const QString a = tickText(low, 1);
    return {fm.horizontalAdvance(a) <= length ? a : QString(), QString()};
}

void paintPlanePanel(QPainter& p, const QRectF& area, const PlanePicture& picture,
                     const PlaneLabels& labels, const QImage& layer, double maxAspect) {
    p.save();
    p.translate(area.topLeft());
    p.setRenderHint(QPainter::Antialiasing);
    const double width = area.width();
    const QFontMetrics fm(p.font());
    const QRectF r = planePlotRect(area.size(), fm, maxAspect);
    p.drawText(QRectF(0, 2, width, fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(labels.title, Qt::ElideRight, static_cast<int>(width)));
    if (!picture.message.isEmpty()) {
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, picture.message);
        p.restore();
        return;
    }
    const qreal dpr = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    if (layer.isNull() || layer.size() != (r.size() * dpr).toSize() ||
        layer.devicePixelRatio() != dpr)
        p.drawImage(r.topLeft(), renderPlaneLayer(picture, r.size().toSize(), dpr));
    else
        p.drawImage(r.topLeft(), layer);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r); // the tick values and axis titles in the frame's grey
    const PlaneBounds& b = picture.bounds;
    const double line = fm.height();
    const auto [xLow, xHigh] = planeTickTexts(b.xMin, b.xMax, r.width(), fm);
    const QRectF ticksBelow(r.left(), r.bottom() + 2, r.width(), line);
    p.drawText(ticksBelow, Qt::AlignLeft, xLow);
    p.drawText(ticksBelow, Qt::AlignRight, xHigh);
    const double half = std::min(r.center().x(), width - r.center().x()); // centred on r
    const QRectF titleBelow(r.center().x() - half, ticksBelow.bottom(), 2 * half, line);
    p.drawText(titleBelow, Qt::AlignHCenter,
               fm.elidedText(labels.x, Qt::ElideRight, static_cast<int>(titleBelow.width())));
    p.translate(r.left() - 2, r.center().y());
    p.rotate(-90);
    // rotated: x runs up the frame's left side, y away from it (negative is leftwards)
    const auto [yLow, yHigh] = planeTickTexts(b.yMin, b.yMax, r.height(), fm);
    const QRectF ticksBeside(-r.height() / 2, -line, r.height(), line);
    p.drawText(ticksBeside, Qt::AlignLeft, yLow);
    p.drawText(ticksBeside, Qt::AlignRight, yHigh);
    const QRectF titleBeside(-r.height() / 2, -2 * line, r.height(), line);
    p.drawText(titleBeside, Qt::AlignHCenter,
               fm.elidedText(labels.y, Qt::ElideRight, static_cast<int>(r.height())));
    p.restore();
}

} // namespace backstep
