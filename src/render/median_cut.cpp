// SPDX-License-Identifier: MIT
#include "median_cut.h"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace backstep {

namespace {

struct ColourCount {
    QRgb colour;
    std::uint32_t count;
};

int channel(QRgb c, int which) {
    return which == 0 ? qRed(c) : which == 1 ? qGreen(c) : qBlue(c);
}

// A box: the colours [begin, end) of the list.
struct Box {
    size_t begin, end;
    int widestChannel = 0, range = 0;
};

void measure(Box& box, const std::vector<ColourCount>& colours) {
    std::array<int, 3> low{255, 255, 255}, high{0, 0, 0};
    for (size_t i = box.begin; i < box.end; ++i)
        for (int c = 0; c < 3; ++c) {
            low[c] = std::min(low[c], channel(colours[i].colour, c));
            high[c] = std::max(high[c], channel(colours[i].colour, c));
        }
    box.range = -1;
    for (int c = 0; c < 3; ++c)
        if (high[c] - low[c] > box.range) {
            box.range = high[c] - low[c];
            box.widestChannel = c;
        }
}

} // namespace

IndexedPicture quantiseMedianCut(const QImage& source, int maxColours) {
    const QImage image = source.convertToFormat(QImage::Format_RGB32);
    IndexedPicture out;
    out.width = image.width();
    out.height = image.height();
    maxColours = std::clamp(maxColours, 1, 256);

    std::unordered_map<QRgb, std::uint32_t> histogram;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++histogram[line[x] | 0xFF000000u];
    }
    std::vector<ColourCount> colours;
    colours.reserve(histogram.size());
    for (const auto& [colour, count] : histogram)
        colours.push_back({colour, count});
    std::sort(colours.begin(), colours.end(),
              [](const ColourCount& a, const ColourCount& b) { return a.colour < b.colour; });

    std::vector<Box> boxes;
    if (!colours.empty()) {
        boxes.push_back({0, colours.size()});
        measure(boxes.back(), colours);
    }
    while (static_cast<int>(boxes.size()) < maxColours) {
        // the box of the widest range that still holds two colours or more
        auto widest = boxes.end();
        for (auto b = boxes.begin(); b != boxes.end(); ++b)
            if (b->end - b->begin > 1 && (widest == boxes.end() || b->range > widest->range))
                widest = b;
        if (widest == boxes.end()) break; // every colour has a box of its own
        Box box = *widest;
        const int c = box.widestChannel;
        std::sort(colours.begin() + static_cast<std::ptrdiff_t>(box.begin),
                  colours.begin() + static_cast<std::ptrdiff_t>(box.end),
                  [c](const ColourCount& a, const ColourCount& b) {
                      return channel(a.colour, c) < channel(b.colour, c);
                  });
        std::uint64_t total = 0;
        for (size_t i = box.begin; i < box.end; ++i)
            total += colours[i].count;
        // the first colour at which half the pixels are reached, leaving both halves non-empty
        std::uint64_t running = 0;
        size_t split = box.begin + 1;
        for (size_t i = box.begin; i < box.end - 1; ++i) {
            running += colours[i].count;
            split = i + 1;
            if (2 * running >= total) break;
        }
        Box first{box.begin, split}, second{split, box.end};
        measure(first, colours);
        measure(second, colours);
        *widest = first;
        boxes.push_back(second);
    }

    std::unordered_map<QRgb, std::uint8_t> indexOf;
    indexOf.reserve(colours.size());
    for (const Box& box : boxes) {
        std::array<std::uint64_t, 3> sum{0, 0, 0};
        std::uint64_t pixels = 0;
        for (size_t i = box.begin; i < box.end; ++i) {
            for (int c = 0; c < 3; ++c)
                sum[c] +=
                    static_cast<std::uint64_t>(channel(colours[i].colour, c)) * colours[i].count;
            pixels += colours[i].count;
        }
        const auto mean = [&](int c) { return static_cast<int>((sum[c] + pixels / 2) / pixels); };
        out.palette.push_back(qRgb(mean(0), mean(1), mean(2)));
    }
    // every colour to the nearest palette entry (not always its own box's mean)
    for (const ColourCount& cc : colours) {
        int best = 0, bestDistance = 1 << 30;
        for (size_t i = 0; i < out.palette.size(); ++i) {
            const int dr = qRed(cc.colour) - qRed(out.palette[i]);
            const int dg = qGreen(cc.colour) - qGreen(out.palette[i]);
            const int db = qBlue(cc.colour) - qBlue(out.palette[i]);
            const int d = dr * dr + dg * dg + db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = static_cast<int>(i);
            }
        }
        indexOf[cc.colour] = static_cast<std::uint8_t>(best);
    }
    out.indices.resize(static_cast<size_t>(out.width) * static_cast<size_t>(out.height));
    for (int y = 0; y < image.height() && image.width() > 0; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        std::uint8_t* row = out.indices.data() + static_cast<size_t>(y) * out.width;
        QRgb previous = line[0] | 0xFF000000u;
        std::uint8_t index = indexOf[previous];
        for (int x = 0; x < image.width(); ++x) { // runs of one colour are looked up once
            const QRgb colour = line[x] | 0xFF000000u;
            if (colour != previous) {
                previous = colour;
                index = indexOf[colour];
            }
            row[x] = index;
        }
    }
    return out;
}

} // namespace backstep
