// SPDX-License-Identifier: MIT
// Practice mode without widgets: grading at its edges, reading answers, the variant seeds
// (against published FNV-1a 64 values), and a practice of lesson 01 answered with the numbers
// of the independent numpy implementation (tests/data/numpy/three-samples).
#include "common/lessons.h"
#include "models/lesson_session.h"
#include "models/matrix_table_model.h"
#include "models/practice_grading.h"
#include "models/practice_session.h"

#include "io/csv.h"
#include "io/exercise.h"
#include "io/lesson_loader.h"
#include "io/lesson_parser.h"
#include "io/lesson_writer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

using test::loadLesson;

// A matrix of iteration 1 of lesson 01 as numpy computed it.
std::vector<std::vector<double>> numpyMatrix(const QString& name) {
    const Loaded<CsvTable> csv = readCsvFile(
        sourceDir + "/tests/data/numpy/three-samples/iteration_1/" + name + ".csv", name);
    if (!csv.value) qFatal("%s", qPrintable(csv.errorText()));
    return csv.value->rows;
}

// Lesson 01 with an exercise of steps 3 and 4 of iteration 1, no variants.
Lesson lessonWithExercise(bool variants = false) {
    Lesson lesson = loadLesson("lessons/01-three-samples.json");
    lesson.exercise = Exercise{1, {3, 4}, 3, variants};
    return lesson;
}

} // namespace

class PracticeTest : public QObject {
    Q_OBJECT
private slots:
    void readsAnswers() {
        QCOMPARE(parsePracticeAnswer(" = 1,5 "), std::optional<double>(1.5));
        QCOMPARE(parsePracticeAnswer(QString::fromUtf8("\u22122.25")),
                 std::optional<double>(-2.25));
        QCOMPARE(parsePracticeAnswer("1.5e-3"), std::optional<double>(0.0015));
        QCOMPARE(parsePracticeAnswer("-0"), std::optional<double>(0.0));
        QVERIFY(!parsePracticeAnswer(""));
        QVERIFY(!parsePracticeAnswer("   "));
        QVERIFY(!parsePracticeAnswer("abc"));
        QVERIFY(!parsePracticeAnswer("1.2.3"));
    }

    void gradesAtTheDecimalsShown_data() {
        QTest::addColumn<double>("answer");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("right");
        // the same text at 3 decimals, though 1.5e-4 apart (relative 8.8e-5)
        QTest::newRow("rounded") << 1.707 << 1.7068503 << 3 << true;
        QTest::newRow("last digit off, within 1e-3") << 1.706 << 1.7067397503414834 << 3 << true;
        QTest::newRow("off by 2.7e-3") << 1.704 << 1.7067397503414834 << 3 << false;
        // 0.00012 is 0.000 at 3 decimals; relative 1e-3 alone would want 0.00012 ± 1.2e-7
        QTest::newRow("tiny: zero at 3 decimals") << 0.0 << 0.00012 << 3 << true;
        QTest::newRow("tiny: 0.001 is another text") << 0.001 << 0.00012 << 3 << false;
        QTest::newRow("tiny at 4 decimals") << 0.0 << 0.00012 << 4 << false;
        QTest::newRow("decimals 0") << 2.0 << 2.4 << 0 << true;
        QTest::newRow("decimals 0, rounds up") << 2.0 << 2.6 << 0 << false;
        QTest::newRow("half-way in binary") << 0.0015 << 0.0015 << 3 << true;
        QTest::newRow("full precision, 1e-4 relative") << 0.3333 << 1.0 / 3.0 << -1 << true;
        QTest::newRow("full precision, 1e-2 relative") << 0.33 << 1.0 / 3.0 << -1 << false;
        QTest::newRow("sign wrong") << -1.707 << 1.7067397503414834 << 3 << false;
    }

    void gradesAtTheDecimalsShown() {
        QFETCH(double, answer);
        QFETCH(double, expected);
        QFETCH(int, decimals);
        QFETCH(bool, right);
        QCOMPARE(isRightAnswer(answer, expected, decimals), right);
    }

    void negativeZero() {
        QCOMPARE(roundedText(-0.0, 3), QStringLiteral("0.000"));
        QCOMPARE(roundedText(-0.0004, 3), QStringLiteral("0.000"));
        QCOMPARE(roundedText(-0.0006, 3), QStringLiteral("-0.001"));
        QVERIFY(isRightAnswer(0.0, -0.0, 3));
        QVERIFY(isRightAnswer(-0.0, 0.0, -1)); // |a − e| = 0 ≤ 0
        QVERIFY(isRightAnswer(0.0, -0.0001, 3));
        QVERIFY(isRightAnswer(-0.0, 0.0004, 3));
        QVERIFY(!isRightAnswer(0.0, -0.0006, 3)); // shown as -0.001
        QVERIFY(isRightAnswer(-0.001, -0.0006, 3));
        QVERIFY(!isRightAnswer(1e-9, 0.0, -1)); // exactly zero wants exactly zero at full precision
    }

    void hugeAndNonFiniteValues() {
        QVERIFY(isRightAnswer(1.2345e12, 1.234567e12, 3)); // relative 5.4e-5
        QVERIFY(!isRightAnswer(1.24e12, 1.234567e12, 3));  // relative 4.4e-3
        QVERIFY(isRightAnswer(1.0005e300, 1e300, 3));      // 1e300 has 301 digits at 3 decimals
        QVERIFY(!isRightAnswer(1.002e300, 1e300, 3));
        QVERIFY(!isRightAnswer(-1.7e308, 1.7e308, 3)); // the difference overflows: not right
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!isRightAnswer(inf, 1e308, 3));
        QVERIFY(isRightAnswer(inf, inf, 3));
        QVERIFY(!isRightAnswer(-inf, inf, 3));
        QVERIFY(!isRightAnswer(1e308, inf, 3));
        QVERIFY(isRightAnswer(nan, nan, 3));
        QVERIFY(!isRightAnswer(0.0, nan, 3));
    }

    // FNV-1a 64 of "a" and "foobar" are the published test vectors of the FNV authors; the
    // others were worked out by a separate Python implementation of the same definition.
    void variantSeedsAreFnv1aOfTheFoldedName() {
        QCOMPARE(variantSeed(""), Q_UINT64_C(0xcbf29ce484222325));
        QCOMPARE(variantSeed("a"), Q_UINT64_C(0xaf63dc4c8601ec8c));
        QCOMPARE(variantSeed("  A\t"), Q_UINT64_C(0xaf63dc4c8601ec8c));
        QCOMPARE(variantSeed("FooBar"), Q_UINT64_C(0x85944171f73967e8));
        QCOMPARE(variantSeed(QString::fromUtf8("张伟")), Q_UINT64_C(0xaa34612520c8c319));
        QCOMPARE(variantSeed(QString::fromUtf8("Anna ")), Q_UINT64_C(0x96bcca83b55aa4bb));
        // é composed (U+00E9) or as e + U+0301: the same student
        QCOMPARE(variantSeed(QString::fromUtf8("Jos\u00e9")), Q_UINT64_C(0x6df61d7fd4007aa7));
        QCOMPARE(variantSeed(QString::fromUtf8("Jose\u0301")), Q_UINT64_C(0x6df61d7fd4007aa7));
        QVERIFY(variantSeed("anna") != variantSeed("hanna"));
    }

    void variantsDifferBetweenNamesAndStay() {
        const Lesson lesson = loadLesson("lessons/01-three-samples.json");
        const Lesson anna = lessonVariant(lesson, "Anna");
        const Lesson again = lessonVariant(lesson, " anna");
        const Lesson ben = lessonVariant(lesson, "Ben");
        const Matrix& w = anna.initial.layers[0].weights;
        QCOMPARE(w, again.initial.layers[0].weights);
        QVERIFY(w != ben.initial.layers[0].weights);
        QVERIFY(w != lesson.initial.layers[0].weights);
        QCOMPARE(anna.initSpec.seed, variantSeed("Anna") >> 11);
        // the lesson's own method, U[0, 1)
        QVERIFY((w.array() >= 0).all() && (w.array() < 1).all());
        QCOMPARE(anna.data.X, lesson.data.X);
        // saved and loaded again: the same variant (the seed fits a lesson file exactly)
        JsonFields fields;
        const auto reloaded =
            LessonParser(fields, sourceDir)
                .parse(QJsonDocument::fromJson(lessonToJson(anna, anna.initial, true)).object());
        QVERIFY2(reloaded, qPrintable(fields.errors.join('\n')));
        QVERIFY(!reloaded->explicitInit);
        QCOMPARE(reloaded->initial.layers[0].weights, w);
        QCOMPARE(reloaded->initial.layers[1].bias, anna.initial.layers[1].bias);

        // a lesson that gives matrices: drawn from U[0, 1), not the matrices
        const Lesson worked = loadLesson("lessons/02-worked-example.json");
        QVERIFY(worked.explicitInit);
        const Lesson mine = lessonVariant(worked, "Anna");
        QVERIFY(!mine.explicitInit);
        QCOMPARE(mine.initSpec.method, InitSpec::Method::Uniform);
        QVERIFY(mine.initial.layers[0].weights != worked.initial.layers[0].weights);
        QVERIFY((mine.initial.layers[0].weights.array() >= 0).all());
        QVERIFY((mine.initial.layers[0].weights.array() < 1).all());
    }

    // Steps 3 and 4 of lesson 01, typed with numpy's numbers: hints, revealing, score,
    // the end of the exercise and the rows of the CSV.
    void practiseTwoStepsOfLessonOne() {
        LessonSession session;
        session.setLesson(lessonWithExercise());
        session.goToStage(7); // practice starts at the exercise's first step wherever one is
        PracticeSession practice(&session);
        QSignalSpy completed(&practice, &PracticeSession::iterationCompleted);
        practice.start("Anna");
        QVERIFY(practice.isActive());
        QCOMPARE(session.iteration(), qint64(1));
        QCOMPARE(session.step(), 3);
        QCOMPARE(practice.gradingDecimals(), 3);
        const auto hli = numpyMatrix("hidden_layer_input");
        const auto act = numpyMatrix("hiddenlayer_activations");
        const auto cell = [](const char* m, int r, int c) { return CellRef{m, r, c}; };

        QCOMPARE(*session.focusedCell(), cell("hidden_layer_input", 0, 0));
        QCOMPARE(practice.mark(cell("hidden_layer_input", 0, 0)), PracticeMark::Blank);
        QCOMPARE(practice.mark(cell("X", 0, 0)), PracticeMark::None);
        QCOMPARE(practice.mark(cell("hiddenlayer_activations", 0, 0)), PracticeMark::None);
        QVERIFY(practice.hidesFocusInputs());
        QCOMPARE(practice.openCellsInStage(), 9);

        // wrong twice (help 1 and 2), then right at 3 decimals
        QCOMPARE(practice.answerFocused("1.5"), PracticeSession::Outcome::Wrong);
        QCOMPARE(practice.helpLevel(cell("hidden_layer_input", 0, 0)), 1);
        QCOMPARE(practice.mark(cell("hidden_layer_input", 0, 0)), PracticeMark::Wrong);
        QVERIFY(!practice.hidesFocusInputs());
        QCOMPARE(practice.answerFocused("not a number"), PracticeSession::Outcome::NotANumber);
        QCOMPARE(practice.helpLevel(cell("hidden_layer_input", 0, 0)), 1); // costs nothing
        QCOMPARE(practice.answerFocused("1.6"), PracticeSession::Outcome::Wrong);
        QCOMPARE(practice.helpLevel(cell("hidden_layer_input", 0, 0)), 2);
        const QString right = QString::number(hli[0][0], 'f', 3);
        QCOMPARE(
            right,
            QStringLiteral(
                "1.707")); // by hand: wh[1,1] + wh[3,1] + bh[1,1] = 0.70292 + 0.07105 + 0.93277
        QCOMPARE(practice.answerFocused(right), PracticeSession::Outcome::Right);
        QCOMPARE(practice.mark(cell("hidden_layer_input", 0, 0)), PracticeMark::Right);
        QCOMPARE(*session.focusedCell(), cell("hidden_layer_input", 0, 1)); // the next blank

        // three hints reveal [1,2]; the focus goes on to [1,3]
        practice.hint();
        practice.hint();
        QCOMPARE(practice.mark(cell("hidden_layer_input", 0, 1)), PracticeMark::Blank);
        practice.hint();
        QCOMPARE(practice.mark(cell("hidden_layer_input", 0, 1)), PracticeMark::Revealed);
        QCOMPARE(*session.focusedCell(), cell("hidden_layer_input", 0, 2));
        QCOMPARE(practice.answer(cell("hidden_layer_input", 0, 1), "1.57"),
                 PracticeSession::Outcome::NotOpen);

        // Next cannot leave the step while cells are empty
        QVERIFY(!practice.nextStep());
        QCOMPARE(session.step(), 3);
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                if (r > 0 || c > 1)
                    QCOMPARE(practice.answer(cell("hidden_layer_input", r, c),
                                             QString::number(hli[size_t(r)][size_t(c)], 'g', 6)),
                             PracticeSession::Outcome::Right);
        QCOMPARE(practice.openCellsInStage(), 0);
        QCOMPARE(completed.count(), 0);
        QVERIFY(practice.nextStep());
        QCOMPARE(session.step(), 4);
        QCOMPARE(*session.focusedCell(), cell("hiddenlayer_activations", 0, 0));
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(practice.answerFocused(QString::number(act[size_t(r)][size_t(c)], 'f', 3)),
                         PracticeSession::Outcome::Right);
        QCOMPARE(completed.count(), 1); // steps 3 and 4 done: the summary's moment
        QCOMPARE(completed.first().first().toLongLong(), qint64(1));

        const auto steps = practice.stepScores(1);
        QCOMPARE(steps.size(), size_t(2));
        QCOMPARE(steps[0].step, 3);
        QCOMPARE(steps[0].cells, 9);
        QCOMPARE(steps[0].firstTry, 7);
        QCOMPARE(steps[0].withHints, 1);
        QCOMPARE(steps[0].revealed, 1);
        QCOMPARE(steps[0].hints, 5); // 2 for [1,1], 3 for [1,2]
        QCOMPARE(steps[1].firstTry, 9);
        QCOMPARE(practice.iterationScore(1).right(), 17);

        const auto rows = practice.results();
        QCOMPARE(rows.size(), size_t(18));
        QCOMPARE(rows[0].cell, QStringLiteral("hidden_layer_input[1,1]"));
        QCOMPARE(rows[0].answer, QStringLiteral("1.707"));
        QVERIFY(std::abs(rows[0].expected - hli[0][0]) < 1e-12);
        QVERIFY(rows[0].right);
        QCOMPARE(rows[0].hints, 2);
        QCOMPARE(rows[1].cell, QStringLiteral("hidden_layer_input[1,2]"));
        QVERIFY(!rows[1].right);
        QCOMPARE(rows[1].hints, 3);
        QCOMPARE(rows[9].cell, QStringLiteral("hiddenlayer_activations[1,1]"));
        QCOMPARE(rows[9].step, 4);

        // past the exercise's steps nothing is blank
        QVERIFY(practice.nextStep());
        QCOMPARE(session.step(), 5);
        QCOMPARE(practice.mark(cell("slope_output_layer", 0, 0)), PracticeMark::None);
    }

    // A click in the step list cannot skip empty cells: the session comes back to them.
    void jumpingAheadComesBackToTheEmptyCells() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/04-xor.json"));
        PracticeSession practice(&session);
        practice.start("Ben");
        QCOMPARE(session.step(), 3);
        session.goToStage(7); // step 8
        QCOMPARE(session.step(), 3);
        QVERIFY(practice.feedback().contains("Step 3 still has empty cells"));
        QCOMPARE(session.focusedCell()->matrix, std::string("hidden_layer_input"));
        QCOMPARE(practice.iterationScore(1).cells, practice.openCellsInStage()); // step 3 only
        practice.revealOpen();
        session.goToStage(4); // step 5: steps 4 and 5 now to do, back to step 4
        QCOMPARE(session.step(), 4);
        session.goToStage(0); // back is free
        QCOMPARE(session.step(), 1);
        QCOMPARE(practice.mark(CellRef{"hidden_layer_input", 0, 0}), PracticeMark::None);
    }

    void cellsAreBlankInTheTableModel() {
        LessonSession session;
        session.setLesson(lessonWithExercise());
        PracticeSession practice(&session);
        MatrixTableModel model(&session, "hidden_layer_input");
        model.setPractice(&practice);
        MatrixTableModel inputs(&session, "X");
        inputs.setPractice(&practice);
        practice.start("Anna");
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data().toString(), QString());
        QVERIFY(!first.data(MatrixTableModel::ValueRole).isValid());
        QVERIFY(model.flags(first) & Qt::ItemIsEditable);
        QVERIFY(!(inputs.flags(inputs.index(0, 0)) & Qt::ItemIsEditable)); // no edits under answers
        // before any hint the inputs of the focused blank are not orange
        QCOMPARE(inputs.index(0, 0).data(MatrixTableModel::HighlightRole).toInt(),
                 int(Highlight::None));
        QVERIFY(model.setData(first, "2", Qt::EditRole)); // wrong: 1.707
        QCOMPARE(first.data().toString(), QStringLiteral("2"));
        QCOMPARE(first.data(MatrixTableModel::PracticeRole).toInt(), int(PracticeMark::Wrong));
        QCOMPARE(inputs.index(0, 0).data(MatrixTableModel::HighlightRole).toInt(),
                 int(Highlight::Input));
        QVERIFY(model.setData(first, "1,707", Qt::EditRole));
        QCOMPARE(first.data().toString(), QStringLiteral("1.707"));
        QCOMPARE(first.data(MatrixTableModel::PracticeRole).toInt(), int(PracticeMark::Right));
        QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));
        practice.stop();
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1.571"));
        QVERIFY(inputs.flags(inputs.index(0, 0)) & Qt::ItemIsEditable);
    }

    void withoutExerciseFromStepThreeOfTheIterationShown() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/04-xor.json")); // no exercise
        QVERIFY(!session.lesson().exercise);
        session.nextStep(); // iteration 2
        for (int i = 0; i < 12; ++i)
            session.nextStep();
        QCOMPARE(session.iteration(), qint64(2));
        PracticeSession practice(&session);
        practice.setShownDecimals(2);
        practice.start("Ben");
        QCOMPARE(session.iteration(), qint64(2));
        QCOMPARE(session.step(), 3);
        QCOMPARE(practice.gradingDecimals(), 2);
        practice.revealOpen();
        QVERIFY(practice.nextStep());
        QCOMPARE(session.step(), 4);
        QVERIFY(practice.openCellsInStage() > 0);
    }

    void variantExerciseAndItsEnd() {
        LessonSession session;
        const Lesson lesson = lessonWithExercise(true);
        session.setLesson(lesson);
        PracticeSession practice(&session);
        QSignalSpy ended(&practice, &PracticeSession::ended);
        practice.start("Anna");
        QCOMPARE(session.lesson().initial.layers[0].weights,
                 lessonVariant(lesson, "anna").initial.layers[0].weights);
        QVERIFY(session.lesson().initial.layers[0].weights != lesson.initial.layers[0].weights);
        // the expected values are the variant's
        const double expected = session.trace().at("hidden_layer_input").values(0, 0);
        QCOMPARE(practice.answerFocused(QString::number(expected, 'g', 8)),
                 PracticeSession::Outcome::Right);
        practice.stop();
        QCOMPARE(session.lesson().initial.layers[0].weights, lesson.initial.layers[0].weights);
        QCOMPARE(ended.count(), 0);
        QCOMPARE(practice.results().size(), size_t(9)); // kept for the export after the end

        practice.start("Anna");
        session.setLesson(loadLesson("lessons/04-xor.json")); // another lesson ends practice
        QVERIFY(!practice.isActive());
        QCOMPARE(ended.count(), 1);
    }
};

QTEST_MAIN(PracticeTest)
#include "tst_practice.moc"
