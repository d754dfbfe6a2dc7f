// SPDX-License-Identifier: MIT
#include "class_legend.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace backstep {

namespace {
constexpr int swatch = 10, scaleWidth = 36, gap = 6, spacing = 16;

int swatchWidth(const LegendEntry& e) {
    return e.low == e.high ? swatch : scaleWidth;
}
} // namespace

ClassLegend::ClassLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("classLegend"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ClassLegend::setEntries(QVector<LegendEntry> entries) {
    entries_ = std::move(entries);
    QStringList lines = texts();
    setToolTip(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QStringList ClassLegend::texts() const {
    QStringList list;
    for (const LegendEntry& e : entries_)
        list << e.text;
    return list;
}

QSize ClassLegend::sizeHint() const {
    int width = 0;
    for (const LegendEntry& e : entries_)
        width += swatchWidth(e) + gap + fontMetrics().horizontalAdvance(e.text) + spacing;
    return {width, fontMetrics().height() + 4};
}

QSize ClassLegend::minimumSizeHint() const {
    return {0, fontMetrics().height() + 4};
}

void ClassLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const double middle = height() / 2.0;
    int x = fm.height() * 2 + 8; // in line with the first plot's frame
    for (const LegendEntry& e : entries_) {
        const int w = swatchWidth(e);
        const QRectF box(x, middle - swatch / 2.0, w, swatch);
        if (e.low == e.high) {
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.setBrush(e.low);
            p.drawEllipse(box);
        } else {
            QLinearGradient scale(box.topLeft(), box.topRight());
            scale.setColorAt(0, e.low);
            scale.setColorAt(1, e.high);
            p.setPen(QColor(0x60, 0x60, 0x60));
            p.setBrush(scale);
            p.drawRect(box);
        }
        x += w + gap;
        p.setPen(palette().windowText().color());
        const int textWidth = fm.horizontalAdvance(e.text);
        p.drawText(QRectF(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(e.text, Qt::ElideRight, std::max(0, width() - x)));
        x += textWidth + spacing;
        if (x >= width()) break;
    }
}

} // namespace backstep
