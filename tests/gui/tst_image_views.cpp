// SPDX-License-Identifier: MIT
// The image view of a Fashion-MNIST lesson, offscreen: the batch's pictures are the dataset's
// pixels (read again here with the IDX reader) through the grey ramp of
// render/image_gallery.h, the classes and top-three probabilities are those of a forward pass
// written out here, each unit's picture is its column of wh, and live weights redraw it.
#include "ui/image_views.h"
#include "ui/main_window.h"

#include "common/window_on_state.h"

#include "io/fashion_mnist.h"
#include "io/idx_file.h"
#include "io/lesson_loader.h"
#include "render/image_gallery.h"

#include <QDockWidget>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace backstep;

namespace {

const char* lessonText = R"({"format": "backstep-lesson", "version": 1,
  "data": {"dataset": "fashion-mnist", "train_samples": 300, "test_samples": 20},
  "network": {"hidden": 12, "hidden_activation": "relu", "output_activation": "softmax"},
  "training": {"learning_rate": 0.001, "epochs": 1, "loss": "cross_entropy",
               "loss_reduction": "mean", "batch": 8, "seed": 3, "optimizer": "adam",
               "dropout": 0.2},
  "init": {"method": "xavier", "seed": 2}})";

const QString classNames[] = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                              "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

Lesson smallLesson() {
    Loaded<Lesson> r = parseLesson(lessonText, QString(), QStringLiteral("fashion"));
    if (!r.ok()) qFatal("%s", qPrintable(r.errors.join('\n')));
    return *r.value;
}

IdxArray readIdx(const QString& name, int items) {
    Loaded<IdxArray> r = readIdxGz(FashionMnist::folder() + '/' + name, items);
    if (!r.ok()) qFatal("%s", qPrintable(r.errorText()));
    return *r.value;
}

// The colour of weight w in a column whose largest magnitude is m, worked out channel by
// channel from white (255) towards #B2182B (w > 0) or #2166AC (w < 0).
QColor expectedWeightColour(double w, double m) {
    const int positive[] = {0xB2, 0x18, 0x2B}, negative[] = {0x21, 0x66, 0xAC};
    const int* ink = w > 0 ? positive : negative;
    const double t = std::abs(w) / m;
    int c[3];
    for (int i = 0; i < 3; ++i)
        c[i] = int(std::lround(255 + (ink[i] - 255) * t));
    return QColor(c[0], c[1], c[2]);
}

// Every unit picture of `views` against the columns of `wh`.
void unitsShow(const ImageViews& views, const Matrix& wh) {
    const ImageGallery& g = views.gallery();
    QCOMPARE(int(g.units.size()), int(wh.cols()));
    for (Index u = 0; u < wh.cols(); ++u) {
        const double m = wh.col(u).cwiseAbs().maxCoeff();
        for (int p = 0; p < 784; ++p)
            QCOMPARE(g.units[size_t(u)].pixelColor(p % 28, p / 28),
                     expectedWeightColour(wh(p, u), m));
    }
}

} // namespace

class ImageViewsTest : public QObject {
    Q_OBJECT
private slots:
    void init() { qunsetenv("BACKSTEP_FASHION_MNIST_DIR"); }

    void batchPicturesLabelsAndPredictions() {
        test::WindowOnState w;
        w.setLesson(smallLesson());
        w.show();
        auto* dock = w.findChild<QDockWidget*>("imagesDock");
        QVERIFY(dock && dock->isVisible());
        ImageViews* views = w.imageViews();
        views->refresh();
        const ImageGallery& g = views->gallery();
        const Trainer& t = w.session()->trainer();
        const std::vector<int>& rows = w.session()->trace().sampleIndices;
        QCOMPARE(int(g.samples.size()), 8);

        const IdxArray pixels = readIdx("train-images-idx3-ubyte.gz", 300);
        const IdxArray labels = readIdx("train-labels-idx1-ubyte.gz", 300);
        const Parameters& p = t.parameters();
        for (size_t i = 0; i < g.samples.size(); ++i) {
            const ImageSample& s = g.samples[i];
            QCOMPARE(s.row, rows[i]);
            const auto base = size_t(s.row) * 784;
            Matrix x(1, 784);
            for (int k = 0; k < 784; ++k) {
                const int b = pixels.bytes[base + size_t(k)];
                x(0, k) = b / 255.0;
                // the ramp: byte b is grey 255 − b
                QCOMPARE(s.picture.pixelColor(k % 28, k / 28), QColor(255 - b, 255 - b, 255 - b));
            }
            // the painted tile: each pixel a 2×2 block
            const QRect tile = sampleTileRect(int(i), ImageViews::sampleColumns, 28);
            const QImage painted = views->samplesImage();
            for (int k : {0, 14 * 28 + 14, 417, 783}) {
                const int b = pixels.bytes[base + size_t(k)];
                QCOMPARE(
                    painted.pixelColor(tile.x() + 2 * (k % 28) + 1, tile.y() + 2 * (k / 28) + 1),
                    QColor(255 - b, 255 - b, 255 - b));
            }
            QCOMPARE(s.label, int(labels.bytes[size_t(s.row)]));
            QCOMPARE(g.classNames[size_t(s.label)], classNames[s.label]);

            // softmax(relu(x·wh + bh)·wout + bout), without dropout
            const Matrix& wh = p.layers[0].weights;
            const Matrix& wout = p.layers[1].weights;
            std::vector<double> z(10), probability(10);
            std::vector<double> a(12);
            for (int u = 0; u < 12; ++u) {
                double sum = p.layers[0].bias(0, u);
                for (int k = 0; k < 784; ++k)
                    sum += x(0, k) * wh(k, u);
                a[size_t(u)] = std::max(sum, 0.0);
            }
            for (int c = 0; c < 10; ++c) {
                z[size_t(c)] = p.layers[1].bias(0, c);
                for (int u = 0; u < 12; ++u)
                    z[size_t(c)] += a[size_t(u)] * wout(u, c);
            }
            const double top = *std::max_element(z.begin(), z.end());
            double total = 0;
            for (int c = 0; c < 10; ++c)
                total += probability[size_t(c)] = std::exp(z[size_t(c)] - top);
            std::vector<int> order(10);
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(), [&](int l, int r) {
                return probability[size_t(l)] > probability[size_t(r)];
            });
            QCOMPARE(int(s.top.size()), 3);
            for (size_t j = 0; j < 3; ++j) {
                QCOMPARE(s.top[j].first, order[j]);
                QVERIFY(std::abs(s.top[j].second - probability[size_t(order[j])] / total) < 1e-12);
            }
        }
        unitsShow(*views, p.layers[0].weights);
        // a unit's tile in the painted picture: its darkest red pixel is #B2182B
        const Matrix& wh = p.layers[0].weights;
        Index best = 0;
        wh.col(5).maxCoeff(&best);
        const QRect tile = unitTileRect(5, ImageViews::unitColumns, 28);
        const double m = wh.col(5).cwiseAbs().maxCoeff();
        QCOMPARE(views->unitsImage().pixelColor(tile.x() + 2 * int(best % 28) + 1,
                                                tile.y() + 2 * int(best / 28) + 1),
                 expectedWeightColour(wh(best, 5), m));
    }

    // Live weights during training are drawn on the worker and then shown.
    void liveWeightsRedraw() {
        test::WindowOnState w;
        w.setLesson(smallLesson());
        w.show();
        ImageViews* views = w.imageViews();
        Parameters live = w.session()->trainer().parameters();
        live.layers[0].weights *= -1.0; // every unit looks for the opposite
        live.layers[0].weights(0, 0) = 2.0;
        w.training()->showLive(live, 0);
        views->waitForPictures();
        QCoreApplication::processEvents();
        QVERIFY(!views->isComputing());
        unitsShow(*views, live.layers[0].weights);
        QCOMPARE(views->gallery().units[0].pixelColor(0, 0), QColor(0xB2, 0x18, 0x2B));
    }

    void hiddenForLessonsWithoutPictures() {
        test::WindowOnState w;
        w.show();
        QVERIFY(w.openLesson(QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/08-three-classes.json")));
        auto* dock = w.findChild<QDockWidget*>("imagesDock");
        QVERIFY(dock && !dock->isVisible());
        w.setLesson(smallLesson());
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->toggleViewAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    }

    void greyRampAndSides() {
        QCOMPARE(pictureSide(784), 28);
        QCOMPARE(pictureSide(2), 0);
        QCOMPARE(pictureSide(10), 0);
        QCOMPARE(inkGrey(0.0), QColor(255, 255, 255));
        QCOMPARE(inkGrey(1.0), QColor(0, 0, 0));
        QCOMPARE(inkGrey(128 / 255.0), QColor(127, 127, 127));
        QCOMPARE(inkGrey(7.0), QColor(0, 0, 0)); // clamped
        QCOMPARE(weightColour(0.0, 1.0), QColor(255, 255, 255));
        // 255 + (0x21 − 255)/2 = 144, 255 + (0x66 − 255)/2 = 178.5 → 179, 255 + (0xAC − 255)/2 =
        // 213.5 → 214
        QCOMPARE(weightColour(-0.5, 1.0), QColor(144, 179, 214));
        QCOMPARE(weightColour(1.0, 0.0), QColor(255, 255, 255));
    }
};

QTEST_MAIN(ImageViewsTest)
#include "tst_image_views.moc"
