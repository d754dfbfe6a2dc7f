// SPDX-License-Identifier: MIT
#include "plane_view.h"

#include "plane_layer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace backstep {

PlaneView::PlaneView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(160, 160);
}

void PlaneView::setAxisLabels(const QString& x, const QString& y) {
    xLabel_ = x;
    yLabel_ = y;
    update();
}

void PlaneView::pictureChanged() {
    layer_ = QImage();
    update();
}

void PlaneView::setBounds(const PlaneBounds& bounds) {
    picture_.bounds = bounds;
    pictureChanged();
}

void PlaneView::setBackground(const QImage& image) {
    picture_.heat = image;
    pictureChanged();
}

void PlaneView::setBackgroundDots(QVector<PlanePoint> dots) {
    picture_.grid = std::move(dots);
    pictureChanged();
}

void PlaneView::setSamples(QVector<PlanePoint> samples) {
    picture_.samples = std::move(samples);
    pictureChanged();
}

void PlaneView::setMessage(const QString& message) {
    picture_.message = message;
    pictureChanged();
}

void PlaneView::setPicture(PlanePicture picture, QImage layer) {
    picture_ = std::move(picture);
    layer_ = std::move(layer); // checked against the plot's size when painted
    update();
}

QRectF PlaneView::plotRect() const {
    // Title on top; below and left of the frame a line of tick values, then the axis title on
    // a line of its own, so that the two never overlap.
    const QFontMetrics fm(font());
    const double line = fm.height();
    const double top = line + 6, left = 2 * line + 8, bottom = 2 * line + 6;
    const double size = std::max(10.0, std::min(width() - left - 6, height() - top - bottom));
    return {left, top, size, size};
}

QString PlaneView::tickText(double value, int digits) {
    return QString::number(value, 'g', digits);
}

std::pair<QString, QString> PlaneView::tickTexts(double low, double high, double length,
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

QPointF PlaneView::toWidget(double x, double y) const {
    const QRectF r = plotRect();
    const PlaneBounds& b = picture_.bounds;
    const double fx = (x - b.xMin) / (b.xMax - b.xMin);
    const double fy = (y - b.yMin) / (b.yMax - b.yMin);
    return {r.left() + fx * r.width(), r.bottom() - fy * r.height()};
}

void PlaneView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = plotRect();
    const QFontMetrics fm(font());
    p.setPen(palette().windowText().color());
    p.drawText(QRectF(0, 2, width(), fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(title_, Qt::ElideRight, width()));
    if (!picture_.message.isEmpty()) {
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, picture_.message);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    if (layer_.isNull() || layer_.size() != (r.size() * dpr).toSize() ||
        layer_.devicePixelRatio() != dpr)
        layer_ = renderPlaneLayer(picture_, r.size().toSize(), dpr);
    p.drawImage(r.topLeft(), layer_);
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    const PlaneBounds& b = picture_.bounds;
    const double line = fm.height();
    const auto [xLow, xHigh] = tickTexts(b.xMin, b.xMax, r.width(), fm);
    const QRectF ticksBelow(r.left(), r.bottom() + 2, r.width(), line);
    p.drawText(ticksBelow, Qt::AlignLeft, xLow);
    p.drawText(ticksBelow, Qt::AlignRight, xHigh);
    const double half = std::min(r.center().x(), width() - r.center().x()); // centred on r
    const QRectF titleBelow(r.center().x() - half, ticksBelow.bottom(), 2 * half, line);
    p.drawText(titleBelow, Qt::AlignHCenter,
               fm.elidedText(xLabel_, Qt::ElideRight, static_cast<int>(titleBelow.width())));
    p.save();
    p.translate(r.left() - 2, r.center().y());
    p.rotate(-90);
    // rotated: x runs up the frame's left side, y away from it (negative is leftwards)
    const auto [yLow, yHigh] = tickTexts(b.yMin, b.yMax, r.height(), fm);
    const QRectF ticksBeside(-r.height() / 2, -line, r.height(), line);
    p.drawText(ticksBeside, Qt::AlignLeft, yLow);
    p.drawText(ticksBeside, Qt::AlignRight, yHigh);
    const QRectF titleBeside(-r.height() / 2, -2 * line, r.height(), line);
    p.drawText(titleBeside, Qt::AlignHCenter,
               fm.elidedText(yLabel_, Qt::ElideRight, static_cast<int>(r.height())));
    p.restore();
}

} // namespace backstep
