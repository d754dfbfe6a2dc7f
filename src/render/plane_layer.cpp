// SPDX-License-Identifier: MIT
#include "plane_layer.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace backstep {

namespace {

// The coverage (0–255) of a disc's fill and of its outline, drawn once by QPainter centred
// on the middle of an odd-sized square of device pixels.
struct DiscStamp {
    int size = 0;
    std::vector<quint8> fill, ring;
};

DiscStamp discStamp(double radius, double penWidth, qreal dpr) {
    DiscStamp stamp;
    stamp.size = 2 * static_cast<int>(std::ceil((radius + penWidth) * dpr)) + 3;
    const auto coverage = [&](bool outline) {
        QImage image(stamp.size, stamp.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(outline ? QPen(Qt::white, penWidth * dpr) : QPen(Qt::NoPen));
        p.setBrush(outline ? QBrush(Qt::NoBrush) : QBrush(Qt::white));
        const double centre = stamp.size / 2.0;
        p.drawEllipse(QPointF(centre, centre), radius * dpr, radius * dpr);
        p.end();
        std::vector<quint8> alpha(static_cast<size_t>(stamp.size * stamp.size));
        for (int y = 0; y < stamp.size; ++y)
            for (int x = 0; x < stamp.size; ++x)
                alpha[static_cast<size_t>(y * stamp.size + x)] =
                    static_cast<quint8>(qAlpha(image.pixel(x, y)));
        return alpha;
    };
    stamp.fill = coverage(false);
    stamp.ring = coverage(true);
    return stamp;
}

// `colour` over the opaque image through `alpha` (the stamp's coverage), centred at `at`.
void stamp(QImage& image, const std::vector<quint8>& alpha, int size, const QPointF& at,
           QRgb colour) {
    const int left = static_cast<int>(std::floor(at.x() - size / 2.0 + 0.5));
    const int top = static_cast<int>(std::floor(at.y() - size / 2.0 + 0.5));
    const int r = qRed(colour), g = qGreen(colour), b = qBlue(colour);
    for (int y = std::max(0, -top); y < size && top + y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(top + y));
        const quint8* cover = alpha.data() + y * size;
        for (int x = std::max(0, -left); x < size && left + x < image.width(); ++x) {
            const int a = cover[x];
            if (a == 0) continue;
            QRgb& d = line[left + x];
            const auto mix = [a](int source, int destination) {
                return (source * a + destination * (255 - a) + 127) / 255;
            };
            d = qRgb(mix(r, qRed(d)), mix(g, qGreen(d)), mix(b, qBlue(d)));
        }
    }
}

} // namespace

QImage renderPlaneLayer(const PlanePicture& picture, const QSize& size, qreal dpr) {
    const QSize device(std::max(1, static_cast<int>(std::lround(size.width() * dpr))),
                       std::max(1, static_cast<int>(std::lround(size.height() * dpr))));
    QImage image(device, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    const PlaneBounds& b = picture.bounds;
    const double w = size.width(), h = size.height();
    const auto at = [&](const QPointF& p) {
        return QPointF((p.x() - b.xMin) / (b.xMax - b.xMin) * w,
                       h - (p.y() - b.yMin) / (b.yMax - b.yMin) * h);
    };
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (!picture.heat.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(QRectF(0, 0, w, h), picture.heat);
    }
    p.setPen(Qt::NoPen);
    for (const PlanePoint& d : picture.grid) {
        p.setBrush(d.colour);
        p.drawEllipse(at(d.position), 2.0, 2.0);
    }
    const auto& samples = picture.samples;
    const double radius = samples.size() > ellipseLimit ? 2.5 : 4.0;
    if (samples.size() <= ellipseLimit) {
        for (const PlanePoint& s : samples) {
            p.setPen(QPen(s.hollow ? s.colour : QColor(0x20, 0x20, 0x20), s.hollow ? 1.6 : 0.6));
            p.setBrush(s.hollow ? Qt::NoBrush : QBrush(s.colour));
            p.drawEllipse(at(s.position), radius, radius);
        }
        return image;
    }
    p.end();
    const DiscStamp filled = discStamp(radius, 0.6, dpr), hollow = discStamp(radius, 1.6, dpr);
    const QRgb outline = qRgb(0x20, 0x20, 0x20);
    for (const PlanePoint& s : samples) {
        const QPointF centre = at(s.position) * dpr;
        if (!(centre.x() > -filled.size && centre.x() < device.width() + filled.size &&
              centre.y() > -filled.size && centre.y() < device.height() + filled.size))
            continue; // off the plot (or not a number)
        if (s.hollow) {
            stamp(image, hollow.ring, hollow.size, centre, s.colour.rgb());
        } else {
            stamp(image, filled.fill, filled.size, centre, s.colour.rgb());
            stamp(image, filled.ring, filled.size, centre, outline);
        }
    }
    return image;
}

} // namespace backstep
