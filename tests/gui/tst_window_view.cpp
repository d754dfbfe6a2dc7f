// SPDX-License-Identifier: MIT
// The window for a classroom: zoom and presentation mode for a projector, copying cells into
// a spreadsheet, and a first window that fits the screen with a readable step list.
#include "ui/formula_bar.h"
#include "ui/grid_copy.h"
#include "ui/highlight_delegate.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/sheet_widget.h"
#include "ui/step_panel.h"
#include "ui/window_geometry.h"
#include "ui/window_zoom.h"

#include "common/window_on_state.h"

#include "io/lesson_loader.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <cmath>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

// The clipboard's tab-separated text as rows of fields (the last line ends with a newline).
QList<QStringList> clipboardTable() {
    QString text = QApplication::clipboard()->text();
    if (!text.endsWith('\n')) return {};
    text.chop(1);
    QList<QStringList> rows;
    for (const QString& line : text.split('\n'))
        rows << line.split('\t');
    return rows;
}

double sigmoid(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}

// Lesson 01 with initial weights of many digits, given here.
Lesson lessonWithOddWeights() {
    Lesson lesson = *loadLessonFile(lessons + "01-three-samples.json").value;
    Matrix wh(4, 3);
    wh << 0.1, 1.0 / 3, -2.0 / 7, //
        0.7, -0.25, 1.0 / 9,      //
        -0.6, 0.45, 0.2,          //
        1.0 / 7, 0.05, -0.8;
    Matrix bh(1, 3);
    bh << 0.3, -1.0 / 6, 0.01;
    lesson.initial.layers[0].weights = wh;
    lesson.initial.layers[0].bias = bh;
    lesson.explicitInit = true;
    return lesson;
}

// Lesson 01's X, as the file gives it.
const double lessonX[3][4] = {{1, 0, 1, 0}, {1, 0, 1, 1}, {0, 1, 0, 1}};

} // namespace

class WindowViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void cleanup() { QSettings().clear(); } // each test starts at 100 %, no geometry

    // Ctrl+= three times: 100 → 110 → 125 → 150 %; the cells' font and rows, the formula
    // bar, the step list, the explanation and the chart's fonts all grow 1.5 times; Ctrl+0
    // brings them back; Ctrl+− goes a step below 100 %.
    void zoomScalesTheSheetAndThePanels() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView* x = w.sheet()->panel("X")->view();
        QTextBrowser* explanation = w.stepPanel()->findChild<QTextBrowser*>("stepExplanation");
        QVERIFY(explanation);
        const double
            cell = x->font().pointSizeF(),
            list = w.stepPanel()->list()->font().pointSizeF(),
            text = explanation->font().pointSizeF(), formula = w.formulaBar()->font().pointSizeF(),
            chartTitle = w.lossChart()->chart()->titleFont().pointSizeF(),
            legend = w.lossChart()->chart()->legend()->font().pointSizeF(),
            axisLabels =
                w.lossChart()->chart()->axes(Qt::Horizontal).first()->labelsFont().pointSizeF();
        QVERIFY(cell > 0 && chartTitle > 0);
        QCOMPARE(x->rowHeight(0), 22);
        const int header = x->horizontalHeader()->height();

        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(w.zoom()->percent(), 150);
        QCOMPARE(x->font().pointSizeF(), cell * 1.5);
        QCOMPARE(x->rowHeight(0), 33); // 22 × 1.5
        QVERIFY2(x->horizontalHeader()->height() > header, "the column header grows too");
        QCOMPARE(w.stepPanel()->list()->font().pointSizeF(), list * 1.5);
        QCOMPARE(explanation->font().pointSizeF(), text * 1.5);
        QCOMPARE(w.formulaBar()->font().pointSizeF(), formula * 1.5);
        // the formula bar's boxes and the sheet's headings too (labels with style sheets)
        for (QLabel* label : w.formulaBar()->findChildren<QLabel*>())
            QCOMPARE(label->font().pointSizeF(), formula * 1.5);
        for (QLabel* heading :
             w.sheet()->widget()->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly))
            QCOMPARE(heading->font().pointSizeF(), cell * 1.5);
        QCOMPARE(w.lossChart()->chart()->titleFont().pointSizeF(), chartTitle * 1.5);
        QCOMPARE(w.lossChart()->chart()->legend()->font().pointSizeF(), legend * 1.5);
        // the log axis, put in when the scale changes, at the zoom too
        QChart* chart = w.lossChart()->chart();
        const double ticks = chart->axes(Qt::Horizontal).first()->labelsFont().pointSizeF();
        QCOMPARE(ticks, axisLabels * 1.5);
        w.action("logScale")->toggle();
        QApplication::processEvents();
        for (QAbstractAxis* axis : chart->axes())
            QCOMPARE(axis->labelsFont().pointSizeF(), ticks);
        w.action("logScale")->toggle();
        QApplication::processEvents();
        // every number still whole in its wider column
        const QString widest = x->model()->index(0, 0).data().toString();
        QVERIFY(x->columnWidth(0) > x->fontMetrics().horizontalAdvance(widest));
        // the menu and the status say so
        auto* menu = w.findChild<QMenu*>("zoomMenu");
        QVERIFY(menu);
        QVERIFY2(menu->title().contains("150"), qPrintable(menu->title()));
        QVERIFY(w.action("zoom150")->isChecked());
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS")) {
            w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/zoom150.png");
            auto* view = qobject_cast<QMenu*>(menu->parentWidget());
            view->popup(QPoint(0, 0));
            menu->popup(QPoint(view->width(), 0));
            QTest::qWait(50);
            view->grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/viewmenu.png");
            menu->grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/zoommenu.png");
            menu->close();
            view->close();
        }

        QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
        QApplication::processEvents();
        QCOMPARE(w.zoom()->percent(), 100);
        QCOMPARE(x->font().pointSizeF(), cell);
        QCOMPARE(x->rowHeight(0), 22);
        QCOMPARE(w.lossChart()->chart()->titleFont().pointSizeF(), chartTitle);
        QCOMPARE(w.stepPanel()->list()->font().pointSizeF(), list);

        QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(w.zoom()->percent(), 90);
        QCOMPARE(x->rowHeight(0), 20); // 22 × 0.9 = 19.8
        QTest::keyClick(&w, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(w.zoom()->percent(), 100);
    }

    // The zoom is remembered: a new window opens at it.
    void zoomSurvivesANewWindow() {
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
            w.zoom()->setPercent(125);
        }
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.zoom()->percent(), 125);
        QCOMPARE(w.sheet()->panel("X")->view()->rowHeight(0), 28); // 22 × 1.25 = 27.5
        QCOMPARE(w.sheet()->panel("X")->view()->font().pointSizeF(),
                 QApplication::font().pointSizeF() * 1.25);
    }

    // Another lesson opened at 150 %: its grids are built at the zoom, rows 33 px high and
    // columns wide enough from the start, so that no grid moves while stepping through it.
    void anotherLessonAtTheZoom() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.zoom()->setPercent(150);
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        const auto places = [&] {
            QApplication::processEvents();
            QStringList where;
            for (MatrixPanel* p : w.sheet()->panels())
                where << QStringLiteral("%1 %2,%3 %4×%5")
                             .arg(p->objectName())
                             .arg(p->mapTo(w.sheet()->widget(), QPoint(0, 0)).x())
                             .arg(p->mapTo(w.sheet()->widget(), QPoint(0, 0)).y())
                             .arg(p->width())
                             .arg(p->height());
            return where;
        };
        const QStringList start = places();
        for (int s = 0; s < 13; ++s) {
            w.session()->nextStep();
            QCOMPARE(places(), start);
        }
        for (MatrixPanel* p : w.sheet()->panels()) {
            QTableView* v = p->view();
            QCOMPARE(v->font().pointSizeF(), QApplication::font().pointSizeF() * 1.5);
            QCOMPARE(v->rowHeight(0), 33);
        }
    }

    // F11: full screen, type 1.5 times the zoom; Esc leaves it, back to the window as it was.
    void presentationMode() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const double cell = w.sheet()->panel("X")->view()->font().pointSizeF();
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(w.isFullScreen());
        QVERIFY(w.action("presentation")->isChecked());
        QCOMPARE(w.sheet()->panel("X")->view()->font().pointSizeF(), cell * 1.5);
        QCOMPARE(w.sheet()->panel("X")->view()->rowHeight(0), 33);
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS")) {
            QTest::qWait(200);
            w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/presentation.png");
        }
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isFullScreen());
        QVERIFY(!w.action("presentation")->isChecked());
        QCOMPARE(w.sheet()->panel("X")->view()->font().pointSizeF(), cell);
        QCOMPARE(w.zoom()->percent(), 100); // not remembered as a zoom
        // Esc is the window's again only in presentation mode
        QVERIFY(!w.action("leavePresentation")->isEnabled());
    }

    // The new keys are each on one action only (an ambiguous key does nothing in Qt).
    void theNewKeysAreFree() {
        test::WindowOnState w;
        QMap<QString, QString> owner;
        for (QAction* a : w.findChildren<QAction*>())
            for (const QKeySequence& key : a->shortcuts()) {
                const QString k = key.toString();
                QVERIFY2(!owner.contains(k) || owner[k] == a->objectName(),
                         qPrintable(k + " on " + owner[k] + " and " + a->objectName()));
                owner[k] = a->objectName();
            }
        for (const char* key : {"Ctrl+=", "Ctrl++", "Ctrl+-", "Ctrl+0", "F11", "Esc", "Ctrl+C"})
            QVERIFY2(owner.contains(key), key);
    }

    // A range selected with a click and Shift+click, then Ctrl+C: tab-separated, every value
    // as the forward pass gives it (worked out here from X, wh and bh), in full precision.
    void ctrlCCopiesTheSelectedRange() {
        test::WindowOnState w;
        w.setLesson(lessonWithOddWeights());
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->finishIteration(); // every matrix computed
        QApplication::processEvents();
        MatrixPanel* panel = w.sheet()->panel("hiddenlayer_activations");
        QTableView* view = panel->view();
        w.sheet()->ensureWidgetVisible(panel);
        QApplication::processEvents();
        QApplication::clipboard()->clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(1, 0)).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(view->model()->index(2, 2)).center());
        // a right click inside the range (for its menu) keeps it
        QTest::mousePress(view->viewport(), Qt::RightButton, {},
                          view->visualRect(view->model()->index(2, 1)).center());
        QTest::mouseRelease(view->viewport(), Qt::RightButton, {},
                            view->visualRect(view->model()->index(2, 1)).center());
        QCOMPARE(panel->copier()->selectedCells(), QRect(QPoint(0, 1), QPoint(2, 2)));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QList<QStringList> rows = clipboardTable();
        QCOMPARE(rows.size(), 2);
        const Lesson lesson = lessonWithOddWeights();
        const Matrix& wh = lesson.initial.layers[0].weights;
        const Matrix& bh = lesson.initial.layers[0].bias;
        for (int r = 0; r < 2; ++r) {
            QCOMPARE(rows[r].size(), 3);
            for (int c = 0; c < 3; ++c) {
                double z = bh(0, c);
                for (int k = 0; k < 4; ++k)
                    z += lessonX[r + 1][k] * wh(k, c);
                bool ok = false;
                const double copied = rows[r][c].toDouble(&ok);
                QVERIFY2(ok, qPrintable(rows[r][c]));
                QVERIFY2(
                    std::abs(copied - sigmoid(z)) < 1e-15,
                    qPrintable(
                        QStringLiteral("%1 vs %2").arg(rows[r][c]).arg(sigmoid(z), 0, 'g', 17)));
                // full precision: exactly the double of the sheet, not the 3 decimals shown
                QCOMPARE(
                    copied,
                    view->model()->index(r + 1, c).data(MatrixTableModel::ValueRole).toDouble());
                QVERIFY(rows[r][c].size() > 8);
            }
        }
        // The range is tinted, the focus still the one yellow cell.
        QVERIFY(view->selectionModel()->isSelected(view->model()->index(2, 1)));
    }

    // Edit → Copy cells (Ctrl+C with the keyboard elsewhere, e.g. in the step list): the
    // latest grid's selection; with none, the status says how to select.
    void editCopyTakesTheLatestSelection() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::clipboard()->setText("before");
        w.action("copySelection")->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(w.statusBar()->currentMessage().contains("Select cells"));
        QTableView* x = w.sheet()->panel("X")->view();
        QTest::mouseClick(x->viewport(), Qt::LeftButton, {},
                          x->visualRect(x->model()->index(1, 2)).center());
        QTest::mouseClick(x->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          x->visualRect(x->model()->index(2, 3)).center());
        w.stepPanel()->list()->setFocus();
        QTest::keyClick(w.stepPanel()->list(), Qt::Key_C, Qt::ControlModifier);
        // X rows 2–3, columns x3–x4, as the lesson file gives them
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("1\t1\n0\t1\n"));
        QVERIFY2(w.statusBar()->currentMessage().startsWith("Copied 4 cell"),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // "Copy with labels" and "Copy matrix": the column names after the matrix's name, each
    // row's sample in front; the whole of X as the lesson file gives it.
    void copyWithLabelsAndWholeMatrix() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MatrixPanel* x = w.sheet()->panel("X");
        x->copier()->copy(x->copier()->wholeMatrix(), true);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("X\tx1\tx2\tx3\tx4\n"
                                                                   "sample 1\t1\t0\t1\t0\n"
                                                                   "sample 2\t1\t0\t1\t1\n"
                                                                   "sample 3\t0\t1\t0\t1\n"));
        x->copier()->copy(x->copier()->wholeMatrix(), false);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("1\t0\t1\t0\n1\t0\t1\t1\n0\t1\t0\t1\n"));
        // The context menu of the cells offers both, and the whole matrix.
        QMenu menu;
        x->copier()->addSelectionEntries(&menu);
        x->copier()->addMatrixEntries(&menu);
        QStringList names;
        for (QAction* a : menu.actions())
            names << a->objectName();
        QCOMPARE(names, QStringList({"copyCells", "copyCellsWithLabels", "copyMatrix",
                                     "copyMatrixWithLabels"}));
        // Cells not computed yet are copied empty (step 1: the hidden layer is still blank).
        MatrixPanel* h = w.sheet()->panel("hiddenlayer_activations");
        QVERIFY(!h->model()->index(0, 0).data(MatrixTableModel::ValueRole).isValid());
        h->copier()->copy(QRect(0, 0, 2, 1), false);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\t\n"));
    }

    // Selecting a range leaves the one-focus rule: a single clicked cell is yellow, not blue;
    // a range of several is tinted; the focus stays the yellow cell.
    void aRangeIsTintedASingleCellIsNot() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTableView* x = w.sheet()->panel("X")->view();
        const auto colour = [&](int r, int c) {
            QApplication::processEvents();
            const QModelIndex cell = x->model()->index(r, c);
            const QImage image = x->viewport()->grab(x->visualRect(cell)).toImage();
            return image.pixelColor(image.width() / 6, image.height() / 2);
        };
        const QColor white = x->palette().color(QPalette::Base);
        w.session()->goToStage(2); // X is not the step's: white
        QTest::mouseClick(x->viewport(), Qt::LeftButton, {},
                          x->visualRect(x->model()->index(0, 0)).center());
        w.session()->setFocusedCell(CellRef{"wh", 0, 0}); // the focus moves on
        QCOMPARE(colour(0, 0), white);                    // the clicked cell is not marked
        QTest::mouseClick(x->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          x->visualRect(x->model()->index(1, 1)).center());
        w.session()->setFocusedCell(CellRef{"wh", 0, 0});
        QVERIFY(colour(1, 0) != white); // in the range: tinted
        QVERIFY(colour(1, 0).blue() > colour(1, 0).red());
        QCOMPARE(colour(2, 0), white); // outside it
        // one grid's range at a time: a click in wh clears X's
        QTableView* wh = w.sheet()->panel("wh")->view();
        QTest::mouseClick(wh->viewport(), Qt::LeftButton, {},
                          wh->visualRect(wh->model()->index(0, 0)).center());
        QVERIFY(!x->selectionModel()->hasSelection());
        QCOMPARE(colour(1, 0), white);
    }

    // The first window (nothing remembered) takes 85 % of the screen, within bounds.
    void firstShowFitsTheScreen() {
        QCOMPARE(firstShowGeometry(QRect(0, 0, 1600, 1000)), QRect(120, 75, 1360, 850));
        QCOMPARE(firstShowGeometry(QRect(0, 0, 1920, 1080)).size(), QSize(1632, 918));
        // a small screen: at least 1180×740, never beyond the screen
        QCOMPARE(firstShowGeometry(QRect(0, 0, 1280, 800)).size(), QSize(1180, 740));
        QCOMPARE(firstShowGeometry(QRect(0, 0, 1024, 700)).size(), QSize(1024, 700));
        // a large one: at most 1800×1150
        QCOMPARE(firstShowGeometry(QRect(0, 0, 3840, 2160)).size(), QSize(1800, 1150));
        QCOMPARE(firstShowGeometry(QRect(0, 30, 1600, 970)).center(),
                 QRect(0, 30, 1600, 970).center());
        test::WindowOnState w;
        const QRect screen = w.screen()->availableGeometry();
        QCOMPARE(w.size(), firstShowGeometry(screen).size());
    }

    // At 1280×800 the step list shows at least five whole steps (title and formula) beside the
    // sheet, and the explanation its heading, formula and a few lines: also with the 2-D views
    // open under the sheet (lesson 07), where it showed two.
    void theStepListIsReadableAt1280x800_data() {
        QTest::addColumn<QString>("lesson");
        QTest::newRow("three samples") << "01-three-samples.json";
        QTest::newRow("moons, with 2-D views") << "07-moons.json";
    }
    void theStepListIsReadableAt1280x800() {
        QFETCH(QString, lesson);
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + lesson));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::processEvents();
        QListWidget* list = w.stepPanel()->list();
        int whole = 0;
        for (int i = 0; i < list->count(); ++i)
            if (list->viewport()->rect().contains(list->visualItemRect(list->item(i)))) ++whole;
        QVERIFY2(
            whole >= 5,
            qPrintable(
                QStringLiteral("%1 steps shown, list %2 px high").arg(whole).arg(list->height())));
        auto* explanation = w.stepPanel()->findChild<QTextBrowser*>("stepExplanation");
        QVERIFY(explanation->height() >= 8 * explanation->fontMetrics().lineSpacing());
    }
};

QTEST_MAIN(WindowViewTest)
#include "tst_window_view.moc"
