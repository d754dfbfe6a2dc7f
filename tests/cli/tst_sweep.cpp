// SPDX-License-Identifier: MIT
// backstep-cli sweep: every row against `backstep-cli train` of the same configuration
// written as its own lesson (a different path through the program: no shared runs, no
// checkpoints), the refusals, and Ctrl-C keeping the finished rows.
#include "cli_process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Run = backstep::testing::ProcessRun;

Run cli(const QStringList& arguments) {
    return backstep::testing::runCli(arguments, 300000);
}

QJsonObject baseLesson() {
    return QJsonDocument::fromJson(R"({"format": "backstep-lesson", "version": 1,
        "data": {"generator": "moons", "samples": 240, "noise": 0.2, "seed": 3, "test_fraction": 0.25},
        "network": {"hidden": 4, "hidden_activation": "tanh", "output_activation": "sigmoid"},
        "training": {"learning_rate": 0.5, "epochs": 50, "loss": "bce", "loss_reduction": "mean", "batch": 16, "seed": 4},
        "init": {"method": "normal", "seed": 2, "std": 0.5}})")
        .object();
}

QString write(const QTemporaryDir& dir, const QString& name, const QJsonObject& lesson) {
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(lesson).toJson());
    return path;
}

QList<QStringList> readCsv(const QString& path, QStringList& header) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    header = lines.value(0).split(',');
    QList<QStringList> rows;
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows << lines[i].split(',');
    return rows;
}

QString field(const QString& report, const QString& label) {
    const QRegularExpression re(QRegularExpression::escape(label) + QStringLiteral(":\\s+(\\S+)"));
    return re.match(report).captured(1);
}

} // namespace

class SweepTest : public QObject {
    Q_OBJECT
private slots:
    void everyRowEqualsItsOwnTrainingRun() {
        QTemporaryDir dir;
        const QString lesson = write(dir, "base.json", baseLesson());
        const QString out = dir.filePath("results.csv");
        const Run sweep =
            cli({"sweep", lesson, "--grid", "hidden=2,3x2", "--grid", "learning_rate=0.5,0.05",
                 "--grid", "epochs=7,30", "--grid", "batch=16,full", "--jobs", "2", "--out", out});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        QVERIFY2(sweep.out.contains("16 configurations (8 training runs)"), qPrintable(sweep.out));
        QStringList header;
        const QList<QStringList> rows = readCsv(out, header);
        QCOMPARE(header, (QStringList{"hidden", "learning_rate", "epochs", "batch",
                                      "train_accuracy", "test_accuracy", "final_loss", "test_loss",
                                      "epochs_run", "seconds", "stopped"}));
        QCOMPARE(rows.size(), 16);
        for (const QStringList& row : rows) {
            QCOMPARE(row.size(), 11);
            QJsonObject l = baseLesson();
            QJsonObject network = l["network"].toObject(), training = l["training"].toObject();
            const QStringList layers = row[0].split('x');
            network["hidden"] = layers.size() == 1
                                    ? QJsonValue(layers[0].toInt())
                                    : QJsonValue(QJsonArray{layers[0].toInt(), layers[1].toInt()});
            training["learning_rate"] = row[1].toDouble();
            training["epochs"] = row[2].toInt();
            training["batch"] = row[3] == "full" ? QJsonValue("full") : QJsonValue(row[3].toInt());
            l["network"] = network;
            l["training"] = training;
            const Run train = cli({"train", write(dir, "one.json", l), "--threads", "1"});
            QVERIFY2(train.exitCode == 0, qPrintable(train.err));
            const QString what = row.mid(0, 4).join(' ');
            QVERIFY2(field(train.out, "final loss") == row[6],
                     qPrintable(what + ": " + train.out + " vs " + row[6]));
            QVERIFY2(field(train.out, "test loss") == row[7], qPrintable(what));
            QVERIFY2(std::abs(field(train.out, "accuracy").toDouble() - row[4].toDouble()) < 1e-6,
                     qPrintable(what));
            QVERIFY2(std::abs(field(train.out, "test accuracy").toDouble() - row[5].toDouble()) <
                         1e-6,
                     qPrintable(what));
            QCOMPARE(row[8], row[2]); // every configuration ran its epochs
            QVERIFY(row[9].toDouble() > 0);
        }
    }

    // A lesson that stops at its target loss: a count up to the stop is an ordinary row (also
    // the count where it stops), counts after it end where training stopped.
    void stopAtLossEndsLaterCounts() {
        QTemporaryDir dir;
        QJsonObject l = baseLesson();
        QJsonObject training = l["training"].toObject();
        training["stop_at_loss"] = 0.45;
        l["training"] = training;
        const QString lesson = write(dir, "stop.json", l), out = dir.filePath("r.csv");
        const Run train = cli({"train", lesson, "--epochs", "500"});
        QVERIFY2(train.out.contains("stopped:"), qPrintable(train.out));
        const QString stop = field(train.out, "epochs");
        QVERIFY(stop.toInt() > 1 && stop.toInt() < 500);
        const Run sweep =
            cli({"sweep", lesson, "--grid", "epochs=1," + stop + ",500", "--out", out});
        QVERIFY2(sweep.exitCode == 0, qPrintable(sweep.err));
        QStringList header;
        const QList<QStringList> rows = readCsv(out, header);
        QCOMPARE(rows.size(), 3);
        // epochs, train_accuracy, test_accuracy, final_loss, test_loss, epochs_run, seconds,
        // stopped
        QCOMPARE(rows[0][5], QStringLiteral("1"));
        QCOMPARE(rows[0][7], QStringLiteral("\"\""));
        QCOMPARE(rows[1][5], stop);
        QCOMPARE(rows[1][7], QStringLiteral("\"\"")); // it ran the epochs it asked for
        QCOMPARE(rows[1][3], field(train.out, "final loss"));
        QCOMPARE(rows[2][5], stop);
        QCOMPARE(rows[2][7], QStringLiteral("\"reached stop_at_loss\""));
        QCOMPARE(rows[2][3], field(train.out, "final loss"));
    }

    void refusals_data() {
        QTest::addColumn<QStringList>("grid");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << QStringList{"hiden=2"} << "--grid hiden=2: unknown key \"hiden\"; use hidden,";
        QTest::newRow("no values") << QStringList{"hidden="} << "--grid hidden=: no values";
        QTest::newRow("no key") << QStringList{"2,3"} << "--grid 2,3: expected KEY=V1,V2,…";
        QTest::newRow("bad count")
            << QStringList{"hidden=0"} << "hidden=0: expected a unit count from 1";
        QTest::newRow("bad rate") << QStringList{"learning_rate=fast"}
                                  << "learning_rate=fast: expected a number > 0";
        QTest::newRow("bad activation")
            << QStringList{"hidden_activation=tanh,softmax"}
            << "hidden_activation=softmax: network: hidden_activation softmax is only "
               "for the output layer";
        QTest::newRow("twice") << QStringList{"hidden=2", "hidden=3"}
                               << "--grid hidden: the key is given twice";
        QTest::newRow("too many") << QStringList{"hidden=1,2,3,4,5,6,7,8,9,10",
                                                 "epochs=1,2,3,4,5,6,7,8,9,10",
                                                 "learning_rate=1,2,3,4,5,6,7,8,9,10",
                                                 "seed=1,2,3,4,5,6,7,8,9,10,11"}
                                  << "11000 configurations are more than the limit of 10000";
    }

    void refusals() {
        QFETCH(QStringList, grid);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QStringList arguments{"sweep", write(dir, "base.json", baseLesson()), "--out",
                              dir.filePath("r.csv")};
        for (const QString& g : grid)
            arguments << "--grid" << g;
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("r.csv")));
    }

    void dataKeysNeedGeneratedData() {
        QTemporaryDir dir;
        QJsonObject l = baseLesson();
        l["data"] =
            QJsonDocument::fromJson(R"({"X": [[0,0],[0,1],[1,0],[1,1]], "y": [[0],[1],[1],[0]]})")
                .object();
        const Run r = cli({"sweep", write(dir, "inline.json", l), "--grid", "noise=0.1,0.2",
                           "--out", dir.filePath("r.csv")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--grid noise: the lesson's data is not generated"),
                 qPrintable(r.err));
    }

    // Ctrl-C: the configurations finished so far are written, the others are not, exit 130.
    void interruptKeepsFinishedRows() {
        QTemporaryDir dir;
        QJsonObject l = baseLesson();
        QJsonObject data = l["data"].toObject();
        data["samples"] = 3000;
        l["data"] = data;
        const QString out = dir.filePath("r.csv");
        QProcess p;
        p.start(QStringLiteral(BACKSTEP_CLI),
                {"sweep", write(dir, "big.json", l), "--grid", "epochs=1,1000000", "--grid",
                 "hidden=2,3", "--jobs", "1", "--out", out});
        QVERIFY(p.waitForStarted());
        // Progress every 2 s: once it says one is done (the first run passed its first checkpoint
        // and goes on towards a million epochs), interrupt.
        QString progress;
        for (int waited = 0; !progress.contains("sweep: 1/4 configurations") && waited < 60000;
             waited += 100) {
            p.waitForReadyRead(100);
            progress += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(progress.contains("sweep: 1/4 configurations"), qPrintable(progress));
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError())
                    .contains("interrupted: 1 of 4 configurations finished"));
        QStringList header;
        const QList<QStringList> rows = readCsv(out, header);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].size(), 9); // epochs, hidden, then the seven results
        // The longest run is handed out first: 3 hidden units before 2.
        QCOMPARE(rows[0].mid(0, 2), (QStringList{"1", "3"}));
        QCOMPARE(rows[0][6], QStringLiteral("1")); // epochs_run
    }
};

QTEST_GUILESS_MAIN(SweepTest)
#include "tst_sweep.moc"
