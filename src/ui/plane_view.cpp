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
    const QFontMetrics fm(font());
    const double top = fm.height() + 6, left = fm.height() + 8, bottom = fm.height() + 8;
    const double size = std::max(10.0, std::min(width() - left - 6, height() - top - bottom));
    return {left, top, size, size};
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
    p.drawText(QRectF(0, 2, width(), fm.height() + 2), Qt::AlignHCenter | Qt::AlignTop, title_);
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
    const auto number = [](double v) { return QString::number(v, 'g', 3); };
    const QRectF below(r.left(), r.bottom() + 2, r.width(), fm.height());
    p.drawText(below, Qt::AlignLeft, number(b.xMin));
    p.drawText(below, Qt::AlignRight, number(b.xMax));
    p.drawText(below, Qt::AlignHCenter, xLabel_);
    p.save();
    p.translate(r.left() - 4, r.center().y());
    p.rotate(-90);
    const QRectF beside(-r.height() / 2, -fm.height(), r.height(), fm.height());
    p.drawText(beside, Qt::AlignHCenter, yLabel_);
    p.drawText(beside, Qt::AlignLeft, number(b.yMin));
    p.drawText(beside, Qt::AlignRight, number(b.yMax));
    p.restore();
}

} // namespace backstep
