// SPDX-License-Identifier: MIT
// The pieces of the animations: which epochs get frames, the frame size and limits, median
// cut against hand-computed palettes, and GIFs read back with giflib's own decoder.
#include "gif_reading.h"

#include "render/animation.h"
#include "render/gif_encoder.h"
#include "render/median_cut.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <set>

using namespace backstep;

class TestAnimation : public QObject {
    Q_OBJECT
private slots:
    void frameEpochs() {
        // epoch 0, every F-th, and the last epoch whether or not F divides it
        QCOMPARE(animationFrameEpochs(12, 5), (std::vector<int>{0, 5, 10, 12}));
        QCOMPARE(animationFrameEpochs(10, 5), (std::vector<int>{0, 5, 10}));
        QCOMPARE(animationFrameEpochs(3, 10), (std::vector<int>{0, 3}));
        QCOMPARE(animationFrameEpochs(4, 1), (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(animationFrameEpochs(1, 1), (std::vector<int>{0, 1}));
        // no overflow at the largest epoch counts
        QCOMPARE(animationFrameEpochs(10'000'000, 4'000'000),
                 (std::vector<int>{0, 4'000'000, 8'000'000, 10'000'000}));
    }

    void frameSizes() {
        QCOMPARE(parseFrameSize("1200x450"), std::optional<QSize>(QSize(1200, 450)));
        QCOMPARE(parseFrameSize(" 640 X 480 "), std::optional<QSize>(QSize(640, 480)));
        QCOMPARE(parseFrameSize(QStringLiteral("800×600")), std::optional<QSize>(QSize(800, 600)));
        for (const char* bad : {"", "1200", "1200x", "x450", "12.5x400", "-5x400", "1200x450x3"})
            QVERIFY2(!parseFrameSize(QString::fromLatin1(bad)), bad);
    }

    void limits() {
        AnimationSettings s;
        s.epochs = 100;
        QVERIFY(animationSettingsProblem(s).isEmpty());
        s.size = QSize(479, 450); // narrower than 480
        QVERIFY(animationSettingsProblem(s).startsWith("--size 479x450"));
        s.size = QSize(1200, 450);
        s.epochs = 5000; // 5001 frames
        const QString tooMany = animationSettingsProblem(s);
        QVERIFY2(tooMany.contains("5001 frames") && tooMany.contains("--frames 3 or more"),
                 qPrintable(tooMany));
        s.frameStep = 3;          // 0, 3, …, 4998, 5000: 1668 frames, within the limit
        s.size = QSize(480, 240); // 1668 × 115 200 = 192 million pixels, within 600 million
        QVERIFY(animationSettingsProblem(s).isEmpty());
        s.size = QSize(1200, 450); // 1668 × 540 000 = 900 million pixels
        const QString tooLarge = animationSettingsProblem(s);
        QVERIFY2(tooLarge.startsWith("1668 frames of 1200x450 are 900 million pixels"),
                 qPrintable(tooLarge));
    }

    void medianCutKeepsFewColours() {
        // 3 colours: kept exactly, every pixel its own colour
        QImage image(4, 2, QImage::Format_RGB32);
        const QRgb a = qRgb(10, 20, 30), b = qRgb(200, 100, 0), c = qRgb(255, 255, 255);
        const QRgb pixels[] = {a, a, b, c, c, c, b, a};
        for (int i = 0; i < 8; ++i)
            image.setPixel(i % 4, i / 4, pixels[i]);
        const IndexedPicture q = quantiseMedianCut(image);
        QCOMPARE(q.palette.size(), size_t(3));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(q.palette[q.indices[size_t(i)]], pixels[i]);
    }

    void medianCutSplitsAtTheWeightedMedian() {
        // Reds 0, 10, 200, 210 (green and blue 0) with 3, 1, 1, 3 pixels, cut to two colours.
        // Red is the widest channel; sorted by red the running counts are 3, 4, 5, 8, so the
        // median (half of 8 = 4) is reached after red 10: boxes {0, 10} and {200, 210}, whose
        // pixel-weighted means are (3·0 + 10)/4 = 2.5 → 3 and (200 + 3·210)/4 = 207.5 → 208.
        QImage image(8, 1, QImage::Format_RGB32);
        const int reds[] = {0, 0, 0, 10, 200, 210, 210, 210};
        for (int x = 0; x < 8; ++x)
            image.setPixel(x, 0, qRgb(reds[x], 0, 0));
        const IndexedPicture q = quantiseMedianCut(image, 2);
        QCOMPARE(q.palette.size(), size_t(2));
        const std::set<QRgb> palette(q.palette.begin(), q.palette.end());
        QCOMPARE(palette, (std::set<QRgb>{qRgb(3, 0, 0), qRgb(208, 0, 0)}));
        for (int x = 0; x < 8; ++x)
            QCOMPARE(qRed(q.palette[q.indices[size_t(x)]]), reds[x] < 100 ? 3 : 208);
    }

    void medianCutOfManyColoursStaysClose() {
        // a smooth 64×64 gradient of 4096 colours in 256: every pixel within a small distance
        QImage image(64, 64, QImage::Format_RGB32);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                image.setPixel(x, y, qRgb(x * 4, y * 4, 128));
        const IndexedPicture q = quantiseMedianCut(image);
        QCOMPARE(q.palette.size(), size_t(256));
        int worst = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const QRgb p = q.palette[q.indices[size_t(y * 64 + x)]];
                worst = std::max({worst, std::abs(qRed(p) - x * 4), std::abs(qGreen(p) - y * 4),
                                  std::abs(qBlue(p) - 128)});
            }
        // 4096 colours in 256 boxes of 4×4 colours: at most 2 steps of 4 from the mean
        QVERIFY2(worst <= 8, qPrintable(QString::number(worst)));
    }

    void gifRefusesAFrameOfAnotherSize() {
        GifEncoder gif(QSize(30, 20));
        QVERIFY(!gif.addFrame(QImage(31, 20, QImage::Format_RGB32), 7));
        QVERIFY(gif.error().contains("31×20"));
        QVERIFY(gif.finish().isEmpty());
    }

    void gifRoundTrip() {
        QTemporaryDir dir;
        GifEncoder gif(QSize(30, 20));
        std::vector<QImage> frames;
        for (int i = 0; i < 3; ++i) {
            QImage frame(30, 20, QImage::Format_RGB32);
            frame.fill(qRgb(255, 255, 255));
            for (int y = 0; y < 20; ++y)
                for (int x = 10 * i; x < 10 * i + 10; ++x)
                    frame.setPixel(x, y, qRgb(40 * i, 100, 200 - 50 * i));
            frames.push_back(frame);
            QVERIFY(gif.addFrame(frame, i == 2 ? 150 : 7));
        }
        const QByteArray bytes = gif.finish();
        QVERIFY(bytes.startsWith("GIF89a"));
        const QString path = dir.filePath("bar.gif");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const ReadGif read = readGif(path);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.width, 30);
        QCOMPARE(read.height, 20);
        QCOMPARE(read.frames.size(), size_t(3));
        QCOMPARE(read.delays, (std::vector<int>{7, 7, 150}));
        QCOMPARE(read.loopCount, std::optional<int>(0)); // forever
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(read.colourTableSizes[i], 2); // white and the bar: a table of 2
            QCOMPARE(read.frames[i], frames[i]);   // two colours: exactly these pixels
        }
    }
};

QTEST_MAIN(TestAnimation)
#include "tst_animation.moc"
