// SPDX-License-Identifier: MIT
// The application's state outlives its window: a window closed and another made on the same
// state goes on at the same lesson, step and edit history; a training keeps running when its
// window goes, and the state stops it and joins its thread when it goes itself.
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/practice_controls.h"
#include "ui/sheet_widget.h"
#include "ui/step_panel.h"

#include "models/app_state.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);
const QString threeSamples = sourceDir + "/lessons/01-three-samples.json";

// The lesson file's learning rate, read from the file itself.
double learningRateInFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll())["training"]["learning_rate"].toDouble();
}

QDoubleSpinBox* learningRateBox(const MainWindow& w) {
    auto* spin = w.findChild<QDoubleSpinBox*>(QStringLiteral("learningRateSpin"));
    if (!spin) qFatal("no learning rate box");
    return spin;
}

// As the user does it: typed, then Enter.
void enterLearningRate(const MainWindow& w, double value) {
    QDoubleSpinBox* spin = learningRateBox(w);
    spin->setValue(value);
    emit spin->editingFinished();
}

// The status line's texts, as the window shows them.
QStringList statusTexts(const MainWindow& w) {
    QStringList texts;
    for (const QLabel* label : w.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

} // namespace

class TestAppState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void aSecondWindowGoesOnWhereTheFirstWas() {
        const double fromFile = learningRateInFile(threeSamples);
        QVERIFY(fromFile != 0.5 && fromFile != 0.25);
        AppState state;
        size_t grids = 0;
        {
            MainWindow first(state);
            QVERIFY(first.openLesson(threeSamples));
            grids = first.sheet()->panels().size();
            QVERIFY(grids > 0);
            enterLearningRate(first, 0.5);   // two changes in the edit history …
            enterLearningRate(first, 0.25);  //
            first.actions().undo->trigger(); // … the second one undone: redo has it
            for (int i = 0; i < 3; ++i)      // from step 1 to step 4
                first.actions().nextStep->trigger();
        }
        MainWindow second(state);
        // The lesson, its place and its edit history, as the first window left them.
        QCOMPARE(second.windowTitle(), QStringLiteral("Three samples, four inputs — Backstep"));
        QCOMPARE(state.session().iteration(), qint64(1));
        QCOMPARE(state.session().step(), 4);
        QCOMPARE(state.session().undoStack()->count(), 2);
        QCOMPARE(state.session().undoStack()->index(), 1);
        QCOMPARE(state.session().lesson().training.learningRate, 0.5);
        // … and the new window shows them.
        QVERIFY2(
            statusTexts(second).contains(QStringLiteral("epoch 1 · iteration 1 · step 4 of 12")),
            qPrintable(statusTexts(second).join(" | ")));
        QCOMPARE(second.sheet()->panels().size(), grids); // the same grids as the first's
        QCOMPARE(second.stepPanel()->list()->count(), 12);
        QCOMPARE(second.stepPanel()->list()->currentRow(), 3); // the 4th step
        QCOMPARE(learningRateBox(second)->value(), 0.5);
        QVERIFY(second.actions().undo->isEnabled());
        QVERIFY(second.actions().redo->isEnabled());
        // Its Undo and Redo work on that history.
        second.actions().undo->trigger();
        QCOMPARE(state.session().lesson().training.learningRate, fromFile);
        QCOMPARE(learningRateBox(second)->value(), fromFile);
        QVERIFY(!second.actions().undo->isEnabled());
        second.actions().redo->trigger();
        second.actions().redo->trigger();
        QCOMPARE(state.session().lesson().training.learningRate, 0.25);
        QCOMPARE(learningRateBox(second)->value(), 0.25);
    }

    void practiceGoesOnInTheNextWindow() {
        AppState state;
        {
            MainWindow first(state);
            QVERIFY(first.openLesson(threeSamples));
            first.practice()->setStudentName(QStringLiteral("Anna Li"));
            first.actions().practice->trigger();
            QVERIFY(state.practice().isActive());
            QCOMPARE(state.session().step(), 3); // practice starts at step 3
        }
        MainWindow second(state);
        QVERIFY(state.practice().isActive()); // a new window does not end it
        QCOMPARE(state.session().step(), 3);
        QVERIFY(second.actions().practice->isChecked());
        QVERIFY(second.actions().practiceHint->isEnabled());
        QVERIFY(!second.actions().train->isEnabled());
        QVERIFY(!second.practice()->scoreLabel()->isHidden());
        second.actions().practice->trigger(); // and it ends there
        QVERIFY(!state.practice().isActive());
        QVERIFY(second.actions().train->isEnabled());
        QVERIFY(!second.actions().practiceHint->isEnabled());
    }

    // A window made during practice does to itself what starting practice did to the first:
    // the exercise's decimals, and no 2-D views (they would answer steps 3 and 4).
    void theNextWindowHidesWhatPracticeHides() {
        AppState state;
        {
            MainWindow first(state);
            QVERIFY(first.openLesson(sourceDir + "/lessons/02-worked-example.json")); // 2 inputs
            first.practice()->setStudentName(QStringLiteral("Anna Li"));
            first.actions().practice->trigger();
            QVERIFY(state.practice().isActive());
        }
        QSettings().setValue(QStringLiteral("view/decimals"), 2); // this window's own choice
        MainWindow second(state);
        second.show();
        auto* spaces = second.findChild<QDockWidget*>(QStringLiteral("spacesDock"));
        QVERIFY(spaces);
        QVERIFY(!spaces->isVisible());
        QCOMPARE(second.decimals(), 4); // lesson 02's exercise asks for 4
        second.actions().practice->trigger();
        QVERIFY(!state.practice().isActive());
        QCOMPARE(second.decimals(), 2); // back to the window's own
        QVERIFY(spaces->isVisible());
        QSettings().remove(QStringLiteral("view/decimals"));
    }

    void aRunThatEndsAfterItsWindowIsShownByTheNext() {
        AppState state;
        QSignalSpy finished(&state.training(), &TrainingController::finished);
        {
            MainWindow first(state);
            QVERIFY(first.openLesson(threeSamples)); // full batch: one iteration an epoch
            first.trainEpochs(250);
            QVERIFY(first.isTraining());
        } // the window goes before the run has reported its end
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(state.session().trainer().epochsCompleted(), 250);
        QCOMPARE(state.session().iteration(), qint64(251));
        MainWindow second(state);
        QCOMPARE(second.lossChart()->pointCount(), 250); // one point an epoch
        QVERIFY(!second.isTraining());
        QVERIFY(second.actions().nextStep->isEnabled());
    }

    void theStateStopsATrainingThatOutlivedItsWindow() {
        auto state = std::make_unique<AppState>();
        {
            MainWindow window(*state);
            QVERIFY(window.openLesson(sourceDir + "/bench/lessons/moons-2000.json"));
            window.trainEpochs(10000000); // hours
            QVERIFY(window.isTraining());
        }
        // Training goes on without a window: it still reports progress.
        QSignalSpy progress(&state->training(), &TrainingController::progress);
        QVERIFY(progress.wait(5000));
        QVERIFY(state->training().isRunning());
        // A window made now shows the run: its controls in their training state.
        {
            MainWindow watching(*state);
            QVERIFY(watching.isTraining());
            QVERIFY(!watching.actions().nextStep->isEnabled());
            QVERIFY(!watching.actions().train->isEnabled());
        }
        // The state cancels it and joins its thread before the session goes.
        QElapsedTimer clock;
        clock.start();
        state.reset();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestAppState)
#include "tst_app_state.moc"
