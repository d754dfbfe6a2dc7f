// SPDX-License-Identifier: MIT
// The session works the next iteration out ahead on a worker: what it shows must be exactly
// what computing it on the spot gives, also after edits, going back and minibatches; and the
// highlights of a focused cell with a hundred thousand inputs must still be its provenance.
#include "common/lessons.h"
#include "models/lesson_session.h"
#include "models/matrix_table_model.h"
#include "models/training_runner.h"

#include "io/lesson_loader.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace backstep;

namespace {

using test::loadLesson;

// The trace of `trainer`'s next iteration, computed here.
Trace traceOf(const Trainer& t) {
    return buildTrace(t.network(), t.config(), t.parameters(), t.data(), t.nextBatch());
}

bool sameNumbers(const Trace& a, const Trace& b) {
    if (a.matrices.size() != b.matrices.size() || a.sampleIndices != b.sampleIndices ||
        a.loss != b.loss)
        return false;
    for (size_t m = 0; m < a.matrices.size(); ++m)
        if (a.matrices[m].name != b.matrices[m].name ||
            a.matrices[m].values != b.matrices[m].values)
            return false;
    return true;
}

} // namespace

class PrefetchTest : public QObject {
    Q_OBJECT
private slots:
    // Iteration after iteration through two epochs of minibatches, each shown trace is the
    // one a trainer stepping alone computes.
    void aheadIsWhatTheTrainerComputes() {
        const Lesson lesson = loadLesson("tests/data/numpy/tanh-linear-minibatch/lesson.json");
        LessonSession session;
        session.setLesson(lesson);
        Trainer alone(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(sameNumbers(session.trace(), traceOf(alone)));
            QCOMPARE(session.iteration(), alone.iterationsCompleted() + 1);
            QCOMPARE(session.trainer().epochLoss(), alone.epochLoss());
            session.finishIteration();
            QVERIFY(session.nextStep());
            QVERIFY(alone.runIteration());
        }
        // back into the last iteration and forward again: the same numbers
        QVERIFY(session.previousStep());
        QVERIFY(session.nextStep());
        QVERIFY(sameNumbers(session.trace(), traceOf(alone)));
    }

    // An edit made after the next iteration was worked out is in that iteration.
    void editsReachTheNextIteration() {
        const Lesson lesson = loadLesson("lessons/01-three-samples.json");
        LessonSession session;
        session.setLesson(lesson);
        session.finishIteration(); // the weights "before" are shown, editable
        session.editCell({"wh", 0, 0}, 0.75);
        session.editCell({"X", 1, 2}, -1.5);
        Trainer alone = session.trainer();
        QVERIFY(session.nextStep());
        QVERIFY(alone.runIteration());
        QVERIFY(sameNumbers(session.trace(), traceOf(alone)));
        // and undone again, after the following iteration was worked out from the edit
        session.finishIteration();
        session.undoStack()->undo();
        Trainer undone = session.trainer();
        QVERIFY(session.nextStep());
        QVERIFY(undone.runIteration());
        QVERIFY(sameNumbers(session.trace(), traceOf(undone)));
    }

    // A trainer that ran elsewhere, taken over with or without its trace, then stepped on.
    void adoptedTrainerStepsOn() {
        const Lesson lesson = loadLesson("lessons/07-moons.json");
        LessonSession session;
        session.setLesson(lesson);
        Trainer trained(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
        QVERIFY(trained.train(3));
        session.adoptTrainer(trained, traceOf(trained));
        QVERIFY(sameNumbers(session.trace(), traceOf(trained)));
        QCOMPARE(session.step(), 12);
        QVERIFY(session.nextStep());
        QVERIFY(trained.runIteration());
        QVERIFY(sameNumbers(session.trace(), traceOf(trained)));
        session.adoptTrainer(trained); // the trace built by the session
        QVERIFY(sameNumbers(session.trace(), traceOf(trained)));
    }

    // A large lesson's trainer taken over: until the worker has built its trace the session
    // shows the trainer and trace it had (never one with the other's numbers); then the new
    // ones at step 12. A step asked for in between waits for the trace and steps from it.
    void aLargeAdoptionShowsItsTraceWhenBuilt() {
        const Lesson lesson = loadLesson("bench/lessons/moons-20000.json");
        LessonSession session;
        session.setLesson(lesson);
        Trainer trained(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
        QVERIFY(trained.train(2));
        int traces = 0;
        connect(&session, &LessonSession::traceChanged, this, [&] { ++traces; });
        session.adoptTrainer(trained);
        QVERIFY(session.adopting());
        QCOMPARE(traces, 0);
        QCOMPARE(session.iteration(), 1);
        QVERIFY(sameNumbers(session.trace(), traceOf(session.trainer())));
        QTRY_VERIFY(!session.adopting()); // delivered through the event loop
        QCOMPARE(traces, 1);
        QCOMPARE(session.iteration(), 3);
        QCOMPARE(session.step(), 12);
        QVERIFY(sameNumbers(session.trace(), traceOf(trained)));
        // taken over again, and stepped on at once
        QVERIFY(trained.runIteration());
        session.adoptTrainer(trained);
        QVERIFY(session.adopting());
        QVERIFY(session.nextStep());
        QVERIFY(!session.adopting());
        QVERIFY(trained.runIteration());
        QCOMPARE(session.iteration(), 5);
        QCOMPARE(session.step(), 1);
        QVERIFY(sameNumbers(session.trace(), traceOf(trained)));
        // a later adoption replaces one still waiting; a new lesson waits for it, then wins
        session.adoptTrainer(trained);
        Trainer later = trained;
        QVERIFY(later.runIteration());
        session.adoptTrainer(later);
        session.setLesson(lesson);
        QVERIFY(!session.adopting());
        QCOMPARE(session.iteration(), 1);
        QVERIFY(sameNumbers(session.trace(), traceOf(session.trainer())));
        QTest::qWait(50); // the result of the replaced adoptions, if any, changes nothing
        QCOMPARE(session.iteration(), 1);
    }

    // A runner destroyed while it trains stops, and frees its thread and trainer (the
    // sanitizer build finds a leak otherwise).
    void aRunnerDestroyedWhileTrainingCleansUp() {
        const Lesson lesson = loadLesson("lessons/01-three-samples.json");
        const Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial,
                              lesson.test);
        {
            TrainingRunner runner;
            runner.start(trainer, 10000000);
            QTest::qWait(20);
        }
        {
            TrainingRunner runner; // and one whose end was reported but not delivered
            runner.start(trainer, 1);
            runner.wait();
        }
        TrainingRunner runner; // abandoned: nothing of it is reported
        QSignalSpy progress(&runner, &TrainingRunner::progress);
        QSignalSpy finished(&runner, &TrainingRunner::finished);
        runner.start(trainer, 10000000);
        QTest::qWait(20);
        runner.abandon();
        QVERIFY(!runner.isRunning());
        const qsizetype reported = progress.count();
        QTest::qWait(50);
        QCOMPARE(progress.count(), reported);
        QCOMPARE(finished.count(), 0);
    }

    // The update of a weight reads two cells of every sample: with 100 000 samples the
    // orange cells are still exactly its provenance, found by lookups, not comparisons of names.
    void aFocusWithManyInputsHighlightsThem() {
        LessonSession session;
        session.setLesson(loadLesson("bench/lessons/moons-100000.json"));
        session.finishIteration();
        const CellRef focus{"wout_updated", 3, 0};
        session.setFocusedCell(focus);
        const Provenance p = provenanceOf(session.trace(), focus);
        QCOMPARE(p.inputs.size(), size_t(200001));
        const std::set<CellRef> inputs(p.inputs.begin(), p.inputs.end());
        const Trace& trace = session.trace();
        size_t orange = 0;
        for (size_t m = 0; m < trace.matrices.size(); ++m) {
            const TraceMatrix& tm = trace.matrices[m];
            for (int r = 0; r < tm.values.rows(); ++r)
                for (int c = 0; c < tm.values.cols(); ++c) {
                    const Highlight h = session.highlight(int(m), r, c);
                    const bool input = inputs.count(CellRef{tm.name, r, c}) > 0;
                    if (CellRef{tm.name, r, c} == focus)
                        QCOMPARE(h, Highlight::Focused);
                    else if (h == Highlight::Input)
                        ++orange;
                    else if (input)
                        QFAIL(qPrintable(QStringLiteral("%1[%2,%3] is an input but not orange")
                                             .arg(QString::fromStdString(tm.name))
                                             .arg(r)
                                             .arg(c)));
                }
        }
        QCOMPARE(orange, inputs.size());
        QVERIFY(session.focusedProvenance());
        QCOMPARE(session.focusedProvenance()->inputs.size(), p.inputs.size());
    }
};

QTEST_MAIN(PrefetchTest)
#include "tst_prefetch.moc"
