// SPDX-License-Identifier: MIT
#include "plane_view.h"

#include "render/plane_layer.h"
#include "render/plane_panel.h"

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
    return planePlotRect(size(), QFontMetrics(font()));
}

std::pair<QString, QString> PlaneView::tickTexts(double low, double high, double length,
                                                 const QFontMetrics& fm) {
    return planeTickTexts(low, high, length, fm);
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
    p.setPen(palette().windowText().color());
    const QRectF r = plotRect();
    const qreal dpr = devicePixelRatioF();
    if (picture_.message.isEmpty() &&
        (layer_.isNull() || layer_.size() != (r.size() * dpr).toSize() ||
         layer_.devicePixelRatio() != dpr))
        layer_ = renderPlaneLayer(picture_, r.size().toSize(), dpr);
    paintPlanePanel(p, rect(), picture_, {title_, xLabel_, yLabel_}, layer_);
}

} // namespace backstep
