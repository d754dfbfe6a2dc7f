// SPDX-License-Identifier: MIT
// The window's finish, as a student sees it: a sheet that stays still while stepping, numbers
// and axes that never look smaller than they are, labels and editors that are not cut.
#include "ui/evaluation_view.h"
#include "ui/go_to_dialog.h"
#include "ui/help_window.h"
#include "ui/highlight_delegate.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/sheet_widget.h"
#include "ui/step_panel.h"

#include "common/window_on_state.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMap>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>
#include <QTranslator>
#include <QValueAxis>
#include <QWheelEvent>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

// Where every grid of the sheet sits, in the sheet's content (independent of scrolling).
QMap<QString, QRect> gridPlaces(MainWindow& w) {
    QApplication::processEvents();
    QMap<QString, QRect> places;
    int n = 0;
    for (MatrixPanel* p : w.sheet()->panels())
        places[QStringLiteral("%1#%2").arg(p->objectName()).arg(n++)] =
            QRect(p->mapTo(w.sheet()->widget(), QPoint(0, 0)), p->size());
    return places;
}

} // namespace

class WindowPolishTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Stepping through a whole iteration and into the next moves no grid: the titles gain and
    // lose "this step" and "not computed yet", and the rows must not re-wrap for it.
    void theSheetStaysStillWhileStepping() {
        for (const char* lesson :
             {"01-three-samples.json", "07-moons.json", "08-three-classes.json"})
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                test::WindowOnState w;
                QVERIFY(w.openLesson(lessons + lesson));
                w.resize(size);
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                const QMap<QString, QRect> start = gridPlaces(w);
                for (int s = 0; s < 13; ++s) {
                    w.session()->nextStep();
                    const QMap<QString, QRect> now = gridPlaces(w);
                    for (auto it = start.begin(); it != start.end(); ++it)
                        QVERIFY2(now.value(it.key()) == it.value(),
                                 qPrintable(QStringLiteral("%1 at %2×%3, step %4: %5 moved")
                                                .arg(lesson)
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(w.session()->step())
                                                .arg(it.key())));
                }
            }
    }

    // The inline editor covers its cell: as wide and as high, in the cell's place.
    void theInlineEditorIsAsWideAsItsCell() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->finishIteration();
        QTableView* view = w.sheet()->panel("X")->view();
        const QModelIndex cell = view->model()->index(1, 2);
        view->setCurrentIndex(cell);
        view->edit(cell);
        QApplication::processEvents();
        QList<QWidget*> editors;
        for (QWidget* child :
             view->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
            if (child->isVisible()) editors << child;
        QCOMPARE(editors.size(), 1);
        const QRect rect = view->visualRect(cell);
        QVERIFY2(editors.first()->geometry().width() >= rect.width() &&
                     editors.first()->geometry().left() <= rect.left(),
                 qPrintable(QStringLiteral("editor %1 px from %2, cell %3 px from %4")
                                .arg(editors.first()->width())
                                .arg(editors.first()->x())
                                .arg(rect.width())
                                .arg(rect.left())));
    }

    // In Chinese too the confusion tables show every row and every column, none cut in half:
    // the dock is as high as the window allows at 1280×800.
    void evaluationTablesAreWholeInChinese() {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QLocale::Chinese, QLocale::China), "backstep", "_", ":/i18n"));
        QApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        for (const char* lesson : {"08-three-classes.json", "13-moons-hyperparameters.json"}) {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + lesson));
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget*>("evaluationDock")->raise();
            QApplication::processEvents();
            QVERIFY(w.evaluationView()->isVisible());
            w.evaluationView()->refresh(true); // a large lesson is judged on the worker
            QApplication::processEvents();
            if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS"))
                w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/evaluation_zh_" + lesson +
                              ".png");
            // the dock's content stays in the dock: never painted over the 2-D views below
            const QRect evaluation(w.evaluationView()->mapTo(&w, QPoint(0, 0)),
                                   w.evaluationView()->size());
            QVERIFY(!evaluation.intersects(w.findChild<QDockWidget*>("spacesDock")->geometry()));
            for (QTableWidget* t :
                 {w.evaluationView()->trainTable(), w.evaluationView()->testTable()}) {
                if (!t->isVisible()) continue;
                const int k = t->rowCount();
                QVERIFY(k >= 2);
                const QRect last = t->visualRect(t->model()->index(k - 1, k - 1));
                QVERIFY2(last.bottom() < t->viewport()->height() &&
                             last.right() < t->viewport()->width(),
                         qPrintable(QStringLiteral("last cell %1,%2 in a viewport %3×%4")
                                        .arg(last.right())
                                        .arg(last.bottom())
                                        .arg(t->viewport()->width())
                                        .arg(t->viewport()->height())));
            }
        }
        QLocale::setDefault(before);
        QApplication::removeTranslator(&translator);
    }

    // The step list wraps its long formulas instead of growing a horizontal scroll bar, at the
    // narrowest dock a user can give it.
    void theStepListNeverScrollsSideways() {
        for (const char* lesson : {"07-moons.json", "08-three-classes.json"}) {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + lesson));
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto* steps = w.findChild<QDockWidget*>("stepsDock");
            w.resizeDocks({steps}, {150}, Qt::Horizontal);
            QApplication::processEvents();
            QListWidget* list = w.stepPanel()->list();
            for (int s = 0; s < 12; ++s) {
                w.session()->nextStep();
                QApplication::processEvents();
                QVERIFY2(!list->horizontalScrollBar()->isVisible(),
                         qPrintable(QStringLiteral("%1 step %2, list %3 px wide")
                                        .arg(lesson)
                                        .arg(w.session()->step())
                                        .arg(list->width())));
            }
        }
    }

    // A diverged run's loss reads as huge on the axis (4.37e+216, never "437026…"), and no
    // label or legend entry of the chart is cut, in English and in Chinese.
    void lossChartLabelsAreWhole() {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QLocale::Chinese, QLocale::China), "backstep", "_", ":/i18n"));
        const QLocale before;
        for (const bool chinese : {false, true}) {
            if (chinese) {
                QApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            }
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "13-moons-hyperparameters.json"));
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget*>("lossDock")->raise();
            const QString language = chinese ? "zh" : "en";
            const auto texts = [&] {
                QApplication::processEvents();
                QStringList all;
                for (QGraphicsItem* item : w.lossChart()->scene()->items())
                    if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
                        text && text->isVisible())
                        all << text->toPlainText();
                return all;
            };
            w.lossChart()->setHistory({0.7, 0.6, 0.5}, {0.5, 0.6, 0.7}, {0.8, 0.7, 0.6},
                                      {0.4, 0.5, 0.6});
            w.lossChart()->setCurrentEpoch(2);
            QStringList shown = texts();
            if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS"))
                w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/chart_" + language +
                              ".png");
            QVERIFY2(shown.filter(QStringLiteral("…")).isEmpty() &&
                         shown.filter(QStringLiteral("...")).isEmpty(),
                     qPrintable(language + ": " + shown.join(" | ")));
            QVERIFY(shown.contains(chinese ? QStringLiteral("测试准确率") : "test accuracy"));
            w.lossChart()->setHistory({0.7, -4.37e216}, {}, {}, {});
            shown = texts();
            QVERIFY2(shown.filter(QStringLiteral("…")).isEmpty(), qPrintable(shown.join(" | ")));
            QVERIFY2(!shown.filter(QRegularExpression("e\\+21[67]")).isEmpty(),
                     qPrintable(shown.join(" | ")));
        }
        QLocale::setDefault(before);
        QApplication::removeTranslator(&translator);
    }

    // Scrolling a long grid that the sheet shows only in part paints nothing outside the
    // sheet: what is on the screen is what the window would draw afresh (no "sample 9" left
    // over the toolbar or the docks), also after opening another lesson.
    void scrollingGridsLeavesNoFragments() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->goToStage(7);
        QApplication::processEvents();
        QTest::qWait(50);
        const auto onScreen = [&] {
            QApplication::processEvents();
            return w.screen()->grabWindow(w.winId()).toImage().convertToFormat(
                QImage::Format_RGB32);
        };
        const auto drawn = [&] { return w.grab().toImage().convertToFormat(QImage::Format_RGB32); };
        QScrollBar* sheetBar = w.sheet()->verticalScrollBar();
        for (MatrixPanel* p :
             {w.sheet()->panel("X"), w.sheet()->panel("E"), w.sheet()->panel("d_output")}) {
            // the grid half out of the sheet at the top, then its rows scrolled
            sheetBar->setValue(p->mapTo(w.sheet()->widget(), QPoint(0, 0)).y() + p->height() / 2);
            for (int i = 0; i < 20; ++i) {
                QWheelEvent wheel(QPointF(30, p->view()->viewport()->height() - 10),
                                  p->view()->viewport()->mapToGlobal(
                                      QPointF(30, p->view()->viewport()->height() - 10)),
                                  QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                                  Qt::NoScrollPhase, false);
                QApplication::sendEvent(p->view()->viewport(), &wheel);
                p->view()->verticalScrollBar()->setValue(p->view()->verticalScrollBar()->value() +
                                                         37);
                QApplication::processEvents();
            }
        }
        QVERIFY(w.openLesson(lessons + "06-blobs-hidden-space.json"));
        QTest::qWait(50);
        const QImage screen = onScreen(), fresh = drawn();
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS")) {
            screen.save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/fragments_screen.png");
            fresh.save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/fragments_fresh.png");
        }
        QCOMPARE(screen.size(), fresh.size());
        int differing = 0;
        for (int y = 0; y < screen.height(); ++y)
            for (int x = 0; x < screen.width(); ++x)
                differing += screen.pixel(x, y) != fresh.pixel(x, y) ? 1 : 0;
        QVERIFY2(differing == 0, qPrintable(QString::number(differing) + " pixels differ"));
    }

    // Every key of the README's table belongs to its action on every desktop, listed
    // explicitly rather than through the platform's standard keys (which differ by desktop).
    void everyDocumentedShortcutIsExplicit() {
        test::WindowOnState w;
        const QList<std::pair<const char*, QKeySequence>> documented = {
            {"nextStep", QKeySequence(Qt::Key_Space)},
            {"nextStep", QKeySequence(Qt::Key_Right)},
            {"previousStep", QKeySequence(Qt::Key_Left)},
            {"nextCell", QKeySequence(Qt::Key_Down)},
            {"play", QKeySequence(Qt::Key_P)},
            {"finishIteration", QKeySequence(Qt::Key_End)},
            {"train", QKeySequence(Qt::CTRL | Qt::Key_T)},
            {"reset", QKeySequence(Qt::CTRL | Qt::Key_R)},
            {"reseed", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
            {"jump", QKeySequence(Qt::CTRL | Qt::Key_G)},
            {"open", QKeySequence(Qt::CTRL | Qt::Key_O)},
            {"gallery", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
            {"importCsv", QKeySequence(Qt::CTRL | Qt::Key_I)},
            {"saveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
            {"exportTrace", QKeySequence(Qt::CTRL | Qt::Key_E)},
            {"exportWorkbook", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
            {"printHandout", QKeySequence(Qt::CTRL | Qt::Key_P)},
            {"undo", QKeySequence(Qt::CTRL | Qt::Key_Z)},
            {"redo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
            {"redo", QKeySequence(Qt::CTRL | Qt::Key_Y)},
            {"logScale", QKeySequence(Qt::CTRL | Qt::Key_L)},
            {"practice", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
            {"practiceHint", QKeySequence(Qt::CTRL | Qt::Key_H)},
            {"quit", QKeySequence(Qt::CTRL | Qt::Key_Q)},
        };
        for (const auto& [name, key] : documented) {
            QAction* a = w.action(name);
            QVERIFY2(a && a->shortcuts().contains(key),
                     qPrintable(QStringLiteral("%1 lacks %2").arg(name, key.toString())));
        }
        // the two dock toggles of the table
        QStringList docks;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)) ||
                a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)))
                docks << a->text();
        QCOMPARE(docks.size(), 2);
    }

    // One convention for epochs: the status names the epoch the sheet's iteration belongs to,
    // after "Trained to the end of epoch N" that is N + 1, the iteration the sheet shows.
    void epochNumberingAfterTraining() {
        test::WindowOnState w;
        QVERIFY(
            w.openLesson(lessons + "01-three-samples.json")); // full batch: 1 iteration an epoch
        w.show();
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(5);
        QVERIFY(finished.wait(30000));
        QApplication::processEvents();
        QVERIFY2(w.statusBar()->currentMessage().startsWith("Trained to the end of epoch 5"),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(w.statusBar()->currentMessage().contains("the next iteration, 6"));
        QStringList labels;
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
            labels << l->text();
        QVERIFY2(
            labels.filter(QRegularExpression("^epoch 6 · iteration 6 · step \\d+ of 12$")).size() ==
                1,
            qPrintable(labels.join(" | ")));
    }

    // A step that computes two grids shows both whenever they fit in the sheet together,
    // however the step is reached: opened there, Next, Back.
    void bothGridsOfAStepWhenTheyFit() {
        for (const char* lesson :
             {"01-three-samples.json", "05-house-prices.json", "07-moons.json"})
            for (const QSize size : {QSize(1280, 800), QSize(1600, 1000), QSize(1920, 1080)}) {
                test::WindowOnState w;
                QVERIFY(w.openLesson(lessons + lesson));
                w.resize(size);
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                const auto check = [&](const char* how) {
                    QApplication::processEvents();
                    QWidget* viewport = w.sheet()->viewport();
                    const auto& stage = w.session()->trace().stages[size_t(w.session()->stage())];
                    QRect together;
                    QList<QRect> areas;
                    for (int m : stage.matrices) {
                        MatrixPanel* p = w.sheet()->panel(
                            QString::fromStdString(w.session()->trace().matrices[size_t(m)].name));
                        areas << QRect(p->mapTo(viewport, QPoint(0, 0)), p->size());
                        together = together.united(areas.last());
                    }
                    if (together.height() > viewport->height()) return;
                    for (const QRect& area : areas)
                        QVERIFY2(
                            viewport->rect().contains(area),
                            qPrintable(QStringLiteral("%1 %2×%3 %4 step %5: %6,%7 %8×%9 in %10")
                                           .arg(lesson)
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(how)
                                           .arg(w.session()->step())
                                           .arg(area.x())
                                           .arg(area.y())
                                           .arg(area.width())
                                           .arg(area.height())
                                           .arg(viewport->height())));
                };
                for (int s = 0; s < 12; ++s) {
                    w.session()->nextStep();
                    check("Next");
                }
                for (int s = 0; s < 11; ++s) {
                    w.session()->previousStep();
                    check("Back");
                }
            }
    }

    // Help → Keyboard shortcuts lists the keys the actions really have (F1 opens the help).
    void helpListsTheShortcuts() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        auto* help = w.findChild<HelpWindow*>();
        QVERIFY(help);
        QCOMPARE(help->page(), QStringLiteral("index"));
        w.action("shortcuts")->trigger();
        QCOMPARE(w.findChildren<HelpWindow*>().size(), 1); // the same window, another page
        QCOMPARE(help->page(), QStringLiteral("shortcuts"));
        QMap<QString, QString> rows;
        for (const auto& [keys, does] : HelpWindow::shortcutRows(&w))
            rows[keys] = does;
        const auto native = [](QKeySequence key) { return key.toString(QKeySequence::NativeText); };
        bool redo = false, saveAs = false;
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            redo |= it.key().contains(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))) &&
                    it.value().startsWith("Redo");
            saveAs |= it.key().contains(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))) &&
                      it.value().startsWith("Save lesson as");
        }
        QVERIFY2(redo && saveAs, qPrintable(QStringList(rows.keys()).join(" | ")));
        QVERIFY(rows.value("F1").startsWith("Backstep help"));
        // and the page shows them, between the page's own text
        const QString page = help->browser()->toPlainText();
        QVERIFY2(page.contains(native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z))) &&
                     page.contains("Redo") && page.contains("In the sheet"),
                 qPrintable(page));
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS"))
            help->grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/shortcuts.png");
        help->close();
    }

    // A clicked cell is focused (yellow); when the focus moves on (the mouse passing over
    // another cell) it goes back to white, with no blue selection left behind.
    void oneFocusOneColour() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->goToStage(2);
        QApplication::processEvents();
        MatrixPanel* x = w.sheet()->panel("X");
        const QModelIndex cell = x->model()->index(2, 1);
        const auto colour = [&] {
            QApplication::processEvents();
            const QImage image = x->view()->viewport()->grab(x->view()->visualRect(cell)).toImage();
            return image.pixelColor(image.width() / 6, image.height() / 2);
        };
        QTest::mouseClick(x->view()->viewport(), Qt::LeftButton, {},
                          x->view()->visualRect(cell).center());
        QCOMPARE(w.session()->focusedCell()->matrix, std::string("X"));
        QCOMPARE(colour(), HighlightColours::focused());
        w.session()->setFocusedCell(CellRef{"wh", 0, 0}); // as the mouse passing over wh does
        QCOMPARE(colour(), x->view()->palette().color(QPalette::Base));
    }

    // The status line shows the batch's loss only from step 5, where the output is computed.
    void noLossBeforeTheOutput() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        const auto lossShown = [&] {
            for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
                if (l->text().startsWith("loss ")) return true;
            return false;
        };
        for (int stage = 0; stage < w.session()->stageCount(); ++stage) {
            w.session()->goToStage(stage);
            QCOMPARE(lossShown(), w.session()->step() >= 5);
        }
    }

    // Back works after Go to: from the first step of the iteration jumped to, to the last
    // step of the one before.
    void backAfterGoTo() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        QSignalSpy arrived(&w, &MainWindow::jumpFinished);
        w.goToIteration(5);
        if (w.session()->iteration() != 5) QVERIFY(arrived.wait(30000));
        QCOMPARE(w.session()->iteration(), qint64(5));
        const int step = w.session()->step();
        QVERIFY(w.action("previousStep")->isEnabled());
        QCOMPARE(step, 1);
        w.action("previousStep")->trigger();
        QCOMPARE(w.session()->iteration(), qint64(4));
        QCOMPARE(w.session()->step(), 12);
        // the same numbers as stepping there one step at a time
        test::WindowOnState stepped;
        QVERIFY(stepped.openLesson(lessons + "01-three-samples.json"));
        while (stepped.session()->iteration() < 4 || stepped.session()->step() < 12)
            QVERIFY(stepped.session()->nextStep());
        for (const char* matrix : {"output", "wh_updated", "d_hiddenlayer"})
            QVERIFY(w.session()->trace().find(matrix) &&
                    w.session()->trace().at(matrix).values ==
                        stepped.session()->trace().at(matrix).values);
    }

    // Hovering the loss line between two epochs names the nearest epoch and its own value.
    void chartHoverSnapsToAnEpoch() {
        LossChart chart;
        chart.resize(500, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setHistory({0.9, 0.5, 0.2}, {});
        QLineSeries* loss = nullptr;
        for (QAbstractSeries* s : chart.chart()->series())
            if (s->name() == "loss") loss = qobject_cast<QLineSeries*>(s);
        QVERIFY(loss);
        emit loss->hovered(QPointF(2.3, 0.41), true); // on the line, between epochs 2 and 3
        QTRY_VERIFY(!QToolTip::text().isEmpty());
        QCOMPARE(QToolTip::text(), QStringLiteral("epoch 2: loss 0.5"));
        QToolTip::hideText();
    }

    // Go to is one dialog: the unit and the number together; an epoch means its first
    // iteration, (E − 1)·perEpoch + 1 (epoch 3 of 4-iteration epochs starts at iteration 9).
    void goToIsOneDialog() {
        GoToDialog dialog(6, 4);
        QCOMPARE(dialog.targetIteration(), qint64(6)); // starts where the sheet is
        dialog.choose(true, 3);
        QCOMPARE(dialog.targetIteration(), qint64(9));
        dialog.choose(false, 17);
        QCOMPARE(dialog.targetIteration(), qint64(17));
        auto* unit = dialog.findChild<QComboBox*>("unit");
        unit->setCurrentIndex(1); // switching to epochs shows the sheet's epoch: 6 is in epoch 2
        QCOMPARE(dialog.findChild<QSpinBox*>("number")->value(), 2);
    }
};

QTEST_MAIN(WindowPolishTest)
#include "tst_window_polish.moc"
