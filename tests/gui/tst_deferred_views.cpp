// SPDX-License-Identifier: MIT
// Lessons with many samples draw their 2-D views and judge their evaluation on a worker: the
// pictures still follow every new iteration, training and the slider, show exactly what the
// model computes, and their samples (stamped into an image) keep their class colours.
#include "ui/evaluation_view.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/plane_view.h"
#include "ui/space_views.h"

#include "common/window_on_state.h"

#include "core/evaluation.h"
#include "core/iteration.h"
#include "io/lesson_loader.h"

#include <QAction>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace backstep;

namespace {

const QString largeLesson = QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-2000.json");

bool similar(const QColor& a, const QColor& b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The views show the pictures drawSpaces makes of the session's current weights.
bool showsCurrentWeights(MainWindow& w) {
    SpaceViews* views = w.spaceViews();
    views->waitForPictures();
    const Trainer& t = w.session()->trainer();
    const SpacePictures expected =
        drawSpaces(t.network(), t.parameters(), t.data(), t.testData(), 0, 1);
    const PlanePicture& input = views->inputView()->picture();
    const PlanePicture& after = views->hiddenAfterView()->picture();
    return input.heat == expected.input.heat && input.samples.size() == t.data().samples() &&
           after.samples.size() == expected.hiddenAfter.samples.size() &&
           after.samples.front().position == expected.hiddenAfter.samples.front().position &&
           after.samples.back().position == expected.hiddenAfter.samples.back().position;
}

// The sheet shows the trace of the session's trainer, never one of another state.
bool traceFitsTrainer(MainWindow& w) {
    const Trainer& t = w.session()->trainer();
    const Trace expected =
        buildTrace(t.network(), t.config(), t.parameters(), t.data(), t.nextBatch());
    const Trace& shown = w.session()->trace();
    if (shown.matrices.size() != expected.matrices.size() ||
        shown.sampleIndices != expected.sampleIndices)
        return false;
    for (size_t m = 0; m < shown.matrices.size(); ++m)
        if (shown.matrices[m].values != expected.matrices[m].values) return false;
    return true;
}

// The evaluation's training table counts what the current weights classify.
bool judgesCurrentWeights(MainWindow& w) {
    EvaluationView* e = w.evaluationView();
    e->waitForResults();
    const Trainer& t = w.session()->trainer();
    IterationWork work;
    forwardPass(t.network(), t.parameters(), t.data().X, work);
    const Eigen::MatrixXi counts = confusionMatrix(t.data().y, work.layers.back().activation);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 2; ++c)
            if (!e->trainTable()->item(r, c) ||
                e->trainTable()->item(r, c)->text().toInt() != counts(r, c))
                return false;
    return true;
}

} // namespace

class DeferredViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void viewsFollowStepsTrainingAndTheSlider() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(largeLesson));
        w.resize(1400, 900);
        w.findChild<QDockWidget*>(QStringLiteral("evaluationDock"))->setFloating(true);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(showsCurrentWeights(w));
        QVERIFY(judgesCurrentWeights(w));
        const QImage before = w.spaceViews()->inputView()->picture().heat;
        // a new iteration: the views are computed after the step, and then show it
        w.session()->finishIteration();
        QVERIFY(w.session()->nextStep());
        QCOMPARE(w.session()->iteration(), 2);
        QVERIFY(showsCurrentWeights(w));
        QVERIFY(judgesCurrentWeights(w));
        QVERIFY(w.spaceViews()->inputView()->picture().heat != before);
        // several iterations in quick succession: only the newest is drawn in the end
        for (int i = 0; i < 3; ++i) {
            w.session()->finishIteration();
            QVERIFY(w.session()->nextStep());
        }
        QVERIFY(showsCurrentWeights(w));
        QVERIFY(judgesCurrentWeights(w));
        // training: live pictures while it runs, the trained weights when it ends
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(300);
        QVERIFY(finished.wait(60000));
        QCOMPARE(w.spaceViews()->shownEpoch(), w.session()->trainer().epochsCompleted());
        QCOMPARE(w.session()->trainer().epochsCompleted(), 4 + 300);
        QVERIFY(showsCurrentWeights(w));
        QVERIFY(judgesCurrentWeights(w));
        // the slider back to the start: the initial weights' picture
        w.spaceViews()->epochSlider()->setValue(0);
        QCOMPARE(w.spaceViews()->shownEpoch(), 0);
        w.spaceViews()->waitForPictures();
        const Lesson& l = w.session()->lesson();
        const SpacePictures start = drawSpaces(l.network, l.initial, w.session()->trainer().data(),
                                               w.session()->trainer().testData(), 0, 1);
        QCOMPARE(w.spaceViews()->inputView()->picture().heat, start.input.heat);
    }

    // Cancel unlocks the window at once; the trained iteration's sheet follows when its trace
    // is built, and a step asked for before then waits for it.
    void cancelAnswersBeforeTheSheetIsBuilt() {
        test::WindowOnState w;
        QVERIFY(
            w.openLesson(QStringLiteral(BACKSTEP_SOURCE_DIR "/bench/lessons/moons-20000.json")));
        QSignalSpy progress(w.runner(), &TrainingRunner::progress);
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        for (bool stepAtOnce : {false, true}) {
            const int before = w.session()->trainer().epochsCompleted();
            w.trainEpochs(10000000);
            QVERIFY(progress.wait(10000)); // at least one epoch done
            w.cancelTraining();
            QVERIFY(finished.wait(10000));
            QVERIFY(!w.isTraining());
            QVERIFY(w.action("nextStep")->isEnabled());
            QVERIFY(traceFitsTrainer(w)); // the old trainer or the new one, each with its trace
            if (stepAtOnce) {
                w.action("nextStep")->trigger();
                QVERIFY(!w.session()->adopting());
                QCOMPARE(w.session()->step(), 1);
                QVERIFY(w.session()->trainer().epochsCompleted() >= before + 2);
            } else {
                QTRY_VERIFY(!w.session()->adopting());
                QCOMPARE(w.session()->step(), 12);
                QVERIFY(w.session()->trainer().epochsCompleted() > before);
                QCOMPARE(w.lossChart()->pointCount(), w.session()->trainer().epochsCompleted());
            }
            QCOMPARE(w.session()->iteration(), w.session()->trainer().epochsCompleted() + 1);
            QVERIFY(traceFitsTrainer(w));
        }
    }

    // A lesson opened while a training runs: nothing of that training reaches the new lesson
    // (neither its progress nor the trainer it ends with).
    void aLessonOpenedWhileTrainingKeepsNothingOfIt() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(largeLesson));
        QSignalSpy progress(w.runner(), &TrainingRunner::progress);
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(10000000);
        QVERIFY(progress.wait(10000));
        Loaded<Lesson> other =
            loadLessonFile(QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/01-three-samples.json"));
        QVERIFY(other.value);
        w.setLesson(*other.value);
        QVERIFY(!w.isTraining());
        QVERIFY(w.action("nextStep")->isEnabled());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(w.session()->trainer().network().inputs, other.value->network.inputs);
        QCOMPARE(w.session()->trainer().epochsCompleted(), 0);
        QCOMPARE(w.session()->iteration(), 1);
        QCOMPARE(w.lossChart()->pointCount(), 0);
        QVERIFY(traceFitsTrainer(w));
    }

    // More samples than are drawn as ellipses: a sample's disc, stamped into the picture,
    // has its class colour at its centre (the one farthest from the other class).
    void stampedSamplesKeepTheirColours() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(largeLesson));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.spaceViews()->waitForPictures();
        PlaneView* input = w.spaceViews()->inputView();
        const QImage image = input->grab().toImage();
        const Dataset& d = w.session()->trainer().data();
        Index best = 0;
        double bestDistance = -1;
        for (Index r = 0; r < d.samples(); r += 7) { // a sample of the samples is plenty
            const QPointF at = input->toWidget(d.X(r, 0), d.X(r, 1));
            double nearest = INFINITY;
            for (Index o = 0; o < d.samples(); ++o)
                if ((d.y(o, 0) >= 0.5) != (d.y(r, 0) >= 0.5))
                    nearest = std::min(nearest,
                                       QLineF(at, input->toWidget(d.X(o, 0), d.X(o, 1))).length());
            if (nearest > bestDistance) {
                bestDistance = nearest;
                best = r;
            }
        }
        QVERIFY(bestDistance > 6);
        const QPoint centre = input->toWidget(d.X(best, 0), d.X(best, 1)).toPoint();
        const QColor expected = classColour(d.y(best, 0) >= 0.5 ? 1 : 0);
        QVERIFY2(similar(image.pixelColor(centre), expected, 30),
                 qPrintable(image.pixelColor(centre).name() + " vs " + expected.name()));
    }
};

QTEST_MAIN(DeferredViewsTest)
#include "tst_deferred_views.moc"
