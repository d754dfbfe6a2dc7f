// SPDX-License-Identifier: MIT
// Practice mode in the window, offscreen: typing right and wrong values in the cells and in the
// formula bar's answer box, the three hints, green cells, the focus moving on, Next with empty
// cells, the score, the summary and the exported CSV. Right values are numpy's
// (tests/data/numpy/three-samples, an independent implementation) rounded as a student would.
#include "ui/formula_bar.h"
#include "ui/highlight_delegate.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/practice_controls.h"
#include "ui/practice_summary_dialog.h"
#include "ui/sheet_widget.h"

#include "common/window_on_state.h"

#include "io/csv.h"
#include "io/lesson_loader.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

std::vector<std::vector<double>> numpyMatrix(const QString& name) {
    const Loaded<CsvTable> csv = readCsvFile(
        sourceDir + "/tests/data/numpy/three-samples/iteration_1/" + name + ".csv", name);
    if (!csv.value) qFatal("%s", qPrintable(csv.errorText()));
    return csv.value->rows;
}

// Lesson 01 practising steps 3 and 4 on its own weights (the numpy fixture's).
Lesson lessonOne() {
    Loaded<Lesson> r = loadLessonFile(sourceDir + "/lessons/01-three-samples.json");
    if (!r.value) qFatal("%s", qPrintable(r.errors.join('\n')));
    Lesson lesson = *r.value;
    lesson.exercise = Exercise{1, {3, 4}, 3, false};
    return lesson;
}

// Types `text` into `start` once it has the keyboard focus, key by key (the first key opens a
// cell's editor, which takes the rest), then Return.
void type(QWidget* start, const QString& text) {
    QTRY_VERIFY(start->hasFocus());
    for (const QChar c : text) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, QString(c));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(20); // the focus moves on after the editor has closed
}

} // namespace

class PracticeWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void practiseTwoStepsInTheWindow() {
        test::WindowOnState w;
        w.setLesson(lessonOne());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        PracticeControls* controls = w.practice();
        QVERIFY(controls);
        controls->setStudentName("Anna Li"); // asked once, then remembered
        QAction* toggle = w.action("practice");
        QVERIFY(toggle && toggle->isCheckable());
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(toggle->toolTip().contains("Practice"));
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(toggle->isChecked());
        QCOMPARE(w.session()->step(), 3);
        QVERIFY(!w.action("train")->isEnabled());
        QVERIFY(!w.action("finishIteration")->isEnabled());
        QVERIFY(controls->scoreLabel()->isVisible());

        const auto hli = numpyMatrix("hidden_layer_input");
        const auto act = numpyMatrix("hiddenlayer_activations");
        MatrixPanel* panel = w.sheet()->panel("hidden_layer_input");
        QVERIFY(panel);
        QTableView* view = panel->view();
        MatrixTableModel* model = panel->model();
        const auto text = [&](int r, int c) { return model->index(r, c).data().toString(); };
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(text(r, c), QString()); // the cells of step 3 are empty
        QCOMPARE(w.sheet()->panel("X")->model()->index(0, 0).data().toString(),
                 QStringLiteral("1.000")); // what step 3 reads is shown
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(view->currentIndex(), model->index(0, 0));
        // the formula bar asks, and neither the formula nor the value is given away
        const QString asking = w.formulaBar()->formulaText();
        QVERIFY2(asking.contains("Type the value of hidden_layer_input[1,1]"), qPrintable(asking));
        QVERIFY(!asking.contains("1.7067") && !asking.contains("wh["));
        const QModelIndex x11 = w.sheet()->panel("X")->model()->index(0, 0);
        QVERIFY(x11.data(MatrixTableModel::HighlightRole).toInt() != int(Highlight::Input));

        // wrong in the cell: hint 1, the formula in symbols, the inputs orange
        type(view, "1.5");
        QCOMPARE(text(0, 0), QStringLiteral("1.5"));
        QCOMPARE(model->index(0, 0).data(MatrixTableModel::PracticeRole).toInt(),
                 int(PracticeMark::Wrong));
        QString help = w.formulaBar()->formulaText();
        QVERIFY2(help.contains("Not quite") && help.contains("Hint 1 of 3") &&
                     help.contains("X[1,j]"),
                 qPrintable(help));
        QVERIFY(!help.contains("0.702922"));
        QCOMPARE(x11.data(MatrixTableModel::HighlightRole).toInt(), int(Highlight::Input));
        // wrong in the formula bar: hint 2, the numbers (wh[1,1] = 0.702922), no result
        QLineEdit* box = w.formulaBar()->answerBox();
        QVERIFY(box->isVisible());
        box->setFocus();
        type(box, "1.6");
        help = w.formulaBar()->formulaText();
        QVERIFY2(help.contains("Hint 2 of 3") && help.contains("0.702922") &&
                     help.contains("= <b>?</b>"),
                 qPrintable(help));
        QVERIFY(!help.contains("1.70674"));
        // right in the formula bar: green, the focus on to [1,2]
        type(box, QString::number(hli[0][0], 'f', 3));
        QCOMPARE(model->index(0, 0).data(MatrixTableModel::PracticeRole).toInt(),
                 int(PracticeMark::Right));
        QCOMPARE(text(0, 0), QStringLiteral("1.707"));
        QCOMPARE(*w.session()->focusedCell(), (CellRef{"hidden_layer_input", 0, 1}));
        QVERIFY(w.formulaBar()->formulaText().contains("Right: hidden_layer_input[1,1] = 1.707"));
        QCOMPARE(box->text(), QString());
        // the cell is painted green (the top edge of the cell, above its text)
        view->viewport()->repaint();
        const QImage shot = view->viewport()->grab().toImage();
        const QRect cellRect = view->visualRect(model->index(0, 0));
        QCOMPARE(shot.pixelColor(cellRect.center().x(), cellRect.top() + 2),
                 HighlightColours::right());

        // right in the cell: the grid takes the keyboard back and moves on
        view->setFocus();
        type(view, QString::number(hli[0][1], 'f', 3));
        QCOMPARE(*w.session()->focusedCell(), (CellRef{"hidden_layer_input", 0, 2}));
        QCOMPARE(view->currentIndex(), model->index(0, 2));
        QCOMPARE(QApplication::focusWidget(), view);
        // Ctrl+H three times reveals [1,3]
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(model->index(0, 2).data(MatrixTableModel::PracticeRole).toInt(),
                 int(PracticeMark::Revealed));
        QCOMPARE(text(0, 2), QString::number(hli[0][2], 'f', 3));
        QVERIFY2(controls->scoreLabel()->text().contains(
                     "Step 3: 2 of 9 right · iteration 1 so far: 2 of 9 right · hints used: 5"),
                 qPrintable(controls->scoreLabel()->text()));

        // Next with empty cells asks; Keep trying stays, Reveal and go on reveals and goes on
        w.action("nextStep")->trigger();
        QMessageBox* question = controls->revealQuestion();
        QVERIFY(question && question->isVisible());
        QVERIFY(question->text().contains("6 cells of step 3 are still empty."));
        question->findChild<QPushButton*>("keepTrying")->click();
        QCOMPARE(w.session()->step(), 3);
        // two more right, then reveal the other four
        w.activateWindow(); // the question was a window of its own
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_COMPARE(QApplication::focusWidget(), view); // Keep trying gives the grid the keys
        QCOMPARE(view->currentIndex(), model->index(1, 0));
        type(view, QString::number(hli[1][0], 'f', 3));
        type(view, QString::number(hli[1][1], 'f', 3));
        w.action("nextStep")->trigger();
        question = controls->revealQuestion();
        QVERIFY2(question->text().contains("4 cells of step 3 are still empty"),
                 qPrintable(question->text()));
        question->findChild<QPushButton*>("revealAndGoOn")->click();
        QCOMPARE(w.session()->step(), 4);
        QCOMPARE(text(2, 2), QString::number(hli[2][2], 'f', 3));
        QCOMPARE(model->index(2, 2).data(MatrixTableModel::PracticeRole).toInt(),
                 int(PracticeMark::Revealed));

        // step 4 in the answer box, all right at the first try; the last one ends the exercise
        QCOMPARE(*w.session()->focusedCell(), (CellRef{"hiddenlayer_activations", 0, 0}));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        box->setFocus();
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c) {
                QVERIFY(!controls->summaryDialog());
                type(box, QString::number(act[size_t(r)][size_t(c)], 'f', 3));
            }
        PracticeSummaryDialog* summary = controls->summaryDialog();
        QVERIFY(summary && summary->isVisible());
        QTableWidget* table = summary->table();
        const auto row = [&](int r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << table->item(r, c)->text();
            return cells.join(' ');
        };
        // step, cells, right at first try, with hints, revealed, hints
        QCOMPARE(row(0), QStringLiteral("3 9 3 1 5 5"));
        QCOMPARE(row(1), QStringLiteral("4 9 9 0 0 0"));
        QCOMPARE(row(2), QStringLiteral("All 18 12 1 5 5"));
        QVERIFY(summary->scoreText().contains("13 of 18 cells right (72%)"));
        QVERIFY(summary->findChild<QPushButton*>("exportPracticeResults"));

        // the CSV, read back line by line
        QTemporaryDir dir;
        const QString path = dir.filePath("anna.csv");
        QCOMPARE(controls->exportResults(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + 18 + 1); // header, rows, the final line end
        QCOMPARE(lines[0],
                 QByteArray("student,lesson,iteration,step,cell,answer,expected,right,hints"));
        // read back with the CSV reader of the lesson loader (RFC 4180 quotes)
        const auto first = splitCsvLine(lines[1]);
        QVERIFY(first);
        QCOMPARE(first->size(), 9);
        QCOMPARE((*first)[0], QByteArray("Anna Li"));
        QCOMPARE((*first)[1], QByteArray("Three samples, four inputs"));
        QCOMPARE((*first)[2], QByteArray("1"));
        QCOMPARE((*first)[3], QByteArray("3"));
        QCOMPARE((*first)[4], QByteArray("hidden_layer_input[1,1]"));
        QCOMPARE((*first)[5], QByteArray("1.707"));
        QVERIFY(std::abs((*first)[6].toDouble() - hli[0][0]) < 1e-12);
        QCOMPARE((*first)[7], QByteArray("yes"));
        QCOMPARE((*first)[8], QByteArray("2"));
        QVERIFY(lines[3].endsWith(",no,3")); // [1,3] revealed by three hints
        QVERIFY(lines[18].contains("hiddenlayer_activations[3,3]") && lines[18].endsWith(",yes,0"));

        // practice off: every number is shown again, the buttons are back
        summary->close();
        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QCOMPARE(text(0, 0), QString::number(hli[0][0], 'f', 3));
        QVERIFY(w.action("train")->isEnabled());
        QVERIFY(!box->isVisible());
        QVERIFY(!controls->scoreLabel()->isVisible());
    }

    void variantsGiveTheStudentTheirOwnWeights() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/01-three-samples.json"));
        QVERIFY(w.session()->lesson().exercise && w.session()->lesson().exercise->variants);
        const Matrix shipped = w.session()->lesson().initial.layers[0].weights;
        w.practice()->setStudentName("Ben");
        w.setDecimals(2);
        w.action("practice")->trigger();
        QCOMPARE(w.decimals(), 3); // the exercise's decimals while practising
        QVERIFY(w.session()->lesson().initial.layers[0].weights != shipped);
        w.action("practice")->trigger();
        QCOMPARE(w.decimals(), 2);
        QCOMPARE(w.session()->lesson().initial.layers[0].weights, shipped);
    }

    // Lesson 02's exercise: every computed step at 4 decimals on the textbook's numbers
    // (hidden_layer_input[1,1] = 0.05·0.15 + 0.10·0.20 + 0.35 = 0.3775 by hand); the 2-D views,
    // which plot these values, are away while practising.
    void workedExampleByHand() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/02-worked-example.json"));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* spaces = w.findChild<QDockWidget*>("spacesDock");
        QVERIFY(spaces && spaces->isVisible());
        w.practice()->setStudentName("Anna Li");
        w.action("practice")->trigger();
        QVERIFY(!spaces->isVisible());
        QCOMPARE(w.decimals(), 4);
        PracticeSession* practice = w.practice()->practice();
        QCOMPARE(practice->answerFocused("0.3775"), PracticeSession::Outcome::Right);
        QCOMPARE(practice->answerFocused("0.39"), PracticeSession::Outcome::Wrong); // 0.3925
        QCOMPARE(practice->answerFocused("0.3925"), PracticeSession::Outcome::Right);
        QVERIFY(practice->nextStep());
        QCOMPARE(w.session()->step(), 4);
        // σ(0.3775) = 0.593269992 (the textbook's out_h1)
        QCOMPARE(practice->answerFocused("0.5933"), PracticeSession::Outcome::Right);
        w.action("practice")->trigger();
        QVERIFY(spaces->isVisible());
    }
};

QTEST_MAIN(PracticeWindowTest)
#include "tst_practice_window.moc"
