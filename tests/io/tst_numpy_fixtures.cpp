// SPDX-License-Identifier: MIT
// Every matrix of the trace against an independent numpy implementation
// (tests/data/backstep_reference.py; fixtures written by tests/data/make_fixtures.py).
#include "common/tolerances.h"
#include "core/parallel_chunks.h"
#include "core/trace.h"
#include "core/trainer.h"
#include "io/csv.h"
#include "io/lesson_loader.h"

#include <QDir>
#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);
using test::agreesWithNumpy;

// Every CSV of `fixture` (matrices by their trace names, and loss.csv) against `trace`;
// `worst` grows to the largest relative difference seen.
void compareWithFixture(const Trace& trace, const QDir& fixture, double& worst) {
    for (const QString& file : fixture.entryList({"*.csv"}, QDir::Files)) {
        const Loaded<CsvTable> csv = readCsvFile(fixture.filePath(file), file);
        QVERIFY2(csv.value, qPrintable(csv.errorText()));
        const QString name = file.chopped(4);
        if (name == "loss") {
            QVERIFY2(agreesWithNumpy(trace.loss, csv.value->rows[0][0]),
                     qPrintable(QString::number(trace.loss, 'g', 17)));
            continue;
        }
        const TraceMatrix* m = trace.find(name.toStdString());
        QVERIFY2(m, qPrintable(name));
        QCOMPARE(size_t(m->values.rows()), csv.value->rows.size());
        for (Index r = 0; r < m->values.rows(); ++r) {
            QCOMPARE(size_t(m->values.cols()), csv.value->rows[size_t(r)].size());
            for (Index c = 0; c < m->values.cols(); ++c) {
                const double expected = csv.value->rows[size_t(r)][size_t(c)];
                const double actual = m->values(r, c);
                QVERIFY2(agreesWithNumpy(actual, expected),
                         qPrintable(QStringLiteral("%1[%2,%3] = %4, numpy %5")
                                        .arg(name)
                                        .arg(r + 1)
                                        .arg(c + 1)
                                        .arg(actual, 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
                if (expected != 0)
                    worst = std::max(worst, std::abs(actual - expected) / std::abs(expected));
            }
        }
    }
}

} // namespace

class NumpyFixturesTest : public QObject {
    Q_OBJECT
private slots:
    void everyMatrixMatches_data() {
        QTest::addColumn<QString>("lesson");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("iteration");
        const QList<std::pair<QString, QString>> cases = {
            {"three-samples", "lessons/01-three-samples.json"},
            {"tanh-linear-minibatch", "tests/data/numpy/tanh-linear-minibatch/lesson.json"},
            {"relu-softmax-sgd", "tests/data/numpy/relu-softmax-sgd/lesson.json"},
            {"deep-leaky-bce-frozen", "tests/data/numpy/deep-leaky-bce-frozen/lesson.json"},
            {"moons-tanh", "tests/data/numpy/moons-tanh/lesson.json"},
            {"moons-mean-bce", "tests/data/numpy/moons-mean-bce/lesson.json"},
            {"moons-mean-minibatch", "tests/data/numpy/moons-mean-minibatch/lesson.json"},
            {"momentum-decay-minibatch", "tests/data/numpy/momentum-decay-minibatch/lesson.json"},
            {"adam-deep-frozen", "tests/data/numpy/adam-deep-frozen/lesson.json"},
            {"adam-softmax-mean-sgd", "tests/data/numpy/adam-softmax-mean-sgd/lesson.json"},
            {"sgd-weight-decay-mean", "tests/data/numpy/sgd-weight-decay-mean/lesson.json"},
            {"dropout-deep-minibatch", "tests/data/numpy/dropout-deep-minibatch/lesson.json"},
            {"dropout-adam-sgd", "tests/data/numpy/dropout-adam-sgd/lesson.json"},
            {"perceptron-bce-mean", "tests/data/numpy/perceptron-bce-mean/lesson.json"}};
        for (const auto& [name, lesson] : cases) {
            const QDir caseDir(sourceDir + "/tests/data/numpy/" + name);
            const QStringList iterations = caseDir.entryList({"iteration_*"}, QDir::Dirs);
            QVERIFY(!iterations.isEmpty());
            for (const QString& it : iterations)
                QTest::addRow("%s-%s", qPrintable(name), qPrintable(it))
                    << sourceDir + "/" + lesson << caseDir.filePath(it) << it.mid(10).toInt();
        }
    }

    void everyMatrixMatches() {
        QFETCH(QString, lesson);
        QFETCH(QString, fixture);
        QFETCH(int, iteration);
        const Loaded<Lesson> loaded = loadLessonFile(lesson);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        const Lesson& l = *loaded.value;
        Trainer trainer(l.network, l.training, l.data, l.initial);
        while (trainer.iterationsCompleted() < iteration - 1)
            QVERIFY(trainer.runIteration());
        // The trainer's weights, batch, optimiser state and this epoch's learning rate.
        const Trace trace = traceOfNextIteration(trainer);

        const QStringList files = QDir(fixture).entryList({"*.csv"}, QDir::Files);
        QCOMPARE(files.size(), int(trace.matrices.size()) + 1); // + loss.csv
        double worst = 0;
        compareWithFixture(trace, QDir(fixture), worst);
        if (QTest::currentTestFailed()) return;
        qInfo("largest relative difference from numpy: %.3g", worst);
    }

    // A batch big enough to be cut into chunks of rows, trained on one thread and on several:
    // the loss and the updated weights (which add up every chunk's sums) agree with numpy,
    // and the threads change no bit.
    void chunkedBatchesMatch_data() {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("all threads") << 4;
    }

    void chunkedBatchesMatch() {
        QFETCH(int, threads);
        const QString caseDir = sourceDir + "/tests/data/numpy/moons-4000-chunked";
        const Loaded<Lesson> loaded = loadLessonFile(caseDir + "/lesson.json");
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        const Lesson& l = *loaded.value;
        QVERIFY(rowChunkCount(l.data.samples(), 2 + 12 + 12 + 6 + 6 + 1) > 1);
        setComputeThreads(threads);
        Trainer trainer(l.network, l.training, l.data, l.initial);
        for (const int iteration : {1, 40}) {
            while (trainer.iterationsCompleted() < iteration - 1)
                QVERIFY(trainer.runIteration());
            const Trace trace = buildTrace(l.network, l.training, trainer.parameters(), l.data,
                                           trainer.nextBatch());
            const QDir fixture(caseDir + QStringLiteral("/weights_after_%1").arg(iteration));
            const QStringList files = fixture.entryList({"*.csv"}, QDir::Files);
            QCOMPARE(files.size(), 7); // loss and six updated matrices
            double worst = 0;
            compareWithFixture(trace, fixture, worst);
            if (QTest::currentTestFailed()) return;
        }
        // The same training on the other number of threads gives the same bits.
        setComputeThreads(threads == 1 ? 4 : 1);
        Trainer other(l.network, l.training, l.data, l.initial);
        while (other.iterationsCompleted() < trainer.iterationsCompleted())
            QVERIFY(other.runIteration());
        for (size_t layer = 0; layer < trainer.parameters().layers.size(); ++layer) {
            QVERIFY(other.parameters().layers[layer].weights ==
                    trainer.parameters().layers[layer].weights);
            QVERIFY(other.parameters().layers[layer].bias ==
                    trainer.parameters().layers[layer].bias);
        }
        setComputeThreads(4);
    }
};

QTEST_APPLESS_MAIN(NumpyFixturesTest)
#include "tst_numpy_fixtures.moc"
