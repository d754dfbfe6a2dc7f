// SPDX-License-Identifier: MIT
// File → Export → Workbook in the window: the same sheets as backstep-cli workbook writes for
// the iteration and step on screen (compared part by part inside the xlsx files, which are zip
// archives; only the creation time in docProps differs), and a refusal shown, not a crash.
#include "ui/handout_dialog.h"
#include "ui/main_window.h"

#include "common/window_on_state.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPrinter>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
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

QString pdfText(const QString& pdf) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {"-layout", pdf, "-"});
    if (!pdftotext.waitForFinished(30000)) return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class WindowExportsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void workbookOfTheIterationAndStepOnScreen() {
        QTemporaryDir dir;
        const QString lesson = sourceDir + "/lessons/04-xor.json";
        test::WindowOnState window;
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

    // File → Export → Handout as PDF writes what backstep-cli handout writes for the same
    // lesson, iteration and step (the PDFs' text, as pdftotext reads it back).
    void handoutOfTheIterationAndStepOnScreen() {
        QTemporaryDir dir;
        const QString lesson = sourceDir + "/lessons/01-three-samples.json";
        test::WindowOnState window;
        QVERIFY2(window.openLesson(lesson), qPrintable(window.lastError()));
        window.findChild<QAction*>(QStringLiteral("finishIteration"))->trigger();
        for (int i = 0; i < 7; ++i) // from step 12 of iteration 1 to step 7 of iteration 2
            window.findChild<QAction*>(QStringLiteral("nextStep"))->trigger();
        QCOMPARE(window.session()->iteration(), qint64(2));
        const int step = window.session()->step();
        QCOMPARE(step, 7);
        QAction* print = window.findChild<QAction*>(QStringLiteral("printHandout"));
        QVERIFY(print && print->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_P)));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportHandout")));

        HandoutChoice choice;
        choice.step = step;
        choice.answers = true;
        choice.paper = HandoutPaper::Letter;
        choice.decimals = 3;
        const QString ours = dir.filePath("window.pdf"), theirs = dir.filePath("cli.pdf");
        QCOMPARE(window.exportHandout(ours, choice), QString());
        QProcess cli;
        cli.start(QStringLiteral(BACKSTEP_CLI),
                  {"handout", lesson, "--iteration", "2", "--step", QString::number(step),
                   "--answers", "--paper", "letter", "--decimals", "3", "--out", theirs});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString text = pdfText(ours);
        QVERIFY2(text.contains("Step 7 · Slopes of the activations"), qPrintable(text));
        QVERIFY(text.contains("ANSWER KEY"));
        QCOMPARE(text, pdfText(theirs));

        choice.step = 0;
        choice.answers = false;
        QCOMPARE(window.exportHandout(ours, choice), QString());
        cli.start(QStringLiteral(BACKSTEP_CLI),
                  {"handout", lesson, "--iteration", "2", "--all", "--paper", "letter",
                   "--decimals", "3", "--out", theirs});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(pdfText(ours), pdfText(theirs));

        // Print handout: the printer's paper decides the page; here a PDF printer on Letter
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = dir.filePath("printed.pdf");
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::Letter));
        QVERIFY(window.printHandout(printer, choice) >= 12);
        QCOMPARE(pdfText(printed), pdfText(theirs));
    }

    // The dialog starts at the step on screen and remembers the rest once accepted.
    void handoutDialogRemembersChoices() {
        QSettings().remove(QStringLiteral("handout"));
        {
            HandoutDialog dialog(5, 2, false);
            QCOMPARE(dialog.choice().step, 5);
            QCOMPARE(dialog.choice().answers, false);
            QCOMPARE(dialog.choice().decimals, 4);
            dialog.findChild<QCheckBox*>(QStringLiteral("answers"))->setChecked(true);
            dialog.findChild<QComboBox*>(QStringLiteral("paper"))->setCurrentIndex(1);
            dialog.findChild<QSpinBox*>(QStringLiteral("decimals"))->setValue(2);
            dialog.accept();
        }
        {
            HandoutDialog dialog(9, 2, true);
            const HandoutChoice choice = dialog.choice();
            QCOMPARE(choice.step, 9);
            QVERIFY(choice.answers);
            QCOMPARE(choice.paper, HandoutPaper::Letter);
            QCOMPARE(choice.decimals, 2);
            dialog.findChild<QRadioButton*>(QStringLiteral("allSteps"))->setChecked(true);
            QCOMPARE(dialog.choice().step, 0);
            QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("step"))->isEnabled());
            dialog.reject(); // not remembered
        }
        HandoutDialog dialog(4, 1, false);
        QCOMPARE(dialog.choice().step, 4);
    }

    void tooLargeIsRefusedWithTheReason() {
        QTemporaryDir dir;
        test::WindowOnState window;
        QVERIFY(window.openLesson(sourceDir + "/bench/lessons/moons-2000.json"));
        const QString error = window.exportWorkbook(dir.filePath("big.xlsx"), 1000);
        QVERIFY2(error.contains("the limit is"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("big.xlsx")));
    }
};

QTEST_MAIN(WindowExportsTest)
#include "tst_window_exports.moc"
