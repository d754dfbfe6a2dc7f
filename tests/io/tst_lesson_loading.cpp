// SPDX-License-Identifier: MIT
// Valid lessons load completely: the default lesson, every shipped lesson, every data source.
#include "io/lesson_loader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

} // namespace

class LessonLoadingTest : public QObject {
    Q_OBJECT
private slots:
    void defaultLesson() {
        const Loaded<Lesson> r = loadLessonFile(sourceDir + "/lessons/01-three-samples.json");
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY(r.warnings.isEmpty());
        const Lesson& l = *r.value;
        QCOMPARE(l.title.text(), QStringLiteral("Three samples, four inputs"));
        QCOMPARE(l.title.text("zh_CN"), QStringLiteral("三个样本，四个输入"));
        QCOMPARE(l.data.samples(), 3);
        QCOMPARE(l.data.X(1, 3), 1.0);
        QCOMPARE(l.data.y(2, 0), 0.0);
        QCOMPARE(l.network.hidden, std::vector<int>{3});
        QCOMPARE(l.training.learningRate, 0.1);
        QCOMPARE(l.training.epochs, 5000);
        QCOMPARE(l.initSpec.method, InitSpec::Method::Uniform);
        QVERIFY(!l.explicitInit);
        QCOMPARE(l.initial.layers[0].weights.rows(), Index(4));
        QVERIFY(l.stepNotes.count(9));
        QCOMPARE(int(l.experiments.size()), 2);
    }

    void everyShippedLessonLoads() {
        const QStringList files = QDir(sourceDir + "/lessons").entryList({"*.json"}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files) {
            const Loaded<Lesson> r = loadLessonFile(sourceDir + "/lessons/" + f);
            QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
        }
    }

    void byteOrderMarkAndDefaults() {
        QTemporaryDir dir;
        const QString path = write(dir, "l.json",
                                   "\xEF\xBB\xBF{\"format\": \"backstep-lesson\", \"version\": 1, "
                                   "\"data\": {\"X\": [[0],[1]], \"y\": [[0],[1]]}}");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.value->network.hidden, std::vector<int>{3});
        QCOMPARE(r.value->network.hiddenActivation.kind, Activation::Sigmoid);
        QCOMPARE(r.value->training.batch.kind, BatchSpec::Kind::Full);
        QCOMPARE(r.value->data.featureNames, (std::vector<std::string>{"x1"}));
        QCOMPARE(r.value->data.targetNames, (std::vector<std::string>{"y"}));
    }

    // Texts in any language code; the reader's language first, then the same language in
    // another region, then English, then whatever there is.
    void textsInAnyLanguage() {
        QTemporaryDir dir;
        const QString path = write(dir, "l.json", R"({"format": "backstep-lesson", "version": 1,
            "title": {"en": "Moons", "zh_CN": "月亮", "ru": "Луны", "pt_BR": "Luas", "English": "x"},
            "description": {"ru": "Только по-русски"},
            "data": {"X": [[0],[1]], "y": [[0],[1]]}})");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const LocalizedText& title = r.value->title;
        QCOMPARE(title.text("ru_RU"), QStringLiteral("Луны"));
        QCOMPARE(title.text("ru"), QStringLiteral("Луны"));
        QCOMPARE(title.text("zh_TW"), QStringLiteral("月亮")); // same language, other region
        QCOMPARE(title.text("pt_PT"), QStringLiteral("Luas"));
        QCOMPARE(title.text("de_DE"), QStringLiteral("Moons")); // English next
        QCOMPARE(r.value->description.text("en_US"), QStringLiteral("Только по-русски")); // any
        QCOMPARE(title.in("English"), QString()); // not a language code: ignored, with a warning
        QVERIFY2(r.warnings.join('\n').contains("title.English: not a language code"),
                 qPrintable(r.warnings.join('\n')));
    }

    void explicitInitIsUsedAsGiven() {
        QTemporaryDir dir;
        const QString path = write(dir, "l.json", R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[0.05, 0.1]], "y": [[0.01, 0.99]]},
            "network": {"hidden": 2}, "training": {"learning_rate": 0.5, "update_biases": false},
            "init": {"wh": [[0.15, 0.25], [0.2, 0.3]], "bh": [[0.35, 0.35]],
                     "wout": [[0.4, 0.5], [0.45, 0.55]], "bout": [[0.6, 0.6]]}})");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY(r.value->explicitInit);
        QCOMPARE(r.value->initial.layers[0].weights(1, 0), 0.2);
        QCOMPARE(r.value->initial.layers[1].weights(0, 1), 0.5);
        QCOMPARE(r.value->initial.layers[1].bias(0, 0), 0.6);
        QVERIFY(!r.value->training.updateBiases);
    }

    void generatorsHiddenListsAndBatches() {
        QTemporaryDir dir;
        const QString path = write(dir, "l.json", R"({"format": "backstep-lesson", "version": 1,
            "title": {"en": "Spiral", "zh_CN": "螺旋"},
            "data": {"generator": "spiral", "samples": 90, "classes": 3, "seed": 2},
            "network": {"hidden": [8, 4], "hidden_activation": "relu", "output_activation": "softmax"},
            "training": {"loss": "cross_entropy", "batch": 16},
            "init": {"method": "xavier", "seed": 4}})");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const Lesson& l = *r.value;
        QCOMPARE(l.data.samples(), 90);
        QCOMPARE(l.data.outputs(), 3);
        QCOMPARE(l.network.hidden, (std::vector<int>{8, 4}));
        QCOMPARE(int(l.initial.layers.size()), 3);
        QCOMPARE(l.initial.layers[1].weights.rows(), Index(8));
        QCOMPARE(l.training.batch.kind, BatchSpec::Kind::MiniBatch);
        QCOMPARE(l.training.batch.size, 16);
        QCOMPARE(l.title.text("zh_CN"), QStringLiteral("螺旋"));
        QCOMPARE(l.title.text("de"), QStringLiteral("Spiral"));
    }

    void csvDataWithNamedColumns() {
        QTemporaryDir dir;
        write(dir, "data/houses.csv",
              "area,rooms,age,price\n50,2,10,100\n80,3,5,180\n120,4,30,210\n");
        const QString path = write(dir, "l.json", R"({"format": "backstep-lesson", "version": 1,
            "data": {"csv": "data/houses.csv", "targets": ["price"], "features": ["area", "age"]},
            "network": {"hidden": 2, "output_activation": "linear"}})");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        const Dataset& d = r.value->data;
        QCOMPARE(d.featureNames, (std::vector<std::string>{"area", "age"}));
        QCOMPARE(d.targetNames, (std::vector<std::string>{"price"}));
        QCOMPARE(d.X(2, 1), 30.0);
        QCOMPARE(d.y(1, 0), 180.0);
        QCOMPARE(r.value->source.kind, DataSource::Kind::Csv);
    }

    void aFailedLoadReturnsNoLesson() {
        // The loader hands back a lesson only when there are no errors, so whatever the
        // caller loaded before stays as it was.
        QTemporaryDir dir;
        const QString path = write(dir, "l.json", R"({"format": "backstep-lesson", "version": 1,
            "data": {"X": [[1]], "y": [[1]]}, "init": {"wh": [[1]]}})");
        const Loaded<Lesson> r = loadLessonFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 4); // wh has the wrong shape; bh, wout and bout are missing
        QVERIFY(r.errors[0].endsWith("init.wh: expected 1×3, got 1×1"));
    }
};

QTEST_APPLESS_MAIN(LessonLoadingTest)
#include "tst_lesson_loading.moc"
