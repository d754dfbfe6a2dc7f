// SPDX-License-Identifier: MIT
// The window as a user drives it, under the offscreen platform.
#include "ui/formula_bar.h"
#include "ui/highlight_delegate.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/save_names.h"
#include "ui/sheet_widget.h"
#include "ui/step_panel.h"

#include "common/window_on_state.h"

#include "io/lesson_loader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <csignal>
#include <sys/resource.h>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);
const QString defaultLesson = sourceDir + "/lessons/01-three-samples.json";

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAndStepsWithTheKeyboard() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.session()->step(), 1);
        QTest::keyClick(&w, Qt::Key_Space);
        QCOMPARE(w.session()->step(), 2);
        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.session()->step(), 3);
        QCOMPARE(w.formulaBar()->cellText(), QStringLiteral("hidden_layer_input[1,1]"));
        QVERIFY(w.formulaBar()->formulaText().contains(QStringLiteral("X[1,j]·wh[j,1] + bh[1,1]")));
        QVERIFY(w.stepPanel()->explanationText().contains(QStringLiteral("3. Hidden layer input")));
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.session()->step(), 2);
        // clicking a step jumps there
        QListWidget* steps = w.stepPanel()->list();
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                          steps->visualItemRect(steps->item(8)).center());
        QCOMPARE(w.session()->step(), 9);
        QVERIFY(w.stepPanel()->explanationText().contains(QStringLiteral("before step 11")));
        QVERIFY(w.stepPanel()->explanationText().contains(
            QStringLiteral("Lesson note:"))); // the lesson's note for step 9
        // clicking a cell focuses it and shows its formula
        MatrixPanel* panel = w.sheet()->panel(QStringLiteral("E"));
        QVERIFY(panel);
        QTableView* view = panel->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(panel->model()->index(2, 0)).center());
        QCOMPARE(w.formulaBar()->cellText(), QStringLiteral("E[3,1]"));
        QVERIFY(w.formulaBar()->formulaText().contains(QStringLiteral("y[3,1] − output[3,1]")));
    }

    void cellsArePaintedInTheirHighlight() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.session()->goToStage(
            2); // step 3; focus hidden_layer_input[1,1]; inputs X row 1, wh column 1, bh[1,1]
        QApplication::processEvents();
        const auto colourAt = [&](const QString& matrix, int row, int column) {
            MatrixPanel* p = w.sheet()->panel(matrix);
            const QRect r = p->view()->visualRect(p->model()->index(row, column));
            const QImage image = p->view()->viewport()->grab(r).toImage();
            return image.pixelColor(image.width() / 6,
                                    image.height() / 2); // left of the right-aligned digits
        };
        QCOMPARE(colourAt("hidden_layer_input", 0, 0), HighlightColours::focused());
        QCOMPARE(colourAt("hidden_layer_input", 2, 2), HighlightColours::computed());
        const QColor input = colourAt("wh", 3, 0);
        QVERIFY2(std::abs(input.red() - HighlightColours::input().red()) < 40 &&
                     std::abs(input.green() - HighlightColours::input().green()) < 40,
                 qPrintable(input.name()));
        const QColor x = colourAt("X", 0, 2); // X[1,3] feeds hidden_layer_input[1,1] too
        QVERIFY2(std::abs(x.red() - HighlightColours::input().red()) < 40 &&
                     std::abs(x.blue() - HighlightColours::input().blue()) < 40,
                 qPrintable(x.name()));
        QVERIFY(colourAt("wh", 3, 1) !=
                HighlightColours::input()); // not an input of the focused cell
    }

    void trainingRunsOffTheWindowThreadAndCancels() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/bench/lessons/moons-2000.json"));
        QSignalSpy progress(w.runner(), &TrainingRunner::progress);
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(10000000);
        QVERIFY(w.runner()->isRunning());
        QVERIFY(!w.action("nextStep")->isEnabled());
        QVERIFY(progress.wait(5000)); // the window's event loop runs while training
        QVERIFY(w.lossChart()->pointCount() > 0);
        w.cancelTraining();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.last().at(1).toBool()); // cancelled
        const int epochs = w.session()->trainer().epochsCompleted();
        QVERIFY(epochs > 0 && epochs < 10000000);
        QVERIFY(w.action("nextStep")->isEnabled());
        QCOMPARE(w.session()->step(), 12); // the sheet shows the current iteration, all steps done
        QCOMPARE(w.session()->iteration(), epochs + 1);
    }

    void longJumpsRunInTheBackground() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(
            sourceDir +
            "/tests/data/numpy/tanh-linear-minibatch/lesson.json")); // 2 iterations an epoch
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.goToIteration(50001); // epoch 25001, iteration 1 of it
        QVERIFY(w.runner()->isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(w.session()->iteration(), 50001);
        QCOMPARE(w.session()->step(), 1);
        w.goToIteration(50004); // a short jump: at once, mid-epoch
        QCOMPARE(w.session()->iteration(), 50004);
        QVERIFY(!w.runner()->isRunning());
    }

    void trainingToTheEnd() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(250);
        QVERIFY(finished.wait(10000));
        QCOMPARE(w.session()->trainer().epochsCompleted(), 250);
        QCOMPARE(w.lossChart()->pointCount(), 250);
    }

    void exportsEqualTheCommandLine() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        QVERIFY(w.session()->goToIteration(3));
        QTemporaryDir dir;
        QCOMPARE(w.exportTrace(dir.filePath("window")), QString());
        QProcess cli;
        cli.start(QStringLiteral(BACKSTEP_CLI), {"trace", defaultLesson, "--iteration", "3",
                                                 "--out", dir.filePath("cli"), "--quiet"});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList files = QDir(dir.filePath("cli")).entryList(QDir::Files);
        QCOMPARE(files.size(), 20);
        QCOMPARE(QDir(dir.filePath("window")).entryList(QDir::Files), files);
        for (const QString& f : files)
            QVERIFY2(readAll(dir.filePath("window/" + f)) == readAll(dir.filePath("cli/" + f)),
                     qPrintable(f));
        QCOMPARE(w.exportMatrix("wh", dir.filePath("wh.csv")), QString());
        QCOMPARE(readAll(dir.filePath("wh.csv")), readAll(dir.filePath("cli/wh.csv")));
        QCOMPARE(w.exportLossHistory(dir.filePath("loss.csv")), QString());
        const QList<QByteArray> lossLines = readAll(dir.filePath("loss.csv")).split('\n');
        QCOMPARE(lossLines[0], QByteArray("epoch,loss,accuracy"));
        QCOMPARE(lossLines.size(), 4); // two epochs and the final newline
        QVERIFY(std::abs(lossLines[1].split(',')[1].toDouble() - 0.3522820169331865) <
                1e-15); // numpy's loss of epoch 1
        QCOMPARE(w.exportChart(dir.filePath("chart.png")), QString());
        QVERIFY(!QImage(dir.filePath("chart.png")).isNull());
    }

    void aBrokenLessonKeepsThePreviousOne() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.session()->goToStage(5);
        QTemporaryDir dir;
        QFile bad(dir.filePath("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"format": "backstep-lesson", "version": 1, "data": {"X": [[1, 2]], "y": [[1]]}, "init": {"wh": [[1]]}})");
        bad.close();
        QVERIFY(!w.openLesson(bad.fileName()));
        QVERIFY(w.lastError().contains("init.wh: expected 2×3, got 1×1"));
        QCOMPARE(w.session()->lesson().title.text(), QStringLiteral("Three samples, four inputs"));
        QCOMPARE(w.session()->step(), 6); // not even the position moved
        auto* dialog = w.findChild<QMessageBox*>(QStringLiteral("errorDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->text().contains("init.wh"));
    }

    void saveAndReload() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.session()->editCell({"y", 2, 0}, 1.0);
        QVERIFY(w.session()->goToIteration(4));
        QTemporaryDir dir;
        QCOMPARE(w.saveLessonAs(dir.filePath("initial.json"), false), QString());
        QCOMPARE(w.saveLessonAs(dir.filePath("current.json"), true), QString());
        const Loaded<Lesson> initial = loadLessonFile(dir.filePath("initial.json"));
        QVERIFY2(initial.ok(), qPrintable(initial.errors.join('\n')));
        QCOMPARE(initial.value->data.y(2, 0), 1.0); // the edit is kept
        QCOMPARE(initial.value->initial.layers[0].weights,
                 w.session()->lesson().initial.layers[0].weights);
        const Loaded<Lesson> current = loadLessonFile(dir.filePath("current.json"));
        QVERIFY(current.ok());
        QCOMPARE(current.value->initial.layers[1].weights,
                 w.session()->trainer().parameters().layers[1].weights);
        QCOMPARE(current.value->training.epochs, 5000);
    }

    // A full disk (here: a file-size limit of 300 bytes) must not cost the earlier lesson or
    // export; the window reports the failure instead of "Saved".
    void fullDiskKeepsEarlierFiles() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        QTemporaryDir dir;
        const QString lesson = dir.filePath("mine.json"), chart = dir.filePath("loss.png"),
                      loss = dir.filePath("loss.csv");
        QCOMPARE(w.saveLessonAs(lesson, false), QString());
        const QByteArray saved = readAll(lesson);
        QVERIFY(saved.size() > 300);
        QCOMPARE(w.exportChart(chart), QString());
        QCOMPARE(w.exportLossHistory(loss), QString());
        const QByteArray png = readAll(chart), csv = readAll(loss);
        w.session()->editCell({"y", 0, 0}, 0.25);
        QVERIFY(w.session()->goToIteration(30));
        rlimit before{};
        getrlimit(RLIMIT_FSIZE, &before);
        const auto handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = before;
        limited.rlim_cur = 300;
        setrlimit(RLIMIT_FSIZE, &limited);
        const QString lessonError = w.saveLessonAs(lesson, true);
        const QString chartError = w.exportChart(chart);
        const QString lossError = w.exportLossHistory(loss);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, handler);
        QVERIFY2(lessonError.startsWith(lesson + ": cannot write"), qPrintable(lessonError));
        QVERIFY2(chartError.startsWith(chart + ": cannot write"), qPrintable(chartError));
        QVERIFY2(lossError.startsWith(loss + ": cannot write"), qPrintable(lossError));
        QCOMPARE(readAll(lesson), saved);
        QCOMPARE(readAll(chart), png);
        QCOMPARE(readAll(loss), csv);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
    }

    // A lesson within every limit that still does not fit this machine's memory (here: an
    // address space limited to 400 MB more than the window uses) keeps the current lesson.
    void aLessonTooLargeForMemoryKeepsThePreviousOne() {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer reserves more address space than the limit this test sets");
#endif
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        QTemporaryDir dir;
        const QString big = dir.filePath("big.json");
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "backstep-lesson", "version": 1, "data": {"generator": "moons", "samples": 2000},
                    "network": {"hidden": [3000, 3000]}})"); // 9 million weights, about 0.6 GB in
                                                             // use
        f.close();
        QFile status("/proc/self/status");
        QVERIFY(status.open(QIODevice::ReadOnly));
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("VmSize:");
        QVERIFY(at >= 0);
        const rlim_t used = text.mid(at + 7, text.indexOf('\n', at) - at - 7)
                                .trimmed()
                                .split(' ')
                                .first()
                                .toULongLong() *
                            1024;
        rlimit before{};
        getrlimit(RLIMIT_AS, &before);
        rlimit limited = before;
        limited.rlim_cur = used + (400ULL << 20);
        setrlimit(RLIMIT_AS, &limited);
        const bool opened = w.openLesson(big);
        setrlimit(RLIMIT_AS, &before);
        QVERIFY(!opened);
        QVERIFY2(w.lastError().endsWith(
                     "big.json: not enough memory for this lesson; use fewer samples or units"),
                 qPrintable(w.lastError()));
        QCOMPARE(w.session()->lesson().title.text(), QStringLiteral("Three samples, four inputs"));
        QVERIFY(w.session()->nextStep()); // and it still works
    }

    // `backstep LESSON --iteration K`: refused beyond the lesson's last iteration; a long jump
    // shows the window first and trains in the background, then arrives where it was asked.
    void iterationFromTheCommandLine() {
        QProcess beyond;
        beyond.start(QStringLiteral(BACKSTEP_APP),
                     {defaultLesson, "--iteration", "2000000000", "--screenshot", "x.png"});
        QVERIFY(beyond.waitForFinished(60000));
        QCOMPARE(beyond.exitCode(), 2);
        QVERIFY(QString::fromUtf8(beyond.readAllStandardError())
                    .contains("--iteration: 2000000000 is beyond the last iteration this lesson "
                              "can reach (10000000"));

        QTemporaryDir dir;
        QProcess jump;
        jump.setProcessEnvironment([] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert("QT_QPA_PLATFORM", "offscreen");
            return env;
        }());
        const QString picture = dir.filePath("jump.png");
        jump.start(QStringLiteral(BACKSTEP_APP),
                   {defaultLesson, "--iteration", "60000", "--step", "7", "--screenshot", picture});
        QVERIFY(jump.waitForFinished(120000));
        QCOMPARE(jump.exitCode(), 0);
        QImage image(picture);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 900));
    }

    // A long jump from the middle of an epoch: the rest of the epoch at once, whole epochs in
    // the background (the window stays responsive), then the last part; iteration counts are
    // 64-bit throughout.
    void longJumpTrainsInTheBackground() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/09-batch-modes.json")); // 20 iterations an epoch
        QVERIFY(w.session()->goToIteration(7));
        QSignalSpy arrived(&w, &MainWindow::jumpFinished);
        w.goToIteration(40013);
        QVERIFY(w.isTraining());
        QCOMPARE(w.session()->iteration(), 21); // the rest of epoch 1 was done at once
        QVERIFY(arrived.wait(60000));
        QCOMPARE(w.session()->iteration(), 40013);
        QCOMPARE(w.session()->epoch(), 2001); // 40 012 iterations done: 2000 epochs and 12
        QCOMPARE(w.session()->trainer().epochsCompleted(), 2000);
    }

    // The tutorial's chosen configuration (lesson 13) trained in the window, on its training
    // thread: at least 90 % of the held-out samples right, as from the command line.
    void hyperparameterLessonReachesItsTestAccuracy() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/13-moons-hyperparameters.json"));
        w.trainEpochs(w.session()->lesson().training.epochs);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), 120000);
        const Trainer& t = w.session()->trainer();
        QCOMPARE(t.epochsCompleted(), 10000);
        QVERIFY2(t.epochTestAccuracy().back() >= 0.9,
                 qPrintable(QString::number(t.epochTestAccuracy().back())));
    }

    // One convention for epochs and iterations: after training N epochs the message says so and
    // names the iteration the sheet shows, which the status line shows too.
    void trainingSaysWhatTheSheetShows() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.trainEpochs(50);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), 60000);
        QCOMPARE(w.statusBar()->currentMessage(),
                 QStringLiteral(
                     "Trained to the end of epoch 50; the sheet shows the next iteration, 51"));
        QCOMPARE(w.session()->iteration(), qint64(51));
        QCOMPARE(w.session()->trainer().epochsCompleted(), 50);
    }

    // Lesson 14 stops by itself at its target loss, and the window says so.
    void trainingStopsAtTheTargetLoss() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/14-blobs-relu-or-tanh.json"));
        w.trainEpochs(200);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), 60000);
        const Trainer& t = w.session()->trainer();
        QVERIFY(t.epochsCompleted() < 200);
        QVERIFY(t.epochLoss().back() <= 0.263);
        QVERIFY(t.epochLoss()[size_t(t.epochsCompleted() - 2)] >
                0.263); // the first epoch at the target
        QVERIFY2(w.statusBar()->currentMessage().startsWith("Training reached the lesson's target"),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // Every documented shortcut works on every desktop: no key belongs to two actions or twice
    // to one (Qt then calls it ambiguous and does nothing), and Ctrl+Shift+Z / Ctrl+Y redo.
    void shortcutsAreUnambiguous() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMap<QString, QString> owner;
        for (QAction* a : w.findChildren<QAction*>()) {
            for (const QKeySequence& key : a->shortcuts()) {
                const QString k = key.toString();
                QVERIFY2(!owner.contains(k) || owner[k] == a->objectName() + a->text(),
                         qPrintable(k + " on " + owner[k] + " and " + a->objectName() + a->text()));
                QVERIFY2(a->shortcuts().count(key) == 1,
                         qPrintable(k + " twice on " + a->objectName()));
                owner[k] = a->objectName() + a->text();
            }
        }
        QVERIFY(w.action("saveAs")->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
        w.session()->finishIteration();
        w.session()->editCell({"X", 2, 0}, 0.5);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.0);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.5);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.5);
    }

    // Every way of reaching a step shows the grids it computes, titles included: going there
    // before the window is shown (as --step does), Next, and a click in the step list.
    void everyStepShowsItsCells() {
        for (const char* lesson :
             {"01-three-samples.json", "05-house-prices.json", "07-moons.json"}) {
            test::WindowOnState w;
            QVERIFY(w.openLesson(sourceDir + "/lessons/" + lesson));
            w.resize(1400, 900);
            w.session()->goToStage(2); // before the window exists on screen
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const auto shown = [&](const char* how) {
                QApplication::processEvents();
                QWidget* viewport = w.sheet()->viewport();
                const QRect visible = viewport->rect();
                const auto& stage = w.session()->trace().stages[size_t(w.session()->stage())];
                int fully = 0;
                for (int m : stage.matrices) {
                    MatrixPanel* p = w.sheet()->panel(
                        QString::fromStdString(w.session()->trace().matrices[size_t(m)].name));
                    const QRect area(p->mapTo(viewport, QPoint(0, 0)), p->size());
                    fully += visible.contains(area) ? 1 : 0;
                }
                QVERIFY2(
                    fully >= 1,
                    qPrintable(
                        QStringLiteral("%1 %2 step %3").arg(lesson, how).arg(w.session()->step())));
            };
            shown("before showing");
            for (int s = 3; s < w.session()->stageCount(); ++s) {
                QTest::keyClick(&w, Qt::Key_Space);
                shown("Next");
            }
            QListWidget* steps = w.stepPanel()->list();
            QTest::mouseClick(steps->viewport(), Qt::LeftButton, {},
                              steps->visualItemRect(steps->item(0)).center());
            shown("step list");
        }
    }

    // A name typed without an extension gets the dialog's, so its filter finds the file again.
    void savedNamesGetTheirExtension() {
        QCOMPARE(withFilterSuffix("/tmp/my_lesson", "Backstep lessons (*.json)"),
                 QStringLiteral("/tmp/my_lesson.json"));
        QCOMPARE(withFilterSuffix("/tmp/loss", "CSV files (*.csv)"),
                 QStringLiteral("/tmp/loss.csv"));
        QCOMPARE(withFilterSuffix("/tmp/mine.txt", "CSV files (*.csv)"),
                 QStringLiteral("/tmp/mine.txt")); // chosen on purpose
        QCOMPARE(withFilterSuffix("/tmp/v", "PNG images (*.png)"), QStringLiteral("/tmp/v.png"));
        QCOMPARE(withFilterSuffix("", "PNG images (*.png)"), QString()); // cancelled
    }

    // Full precision shows every digit: the columns widen to the widest number, nothing elided.
    void fullPrecisionIsNotElided() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.session()->finishIteration();
        MatrixPanel* panel = w.sheet()->panel("wh");
        const int usual = panel->view()->columnWidth(0);
        // room from the start for a scientific value down to 10^-99 ("-1.234e-05")
        QVERIFY(usual >= panel->view()->fontMetrics().horizontalAdvance("-8.888e-88") + 8);
        w.setDecimals(-1);
        const QString text = panel->model()->index(0, 0).data().toString();
        QVERIFY(text.size() >= 15); // a drawn uniform weight needs about 17 significant digits
        QVERIFY2(panel->view()->columnWidth(0) >=
                     panel->view()->fontMetrics().horizontalAdvance(text) + 8,
                 qPrintable(QString::number(panel->view()->columnWidth(0))));
        w.setDecimals(3);
        QCOMPARE(panel->view()->columnWidth(0), usual); // "-2.394": the usual width
        // a diverging lesson: −4.37e+216 needs more than 74 pixels, and gets them
        w.session()->editCell({"wh", 0, 0}, -4.37e216);
        QCOMPARE(panel->model()->index(0, 0).data().toString(), QStringLiteral("-4.370e+216"));
        QVERIFY(panel->view()->columnWidth(0) >=
                panel->view()->fontMetrics().horizontalAdvance("-4.370e+216") + 8);
    }

    // A jump of only 10 000 iterations that is long all the same (2000 samples a batch) trains
    // in the background too, and arrives.
    void heavyJumpTrainsInTheBackground() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/13-moons-hyperparameters.json"));
        QSignalSpy arrived(&w, &MainWindow::jumpFinished);
        w.goToIteration(10001); // 10 000 × 2000 rows × 4 units = 8·10⁷ cell computations
        QVERIFY(w.isTraining());
        QVERIFY(arrived.wait(120000));
        QCOMPARE(w.session()->iteration(), qint64(10001));
    }

    void undoRedoThroughTheMenuActions() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.session()->finishIteration();
        MatrixPanel* panel = w.sheet()->panel("X");
        panel->model()->setData(panel->model()->index(2, 0), QStringLiteral("0.5"), Qt::EditRole);
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.5);
        w.action("undo")->trigger();
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.0);
        w.action("redo")->trigger();
        QCOMPARE(w.session()->trace().at("X").values(2, 0), 0.5);
    }

    void speaksChinese() {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QLocale::Chinese, QLocale::China), "backstep", "_", ":/i18n"));
        QApplication::installTranslator(&translator);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(defaultLesson));
            QCOMPARE(w.action("nextStep")->text(), QStringLiteral("下一步 ▶"));
            w.session()->goToStage(8);
            QVERIFY(w.stepPanel()->explanationText().contains(
                QStringLiteral("第 11 步更新之前的 wout")));
            QVERIFY(w.stepPanel()->explanationText().contains(QStringLiteral(
                "这里用的是第 11 步更新之前的 wout。"))); // the lesson's own zh_CN note
            QVERIFY(w.windowTitle().startsWith(QStringLiteral("三个样本，四个输入")));
            // the trace's row labels and the batch mode, not only the menus
            const auto header = [&](const char* matrix, int section, Qt::Orientation o) {
                return w.sheet()
                    ->panel(matrix)
                    ->model()
                    ->headerData(section, o, Qt::DisplayRole)
                    .toString();
            };
            QCOMPARE(header("X", 0, Qt::Vertical), QStringLiteral("样本 1"));
            QCOMPARE(header("bh", 0, Qt::Vertical), QStringLiteral("偏置"));
            QCOMPARE(header("X", 0, Qt::Horizontal), QStringLiteral("x1")); // a name stays
        }
        QLocale::setDefault(before);
        QApplication::removeTranslator(&translator);
    }

    void decimalsMenu() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(defaultLesson));
        w.session()->goToStage(1);
        w.action("decimals6")->trigger();
        const QString text = w.sheet()->panel("wh")->model()->index(0, 0).data().toString();
        QCOMPARE(text.size() - text.indexOf('.') - 1, 6);
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
