// SPDX-License-Identifier: MIT
// File → Export → Workbook in the window: the same sheets as backstep-cli workbook writes for
// the iteration and step on screen (compared part by part inside the xlsx files, which are zip
// archives; only the creation time in docProps differs), and a refusal shown, not a crash.
#include "ui/main_window.h"

#include <QAction>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

QByteArray part(const QString& xlsx, const QString& name) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {"-p", xlsx, name});
    if (!unzip.waitForFinished(30000)) return {};
    return unzip.readAllStandardOutput();
}

} // namespace

class WindowExportsTest : public QObject {
    Q_OBJECT
private slots:
    void workbookOfTheIterationAndStepOnScreen() {
        QTemporaryDir dir;
        const QString lesson = sourceDir + "/lessons/04-xor.json";
        MainWindow window;
        QVERIFY2(window.openLesson(lesson), qPrintable(window.lastError()));
        QAction* next = window.findChild<QAction*>(QStringLiteral("nextStep"));
        QVERIFY(next);
        QAction* finish = window.findChild<QAction*>(QStringLiteral("finishIteration"));
        QVERIFY(finish);
        finish->trigger(); // to iteration 2, step 1 (xor trains on all four samples at once)
        for (int i = 0; i < 4; ++i)
            next->trigger();
        QCOMPARE(window.session()->iteration(), qint64(2));
        const int step = window.session()->step();
        QVERIFY(step > 1 && step < 12);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportWorkbook")));
        const QString ours = dir.filePath("window.xlsx"), theirs = dir.filePath("cli.xlsx");
        QCOMPARE(window.exportWorkbook(ours, 3), QString());

        QProcess cli;
        cli.start(QStringLiteral(BACKSTEP_CLI),
                  {"workbook", lesson, "--iteration", "2", "--iterations", "3", "--step",
                   QString::number(step), "--out", theirs});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        for (const QString name :
             {"xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml",
              "xl/styles.xml", "xl/comments1.xml"}) {
            const QByteArray a = part(ours, name), b = part(theirs, name);
            QVERIFY2(!a.isEmpty(), qPrintable(name + " missing (needs unzip)"));
            QVERIFY2(a == b, qPrintable(name + " differs"));
        }
        QVERIFY(part(ours, "xl/workbook.xml").contains("Iteration 4"));
        QVERIFY(!part(ours, "xl/workbook.xml").contains("Iteration 5"));
    }

    void tooLargeIsRefusedWithTheReason() {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openLesson(sourceDir + "/bench/lessons/moons-2000.json"));
        const QString error = window.exportWorkbook(dir.filePath("big.xlsx"), 1000);
        QVERIFY2(error.contains("the limit is"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("big.xlsx")));
    }
};

QTEST_MAIN(WindowExportsTest)
#include "tst_window_exports.moc"
