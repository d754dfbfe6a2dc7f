// SPDX-License-Identifier: MIT
#include "loss_plot.h"

#include "models/space_pictures.h"
#include "plane_panel.h"

#include <QFontMetrics>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace backstep {

void paintLossPlot(QPainter& p, const QRectF& area, const std::vector<double>& loss, int epoch,
                   int totalEpochs, const LossPlotLabels& labels) {
    p.save();
    p.translate(area.topLeft());
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(p.font());
    const double line = fm.height();
    const QRectF r(2 * line + 8, line + 6, std::max(10.0, area.width() - 2 * line - 20),
                   std::max(10.0, area.height() - 3 * line - 12));
    p.drawText(QRectF(0, 2, area.width(), line + 2), Qt::AlignHCenter | Qt::AlignTop,
               fm.elidedText(labels.title, Qt::ElideRight, static_cast<int>(area.width())));
    const int shown = std::clamp(epoch, 0, static_cast<int>(loss.size()));
    double highest = 0;
    for (int e = 0; e < shown; ++e)
        if (std::isfinite(loss[static_cast<size_t>(e)]))
            highest = std::max(highest, loss[static_cast<size_t>(e)]);
    if (highest <= 0) highest = 1;
    const double last = std::max(1, totalEpochs);
    const auto at = [&](int e, double value) {
        return QPointF(r.left() + r.width() * e / last, r.bottom() - r.height() * value / highest);
    };
    p.fillRect(r, Qt::white);
    QPainterPath path;
    bool drawing = false;
    for (int e = 1; e <= shown; ++e) {
        const double value = loss[static_cast<size_t>(e - 1)];
        if (!std::isfinite(value)) {
            drawing = false;
            continue;
        }
        drawing ? path.lineTo(at(e, value)) : path.moveTo(at(e, value));
        drawing = true;
    }
    p.setPen(QPen(classColour(0), 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    if (shown > 0 && std::isfinite(loss[static_cast<size_t>(shown - 1)])) {
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1));
        p.setBrush(classColour(1));
        p.drawEllipse(at(shown, loss[static_cast<size_t>(shown - 1)]), 4.5, 4.5);
    }
    p.setPen(QColor(0x60, 0x60, 0x60));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    const auto [xLow, xHigh] = planeTickTexts(0, last, r.width(), fm);
    const QRectF ticksBelow(r.left(), r.bottom() + 2, r.width(), line);
    p.drawText(ticksBelow, Qt::AlignLeft, xLow);
    p.drawText(ticksBelow, Qt::AlignRight, xHigh);
    p.drawText(QRectF(r.left(), ticksBelow.bottom(), r.width(), line), Qt::AlignHCenter,
               labels.epochs);
    p.translate(r.left() - 2, r.center().y());
    p.rotate(-90);
    const auto [yLow, yHigh] = planeTickTexts(0, highest, r.height(), fm);
    const QRectF ticksBeside(-r.height() / 2, -line, r.height(), line);
    p.drawText(ticksBeside, Qt::AlignLeft, yLow);
    p.drawText(ticksBeside, Qt::AlignRight, yHigh);
    p.drawText(QRectF(-r.height() / 2, -2 * line, r.height(), line), Qt::AlignHCenter, labels.loss);
    p.restore();
}

} // namespace backstep
