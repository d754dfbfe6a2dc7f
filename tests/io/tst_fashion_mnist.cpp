// SPDX-License-Identifier: MIT
// Fashion-MNIST from Debian's dataset-fashion-mnist (installed by scripts/setup.sh), and the
// IDX reader against damaged files. The expected pixels and labels were read from the same
// files with Python's gzip module and numpy (an independent reader):
//   b = gzip.open(path).read(); np.frombuffer(b, np.uint8, offset=16).reshape(n, 784)
#include "io/fashion_mnist.h"
#include "io/idx_file.h"
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace backstep;

namespace {

// Writes `bytes` gzip-compressed to `path`.
void writeGz(const QString& path, const QByteArray& bytes) {
    gzFile file = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(file);
    QCOMPARE(gzwrite(file, bytes.constData(), static_cast<unsigned>(bytes.size())),
             int(bytes.size()));
    QCOMPARE(gzclose(file), Z_OK);
}

// An IDX header of unsigned bytes with the given dimensions.
QByteArray idxHeader(std::initializer_list<quint32> dims) {
    QByteArray h;
    h.append('\0').append('\0').append('\x08').append(char(dims.size()));
    for (quint32 d : dims)
        for (int shift : {24, 16, 8, 0})
            h.append(char((d >> shift) & 0xff));
    return h;
}

const char* lessonText = R"({"format": "backstep-lesson", "version": 1,
  "data": {"dataset": "fashion-mnist", "train_samples": 1000, "test_samples": 100},
  "network": {"hidden": 16, "hidden_activation": "relu", "output_activation": "softmax"},
  "training": {"learning_rate": 0.1, "epochs": 1, "loss": "cross_entropy", "batch": 32}})";

} // namespace

class FashionMnistTest : public QObject {
    Q_OBJECT
private slots:
    void init() { qunsetenv("BACKSTEP_FASHION_MNIST_DIR"); }

    void theFirstPicturesAndLabels() {
        const Loaded<FashionMnistSets> r = loadFashionMnist(1000, 100);
        QVERIFY2(r.ok(),
                 qPrintable(r.errorText() + "  (scripts/setup.sh installs dataset-fashion-mnist)"));
        const Dataset& train = r->train;
        QCOMPARE(train.X.rows(), Index(1000));
        QCOMPARE(train.X.cols(), Index(784));
        QCOMPARE(train.y.cols(), Index(10));
        QCOMPARE(r->test.X.rows(), Index(100));
        // The first ten labels of each set, as class numbers.
        const std::vector<int> trainLabels{9, 0, 0, 3, 0, 2, 7, 2, 5, 5},
            testLabels{9, 2, 1, 1, 6, 1, 4, 6, 5, 7};
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(train.y(i, trainLabels[size_t(i)]), 1.0);
            QCOMPARE(r->test.y(i, testLabels[size_t(i)]), 1.0);
            QCOMPARE(train.y.row(i).sum(), 1.0); // one-hot
        }
        // Label counts among the first 1000 training pictures.
        const std::vector<double> counts{107, 104, 86, 92, 95, 100, 100, 115, 102, 99};
        for (int k = 0; k < 10; ++k)
            QCOMPARE(train.y.col(k).sum(), counts[size_t(k)]);
        // Picture 1: grey levels summing to 76247, 433 inked pixels, the darkest at index 417
        // (row 15, column 26 counted from 1).
        QVERIFY(std::abs(train.X.row(0).sum() - 76247 / 255.0) < 1e-9);
        QCOMPARE(int((train.X.row(0).array() > 0).count()), 433);
        Index darkest = 0;
        train.X.row(0).maxCoeff(&darkest);
        QCOMPARE(darkest, Index(417));
        QCOMPARE(train.featureNames[417], std::string("r15c26"));
        QCOMPARE(train.targetNames[9], std::string("Ankle boot"));
        // Test picture 6: sum 50259, pixel (row 15, column 15) = 2.
        QVERIFY(std::abs(r->test.X.row(5).sum() - 50259 / 255.0) < 1e-9);
        QCOMPARE(r->test.X(5, 14 * 28 + 14), 2 / 255.0);
    }

    void theWholeSet() {
        const Loaded<FashionMnistSets> r =
            loadFashionMnist(FashionMnist::trainAvailable, FashionMnist::testAvailable);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r->train.X.rows(), Index(60000));
        QCOMPARE(r->test.X.rows(), Index(10000));
        QVERIFY(std::abs(r->train.X.row(59999).sum() - 16684 / 255.0) < 1e-9);
        QCOMPARE(r->train.y(59999, 5), 1.0);
        QVERIFY(std::abs(r->test.X.row(9999).sum() - 24390 / 255.0) < 1e-9);
        QCOMPARE(r->test.y(9999, 5), 1.0);
        QCOMPARE(r->train.y.sum(), 60000.0);
    }

    void aLessonReadsItAndSavesTheSourceNotTheNumbers() {
        QTemporaryDir dir;
        const QString path = dir.filePath("fashion.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lessonText);
        f.close();
        const Loaded<Lesson> loaded = loadLessonFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        QCOMPARE(loaded.value->data.samples(), 1000);
        QCOMPARE(loaded.value->test.samples(), 100);
        QCOMPARE(loaded.value->network.inputs, 784);
        QCOMPARE(loaded.value->network.outputs, 10);
        const QByteArray saved = lessonToJson(*loaded.value, loaded.value->initial, true);
        QVERIFY(saved.size() < 20000); // the source, not 800 000 numbers
        const QJsonObject data = QJsonDocument::fromJson(saved).object()["data"].toObject();
        QCOMPARE(data["dataset"].toString(), QStringLiteral("fashion-mnist"));
        QCOMPARE(data["train_samples"].toInt(), 1000);
        QCOMPARE(data["test_samples"].toInt(), 100);
    }

    void aMissingPackageIsNamed() {
        qputenv("BACKSTEP_FASHION_MNIST_DIR", "/nonexistent/fashion-mnist");
        QTemporaryDir dir;
        QFile f(dir.filePath("fashion.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lessonText);
        f.close();
        const Loaded<Lesson> loaded = loadLessonFile(f.fileName());
        QVERIFY(!loaded.ok());
        const QString message = loaded.errors.join('\n');
        QVERIFY2(message.contains("data.dataset") &&
                     message.contains("Fashion-MNIST is not installed") &&
                     message.contains("apt install dataset-fashion-mnist"),
                 qPrintable(message));
    }

    void unknownDatasetsAndCountsAreRefused() {
        QTemporaryDir dir;
        for (const auto& [data, expected] :
             {std::pair{R"("dataset": "mnist")", "unknown dataset \"mnist\"; use fashion-mnist"},
              std::pair{R"("dataset": "fashion-mnist", "train_samples": 60001)",
                        "data.train_samples"},
              std::pair{R"("dataset": "fashion-mnist", "colour": true)", "colour"}}) {
            QFile f(dir.filePath("bad.json"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(R"({"format": "backstep-lesson", "version": 1, "data": {)") + data +
                    R"(}, "network": {"hidden": 4, "output_activation": "softmax"}})");
            f.close();
            const Loaded<Lesson> loaded = loadLessonFile(f.fileName());
            const QString all = (loaded.errors + loaded.warnings).join('\n');
            QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));
        }
    }

    void damagedFilesAreReportedNotReadPast() {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.gz");
        // A header promising 5 pictures of 2×2, with the data of only 3.
        writeGz(path, idxHeader({5, 2, 2}) + QByteArray(12, '\x10'));
        Loaded<IdxArray> r = readIdxGz(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains("fewer items than its header says"),
                 qPrintable(r.errorText()));
        QVERIFY(readIdxGz(path, 3).value); // the first 3 are there
        QCOMPARE(readIdxGz(path, 3).value->bytes.size(), size_t(12));
        // Not an IDX file; the wrong element type (0x0D: floats); absurd dimensions.
        writeGz(path, "{\"json\": true}");
        QVERIFY(readIdxGz(path).errorText().contains("not an IDX file"));
        QByteArray floats = idxHeader({1, 1});
        floats[2] = '\x0d';
        writeGz(path, floats + QByteArray(4, '\0'));
        QVERIFY(readIdxGz(path).errorText().contains("only unsigned bytes"));
        writeGz(path, idxHeader({0xffffffff, 0xffffff, 0xff}));
        QVERIFY(readIdxGz(path).errorText().contains("too large"));
        // A file cut inside the gzip stream.
        writeGz(path, idxHeader({100, 28, 28}) + QByteArray(100 * 784, '\x01'));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::ReadWrite));
        QVERIFY(cut.resize(cut.size() / 2));
        cut.close();
        r = readIdxGz(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().startsWith(path), qPrintable(r.errorText()));
        QVERIFY(readIdxGz(dir.filePath("none.gz")).errorText().contains("no such file"));
    }

    void labelsOutsideTheTenClassesAreReported() {
        QTemporaryDir dir;
        qputenv("BACKSTEP_FASHION_MNIST_DIR", QFile::encodeName(dir.path()));
        writeGz(dir.filePath("train-images-idx3-ubyte.gz"),
                idxHeader({2, 28, 28}) + QByteArray(2 * 784, '\0'));
        writeGz(dir.filePath("train-labels-idx1-ubyte.gz"),
                idxHeader({2}) + QByteArray("\x03\x0c", 2));
        const Loaded<FashionMnistSets> r = loadFashionMnist(2, 0);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains("label 12 of item 2 is not a class from 0 to 9"),
                 qPrintable(r.errorText()));
    }
};

QTEST_APPLESS_MAIN(FashionMnistTest)
#include "tst_fashion_mnist.moc"
