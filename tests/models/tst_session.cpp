// SPDX-License-Identifier: MIT
// The session and table models behind the sheet: stepping, highlights, going back, the
// cell-by-cell mode, editing with undo, and QAbstractItemModelTester on every model.
#include "common/lessons.h"
#include "models/lesson_session.h"
#include "models/matrix_table_model.h"
#include "models/space_pictures.h"

#include "io/lesson_loader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QGuiApplication>
#include <QTest>

#include <map>
#include <memory>
#include <set>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

using test::loadLesson;

struct Models {
    std::vector<std::unique_ptr<MatrixTableModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    explicit Models(LessonSession* session) {
        for (const TraceMatrix& m : session->trace().matrices) {
            models.push_back(std::make_unique<MatrixTableModel>(session, m.name));
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                models.back().get(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }
    // Everything a user sees: every cell's text and highlight.
    QStringList snapshot() const {
        QStringList cells;
        for (const auto& m : models)
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    cells << QString::fromStdString(m->matrixName()) + i.data().toString() +
                                 QLatin1Char('|') +
                                 i.data(MatrixTableModel::HighlightRole).toString();
                }
        return cells;
    }
};

using CellSet = std::set<CellRef>;

CellSet cellsWith(const Models& models, std::initializer_list<Highlight> kinds) {
    CellSet cells;
    for (const auto& m : models.models)
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const auto h = static_cast<Highlight>(
                    m->index(r, c).data(MatrixTableModel::HighlightRole).toInt());
                for (Highlight k : kinds)
                    if (h == k) cells.insert(m->cellAt(m->index(r, c)));
            }
    return cells;
}

} // namespace

class SessionTest : public QObject {
    Q_OBJECT
private slots:
    void nextVisitsEveryStepAndHighlightsWhatItComputes() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        Models models(&session);
        QCOMPARE(session.step(), 1);
        for (int expectedStep = 1; expectedStep <= 12; ++expectedStep) {
            QCOMPARE(session.step(), expectedStep);
            QCOMPARE(session.iteration(), 1);
            // the yellow cells (computed or focused) are exactly the cells of this step's matrices
            CellSet expected;
            for (int m : session.trace().stages[size_t(session.stage())].matrices) {
                const TraceMatrix& tm = session.trace().matrices[size_t(m)];
                for (int r = 0; r < tm.values.rows(); ++r)
                    for (int c = 0; c < tm.values.cols(); ++c)
                        expected.insert({tm.name, r, c});
            }
            QCOMPARE(cellsWith(models, {Highlight::Computed, Highlight::Focused}), expected);
            // hidden cells are empty: nothing after this step shows a number
            for (const auto& m : models.models) {
                const int stage = session.stageOfMatrix(session.trace().indexOf(m->matrixName()));
                QCOMPARE(m->index(0, 0).data().toString().isEmpty(), stage > session.stage());
            }
            QVERIFY(session.nextStep());
        }
        QCOMPARE(session.iteration(), 2);
        QCOMPARE(session.step(), 1);
    }

    void orangeCellsAreTheProvenance() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        Models models(&session);
        session.finishIteration();
        for (const CellRef& focus :
             {CellRef{"hidden_layer_input", 1, 2}, CellRef{"Error_at_hidden_layer", 2, 0},
              CellRef{"wh_updated", 3, 1}, CellRef{"bout_updated", 0, 0}}) {
            session.setFocusedCell(focus);
            const Provenance p = provenanceOf(session.trace(), focus);
            QCOMPARE(cellsWith(models, {Highlight::Input}),
                     CellSet(p.inputs.begin(), p.inputs.end()));
            QCOMPARE(cellsWith(models, {Highlight::Focused}), CellSet{focus});
        }
        // hidden cells cannot be focused
        session.goToStage(2);
        session.setFocusedCell({"wh_updated", 0, 0});
        QCOMPARE(session.focusedCell()->matrix, std::string("hidden_layer_input"));
        // nor cells outside their matrix (X is 3×4): the focus stays where it was
        session.finishIteration();
        session.setFocusedCell({"hidden_layer_input", 1, 2});
        for (const CellRef& outside : {CellRef{"X", 3, 0}, CellRef{"X", 0, 4}, CellRef{"X", -1, 0}})
            session.setFocusedCell(outside);
        QCOMPARE(*session.focusedCell(), (CellRef{"hidden_layer_input", 1, 2}));
    }

    void backRestoresExactlyWhatWasShown() {
        LessonSession session;
        Lesson lesson = loadLesson("tests/data/numpy/tanh-linear-minibatch/lesson.json");
        session.setLesson(lesson);
        Models models(&session);
        std::vector<QStringList> seen;
        for (int i = 0; i < 30; ++i) { // 2.5 iterations, through two batch sizes (4 and 2 rows)
            seen.push_back(models.snapshot());
            QVERIFY(session.nextStep());
        }
        for (int i = 29; i >= 0; --i) {
            QVERIFY(session.previousStep());
            QCOMPARE(models.snapshot(), seen[size_t(i)]);
        }
        QVERIFY(!session.previousStep());
    }

    void cellByCell() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        Models models(&session);
        session.goToStage(1); // step 2 shown; the next cells are step 3's nine
        for (int k = 1; k <= 9; ++k) {
            QVERIFY(session.nextCell());
            QCOMPARE(session.step(), 3);
            const int revealedHere = k == 9 ? 9 : k;
            int shown = 0;
            for (int r = 0; r < 3; ++r)
                for (int c = 0; c < 3; ++c)
                    shown += !models.models[size_t(session.trace().indexOf("hidden_layer_input"))]
                                  ->index(r, c)
                                  .data()
                                  .toString()
                                  .isEmpty();
            QCOMPARE(shown, revealedHere);
            // the newest cell is focused, with its inputs in orange
            const CellRef newest{"hidden_layer_input", (k - 1) / 3, (k - 1) % 3};
            QCOMPARE(*session.focusedCell(), newest);
            QCOMPARE(cellsWith(models, {Highlight::Input}).size(), size_t(4 + 4 + 1));
        }
        QCOMPARE(session.revealedCells(), -1); // the ninth cell completed the step
    }

    void editAndUndo() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        Models models(&session);
        session.finishIteration();
        auto& X = *models.models[size_t(session.trace().indexOf("X"))];
        auto& wh = *models.models[size_t(session.trace().indexOf("wh"))];
        const double before = session.trace().at("hidden_layer_input").values(0, 1);
        const double weight = session.trace().at("wh").values(1, 1); // x2 → h2
        // X[1,2] is 0 in the lesson; setting it to 1 adds wh[2,2] to hidden_layer_input[1,2]
        QVERIFY(X.flags(X.index(0, 1)) & Qt::ItemIsEditable);
        QVERIFY(X.setData(X.index(0, 1), QStringLiteral("1"), Qt::EditRole));
        QCOMPARE(session.trace().at("X").values(0, 1), 1.0);
        QVERIFY(std::abs(session.trace().at("hidden_layer_input").values(0, 1) -
                         (before + weight)) < 1e-15);
        QVERIFY(session.dataEdited());
        // an initial weight: wh[1,1] = 0 removes x1's contribution
        QVERIFY(wh.setData(wh.index(0, 0), QStringLiteral("0"), Qt::EditRole));
        QCOMPARE(session.lesson().initial.layers[0].weights(0, 0),
                 0.0); // iteration 1: the lesson's start changes
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Edit wh[1,1]"));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.trace().at("X").values(0, 1), 0.0);
        QCOMPARE(session.trace().at("hidden_layer_input").values(0, 1), before);
        session.undoStack()->redo();
        QCOMPARE(session.trace().at("X").values(0, 1), 1.0);
        // computed matrices and bad text are not editable
        auto& z = *models.models[size_t(session.trace().indexOf("hidden_layer_input"))];
        QVERIFY(!(z.flags(z.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!X.setData(X.index(0, 0), QStringLiteral("abc"), Qt::EditRole));
    }

    void resetGivesTheSameWeights() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        const Matrix first = session.trace().at("wh").values;
        QVERIFY(session.goToIteration(5));
        QVERIFY(session.trace().at("wh").values != first);
        session.reset();
        QCOMPARE(session.trace().at("wh").values, first);
        session.reseed(77);
        QVERIFY(session.trace().at("wh").values != first);
    }

    // Fixed decimals where they tell the truth; scientific notation where they would show a
    // nonzero value as 0.000 or a huge one too wide to read; full precision reads back exactly.
    void numbersNeverLie() {
        QCOMPARE(formatCell(0.30494017064515424, 3), QStringLiteral("0.305"));
        QCOMPARE(formatCell(0.30494017064515424, 6), QStringLiteral("0.304940"));
        QCOMPARE(formatCell(0.1 + 0.2, -1), QStringLiteral("0.30000000000000004")); // all 17 digits
        QCOMPARE(formatCell(-4.37e216, 3), QStringLiteral("-4.370e+216"));
        QCOMPARE(formatCell(1.2e-5, 3), QStringLiteral("1.200e-05"));
        QCOMPARE(formatCell(-0.0004, 3), QStringLiteral("-4.000e-04")); // not "-0.000"
        QCOMPARE(formatCell(0.0005, 3), QStringLiteral("0.001"));       // rounds to a nonzero 0.001
        QCOMPARE(formatCell(-0.0, 3), QStringLiteral("0.000"));
        QCOMPARE(formatCell(999999.5, 2), QStringLiteral("999999.50"));
        QCOMPARE(formatCell(1e6, 2), QStringLiteral("1.00e+06"));
        QCOMPARE(formatCell(12.5, 0), QStringLiteral("13"));
        QCOMPARE(formatCell(0.4, 0), QStringLiteral("4.0e-01"));
        for (int d : {0, 2, 3, 4, 6, -1})
            for (double v : {-4.37e216, 1.2e-5, -0.30494017064515424, 123456.789,
                             -1.7976931348623157e308, 4.9e-324})
                QVERIFY2(formatCell(v, d).size() <= widestCell(d).size(),
                         qPrintable(formatCell(v, d) + " wider than " + widestCell(d)));
    }

    void decimalsAndTooltips() {
        LessonSession session;
        session.setLesson(loadLesson("lessons/01-three-samples.json"));
        session.goToStage(1);
        MatrixTableModel wh(&session, "wh");
        const double v = session.trace().at("wh").values(0, 0);
        QCOMPARE(wh.index(0, 0).data().toString(), QString::number(v, 'f', 3));
        wh.setDecimals(6);
        QCOMPARE(wh.index(0, 0).data().toString(), QString::number(v, 'f', 6));
        wh.setDecimals(-1);
        QCOMPARE(wh.index(0, 0).data().toString().toDouble(),
                 v); // full precision reads back exactly
        QCOMPARE(wh.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("x1"));
        QCOMPARE(wh.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("h3"));
        MatrixTableModel z(&session, "hidden_layer_input");
        session.goToStage(0);
        QVERIFY(z.index(0, 0).data(Qt::ToolTipRole).toString().startsWith("Computed at step 3"));
        session.goToStage(2);
        QVERIFY(z.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith("hidden_layer_input[1,1] = Σⱼ X[1,j]·wh[j,1] + bh[1,1] = "));
    }

    // What the 2-D views draw, for every shipped lesson with two inputs, with and without a
    // held-out test set: each sample once, where it is, in its class colour, test samples hollow.
    void spacePicturesOfEveryShippedLesson() {
        const QStringList files =
            QDir(sourceDir + "/lessons")
                .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        int withTestSet = 0, withoutTestSet = 0;
        for (const QString& file : files) {
            LessonSession session;
            session.setLesson(loadLesson("lessons/" + file));
            const Trainer& t = session.trainer();
            if (t.network().inputs != 2) continue;
            const Dataset& train = t.data();
            const Dataset& test = t.testData();
            ++(test.samples() > 0 ? withTestSet : withoutTestSet);
            const SpacePictures p = drawSpaces(t.network(), t.parameters(), train, test, 0, 1, 16);
            QVERIFY2(p.input.message.isEmpty(), qPrintable(file));
            QCOMPARE(p.input.heat.size(), QSize(16, 16));
            QCOMPARE(p.input.samples.size(), train.samples() + test.samples());
            for (int i = 0; i < p.input.samples.size(); ++i) {
                const bool held = i >= train.samples();
                const Dataset& d = held ? test : train;
                const Index r = held ? i - train.samples() : i;
                const PlanePoint& s = p.input.samples[i];
                QCOMPARE(s.position, QPointF(d.X(r, 0), d.X(r, 1)));
                QCOMPARE(s.hollow, held);
                QVERIFY(p.input.bounds.xMin < d.X(r, 0) && d.X(r, 0) < p.input.bounds.xMax);
                QVERIFY(p.input.bounds.yMin < d.X(r, 1) && d.X(r, 1) < p.input.bounds.yMax);
                if (train.isClassification() && d.y.cols() == 1)
                    QCOMPARE(s.colour, classColour(d.y(r, 0) >= 0.5 ? 1 : 0));
            }
            const bool twoHiddenUnits = !t.network().hidden.empty() && t.network().hidden[0] >= 2;
            for (const PlanePicture* h : {&p.hiddenBefore, &p.hiddenAfter}) {
                QCOMPARE(h->message.isEmpty(), twoHiddenUnits);
                QCOMPARE(h->samples.size(), twoHiddenUnits ? p.input.samples.size() : 0);
            }
        }
        QVERIFY(withoutTestSet > 0); // an empty test set is a 0×0 Dataset, not 0×2
        QVERIFY(withTestSet > 0);
    }
};

QTEST_MAIN(SessionTest)
#include "tst_session.moc"
