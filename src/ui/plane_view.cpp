// SPDX-License-Identifier: MIT
#include "plane_view.h"

#include "render/plane_layer.h"
#include "render/plane_panel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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
    return planePlotRect(size(), QFontMetrics(font()), maxAspect);
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
    paintPlanePanel(p, rect(), picture_, {title_, xLabel_, yLabel_}, layer_, maxAspect);
}

int PlaneView::sampleAt(const QPointF& at) const {
    if (!picture_.message.isEmpty() || !plotRect().adjusted(-4, -4, 4, 4).contains(at)) return -1;
    const double reach = (picture_.samples.size() > ellipseLimit ? 2.5 : 4.0) + 3.0;
    int nearest = -1;
    double nearestDistance = reach;
    for (int i = 0; i < picture_.samples.size(); ++i) {
        const QPointF p = picture_.samples[i].position;
        const QPointF d = toWidget(p.x(), p.y()) - at;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= nearestDistance) { // the later one is drawn on top
            nearestDistance = distance;
            nearest = i;
        }
    }
    return nearest;
}

QString PlaneView::toolTipAt(const QPointF& at) const {
    const int row = sampleAt(at);
    if (row < 0) return {};
    const QPointF p = picture_.samples[row].position;
    const QString title = row < trainingSamples_ || trainingSamples_ == 0
                              ? tr("Sample %1").arg(row + 1)
                              : tr("Test sample %1").arg(row - trainingSamples_ + 1);
    QString text =
        title + QLatin1Char('\n') +
        tr("%1 = %2, %3 = %4")
            .arg(xLabel_, QString::number(p.x(), 'g', 4), yLabel_, QString::number(p.y(), 'g', 4));
    const QString more = describer_ ? describer_(row) : QString();
    if (!more.isEmpty()) text += QLatin1Char('\n') + more;
    return text;
}

void PlaneView::setSampleDescriber(std::function<QString(int)> describer, int trainingSamples) {
    describer_ = std::move(describer);
    trainingSamples_ = trainingSamples;
}

bool PlaneView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace backstep
