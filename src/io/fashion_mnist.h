// SPDX-License-Identifier: MIT
// Fashion-MNIST from Debian's dataset-fashion-mnist package: 60 000 training and 10 000
// test pictures of clothes, 28×28 grey levels, in ten classes.
#pragma once

#include "core/dataset.h"
#include "io_report.h"

#include <QString>

#include <optional>

namespace backstep {

struct FashionMnist {
    static constexpr int trainAvailable = 60000;
    static constexpr int testAvailable = 10000;
    static constexpr int side = 28;    // pixels per row and per column
    static constexpr int classes = 10; // "T-shirt/top", …, "Ankle boot"
    // Where the package installs the files; BACKSTEP_FASHION_MNIST_DIR overrides it.
    static QString folder();
    static QString package() { return QStringLiteral("dataset-fashion-mnist"); }
};

struct FashionMnistSets {
    Dataset train, test;
};

// The first `trainSamples` training and `testSamples` test pictures: X holds the 784 pixels
// of a picture row by row, divided by 255 (0 = background, 1 = full ink), named "r1c1" …
// "r28c28"; y is one-hot over the ten classes, named by the classes. When either is missing,
// the error says what is wrong and what to do.
Loaded<FashionMnistSets> loadFashionMnist(int trainSamples, int testSamples);

} // namespace backstep
