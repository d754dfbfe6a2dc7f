// SPDX-License-Identifier: MIT
// What the image view draws for a lesson whose inputs are square grey pictures (Fashion-MNIST:
// 784 inputs, 28×28): each sample of a batch as a picture with its class and the network's
// three most probable classes, and each unit of the first hidden layer as the picture of its
// column of wh (what the unit looks for). No widgets: the window's view paints these on a
// worker thread, and the tests check them.
//
// Colours:
// - a pixel value v (0 = background, 1 = full ink) is the grey level round(255·(1 − v)), v
//   clamped to [0, 1]: white paper, black ink, as the clothes look in the dataset's pictures;
//   for a stored byte b (v = b/255) that is exactly 255 − b.
// - a weight w of a unit's column, with m the largest |w| in that column, is white blended
//   towards red (#B2182B) for w > 0 and towards blue (#2166AC) for w < 0, by |w|/m
//   (each channel white + (colour − white)·|w|/m, rounded); all white when m = 0.
#pragma once

#include "core/dataset.h"
#include "core/network.h"

#include <QColor>
#include <QImage>
#include <QRect>
#include <QString>

#include <utility>
#include <vector>

namespace backstep {

struct ImageSample {
    int row = 0;    // the sample's row of the dataset
    QImage picture; // side×side, one pixel per input
    int label = -1; // the class of its one-hot target, -1 when y is not one-hot
    std::vector<std::pair<int, double>> top; // the three most probable classes, best first
};

struct ImageGallery {
    int side = 0; // pixels per picture side (28)
    std::vector<ImageSample> samples;
    std::vector<QImage> units;       // one per unit of the first hidden layer
    std::vector<QString> classNames; // the targets' names
    QString unitsMessage;            // why there are no unit pictures, else empty
};

// The side of the square pictures `inputs` values make (28 for 784), or 0 when not square.
int pictureSide(int inputs);

QColor inkGrey(double value);
QColor weightColour(double weight, double largest);

// The gallery of the dataset rows `rows` (at most `maxSamples` of them) under `params`.
ImageGallery buildImageGallery(const NetworkSpec& network, const Parameters& params,
                               const Dataset& data, const std::vector<int>& rows,
                               int maxSamples = 64);

// The pictures laid out as one image: samples in a grid of `columns`, each picture scaled by
// `zoom` with the class name and the top three below it; units in a grid of `unitColumns`.
constexpr int galleryZoom = 2;
QRect sampleTileRect(int index, int columns, int side, int zoom = galleryZoom); // its picture
QImage renderSamples(const ImageGallery& gallery, int columns, qreal ratio = 1.0);
QRect unitTileRect(int index, int columns, int side, int zoom = galleryZoom);
QImage renderUnits(const ImageGallery& gallery, int columns, qreal ratio = 1.0);

} // namespace backstep
