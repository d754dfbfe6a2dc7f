// SPDX-License-Identifier: MIT
// A picture reduced to at most 256 colours by median cut (Heckbert 1982): the picture's
// colours, weighted by how many pixels have them, start in one box; the box whose colours
// span the widest range along one channel is split at the weighted median of that channel,
// until there are as many boxes as colours allowed or every box holds one colour. Each box
// becomes the pixel-weighted mean of its colours, and every pixel the nearest entry (squared
// RGB distance). A picture of at most `maxColours` colours keeps them exactly.
#pragma once

#include <QImage>
#include <QRgb>

#include <cstdint>
#include <vector>

namespace backstep {

struct IndexedPicture {
    int width = 0, height = 0;
    std::vector<QRgb> palette;         // at most 256 entries, opaque
    std::vector<std::uint8_t> indices; // width × height, row by row from the top
};

IndexedPicture quantiseMedianCut(const QImage& image, int maxColours = 256);

} // namespace backstep
