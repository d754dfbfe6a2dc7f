// SPDX-License-Identifier: MIT
#include "network_picture.h"

#include "core/trace_names.h"
#include "highlight_colours.h"
#include "models/space_pictures.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
constexpr double radius = NetworkPicture::neuronRadius;
} // namespace

NetworkPicture::NetworkPicture(const NetworkSpec& network, std::vector<QString> inputLabels,
                               std::vector<QString> outputLabels, const QSizeF& size,
                               const QFont& font)
    : network_(network), inputLabels_(std::move(inputLabels)),
      outputLabels_(std::move(outputLabels)), size_(size), font_(font) {
    // Room beside the input and output columns for their widest label (at least 60 pixels,
    // at most a quarter of the width); longer labels are elided.
    const QFontMetricsF fm(font_);
    const auto margin = [&](const std::vector<QString>& labels) {
        double widest = 0;
        for (const QString& label : labels)
            widest = std::max(widest, fm.horizontalAdvance(label));
        return std::clamp(widest + radius + 10, 60.0, std::max(60.0, size_.width() / 4));
    };
    leftMargin_ = margin(inputLabels_);
    rightMargin_ = margin(outputLabels_);
}

int NetworkPicture::columns() const {
    return network_.layerCount() + 1;
}

int NetworkPicture::units(int column) const {
    return column == 0 ? network_.inputs : network_.fanOut(column - 1);
}

std::vector<QString> NetworkPicture::drawnNames(const std::vector<std::string>& names) {
    std::vector<QString> drawn;
    for (size_t i = 0; i < std::min<size_t>(names.size(), maxDrawnUnits); ++i)
        drawn.push_back(QString::fromStdString(names[i]));
    return drawn;
}

int NetworkPicture::drawnUnits(int column) const {
    return std::min(units(column), maxDrawnUnits);
}

QString NetworkPicture::label(int column, int unit) const {
    const auto at = [unit](const std::vector<QString>& labels) {
        return unit < static_cast<int>(labels.size()) ? labels[static_cast<size_t>(unit)]
                                                      : QString();
    };
    if (column == 0) return at(inputLabels_);
    if (column == columns() - 1) return at(outputLabels_);
    return QString::fromStdString(hiddenUnitLabel(column - 1, unit));
}

QPointF NetworkPicture::neuronPosition(int column, int unit) const {
    // room above for a label, and below for "+N more" when not every unit is drawn
    const double width = size_.width(), height = size_.height();
    const double left = leftMargin_, right = width - rightMargin_, top = 30;
    const double bottom = height - (units(column) > drawnUnits(column) ? 42 : 24);
    const double x = columns() > 1 ? left + (right - left) * column / (columns() - 1) : width / 2.0;
    const int n = drawnUnits(column);
    const double y = n > 1 ? top + (bottom - top) * unit / (n - 1) : (top + bottom) / 2;
    return {x, y};
}

NetworkPicture::LabelPlace NetworkPicture::labelPlace(int column, int unit) const {
    // Inputs left of their circles, outputs right of them, hidden units above them when there
    // is room between the rows, else inside the circle in a font small enough to fit, else
    // (very dense) every k-th beside it; labels never overlap the circles or each other.
    LabelPlace place;
    place.font = font_;
    const QString text = label(column, unit);
    const QFontMetricsF fm(place.font);
    const QPointF at = neuronPosition(column, unit);
    const int n = drawnUnits(column);
    const double pitch =
        n > 1 ? neuronPosition(column, 1).y() - neuronPosition(column, 0).y() : 1e9;
    const double line = fm.height();
    const bool side = column == 0 || column == columns() - 1;
    if (side) {
        const int every = std::max(1, static_cast<int>(std::ceil((line + 1) / pitch)));
        if (unit % every != 0) return place;
        const double w = (column == 0 ? leftMargin_ : rightMargin_) - radius - 6;
        place.rect = QRectF(column == 0 ? at.x() - radius - 4 - w : at.x() + radius + 4,
                            at.y() - line / 2, w, line);
        place.alignment = (column == 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        return place;
    }
    if (pitch >= 2 * radius + line + 2) { // above the circle, below the one above
        place.rect = QRectF(at.x() - 28, at.y() - radius - line - 1, 56, line);
        place.alignment = Qt::AlignHCenter | Qt::AlignBottom;
        return place;
    }
    const double inner = 2 * radius * 0.8; // the square inside the circle, a little less
    for (double points = place.font.pointSizeF(); points >= 5.5; points -= 0.5) {
        place.font.setPointSizeF(points);
        const QFontMetricsF small(place.font);
        if (small.horizontalAdvance(text) <= inner && small.height() <= 2 * radius - 2) {
            place.rect =
                QRectF(at.x() - radius, at.y() - small.height() / 2, 2 * radius, small.height());
            place.alignment = Qt::AlignCenter;
            return place;
        }
    }
    place.font = font_;
    const int every = std::max(1, static_cast<int>(std::ceil((line + 1) / pitch)));
    if (unit % every != 0) return place;
    place.rect = QRectF(at.x() - radius - 4 - 46, at.y() - line / 2, 46, line);
    place.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return place;
}

void NetworkPicture::paint(QPainter& p, const Parameters& params, const Highlight& focus,
                           const QString& moreUnits) const {
    p.save();
    p.fillRect(QRectF(QPointF(0, 0), size_), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font_);
    const int count = columns() - 1;
    double largest = 1e-12;
    for (const Layer& layer : params.layers)
        largest = std::max(largest, layer.weights.cwiseAbs().maxCoeff());
    for (int l = 0; l < count; ++l) {
        const Matrix& W = params.layers[static_cast<size_t>(l)].weights;
        for (int i = 0; i < drawnUnits(l); ++i)
            for (int j = 0; j < drawnUnits(l + 1); ++j) {
                const double w = W(i, j);
                const bool focused =
                    !focus.bias && focus.layer == l && focus.row == i && focus.column == j;
                if (focused) {
                    p.setPen(QPen(HighlightColours::focused(),
                                  2.0 + 5.0 * std::abs(w) / largest + 4, Qt::SolidLine,
                                  Qt::RoundCap));
                    p.drawLine(neuronPosition(l, i), neuronPosition(l + 1, j));
                }
                QColor colour = w >= 0 ? classColour(0) : QColor(0xC0, 0x39, 0x2B);
                colour.setAlphaF(0.35f + 0.65f * static_cast<float>(std::abs(w) / largest));
                p.setPen(QPen(colour, 0.5 + 5.0 * std::abs(w) / largest,
                              w >= 0 ? Qt::SolidLine : Qt::DashLine));
                p.drawLine(neuronPosition(l, i), neuronPosition(l + 1, j));
            }
    }
    for (int c = 0; c <= count; ++c) {
        for (int u = 0; u < drawnUnits(c); ++u) {
            const QPointF at = neuronPosition(c, u);
            const bool focused = focus.bias && focus.layer == c - 1 && focus.column == u;
            p.setPen(QPen(focused ? QColor(0x20, 0x20, 0x20) : QColor(0x55, 0x55, 0x55),
                          focused ? 3 : 1));
            p.setBrush(focused ? HighlightColours::focused()
                               : (c == 0 ? QColor(0xEE, 0xEE, 0xEE) : QColor(0xFF, 0xF8, 0xE1)));
            p.drawEllipse(at, radius, radius);
            p.setPen(Qt::black);
            const LabelPlace place = labelPlace(c, u);
            if (place.rect.isEmpty()) continue;
            p.setFont(place.font);
            p.drawText(place.rect, place.alignment,
                       QFontMetricsF(place.font)
                           .elidedText(label(c, u), Qt::ElideRight, place.rect.width()));
            p.setFont(font_);
        }
        if (units(c) > drawnUnits(c))
            p.drawText(QRectF(neuronPosition(c, 0).x() - 30, size_.height() - 16, 60, 14),
                       Qt::AlignCenter, moreUnits.arg(units(c) - drawnUnits(c)));
    }
    p.restore();
}

} // namespace backstep
