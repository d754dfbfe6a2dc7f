// SPDX-License-Identifier: MIT
// Every shipped lesson trains its stated epochs and keeps the promise of its "expect" block,
// and the classic worked example reproduces the published hand arithmetic.
#include "core/trace.h"
#include "core/trainer.h"
#include "io/core_wording.h"
#include "io/lesson_loader.h"
#include "io/lesson_settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QTest>

using namespace backstep;

namespace {
const QString lessonsDir = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons");

// Trains `l` its epochs (or to its stop_at_loss) and checks `expect`.
void keepsPromise(const Lesson& l, const Expectation& expect, const QString& file) {
    Trainer t(l.network, l.training, l.data, l.initial, l.test);
    const bool finished = t.train(l.training.epochs);
    if (expect.stops) {
        QVERIFY2(!finished && t.stop(), "this lesson should stop on a non-finite value");
        QVERIFY(t.epochsCompleted() < l.training.epochs);
        return;
    }
    QVERIFY2(finished, t.stop() ? qPrintable(CoreWording::trainingStop(*t.stop())) : "cancelled");
    QVERIFY(t.epochsCompleted() == l.training.epochs || t.targetReached());
    const auto why = [&](double value) {
        return qPrintable(file + ": " + QString::number(value, 'g', 8));
    };
    if (expect.accuracy)
        QVERIFY2(t.epochAccuracy().back() >= *expect.accuracy, why(t.epochAccuracy().back()));
    if (expect.accuracyAtMost)
        QVERIFY2(t.epochAccuracy().back() <= *expect.accuracyAtMost, why(t.epochAccuracy().back()));
    if (expect.testAccuracy)
        QVERIFY2(t.epochTestAccuracy().back() >= *expect.testAccuracy,
                 why(t.epochTestAccuracy().back()));
    if (expect.lossBelow)
        QVERIFY2(t.epochLoss().back() < *expect.lossBelow, why(t.epochLoss().back()));
    if (expect.lossAbove)
        QVERIFY2(t.epochLoss().back() > *expect.lossAbove, why(t.epochLoss().back()));
    if (expect.aboutTestSamples())
        QVERIFY2(!t.epochTestLoss().empty(), "an expectation about test samples needs a test set");
    if (expect.testAccuracyAtMost)
        QVERIFY2(t.epochTestAccuracy().back() <= *expect.testAccuracyAtMost,
                 why(t.epochTestAccuracy().back()));
    if (expect.testLossBelow)
        QVERIFY2(t.epochTestLossPerSample().back() < *expect.testLossBelow,
                 why(t.epochTestLossPerSample().back()));
    if (expect.testLossAbove)
        QVERIFY2(t.epochTestLossPerSample().back() > *expect.testLossAbove,
                 why(t.epochTestLossPerSample().back()));
    for (const QString& name : expect.unchanged) {
        const Trace start = buildTrace(l.network, l.training, l.initial, l.data, t.nextBatch());
        const Trace end = buildTrace(l.network, l.training, t.parameters(), l.data, t.nextBatch());
        QVERIFY2(start.find(name.toStdString()), qPrintable(name));
        QVERIFY2(start.at(name.toStdString()).values == end.at(name.toStdString()).values,
                 qPrintable(name + " changed"));
    }
}

// A lesson as its experiments start from. A lesson on a whole dataset is read with 100
// training and 100 test pictures: its experiments set their own sizes (keepsItsPromise checks
// that), and reading 60 000 pictures for each would cost seconds, minutes under the sanitizers.
Loaded<Lesson> loadForExperiments(const QString& file) {
    QFile f(lessonsDir + "/" + file);
    if (!f.open(QIODevice::ReadOnly)) return loadLessonFile(lessonsDir + "/" + file);
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject data = root["data"].toObject();
    if (data.contains("dataset")) {
        data["train_samples"] = 100;
        data["test_samples"] = 100;
        root["data"] = data;
    }
    return parseLesson(QJsonDocument(root).toJson(), lessonsDir, file);
}

} // namespace

class ShippedLessonsTest : public QObject {
    Q_OBJECT
private slots:
    void keepsItsPromise_data() {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(lessonsDir).entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << f;
    }

    void keepsItsPromise() {
        QFETCH(QString, file);
        const Loaded<Lesson> r = loadLessonFile(lessonsDir + "/" + file);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n')));
        const Lesson& l = *r.value;
        // Every text in each language the window ships a translation for.
        const auto inAllLanguages = [](const LocalizedText& t) {
            return !t.in("en").isEmpty() && !t.in("zh_CN").isEmpty() && !t.in("ru").isEmpty();
        };
        QVERIFY2(inAllLanguages(l.title), "title in en, zh_CN and ru");
        QVERIFY2(inAllLanguages(l.description), "description in en, zh_CN and ru");
        for (const auto& [step, note] : l.stepNotes)
            QVERIFY2(inAllLanguages(note),
                     qPrintable(QStringLiteral("note of step %1 in en, zh_CN and ru").arg(step)));
        QVERIFY2(!l.experiments.empty() || file.startsWith("01"),
                 "every lesson suggests experiments");
        QVERIFY2(!l.expect.isEmpty(), "every lesson states what training achieves");
        for (const Experiment& e : l.experiments)
            QVERIFY2(inAllLanguages(e.text), "experiments in en, zh_CN and ru");
        // The one exception: a lesson on a whole real dataset (16, Fashion-MNIST: 5 epochs of
        // 60 000 pictures, about 10 s here and minutes under the sanitizers) is trained by
        // tst_fashion_lesson (label "dataset", not run sanitized) through backstep-cli. Here
        // its experiments, which train the first 6 000 pictures, keep their promises.
        // (README, Tests, documents this exception.)
        if (l.source.kind == DataSource::Kind::Dataset) {
            QVERIFY2(!l.experiments.empty(), "a dataset lesson has experiments the tests train");
            for (const Experiment& e : l.experiments)
                QVERIFY2(e.set.contains("data.train_samples") &&
                             e.set.contains("data.test_samples"),
                         "every experiment of a dataset lesson sets its numbers of pictures");
            return;
        }
        keepsPromise(l, l.expect, file);
    }

    // Every experiment that changes settings does what its text says: the changed lesson,
    // trained its epochs, keeps the experiment's own expect block.
    void experimentsKeepTheirPromise_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("index");
        for (const QString& f : QDir(lessonsDir).entryList({"*.json"}, QDir::Files, QDir::Name)) {
            const Loaded<Lesson> r = loadForExperiments(f);
            for (size_t i = 0; r.value && i < r.value->experiments.size(); ++i)
                if (!r.value->experiments[i].set.isEmpty())
                    QTest::addRow("%s-%d", qPrintable(f), int(i + 1)) << f << int(i);
        }
    }

    void experimentsKeepTheirPromise() {
        QFETCH(QString, file);
        QFETCH(int, index);
        const Lesson original = *loadForExperiments(file).value;
        const Experiment& e = original.experiments[static_cast<size_t>(index)];
        QVERIFY2(!e.expect.isEmpty(), "an experiment that changes settings states what happens");
        QJsonObject changed = withSettings(original.sourceJson, e.set);
        changed.remove("experiments");
#ifdef BACKSTEP_SANITIZED
        // Under the sanitizers (Debug -O1), 5 epochs of 6 000 pictures take about 40 s per
        // experiment: a dataset lesson's experiments train one epoch of 300 pictures there,
        // which runs every matrix of them; the Release build checks their promises.
        if (original.source.kind == DataSource::Kind::Dataset) {
            QJsonObject data = changed["data"].toObject();
            data["train_samples"] = 300;
            data["test_samples"] = 100;
            changed["data"] = data;
            QJsonObject training = changed["training"].toObject();
            training["epochs"] = 1;
            changed["training"] = training;
            const Loaded<Lesson> small =
                parseLesson(QJsonDocument(changed).toJson(), lessonsDir, file);
            QVERIFY2(small.ok(), qPrintable(small.errors.join('\n')));
            const Lesson& l = *small.value;
            Trainer t(l.network, l.training, l.data, l.initial, l.test);
            QVERIFY(t.train(1));
            QVERIFY(std::isfinite(t.epochLoss().back()));
            return;
        }
#endif
        const Loaded<Lesson> r = parseLesson(QJsonDocument(changed).toJson(), lessonsDir, file);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        keepsPromise(*r.value, e.expect, file);
    }

    // Lesson 11: every unit is alive at the start (some sample's input above 0), and units die
    // during training: after 10 iterations at least 6 of the 8 are below 0 for every sample.
    void reluUnitsDieDuringTraining() {
        const Lesson l = *loadLessonFile(lessonsDir + "/11-dying-relu.json").value;
        const auto deadUnits = [&](const Parameters& p) {
            const Matrix z = (l.data.X * p.layers[0].weights).rowwise() + p.layers[0].bias.row(0);
            return int((z.array() <= 0).colwise().all().count());
        };
        QCOMPARE(deadUnits(l.initial), 0);
        Trainer t(l.network, l.training, l.data, l.initial);
        for (int i = 0; i < 10; ++i)
            QVERIFY(t.runIteration());
        QVERIFY2(deadUnits(t.parameters()) >= 6,
                 qPrintable(QString::number(deadUnits(t.parameters()))));
    }

    // The example worked by hand in many textbooks and posts: the initial total error is
    // 0.298371109; after one update w5 = 0.35891648, w6 = 0.408666186, w7 = 0.511301270,
    // w8 = 0.561370121, w1 = 0.149780716, w2 = 0.19956143, w3 = 0.24975114,
    // w4 = 0.29950229; after 10 000 iterations the error is 0.0000351085.
    void workedExampleMatchesThePublishedArithmetic() {
        const Loaded<Lesson> r = loadLessonFile(lessonsDir + "/02-worked-example.json");
        QVERIFY(r.ok());
        const Lesson& l = *r.value;
        const Trace t = buildTrace(l.network, l.training, l.initial, l.data, {0});
        QVERIFY(std::abs(t.loss - 0.298371109) < 1e-9);
        const Matrix& wout = t.at("wout_updated").values; // rows h1, h2; columns o1, o2
        const Matrix& wh = t.at("wh_updated").values;     // rows i1, i2; columns h1, h2
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-8; };
        QVERIFY(near(wout(0, 0), 0.35891648) && near(wout(1, 0), 0.408666186));
        QVERIFY(near(wout(0, 1), 0.511301270) && near(wout(1, 1), 0.561370121));
        QVERIFY(near(wh(0, 0), 0.149780716) && near(wh(1, 0), 0.19956143));
        QVERIFY(near(wh(0, 1), 0.24975114) && near(wh(1, 1), 0.29950229));
        Trainer trainer(l.network, l.training, l.data, l.initial);
        QVERIFY(trainer.train(10000));
        // the loss of the 10 000th forward pass, before its update
        QVERIFY2(std::abs(trainer.epochLoss().back() - 0.0000351085) < 1e-10,
                 qPrintable(QString::number(trainer.epochLoss().back(), 'g', 12)));
    }
};

QTEST_APPLESS_MAIN(ShippedLessonsTest)
#include "tst_shipped_lessons.moc"
