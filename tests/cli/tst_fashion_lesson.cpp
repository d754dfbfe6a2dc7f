// SPDX-License-Identifier: MIT
// The Fashion-MNIST lesson keeps its promise on the whole dataset: backstep-cli trains its 5
// epochs of 60 000 pictures and the test accuracy is at least its "expect" (0.85). About 10 s
// in a Release build, so this test has its own label, "dataset", which scripts/test.sh does not
// run under the sanitizers; tst_shipped_lessons trains the lesson's experiments on a subset.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class FashionLessonTest : public QObject {
    Q_OBJECT
private slots:
    void reachesItsTestAccuracy() {
        const QString lesson = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/16-fashion-mnist.json");
        QFile file(lesson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expect = QJsonDocument::fromJson(file.readAll())["expect"].toObject();
        QVERIFY(expect.contains("test_accuracy") && expect.contains("accuracy"));

        QProcess cli;
        cli.start(QStringLiteral(BACKSTEP_CLI), {"train", lesson});
        QVERIFY(cli.waitForFinished(300000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + cli.readAllStandardError()));
        const auto value = [&](const QString& label) {
            const auto m = QRegularExpression("^" + label + ":\\s+([0-9.]+)$",
                                              QRegularExpression::MultilineOption)
                               .match(out);
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        QVERIFY2(
            out.contains(QRegularExpression("^epochs:\\s+5$", QRegularExpression::MultilineOption)),
            qPrintable(out));
        QVERIFY2(value("test accuracy") >= expect["test_accuracy"].toDouble(), qPrintable(out));
        QVERIFY2(value("accuracy") >= expect["accuracy"].toDouble(), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(FashionLessonTest)
#include "tst_fashion_lesson.moc"
