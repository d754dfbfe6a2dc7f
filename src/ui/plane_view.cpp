// SPDX-License-Identifier: MIT
#include "plane_view.h"

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

QRectF PlaneView::plotRect() const {
    const QFontMetrics fm(font());
    const double top = fm.height() + 6, left = fm.height() + 8, bottom = fm.height() + 8;
    const double size = std::max(10.0, std::min(width() - left - 6, height() - top - bottom));
    return {left, top, size, size};
}

QPointF PlaneView::toWidget(double x, double y) const {
    const QRectF r = plotRect();
    const double fx = (x - bounds_.xMin) / (bounds_.xMax - bounds_.xMin);
    const double fy = (y - bounds_.yMin) / (bounds_.yMax - bounds_.yMin);
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
    if (!message_.isEmpty()) {
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    p.save();
    p.setClipRect(r);
    p.fillRect(r, Qt::white);
    if (!background_.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(r, background_);
    }
    p.setPen(Qt::NoPen);
    for (const PlanePoint& d : dots_) {
        p.setBrush(d.colour);
        p.drawEllipse(toWidget(d.position.x(), d.position.y()), 2.0, 2.0);
    }
    const double radius = samples_.size() > 500 ? 2.5 : 4.0;
    for (const PlanePoint& s : samples_) {
        const QPointF at = toWidget(s.position.x(), s.position.y());
        p.setPen(QPen(s.hollow ? s.colour : QColor(0x20, 0x20, 0x20), s.hollow ? 1.6 : 0.6));
        p.setBrush(s.hollow ? Qt::NoBrush : QBrush(s.colour));
        p.drawEllipse(at, radius, radius);
    }
    p.restore();
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    const auto number = [](double v) { return QString::number(v, 'g', 3); };
    p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), fm.height()), Qt::AlignLeft, number(bounds_.xMin));
    p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), fm.height()), Qt::AlignRight, number(bounds_.xMax));
    p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), fm.height()), Qt::AlignHCenter, xLabel_);
    p.save();
    p.translate(r.left() - 4, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -fm.height(), r.height(), fm.height()), Qt::AlignHCenter, yLabel_);
    p.drawText(QRectF(-r.height() / 2, -fm.height(), r.height(), fm.height()), Qt::AlignLeft, number(bounds_.yMin));
    p.drawText(QRectF(-r.height() / 2, -fm.height(), r.height(), fm.height()), Qt::AlignRight, number(bounds_.yMax));
    p.restore();
}

} // namespace backstep
