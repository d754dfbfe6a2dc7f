// SPDX-License-Identifier: MIT
#include "image_gallery.h"

#include "core/iteration.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace backstep {

namespace {
// The context of this file's messages.
struct ImageGalleryText {
    Q_DECLARE_TR_FUNCTIONS(ImageGalleryText)
};
} // namespace

namespace {
constexpr int gap = 6;         // between tiles
constexpr int textLines = 4;   // the class, then the top three
constexpr int lineHeight = 13; // of the captions
constexpr int sampleCaptionWidth = 92;
const QColor positiveInk(0xB2, 0x18, 0x2B);
const QColor negativeInk(0x21, 0x66, 0xAC);

int channel(int from, int to, double t) {
    return static_cast<int>(std::lround(from + (to - from) * t));
}

QString elidedName(const QString& name, int chars) {
    return name.size() <= chars ? name : name.left(chars - 1) + QChar(0x2026);
}
} // namespace

int pictureSide(int inputs) {
    const int side = static_cast<int>(std::lround(std::sqrt(std::max(inputs, 0))));
    return side >= 2 && side * side == inputs ? side : 0;
}

QColor inkGrey(double value) {
    const double v = std::isfinite(value) ? std::clamp(value, 0.0, 1.0) : 0.0;
    const int g = static_cast<int>(std::lround(255.0 * (1.0 - v)));
    return QColor(g, g, g);
}

QColor weightColour(double weight, double largest) {
    if (!(largest > 0) || !std::isfinite(weight)) return QColor(255, 255, 255);
    const double t = std::min(std::abs(weight) / largest, 1.0);
    const QColor& ink = weight > 0 ? positiveInk : negativeInk;
    return QColor(channel(255, ink.red(), t), channel(255, ink.green(), t),
                  channel(255, ink.blue(), t));
}

ImageGallery buildImageGallery(const NetworkSpec& network, const Parameters& params,
                               const Dataset& data, const std::vector<int>& rows, int maxSamples) {
    ImageGallery g;
    g.side = pictureSide(network.inputs);
    for (const std::string& name : data.targetNames)
        g.classNames.push_back(QString::fromStdString(name));
    if (g.side == 0 || data.X.cols() != network.inputs) return g;
    const int side = g.side;

    std::vector<int> shown;
    for (int r : rows)
        if (r >= 0 && r < data.samples() && static_cast<int>(shown.size()) < maxSamples)
            shown.push_back(r);
    Matrix X(static_cast<Index>(shown.size()), data.X.cols());
    for (size_t i = 0; i < shown.size(); ++i)
        X.row(static_cast<Index>(i)) = data.X.row(shown[i]);
    Matrix probabilities;
    if (X.rows() > 0) {
        IterationWork work;
        forwardPass(network, params, X, work);
        probabilities = work.layers.back().activation;
    }
    for (size_t i = 0; i < shown.size(); ++i) {
        const auto r = static_cast<Index>(i);
        ImageSample s;
        s.row = shown[i];
        s.picture = QImage(side, side, QImage::Format_RGB32);
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                s.picture.setPixelColor(x, y, inkGrey(X(r, y * side + x)));
        const auto target = data.y.row(shown[i]);
        if (target.size() > 1 && (target.array() == 0.0 || target.array() == 1.0).all() &&
            target.sum() == 1.0) {
            Index c;
            target.maxCoeff(&c);
            s.label = static_cast<int>(c);
        }
        std::vector<int> order(static_cast<size_t>(probabilities.cols()));
        std::iota(order.begin(), order.end(), 0);
        const size_t k = std::min<size_t>(3, order.size());
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k),
                          order.end(),
                          [&](int a, int b) { return probabilities(r, a) > probabilities(r, b); });
        for (size_t j = 0; j < k; ++j)
            s.top.emplace_back(order[j], probabilities(r, order[j]));
        g.samples.push_back(std::move(s));
    }

    if (network.hidden.empty() || params.layers.size() < 2) {
        g.unitsMessage = ImageGalleryText::tr("no hidden layer");
        return g;
    }
    const Matrix& wh = params.layers[0].weights; // inputs × units
    for (Index u = 0; u < wh.cols(); ++u) {
        const double largest = wh.col(u).cwiseAbs().maxCoeff();
        QImage picture(side, side, QImage::Format_RGB32);
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                picture.setPixelColor(x, y, weightColour(wh(y * side + x, u), largest));
        g.units.push_back(std::move(picture));
    }
    return g;
}

QRect sampleTileRect(int index, int columns, int side, int zoom) {
    // wide enough for "0.93 Ankle boot" under the picture
    const int w = std::max(side * zoom, sampleCaptionWidth),
              h = side * zoom + textLines * lineHeight;
    return QRect(gap + (index % columns) * (w + gap), gap + (index / columns) * (h + gap),
                 side * zoom, side * zoom);
}

QRect unitTileRect(int index, int columns, int side, int zoom) {
    const int w = side * zoom, h = side * zoom + lineHeight;
    return QRect(gap + (index % columns) * (w + gap), gap + (index / columns) * (h + gap), w,
                 side * zoom);
}

namespace {
QImage canvas(int count, int columns, int tileWidth, int tileHeight, qreal ratio) {
    const int rows = (count + columns - 1) / columns;
    const int width = gap + columns * (tileWidth + gap);
    const int height = gap + std::max(rows, 1) * (tileHeight + gap);
    QImage image(QSize(width, height) * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(QColor(250, 250, 250));
    return image;
}

QFont captionFont() {
    QFont font;
    font.setPixelSize(10);
    return font;
}
} // namespace

QImage renderSamples(const ImageGallery& g, int columns, qreal ratio) {
    columns = std::max(columns, 1);
    const int side = std::max(g.side, 1);
    QImage image = canvas(static_cast<int>(g.samples.size()), columns,
                          std::max(side * galleryZoom, sampleCaptionWidth),
                          side * galleryZoom + textLines * lineHeight, ratio);
    QPainter p(&image);
    p.setFont(captionFont());
    const auto name = [&](int c) {
        return c >= 0 && c < static_cast<int>(g.classNames.size()) ? g.classNames[size_t(c)]
                                                                   : QString::number(c);
    };
    for (size_t i = 0; i < g.samples.size(); ++i) {
        const ImageSample& s = g.samples[i];
        const QRect r = sampleTileRect(static_cast<int>(i), columns, side);
        p.drawImage(r, s.picture);
        int y = r.bottom() + 1;
        const int chars = std::max(4, sampleCaptionWidth / 6);
        p.setPen(Qt::black);
        p.drawText(QRect(r.left(), y, sampleCaptionWidth, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   elidedName(s.label >= 0 ? name(s.label) : QStringLiteral("?"), chars));
        for (const auto& [c, probability] : s.top) {
            y += lineHeight;
            p.setPen(c == s.label ? QColor(0x1B, 0x9E, 0x77) : QColor(0x70, 0x70, 0x70));
            p.drawText(QRect(r.left(), y, sampleCaptionWidth, lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1 %2")
                           .arg(probability, 0, 'f', 2)
                           .arg(elidedName(name(c), chars - 5)));
        }
    }
    return image;
}

QImage renderUnits(const ImageGallery& g, int columns, qreal ratio) {
    columns = std::max(columns, 1);
    const int side = std::max(g.side, 1);
    QImage image = canvas(static_cast<int>(g.units.size()), columns, side * galleryZoom,
                          side * galleryZoom + lineHeight, ratio);
    QPainter p(&image);
    p.setFont(captionFont());
    p.setPen(QColor(0x40, 0x40, 0x40));
    for (size_t u = 0; u < g.units.size(); ++u) {
        const QRect r = unitTileRect(static_cast<int>(u), columns, side);
        p.drawImage(r, g.units[u]);
        p.drawText(QRect(r.left(), r.bottom() + 1, r.width(), lineHeight), Qt::AlignCenter,
                   QStringLiteral("h%1").arg(u + 1));
    }
    return image;
}

} // namespace backstep
