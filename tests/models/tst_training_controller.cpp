// SPDX-License-Identifier: MIT
// The training controller behind the window: the weights the views show (live while training
// reports them, the session's otherwise), their evaluation, how Go to reaches an iteration and
// what a finished run reports.
#include "models/training_controller.h"

#include "io/lesson_loader.h"

#include <QSignalSpy>
#include <QTest>

using namespace backstep;

namespace {

Lesson lessonFrom(const char* json) {
    Loaded<Lesson> r = parseLesson(QByteArray(json), QString(), QStringLiteral("lesson"));
    if (!r.value) qFatal("%s", qPrintable(r.errors.join('\n')));
    return *r.value;
}

// A perceptron whose outputs are worked out by hand: sigmoid(1·x + 0) for x = 1, −1, 2 is
// 0.73, 0.27, 0.88, so it predicts classes 1, 0, 1 against the targets 1, 1, 0.
const char* perceptron = R"({"format": "backstep-lesson", "version": 1,
    "data": {"X": [[1], [-1], [2]], "y": [[1], [1], [0]]},
    "network": {"hidden": 0, "output_activation": "sigmoid"},
    "training": {"learning_rate": 0.1, "epochs": 10, "loss": "bce"},
    "init": {"wout": [[1]], "bout": [[0]]}})";

// The tutorial's three samples, full batch: one iteration an epoch.
const char* threeSamples = R"({"format": "backstep-lesson", "version": 1,
    "data": {"X": [[1,0,1,0],[1,0,1,1],[0,1,0,1]], "y": [[1],[1],[0]]},
    "network": {"hidden": 3},
    "training": {"learning_rate": 0.1, "epochs": 5, "loss": "mse", "batch": "full"},
    "init": {"method": "uniform", "seed": 1}})";

} // namespace

class TrainingControllerTest : public QObject {
    Q_OBJECT
private slots:
    void judgesTheShownWeights() {
        LessonSession session;
        session.setLesson(lessonFrom(perceptron));
        TrainingController training(&session);
        const Judgement j = training.judgeShown();
        QVERIFY(j.classification);
        QVERIFY(!j.haveTest);
        // rows: actual class 0, 1; columns: predicted 0, 1
        Eigen::MatrixXi expected(2, 2);
        expected << 0, 1, 1, 1;
        QCOMPARE(j.trainCounts, expected);
        QCOMPARE(training.judgedSamples(), 3);
        // Live weights are judged instead: w = −1 gives 0.27, 0.73, 0.12, so it predicts 0, 1, 0.
        Parameters flipped = session.trainer().parameters();
        flipped.layers[0].weights(0, 0) = -1.0;
        QSignalSpy live(&training, &TrainingController::liveParametersChanged);
        training.showLive(flipped, 7);
        QCOMPARE(live.count(), 1);
        QVERIFY(training.showsLive());
        QCOMPARE(training.shownEpoch(), 7);
        expected << 1, 0, 1, 1;
        QCOMPARE(training.judgeShown().trainCounts, expected);
        QCOMPARE(training.judgementJob()().trainCounts, expected); // the worker's copy agrees
        // New weights in the session: the live ones are forgotten.
        session.reset();
        QVERIFY(!training.showsLive());
        QCOMPARE(training.shownParameters().layers[0].weights(0, 0), 1.0);
        QCOMPARE(training.shownEpoch(), 0);
    }

    // A short jump is made at once; beyond 20 000 iterations whole epochs train in the
    // background, and the jump ends at the target.
    void jumpsShortAtOnceAndLongInTheBackground() {
        LessonSession session;
        session.setLesson(lessonFrom(threeSamples));
        TrainingController training(&session);
        QSignalSpy started(&training, &TrainingController::trainingStarted);
        QSignalSpy arrived(&training, &TrainingController::jumpFinished);
        training.goToIteration(5);
        QCOMPARE(arrived.count(), 1);
        QCOMPARE(started.count(), 0);
        QCOMPARE(session.iteration(), 5);
        // From iteration 5 (4 epochs done) to 30 001: 29 996 iterations, a long jump. One
        // iteration an epoch, so (30 001 − 1)/1 − 4 = 29 996 whole epochs in the background.
        training.goToIteration(30001);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toInt(), 29996);
        QVERIFY(training.isRunning());
        QVERIFY(arrived.wait(60000));
        QCOMPARE(arrived.count(), 2);
        QVERIFY(!training.isRunning());
        QCOMPARE(session.iteration(), 30001);
    }

    // A finished run says how far it came; the session then holds the trained weights.
    void reportsTheOutcome() {
        LessonSession session;
        session.setLesson(lessonFrom(threeSamples));
        TrainingController training(&session);
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy ended(&training, &TrainingController::trainingEnded);
        training.train(3);
        QVERIFY(finished.wait(30000));
        QCOMPARE(ended.count(), 1);
        const auto outcome = finished.at(0).at(0).value<TrainingOutcome>();
        QVERIFY(!outcome.cancelled);
        QVERIFY(!outcome.stopMessage);
        QCOMPARE(outcome.epochsCompleted, 3);
        QCOMPARE(outcome.iterationsCompleted, 3);
        QCOMPARE(session.trainer().epochsCompleted(), 3);
        QCOMPARE(training.epochsCompleted(), 3);
        QCOMPARE(training.history().loss.size(), 3);
    }

    // Another lesson while training: the run ends without a report.
    void abandonDropsTheRun() {
        LessonSession session;
        session.setLesson(lessonFrom(threeSamples));
        TrainingController training(&session);
        QSignalSpy finished(&training, &TrainingController::finished);
        QSignalSpy ended(&training, &TrainingController::trainingEnded);
        training.train(10000000);
        QVERIFY(training.isRunning());
        training.abandon();
        QVERIFY(!training.isRunning());
        QCOMPARE(ended.count(), 1);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(session.trainer().epochsCompleted(), 0);
    }
};

QTEST_MAIN(TrainingControllerTest)
#include "tst_training_controller.moc"
