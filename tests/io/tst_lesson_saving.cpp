// SPDX-License-Identifier: MIT
// What Backstep writes it reads back: lessons with large data or large layers are saved with
// CSV files beside them, and every number returns bit for bit.
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

QString write(const QString& path, const QByteArray& text) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Lesson load(const QString& path) {
    Loaded<Lesson> r = loadLessonFile(path);
    if (!r.ok()) qWarning("%s", qPrintable(r.errors.join('\n')));
    return r.value.value_or(Lesson{});
}

// Bitwise equality (QCOMPARE on matrices would accept rounding within Eigen's isApprox).
bool same(const Matrix& a, const Matrix& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::equal(a.data(), a.data() + a.size(), b.data(),
                      [](double x, double y) { return std::memcmp(&x, &y, sizeof x) == 0; });
}

} // namespace

class LessonSavingTest : public QObject {
    Q_OBJECT
private slots:
    // A legal 4.7 MB CSV with a held-out part: saved inline it would be far above the 16 MB a
    // lesson file may have; saved with CSV files beside it, it reads back exactly.
    void largeCsvLessonReadsBack() {
        QTemporaryDir source, target;
        QByteArray csv = "a,b,c,d,e,f,g,price\n";
        QRandomGenerator random(7);
        const int rows = 55000;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < 8; ++c)
                csv += QByteArray::number(random.generateDouble() * 1000 - 500, 'g', 8) +
                       (c < 7 ? "," : "\n");
        }
        QVERIFY(csv.size() > 4'500'000);
        write(source.filePath("houses.csv"), csv);
        write(source.filePath("houses.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"csv": "houses.csv", "targets": ["price"], "normalise": "standardise", "test_fraction": 0.2},
            "network": {"hidden": 16, "output_activation": "linear"}, "training": {"learning_rate": 0.0001}})");
        const Lesson original = load(source.filePath("houses.json"));
        QCOMPARE(original.data.samples(), 44000);
        QCOMPARE(original.test.samples(), 11000);
        QVERIFY(lessonToJson(original, original.initial, false).size() >
                LessonLimits::maxFileBytes); // inline cannot load

        const QString saved = target.filePath("my houses.json");
        QCOMPARE(saveLessonFile(saved, original, original.initial, true).errorText(), QString());
        QVERIFY(QFileInfo(saved).size() < 100'000);
        QVERIFY(QFile::exists(target.filePath("my houses.data.csv")));
        QVERIFY(QFile::exists(target.filePath("my houses.test.csv")));
        const Lesson back = load(saved);
        QVERIFY(same(back.data.X, original.data.X));
        QVERIFY(same(back.data.y, original.data.y));
        QVERIFY(same(back.test.X, original.test.X));
        QVERIFY(same(back.test.y, original.test.y));
        QCOMPARE(back.data.featureNames, original.data.featureNames);
        QCOMPARE(back.data.targetNames, std::vector<std::string>{"price"});
        QVERIFY(same(back.initial.layers[0].weights, original.initial.layers[0].weights));
        QCOMPARE(back.testFraction, 0.0); // already split: the parts are saved as they are

        // Saved again over itself, it stays loadable (the data files are replaced together).
        QCOMPARE(saveLessonFile(saved, back, back.initial, true).errorText(), QString());
        QVERIFY(same(load(saved).test.X, original.test.X));
    }

    // Small lessons stay one self-contained file.
    void smallLessonStaysInline() {
        QTemporaryDir dir;
        const Lesson lesson =
            load(QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/01-three-samples.json"));
        QCOMPARE(
            saveLessonFile(dir.filePath("small.json"), lesson, lesson.initial, true).errorText(),
            QString());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"small.json"});
    }

    // A layer of 400×300 weights (120 000 numbers) goes to its own CSV file.
    void largeLayerReadsBack() {
        QTemporaryDir dir;
        write(dir.filePath("wide.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"generator": "blobs", "samples": 50},
            "network": {"hidden": [300, 400]}, "init": {"method": "normal", "std": 0.3, "seed": 5}})");
        const Lesson lesson = load(dir.filePath("wide.json"));
        QCOMPARE(lesson.initial.layers[1].weights.size(), 120000);
        // saved unchanged, the weights are their seeded method: a few lines
        QCOMPARE(
            saveLessonFile(dir.filePath("seeded.json"), lesson, lesson.initial, true).errorText(),
            QString());
        QVERIFY(QFileInfo(dir.filePath("seeded.json")).size() < 2000);
        QVERIFY(same(load(dir.filePath("seeded.json")).initial.layers[1].weights,
                     lesson.initial.layers[1].weights));
        // edited (or trained) weights are saved as numbers
        Parameters edited = lesson.initial;
        edited.layers[1].weights(7, 9) = 0.125;
        const QString saved = dir.filePath("wide-copy.json");
        QCOMPARE(saveLessonFile(saved, lesson, edited, true).errorText(), QString());
        QVERIFY(QFile::exists(dir.filePath("wide-copy.wh_2.csv")));
        QVERIFY(!QFile::exists(dir.filePath("wide-copy.wh.csv"))); // 2×300 stays inline
        const Lesson back = load(saved);
        QVERIFY(back.explicitInit);
        for (size_t l = 0; l < 3; ++l) {
            QVERIFY(same(back.initial.layers[l].weights, edited.layers[l].weights));
            QVERIFY(same(back.initial.layers[l].bias, edited.layers[l].bias));
        }
    }

    // Column names that would not read back as distinct columns are made distinct.
    void awkwardColumnNamesReadBack() {
        QTemporaryDir dir;
        Lesson lesson = load(QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/01-three-samples.json"));
        Dataset& d = lesson.data;
        Matrix X = Matrix::Constant(30000, 4, 0.25), y = Matrix::Constant(30000, 1, 1.0);
        d.X = X;
        d.y = y;
        d.featureNames = {"x", "x", " ", "a,\nb"};
        d.targetNames = {"x"};
        const QString saved = dir.filePath("names.json");
        QCOMPARE(saveLessonFile(saved, lesson, lesson.initial, false).errorText(), QString());
        const Lesson back = load(saved);
        QCOMPARE(back.data.featureNames, (std::vector<std::string>{"x", "x_2", "column", "a, b"}));
        QCOMPARE(back.data.targetNames, std::vector<std::string>{"x_3"});
        QVERIFY(same(back.data.X, X));
    }

    // The workbench's keys survive Save: the reduction, the target loss, experiments that set.
    void newKeysRoundTrip() {
        QTemporaryDir dir;
        write(dir.filePath("seed.json"), R"({"format": "backstep-lesson", "version": 1,
            "experiments": ["Watch the loss.", {"text": {"en": "Faster", "zh_CN": "更快", "ru": "Быстрее"}, "set": {"training.learning_rate": 1.2, "network.hidden": 4}}],
            "data": {"generator": "moons", "samples": 80, "noise": 0.25, "seed": 2},
            "network": {"hidden": 3, "hidden_activation": "tanh"},
            "training": {"learning_rate": 0.6, "loss": "bce", "loss_reduction": "mean", "stop_at_loss": 0.263},
            "init": {"method": "normal", "std": 0.01, "seed": 0, "biases": "zero"}})");
        const Lesson lesson = load(dir.filePath("seed.json"));
        QCOMPARE(lesson.training.reduction, LossReduction::Mean);
        QCOMPARE(*lesson.training.stopAtLoss, 0.263);
        QCOMPARE(lesson.initial.layers[0].bias, Matrix(Matrix::Zero(1, 3)));
        QCOMPARE(lesson.initial.layers[1].bias, Matrix(Matrix::Zero(1, 1)));
        QVERIFY(lesson.initial.layers[0].weights.cwiseAbs().maxCoeff() < 0.05); // N(0, 0.01²)
        QCOMPARE(int(lesson.experiments.size()), 2);
        QVERIFY(lesson.experiments[0].set.isEmpty());
        QCOMPARE(lesson.experiments[1].text.in("zh_CN"), QStringLiteral("更快"));
        QCOMPARE(lesson.experiments[1].text.in("ru"),
                 QStringLiteral("Быстрее")); // every language kept
        QCOMPARE(lesson.experiments[1].set.value("training.learning_rate").toDouble(), 1.2);
        const QString saved = dir.filePath("copy.json");
        QCOMPARE(saveLessonFile(saved, lesson, lesson.initial, true).errorText(), QString());
        const Lesson back = load(saved);
        QCOMPARE(back.training.reduction, LossReduction::Mean);
        QCOMPARE(*back.training.stopAtLoss, 0.263);
        QCOMPARE(int(back.experiments.size()), 2);
        QCOMPARE(back.experiments[1].set, lesson.experiments[1].set);
        QVERIFY(same(back.initial.layers[0].weights, lesson.initial.layers[0].weights));
    }

    // The optimiser, weight decay and learning-rate decay survive Save; the defaults are not
    // written (a plain lesson stays as it was).
    void optimizerKeysRoundTrip() {
        QTemporaryDir dir;
        write(dir.filePath("adam.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"generator": "xor"},
            "training": {"optimizer": {"name": "adam", "beta1": 0.8, "epsilon": 1e-6},
                         "weight_decay": 0.01, "lr_decay": {"every": 5, "factor": 0.5}}})");
        const Lesson lesson = load(dir.filePath("adam.json"));
        QCOMPARE(lesson.training.optimizer.kind, OptimizerSpec::Kind::Adam);
        QCOMPARE(lesson.training.optimizer.beta1, 0.8);
        QCOMPARE(lesson.training.optimizer.beta2, 0.999); // the default
        QCOMPARE(lesson.training.optimizer.epsilon, 1e-6);
        QCOMPARE(lesson.training.weightDecay, 0.01);
        QCOMPARE(lesson.training.learningRateDecay.every, 5);
        // lr 0.1 (the default) × 0.5 per 5 epochs: epochs 0–4 0.1, 5–9 0.05, 10–14 0.025
        QCOMPARE(lesson.training.learningRateInEpoch(4), 0.1);
        QCOMPARE(lesson.training.learningRateInEpoch(5), 0.05);
        QCOMPARE(lesson.training.learningRateInEpoch(14), 0.025);
        const QString saved = dir.filePath("copy.json");
        QCOMPARE(saveLessonFile(saved, lesson, lesson.initial, true).errorText(), QString());
        const Lesson back = load(saved);
        QVERIFY(back.training.optimizer == lesson.training.optimizer);
        QCOMPARE(back.training.weightDecay, 0.01);
        QVERIFY(back.training.learningRateDecay == lesson.training.learningRateDecay);

        write(dir.filePath("plain.json"),
              R"({"format": "backstep-lesson", "version": 1, "data": {"generator": "xor"}})");
        const QString plainCopy = dir.filePath("plain-copy.json");
        QCOMPARE(saveLessonFile(plainCopy, load(dir.filePath("plain.json")),
                                load(dir.filePath("plain.json")).initial, true)
                     .errorText(),
                 QString());
        QFile file(plainCopy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("optimizer") && !text.contains("decay"));
    }

    // The held-out expectations survive Save, in the lesson's and an experiment's expect; the
    // saved file is read back as plain JSON to see the keys themselves.
    void testExpectationsRoundTrip() {
        QTemporaryDir dir;
        write(dir.filePath("drop.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"generator": "moons", "samples": 40, "test_fraction": 0.5},
            "training": {"dropout": 0.5},
            "expect": {"test_loss_below": 0.4, "test_accuracy": 0.8},
            "experiments": [{"text": "no dropout", "set": {"training.dropout": 0},
                             "expect": {"test_loss_above": 0.5, "test_accuracy_at_most": 0.9}}]})");
        const Lesson lesson = load(dir.filePath("drop.json"));
        QCOMPARE(*lesson.expect.testLossBelow, 0.4);
        QCOMPARE(*lesson.expect.testAccuracy, 0.8);
        QVERIFY(!lesson.expect.testLossAbove && !lesson.expect.testAccuracyAtMost);
        QCOMPARE(*lesson.experiments[0].expect.testLossAbove, 0.5);
        QCOMPARE(*lesson.experiments[0].expect.testAccuracyAtMost, 0.9);
        const QString saved = dir.filePath("copy.json");
        QCOMPARE(saveLessonFile(saved, lesson, lesson.initial, true).errorText(), QString());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root["expect"].toObject(),
                 QJsonObject({{"test_loss_below", 0.4}, {"test_accuracy", 0.8}}));
        QCOMPARE(root["experiments"].toArray()[0].toObject()["expect"].toObject(),
                 QJsonObject({{"test_loss_above", 0.5}, {"test_accuracy_at_most", 0.9}}));
    }

    // The exercise key: read with its defaults, written back with every key, read back equal.
    void exerciseRoundTrips() {
        QTemporaryDir dir;
        write(dir.filePath("exercise.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[0, 1], [1, 0]], "y": [[1], [0]]},
            "exercise": {"iteration": 2, "steps": [5, 3, 4], "decimals": 4, "variants": true}})");
        const Lesson lesson = load(dir.filePath("exercise.json"));
        QVERIFY(lesson.exercise);
        QCOMPARE(lesson.exercise->iteration, qint64(2));
        QCOMPARE(lesson.exercise->steps, (std::vector<int>{3, 4, 5}));
        QCOMPARE(lesson.exercise->decimals, 4);
        QVERIFY(lesson.exercise->variants);
        const QString saved = dir.filePath("copy.json");
        QCOMPARE(saveLessonFile(saved, lesson, lesson.initial, true).errorText(), QString());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"exercise\""));
        const Lesson back = load(saved);
        QVERIFY(back.exercise);
        QVERIFY(*back.exercise == *lesson.exercise);

        write(dir.filePath("defaults.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[0, 1], [1, 0]], "y": [[1], [0]]}, "exercise": {}})");
        const Lesson defaults = load(dir.filePath("defaults.json"));
        QVERIFY(defaults.exercise);
        QCOMPARE(defaults.exercise->iteration, qint64(1));
        QCOMPARE(defaults.exercise->steps, (std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QCOMPARE(defaults.exercise->decimals, 3);
        QVERIFY(!defaults.exercise->variants);
        QVERIFY(!load(dir.filePath("copy.json")).sourceJson.isEmpty());
        QVERIFY(!Lesson{}.exercise); // no key, no exercise
    }

    void testCsvNeedsTheSameColumns() {
        QTemporaryDir dir;
        write(dir.filePath("train.csv"), "a,b,t\n1,2,0\n3,4,1\n");
        write(dir.filePath("test.csv"), "a,t\n1,0\n");
        write(dir.filePath("l.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"csv": "train.csv", "test_csv": "test.csv", "targets": ["t"]}})");
        const Loaded<Lesson> r = loadLessonFile(dir.filePath("l.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join('\n').contains(
                     "data.test_csv: its input columns differ from those of train.csv"),
                 qPrintable(r.errors.join('\n')));
    }

    void initMatrixFromCsvIsShapeChecked() {
        QTemporaryDir dir;
        write(dir.filePath("wh.csv"), "h1,h2\n1,2\n");
        write(dir.filePath("l.json"), R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[0, 1], [1, 0]], "y": [[1], [0]]}, "network": {"hidden": 2},
            "init": {"wh": "wh.csv", "bh": [[0, 0]], "wout": [[1], [1]], "bout": [[0]]}})");
        const Loaded<Lesson> r = loadLessonFile(dir.filePath("l.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.join('\n').contains("init.wh: wh.csv holds a 1×2 matrix; expected 2×2"),
                 qPrintable(r.errors.join('\n')));
    }
};

QTEST_GUILESS_MAIN(LessonSavingTest)
#include "tst_lesson_saving.moc"
