// SPDX-License-Identifier: MIT
// An animated GIF read back with giflib's DGifSlurp, independently of the encoder: the
// screen size, each frame's delay and pixels (composited onto the previous frame, as viewers
// show them), and the NETSCAPE2.0 loop count.
#pragma once

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

struct ReadGif {
    QString error; // giflib's message when the file could not be read
    int width = 0, height = 0;
    std::vector<QImage> frames;
    std::vector<int> delays;      // centiseconds
    std::optional<int> loopCount; // from the NETSCAPE2.0 block; 0 = forever
    std::vector<int> colourTableSizes;
};

ReadGif readGif(const QString& path);
