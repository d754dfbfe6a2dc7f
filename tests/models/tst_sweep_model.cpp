// SPDX-License-Identifier: MIT
// The Sweep dock's model: its rows against `backstep-cli sweep` of the same lesson and grid
// (a separate process) and one configuration against `backstep-cli train` of the changed
// lesson written as its own file; the refusals and count while typing; the filters and the
// sorting on hand-made rows; Cancel keeping the finished rows.
#include "models/sweep_model.h"

#include "common/lessons.h"
#include "io/lesson_loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

QJsonObject baseLesson(int samples = 240) {
    return test::moonsSweepLesson(samples);
}

QString write(const QTemporaryDir& dir, const QString& name, const QJsonObject& lesson) {
    return test::writeJsonFile(dir.filePath(name), lesson);
}

QString cli(const QStringList& arguments) {
    QProcess p;
    p.start(QStringLiteral(BACKSTEP_CLI), arguments);
    p.waitForFinished(300000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString field(const QString& report, const QString& label) {
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral(":\\s+(\\S+)"));
    return re.match(report).captured(1);
}

// The CSV's lines without the seconds column (the only one that differs between two runs).
QStringList withoutSeconds(const QByteArray& csv) {
    QStringList lines = QString::fromUtf8(csv).split('\n', Qt::SkipEmptyParts);
    const int seconds = static_cast<int>(lines.value(0).split(',').indexOf("seconds"));
    for (QString& line : lines) {
        QStringList cells = line.split(',');
        cells.removeAt(seconds);
        line = cells.join(',');
    }
    return lines;
}

SweepResult row(double train, double test, double seconds) {
    SweepResult r;
    r.choices = {QString::number(seconds)};
    r.trainAccuracy = train;
    r.testAccuracy = test;
    r.finalLoss = 1 - test;
    r.epochsRun = 10;
    r.seconds = seconds;
    return r;
}

} // namespace

class SweepModelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("backstep-tests"));
        QSettings().remove(QStringLiteral("sweep"));
    }

    void rowsEqualTheCommandLine() {
        QTemporaryDir dir;
        const QString path = write(dir, "base.json", baseLesson());
        auto loaded = loadLessonFile(path);
        QVERIFY(loaded.value);
        SweepModel model;
        model.setLesson(*loaded.value);
        // Nothing remembered: the lesson's own values start the grid.
        QCOMPARE(model.values("hidden"), QStringLiteral("4"));
        QCOMPARE(model.values("learning_rate"), QStringLiteral("0.5"));
        QCOMPARE(model.values("epochs"), QStringLiteral("50"));
        QCOMPARE(model.values("hidden_activation"), QStringLiteral("tanh"));
        QCOMPARE(model.configurationCount(), 1);
        model.setValues("hidden_activation", "");
        model.setValues("hidden", "2,3x2");
        model.setValues("learning_rate", "0.5, 0.05");
        model.setValues("epochs", "7,30");
        model.setValues("batch", "16,full");
        QCOMPARE(model.refusal(), QString());
        QCOMPARE(model.configurationCount(), 16);
        QCOMPARE(model.runCount(), 8); // the epoch counts share a run
        QVERIFY(model.start(2));
        model.waitUntilFinished();
        QCOMPARE(model.rowCount(), 16);
        QCOMPARE(model.columnCount(), 4 + 6);

        const QString out = dir.filePath("cli.csv");
        cli({"sweep", path, "--grid", "hidden=2,3x2", "--grid", "learning_rate=0.5,0.05", "--grid",
             "epochs=7,30", "--grid", "batch=16,full", "--jobs", "2", "--out", out});
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList expected = withoutSeconds(f.readAll());
        QCOMPARE(expected.size(), 17);
        QCOMPARE(withoutSeconds(model.csv()), expected);

        // One configuration as its own lesson, trained by `backstep-cli train`.
        const int r = 5; // grid order: hidden=2, lr=0.05, epochs=7, batch=full
        QCOMPARE(model.result(r).choices, (std::vector<QString>{"2", "0.05", "7", "full"}));
        QString error;
        const auto lesson = model.lessonOf(r, error);
        QVERIFY2(lesson, qPrintable(error));
        QCOMPARE(lesson->network.hidden, std::vector<int>{2});
        QCOMPARE(lesson->training.learningRate, 0.05);
        QCOMPARE(lesson->training.epochs, 7);
        QJsonObject own = baseLesson();
        QJsonObject network = own["network"].toObject(), training = own["training"].toObject();
        network["hidden"] = 2;
        training["learning_rate"] = 0.05;
        training["epochs"] = 7;
        training["batch"] = "full";
        own["network"] = network;
        own["training"] = training;
        const QString report = cli({"train", write(dir, "one.json", own), "--threads", "1"});
        QCOMPARE(
            model.data(model.index(r, 4 + SweepModel::FinalLoss), SweepModel::SortRole).toDouble(),
            field(report, "final loss").toDouble());
        QVERIFY(std::abs(*model.result(r).testAccuracy -
                         field(report, "test accuracy").toDouble()) < 1e-6);

        // Exported through the file writer: the same bytes as csv().
        const QString exported = dir.filePath("dock.csv");
        QCOMPARE(model.exportCsv(exported).errorText(), QString());
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QCOMPARE(e.readAll(), model.csv());

        // The grid is remembered for this lesson (by its file name).
        SweepModel again;
        again.setLesson(*loaded.value);
        QCOMPARE(again.values("hidden"), QStringLiteral("2,3x2"));
        QCOMPARE(again.values("batch"), QStringLiteral("16,full"));
        QCOMPARE(again.values("hidden_activation"), QString());
    }

    void refusalsAndCountWhileTyping() {
        QTemporaryDir dir;
        auto loaded = loadLessonFile(write(dir, "refuse.json", baseLesson()));
        SweepModel model;
        model.setLesson(*loaded.value);
        QSignalSpy changed(&model, &SweepModel::gridChanged);
        model.setValues("hidden", "1,2,0");
        QVERIFY2(model.refusal().startsWith("hidden=0: expected a unit count from 1"),
                 qPrintable(model.refusal()));
        QCOMPARE(model.refusedKey(), QStringLiteral("hidden"));
        QCOMPARE(model.configurationCount(), 0);
        QVERIFY(!model.start());
        model.setValues("hidden", "1,2,3");
        model.setValues("learning_rate", "fast");
        QVERIFY(model.refusal().startsWith("learning_rate=fast: expected a number > 0"));
        QCOMPARE(model.refusedKey(), QStringLiteral("learning_rate"));
        model.setValues("learning_rate", "0.1,0.2");
        model.setValues("hidden_activation", "tanh,softmax"); // refused by the lesson reader
        QVERIFY2(model.refusal().contains("hidden_activation=softmax") &&
                     model.refusal().contains("only for the output layer"),
                 qPrintable(model.refusal()));
        QCOMPARE(model.refusedKey(), QStringLiteral("hidden_activation"));
        model.setValues("hidden_activation", "tanh, relu");
        model.setValues("epochs", "5,10,20");
        QCOMPARE(model.refusal(), QString());
        QCOMPARE(model.configurationCount(), 3 * 2 * 2 * 3);
        QCOMPARE(model.runCount(), 3 * 2 * 2);
        QVERIFY(changed.count() >= 6);
        // The same lesson with a setting changed (as the settings panel does): the lines stay.
        Lesson changedLesson = *loaded.value;
        changedLesson.training.learningRate = 0.3;
        model.setLesson(changedLesson);
        QCOMPARE(model.values("epochs"), QStringLiteral("5,10,20"));
        QCOMPARE(model.configurationCount(), 3 * 2 * 2 * 3);
        for (const char* key : {"hidden", "learning_rate", "hidden_activation", "epochs"})
            model.setValues(key, "");
        QCOMPARE(model.refusal(), QStringLiteral("Type the values of at least one setting"));
    }

    void filtersOnHandMadeRows() {
        SweepModel model;
        std::vector<SweepResult> rows{row(0.97, 0.96, 2),    // passes
                                      row(0.99, 0.96, 3),    // gap 3 %
                                      row(0.91, 0.90, 4),    // test accuracy 90 %
                                      row(0.97, 0.965, 45),  // 45 s
                                      row(0.955, 0.95, 30)}; // exactly at every bound
        SweepResult regression;
        regression.choices = {"r"};
        regression.finalLoss = 0.1;
        regression.epochsRun = 5;
        regression.seconds = 1;
        rows.push_back(regression); // no accuracy: only the time filter applies
        model.setResults({SweepAxis{"seconds_as_key", {}}}, rows);
        const QList<bool> defaults{true, false, false, false, true, true};
        for (int r = 0; r < 6; ++r) {
            QCOMPARE(model.passes(r), defaults[r]);
            QCOMPARE(model.data(model.index(r, 1), Qt::ForegroundRole).isValid(), !defaults[r]);
        }
        QVERIFY(model.failures(1).contains("gap"));
        QVERIFY(model.failures(2).contains("test accuracy"));
        QVERIFY(model.failures(3).contains("30 s"));
        SweepFilters f;
        f.useSeconds = false;
        f.maxGap = 0.05;
        model.setFilters(f);
        const QList<bool> looser{true, true, false, true, true, true};
        for (int r = 0; r < 6; ++r)
            QCOMPARE(model.passes(r), looser[r]);
        f.useAccuracy = false;
        f.useSeconds = true;
        f.maxSeconds = 2.5;
        model.setFilters(f);
        const QList<bool> fast{true, false, false, false, false, true};
        for (int r = 0; r < 6; ++r)
            QCOMPARE(model.passes(r), fast[r]);
    }

    // The filters' pick, as seed 004 picks: of the rows passing (≥ 95 %, gap ≤ 1 %, ≤ 30 s),
    // the one with the fewest seconds; a tie goes to the earlier configuration; it follows
    // the table's sorting and the filters.
    void pickIsTheFastestPassingRow() {
        SweepModel model;
        QCOMPARE(model.fastestPassing(), -1);
        std::vector<SweepResult> rows{row(0.97, 0.96, 4),    // passes, 4 s
                                      row(0.99, 0.96, 1),    // gap 3 %: fails
                                      row(0.955, 0.952, 2),  // passes, 2 s
                                      row(0.96, 0.955, 2),   // passes, 2 s, later
                                      row(0.95, 0.94, 0.5)}; // below 95 %: fails
        model.setResults({SweepAxis{"seconds_as_key", {}}}, rows);
        QCOMPARE(model.passingCount(), 3);
        QCOMPARE(model.fastestPassing(), 2);
        model.sort(1 + SweepModel::Seconds, Qt::DescendingOrder); // 4, 2, 2, 1, 0.5
        QCOMPARE(model.configuration(model.fastestPassing()), 2);
        SweepFilters f;
        f.useGap = false;
        model.setFilters(f);
        QCOMPARE(model.passingCount(), 4);
        QCOMPARE(model.configuration(model.fastestPassing()), 1);
        f.minTestAccuracy = 0.99;
        model.setFilters(f);
        QCOMPARE(model.passingCount(), 0);
        QCOMPARE(model.fastestPassing(), -1);
    }

    void sortingByEveryKindOfColumn() {
        SweepModel model;
        std::vector<SweepResult> rows{row(0.97, 0.96, 2), row(0.99, 0.80, 3), row(0.91, 0.90, 14)};
        rows[0].choices = {"tanh"};
        rows[1].choices = {"relu"};
        rows[2].choices = {"sigmoid"};
        SweepResult regression; // no accuracy: last in both orders
        regression.choices = {"identity"};
        regression.epochsRun = 1;
        regression.seconds = 0.5;
        rows.push_back(regression);
        model.setResults({SweepAxis{"hidden_activation", {}}}, rows);
        const auto order = [&] {
            QStringList names;
            for (int r = 0; r < model.rowCount(); ++r)
                names << model.data(model.index(r, 0)).toString();
            return names;
        };
        const int test = 1 + SweepModel::TestAccuracy, seconds = 1 + SweepModel::Seconds;
        model.sort(test, Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{"relu", "sigmoid", "tanh", "identity"}));
        model.sort(test, Qt::DescendingOrder);
        QCOMPARE(order(), (QStringList{"tanh", "sigmoid", "relu", "identity"}));
        model.sort(seconds, Qt::DescendingOrder); // 14 before 3 before 2: numbers, not text
        QCOMPARE(order(), (QStringList{"sigmoid", "relu", "tanh", "identity"}));
        model.sort(0, Qt::AscendingOrder);
        QCOMPARE(order(), (QStringList{"identity", "relu", "sigmoid", "tanh"}));
        QCOMPARE(model.data(model.index(1, test)).toString(), QStringLiteral("80.0 %"));
        model.sort(-1); // back to grid order
        QCOMPARE(order(), (QStringList{"tanh", "relu", "sigmoid", "identity"}));
    }

    // Cancel answers at once: the rows finished so far stay, nothing arrives afterwards.
    void cancelKeepsFinishedRows() {
        QTemporaryDir dir;
        auto loaded = loadLessonFile(write(dir, "big.json", baseLesson(3000)));
        SweepModel model;
        model.setLesson(*loaded.value);
        model.setValues("hidden_activation", "");
        model.setValues("learning_rate", "");
        model.setValues("hidden", "2,3");
        model.setValues("epochs", "1,1000000");
        QCOMPARE(model.configurationCount(), 4);
        QSignalSpy running(&model, &SweepModel::runningChanged);
        QVERIFY(model.start(1));
        // The longest run goes first: hidden=3 passed epoch 1.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 60000);
        QElapsedTimer clock;
        clock.start();
        model.cancel();
        QVERIFY(clock.elapsed() < 200);
        QVERIFY(!model.isRunning());
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.last().value(0).toBool(), false);
        QCOMPARE(model.rowCount(), 1);
        QTest::qWait(500);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.result(0).choices, (std::vector<QString>{"3", "1"}));
        QCOMPARE(model.result(0).epochsRun, 1);
        const QStringList lines = QString::fromUtf8(model.csv()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // A new sweep can start at once, the cancelled one ending on its own.
        model.setValues("epochs", "1");
        QVERIFY(model.start(1));
        model.waitUntilFinished();
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(SweepModelTest)
#include "tst_sweep_model.moc"
