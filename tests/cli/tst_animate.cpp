// SPDX-License-Identifier: MIT
// backstep-cli animate as a user runs it, its GIF read back with giflib's decoder: frame
// count, size, delays and loop for given epochs and frame steps; the decision regions drawn
// in each frame against the predictions of the weights `backstep-cli train` reaches at that
// frame's epoch, computed here by hand (tanh hidden layer, sigmoid output), and each frame's
// title against the epoch, accuracy and loss worked out here; one-line errors; Ctrl-C writing
// nothing.
#include "cli_process.h"

#include "../render/gif_reading.h"

#include "render/animation.h"
#include "render/plane_panel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <vector>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

using Run = testing::ProcessRun;

Run cli(const QStringList& arguments) {
    return testing::runCli(arguments);
}

// 16 samples, class 1 where x1 + x2 > 0; the initial weights put the boundary on x1 = x2
// instead, so training turns it and the regions of early and late frames differ.
const double samples[16][3] = {{-2, -1.5, 0}, {-1.5, -2, 0}, {-1, -0.5, 0}, {-0.5, -1.2, 0},
                               {-2, 0.5, 0},  {0.5, -2, 0},  {-1.5, 1, 0},  {1, -1.6, 0},
                               {2, 1.5, 1},   {1.5, 2, 1},   {1, 0.5, 1},   {0.5, 1.2, 1},
                               {2, -0.5, 1},  {-0.5, 2, 1},  {1.5, -1, 1},  {-1, 1.6, 1}};

QByteArray lessonJson() {
    QByteArray x, y;
    for (const auto& s : samples) {
        x += QStringLiteral("[%1, %2],").arg(s[0]).arg(s[1]).toUtf8();
        y += QStringLiteral("[%1],").arg(s[2]).toUtf8();
    }
    x.chop(1);
    y.chop(1);
    return R"({"format": "backstep-lesson", "version": 1, "title": {"en": "turning boundary"},
  "data": {"X": [)" +
           x + R"(], "y": [)" + y + R"(], "feature_names": ["x1", "x2"],
           "target_names": ["class"]},
  "network": {"hidden": 3, "hidden_activation": "tanh", "output_activation": "sigmoid"},
  "training": {"learning_rate": 0.5, "epochs": 40, "loss": "bce", "loss_reduction": "mean",
               "batch": "full"},
  "init": {"wh": [[1, 0.5, -0.3], [-1, -0.5, 0.3]], "bh": [[0, 0.1, -0.1]],
           "wout": [[1.5], [1.0], [-1.0]], "bout": [[0]]}})";
}

using Rows = std::vector<std::vector<double>>;

Rows readCsv(const QString& path) { // a header line, then numbers
    QFile f(path);
    Rows rows;
    if (!f.open(QIODevice::ReadOnly)) return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty()) continue;
        std::vector<double> row;
        for (const QByteArray& cell : lines[i].split(','))
            row.push_back(cell.toDouble());
        rows.push_back(row);
    }
    return rows;
}

struct Weights {
    Rows wh, bh, wout, bout;
    // sigmoid(tanh([x1 x2]·wh + bh)·wout + bout)
    double predict(double x1, double x2) const {
        double z = bout[0][0];
        for (size_t j = 0; j < bh[0].size(); ++j)
            z += std::tanh(x1 * wh[0][j] + x2 * wh[1][j] + bh[0][j]) * wout[j][0];
        return 1 / (1 + std::exp(-z));
    }
};

const Weights initialWeights{
    {{1, 0.5, -0.3}, {-1, -0.5, 0.3}}, {{0, 0.1, -0.1}}, {{1.5}, {1.0}, {-1.0}}, {{0}}};

// The title a frame should have for `w`, worked out here: accuracy (output ≥ 0.5 is class 1)
// and the mean binary cross-entropy over the 16 samples.
QString expectedTitle(int epoch, int of, const Weights& w) {
    double loss = 0;
    int right = 0;
    for (const auto& s : samples) {
        const double p = w.predict(s[0], s[1]);
        loss -= s[2] * std::log(p) + (1 - s[2]) * std::log(1 - p);
        right += (p >= 0.5) == (s[2] == 1);
    }
    return QStringLiteral("Epoch %1 of %2 · accuracy %3 % · loss %4")
        .arg(epoch)
        .arg(of)
        .arg(100.0 * right / 16, 0, 'f', 1)
        .arg(loss / 16, 0, 'g', 4);
}

// The share of the title band's pixels that differ clearly from `title` painted the way a
// frame paints it (bold, a quarter larger than the panels' font, centred).
double titleMismatch(const QImage& frame, double bandHeight, const QString& title) {
    const QFont font = animationFont(QGuiApplication::font(), frame.height());
    QFont bold = font;
    bold.setPixelSize(font.pixelSize() * 5 / 4);
    bold.setBold(true);
    QImage expected(frame.width(), static_cast<int>(bandHeight), QImage::Format_RGB32);
    expected.fill(Qt::white);
    QPainter p(&expected);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(bold);
    p.setPen(QColor(0x20, 0x20, 0x20));
    p.drawText(QRectF(0, 4, frame.width(), bandHeight - 4), Qt::AlignCenter, title);
    p.end();
    int differ = 0;
    for (int y = 0; y < expected.height(); ++y)
        for (int x = 0; x < expected.width(); ++x)
            differ += std::abs(qGray(expected.pixel(x, y)) - qGray(frame.pixel(x, y))) > 48;
    return static_cast<double>(differ) / (expected.width() * expected.height());
}

// Blue (class 0) or orange (class 1) by which of red and blue is clearly larger; −1 else.
int regionClass(QRgb c) {
    if (qBlue(c) > qRed(c) + 8) return 0;
    if (qRed(c) > qBlue(c) + 8) return 1;
    return -1;
}

} // namespace

class AnimateTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString lesson_;

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lesson_ = dir_.filePath("turn.json");
        QFile f(lesson_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lessonJson());
    }

    void framesDelaysAndLoop() {
        const QString gif = dir_.filePath("moons.gif");
        const Run r = cli({"animate", sourceDir + "/lessons/07-moons.json", "--epochs", "12",
                           "--frames", "5", "--size", "900x360", "--out", gif});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("4 frames of 900x360"));
        const ReadGif read = readGif(gif);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.width, 900);
        QCOMPARE(read.height, 360);
        QCOMPARE(read.frames.size(), size_t(4)); // epochs 0, 5, 10, 12
        QCOMPARE(read.delays, (std::vector<int>{10, 10, 10, 200}));
        QCOMPARE(read.loopCount, std::optional<int>(0));
        for (int size : read.colourTableSizes)
            QVERIFY(size >= 2 && size <= 256);
        // frames differ (the weights change) and none is blank
        for (size_t i = 1; i < read.frames.size(); ++i)
            QVERIFY(read.frames[i] != read.frames[i - 1]);
        // every frame step: 13 frames
        const Run every = cli({"animate", sourceDir + "/lessons/07-moons.json", "--epochs", "12",
                               "--size", "480x240", "--out", gif});
        QVERIFY2(every.exitCode == 0, qPrintable(every.err));
        QCOMPARE(readGif(gif).frames.size(), size_t(13));
    }

    void lessonWithoutTwoInputsShowsTheLossAndTheNetwork() {
        const QString gif = dir_.filePath("house.gif");
        const Run r = cli({"animate", sourceDir + "/lessons/05-house-prices.json", "--epochs", "30",
                           "--frames", "10", "--out", gif});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ReadGif read = readGif(gif);
        QCOMPARE(read.frames.size(), size_t(4));
        QCOMPARE(read.width, 1200);
        QCOMPARE(read.height, 450);
        // the loss line (class-0 blue) in the left half grows from frame to frame
        const auto bluePixels = [](const QImage& frame) {
            int n = 0;
            for (int y = 0; y < frame.height(); ++y)
                for (int x = 0; x < frame.width() / 2; ++x)
                    n += regionClass(frame.pixel(x, y)) == 0 && qBlue(frame.pixel(x, y)) < 200;
            return n;
        };
        QCOMPARE(bluePixels(read.frames[0]), 0); // epoch 0: no loss yet
        QVERIFY(bluePixels(read.frames[1]) > 50);
        QVERIFY(bluePixels(read.frames[3]) > bluePixels(read.frames[1]));
    }

    void regionsAndTitlesAgreeWithTheTrainedNetworkAtEachFrame() {
        const QString gif = dir_.filePath("turn.gif");
        const QSize size(960, 400);
        const Run r = cli({"animate", lesson_, "--epochs", "40", "--frames", "20", "--size",
                           "960x400", "--out", gif});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const ReadGif read = readGif(gif);
        QCOMPARE(read.frames.size(), size_t(3)); // epochs 0, 20, 40
        // the weights at each frame's epoch, from train (epoch 0: the lesson's)
        std::vector<Weights> weights{initialWeights};
        for (int epochs : {20, 40}) {
            const QString out = dir_.filePath(QStringLiteral("w%1").arg(epochs));
            const Run t =
                cli({"train", lesson_, "--epochs", QString::number(epochs), "--out", out});
            QVERIFY2(t.exitCode == 0, qPrintable(t.err));
            weights.push_back({readCsv(out + "/wh.csv"), readCsv(out + "/bh.csv"),
                               readCsv(out + "/wout.csv"), readCsv(out + "/bout.csv")});
            QCOMPARE(weights.back().wh.size(), size_t(2));
        }
        // The input-space plot of the first panel. Its bounds: the samples' box (−2…2 on both
        // axes) grown by a tenth of its size on every side, −2.4…2.4.
        const QFont font = animationFont(QGuiApplication::font(), size.height());
        const QRectF area = animationPanelArea(size, font, 0, 3);
        const QRectF plot =
            planePlotRect(area.size(), QFontMetrics(font)).translated(area.topLeft());
        const double low = -2.4, high = 2.4;
        int checked = 0, turned = 0;
        for (int py = static_cast<int>(plot.top()) + 3; py < plot.bottom() - 3; py += 7)
            for (int px = static_cast<int>(plot.left()) + 3; px < plot.right() - 3; px += 7) {
                const double x1 = low + (px + 0.5 - plot.left()) / plot.width() * (high - low);
                const double x2 = high - (py + 0.5 - plot.top()) / plot.height() * (high - low);
                bool nearSample = false; // samples are drawn over the regions
                for (const auto& s : samples)
                    nearSample = nearSample || std::hypot(s[0] - x1, s[1] - x2) <
                                                   12 * (high - low) / plot.width();
                if (nearSample) continue;
                std::vector<int> expected;
                bool confident = true;
                for (const Weights& w : weights) {
                    const double p = w.predict(x1, x2);
                    confident = confident && std::abs(p - 0.5) > 0.15;
                    expected.push_back(p >= 0.5 ? 1 : 0);
                }
                if (!confident) continue;
                for (size_t f = 0; f < read.frames.size(); ++f)
                    QVERIFY2(
                        regionClass(read.frames[f].pixel(px, py)) == expected[f],
                        qPrintable(QStringLiteral("frame %1 at (%2, %3)").arg(f).arg(x1).arg(x2)));
                ++checked;
                turned += expected.front() != expected.back();
            }
        // enough points, some of them where the first and the last frame must differ
        QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
        QVERIFY2(turned > 20, qPrintable(QString::number(turned)));

        // Each frame's title: its epoch, and the accuracy and loss of that epoch's weights.
        // A title one digit off (epoch + 1) must be told apart, so the comparison can fail.
        const int epochs[] = {0, 20, 40};
        for (size_t f = 0; f < 3; ++f) {
            const QString title = expectedTitle(epochs[f], 40, weights[f]);
            const double right = titleMismatch(read.frames[f], area.top(), title);
            QVERIFY2(
                right < 0.002,
                qPrintable(QStringLiteral("frame %1, \"%2\": %3").arg(f).arg(title).arg(right)));
            const QString wrong = expectedTitle(epochs[f] + 1, 40, weights[f]);
            QVERIFY(titleMismatch(read.frames[f], area.top(), wrong) > 0.001); // one digit: 0.003
        }
    }

    void hiddenUnitsCanBeChosen() {
        // the same run drawn with hidden units 1,2 and with 3,1: the same input space, other
        // hidden planes with their axes named after the units
        const QString first = dir_.filePath("units12.gif"), second = dir_.filePath("units31.gif");
        for (const auto& [path, units] : {std::pair{first, "1,2"}, std::pair{second, "3,1"}}) {
            const Run r = cli({"animate", lesson_, "--epochs", "4", "--frames", "4", "--units",
                               units, "--size", "960x400", "--out", path});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const ReadGif a = readGif(first), b = readGif(second);
        QCOMPARE(a.frames.size(), size_t(2));
        QCOMPARE(b.frames.size(), size_t(2));
        const QFont font = animationFont(QGuiApplication::font(), 400);
        for (int panel = 0; panel < 3; ++panel) {
            const QRect area = animationPanelArea(QSize(960, 400), font, panel, 3)
                                   .toAlignedRect()
                                   .intersected(a.frames[1].rect());
            // each frame has its own palette, so the same picture may differ by a little
            int differ = 0;
            for (int y = area.top(); y <= area.bottom(); ++y)
                for (int x = area.left(); x <= area.right(); ++x)
                    differ += std::abs(qGray(a.frames[1].pixel(x, y)) -
                                       qGray(b.frames[1].pixel(x, y))) > 48;
            const double share = static_cast<double>(differ) / (area.width() * area.height());
            QVERIFY2(panel == 0 ? share < 0.001 : share > 0.02,
                     qPrintable(QStringLiteral("panel %1: %2").arg(panel).arg(share)));
        }
    }

    void errorsAreOneLine() {
        const QString gif = dir_.filePath("bad.gif");
        const auto refused = [&](const QStringList& arguments, int code, const char* part) {
            const Run r = cli(arguments);
            QVERIFY2(r.exitCode == code, qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String(part)), qPrintable(r.err));
            QVERIFY2(r.err.trimmed().count('\n') == 0, qPrintable(r.err));
            QVERIFY(r.err.startsWith("backstep-cli: "));
        };
        refused({"animate", lesson_}, 2, "--out FILE.gif is required");
        refused({"animate", lesson_, "--size", "12x", "--out", gif}, 2,
                "--size: expected WIDTHxHEIGHT");
        refused({"animate", lesson_, "--size", "100x100", "--out", gif}, 2,
                "--size 100x100: frames are from 480x240");
        refused({"animate", lesson_, "--units", "1,1", "--out", gif}, 2,
                "--units 1,1: expected two different units from 1 to 3");
        refused({"animate", lesson_, "--units", "2,4", "--out", gif}, 2, "from 1 to 3");
        refused({"animate", sourceDir + "/lessons/03-perceptron-step.json", "--units", "1,2",
                 "--out", gif},
                2, "the first hidden layer has 1 unit(s)");
        refused({"animate", lesson_, "--frames", "0", "--out", gif}, 2,
                "--frames: expected a whole number");
        refused({"animate", lesson_, "--epochs", "5000", "--out", gif}, 2, "5001 frames");
        refused({"animate", lesson_, "--epochs", "2", "--out", "/nonexistent-folder/a.gif"}, 1,
                "the folder /nonexistent-folder does not exist");
        QVERIFY(!QFileInfo::exists(gif));
    }

    void interruptWritesNothing() {
        const QString gif = dir_.filePath("interrupted.gif");
        QProcess p;
        p.start(QStringLiteral(BACKSTEP_CLI),
                {"animate", sourceDir + "/lessons/13-moons-hyperparameters.json", "--epochs", "200",
                 "--frames", "1", "--out", gif});
        QVERIFY(p.waitForStarted());
        // once the first progress line (epoch 20 of 200) shows that frames are being made
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += p.readAllStandardError()).contains("epoch"), 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains("interrupted"));
        QVERIFY(!QFileInfo::exists(gif));
        QCOMPARE(QDir(dir_.path()).entryList({"interrupted*"}, QDir::Files).size(), 0);
    }
};

QTEST_MAIN(AnimateTest)
#include "tst_animate.moc"
