// SPDX-License-Identifier: MIT
#include "fashion_mnist.h"

#include "idx_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace backstep {

namespace {

// The context of this file's messages.
struct FashionMnistText {
    Q_DECLARE_TR_FUNCTIONS(FashionMnistText)
};

const char* const kClassNames[FashionMnist::classes] = {
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

// One half of the set: images and labels, checked against each other.
std::optional<Dataset> loadPart(const QString& images, const QString& labels, int samples,
                                QString& error) {
    const QDir folder(FashionMnist::folder());
    const Loaded<IdxArray> pictures = readIdxGz(folder.filePath(images), samples);
    if (!pictures.ok()) {
        error = pictures.errorText();
        return std::nullopt;
    }
    const Loaded<IdxArray> classes = readIdxGz(folder.filePath(labels), samples);
    if (!classes.ok()) {
        error = classes.errorText();
        return std::nullopt;
    }
    const IdxArray& p = *pictures.value;
    const IdxArray& c = *classes.value;
    const int side = FashionMnist::side;
    if (p.dimensions.size() != 3 || p.dimensions[1] != std::uint32_t(side) ||
        p.dimensions[2] != std::uint32_t(side) || c.dimensions.size() != 1) {
        error = FashionMnistText::tr("%1: not 28×28 pictures with one label each")
                    .arg(folder.filePath(images));
        return std::nullopt;
    }
    if (p.dimensions[0] != c.dimensions[0] || int(p.dimensions[0]) < samples) {
        error = FashionMnistText::tr("%1 holds %2 pictures and %3 labels; %4 were asked for")
                    .arg(folder.path())
                    .arg(p.dimensions[0])
                    .arg(c.dimensions[0])
                    .arg(samples);
        return std::nullopt;
    }
    Dataset d;
    const Index n = samples, pixels = side * side;
    d.X.resize(n, pixels);
    d.y = Matrix::Zero(n, FashionMnist::classes);
    // Pixels are stored picture by picture and X column by column: copied in blocks of rows
    // so that both sides stay in the cache.
    constexpr Index block = 256;
    for (Index first = 0; first < n; first += block) {
        const Index last = std::min(n, first + block);
        for (Index k = 0; k < pixels; ++k)
            for (Index r = first; r < last; ++r) // grey level / 255, so that 1 is full ink
                d.X(r, k) = p.bytes[static_cast<size_t>(r * pixels + k)] / 255.0;
    }
    for (Index r = 0; r < n; ++r) {
        const int label = c.bytes[static_cast<size_t>(r)];
        if (label >= FashionMnist::classes) {
            error = FashionMnistText::tr("%1: label %2 of item %3 is not a class from 0 to 9")
                        .arg(folder.filePath(labels))
                        .arg(label)
                        .arg(r + 1);
            return std::nullopt;
        }
        d.y(r, label) = 1.0; // one-hot
    }
    for (int row = 1; row <= side; ++row)
        for (int col = 1; col <= side; ++col)
            d.featureNames.push_back("r" + std::to_string(row) + "c" + std::to_string(col));
    d.targetNames.assign(std::begin(kClassNames), std::end(kClassNames));
    return d;
}

} // namespace

QString FashionMnist::folder() {
    const QByteArray custom = qgetenv("BACKSTEP_FASHION_MNIST_DIR");
    return custom.isEmpty() ? QStringLiteral("/usr/share/datasets/fashion-mnist")
                            : QString::fromLocal8Bit(custom);
}

Loaded<FashionMnistSets> loadFashionMnist(int trainSamples, int testSamples) {
    using Result = Loaded<FashionMnistSets>;
    const QString firstFile = QDir(FashionMnist::folder()).filePath("train-images-idx3-ubyte.gz");
    if (!QFileInfo::exists(firstFile))
        return Result::failed(FashionMnistText::tr("Fashion-MNIST is not installed (no %1); "
                                                   "install the Debian package %2 (sudo apt "
                                                   "install %2)")
                                  .arg(firstFile, FashionMnist::package()));
    QString error;
    std::optional<Dataset> train =
        loadPart("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", trainSamples, error);
    if (!train) return Result::failed(error);
    std::optional<Dataset> test = Dataset{};
    if (testSamples > 0)
        test =
            loadPart("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", testSamples, error);
    if (!test) return Result::failed(error);
    return Result::of({std::move(*train), std::move(*test)});
}

} // namespace backstep
