// SPDX-License-Identifier: MIT
// The sheet greys the cells of units dropout left out (dropped_cells.h): for several
// iterations of a two-hidden-layer lesson with dropout and a fixed seed, the cells the table
// models mark are exactly those the test works out from the masks in the trace, by the
// documented rule written out here with the matrices' names. The rule's premise is checked
// on the numbers too: a greyed activation or delta is 0, and a greyed column of G_wh (no
// weight decay) is all 0.
#include "models/lesson_session.h"
#include "models/matrix_table_model.h"

#include "io/lesson_loader.h"

#include <QGuiApplication>
#include <QTest>

#include <set>
#include <tuple>

using namespace backstep;

namespace {

using Cell = std::tuple<std::string, int, int>;

// Moons, hidden layers of 6 and 5 tanh units, dropout 0.5, batches of 2, Adam (so G is shown).
const char* lessonJson = R"({
  "format": "backstep-lesson", "version": 1, "title": "dropout cells",
  "data": {"generator": "moons", "samples": 20, "noise": 0.2, "seed": 3},
  "network": {"hidden": [6, 5], "hidden_activation": "tanh"},
  "training": {"learning_rate": 0.1, "epochs": 5, "batch": 2, "seed": 11, "dropout": 0.5,
               "optimizer": "adam", "loss": "bce"},
  "init": {"method": "xavier", "seed": 5}
})";

Lesson dropoutLesson() {
    Loaded<Lesson> r = parseLesson(lessonJson, QString(), QStringLiteral("dropout.json"));
    if (!r.value) qFatal("%s", qPrintable(r.errors.join('\n')));
    return *r.value;
}

} // namespace

class DroppedCellsTest : public QObject {
    Q_OBJECT
private slots:
    void greyedCellsAreTheMasksZeros() {
        LessonSession session;
        session.setLesson(dropoutLesson());
        std::vector<std::unique_ptr<MatrixTableModel>> models;
        for (const TraceMatrix& m : session.trace().matrices)
            models.push_back(std::make_unique<MatrixTableModel>(&session, m.name));
        const std::string suffix[2] = {"", "_2"};
        const std::string next[2] = {"wh_2", "wout"}; // the weights out of each hidden layer
        int partly = 0, wholeBatch[2] = {0, 0};
        for (int iteration = 1; iteration <= 6; ++iteration) {
            session.finishIteration(); // every cell of the iteration shown
            const Trace& t = session.trace();
            QCOMPARE(models.size(), t.matrices.size());
            std::set<Cell> expected;
            for (int l = 0; l < 2; ++l) {
                const std::string s = suffix[l];
                const Matrix& mask = t.at("dropout_mask" + s).values;
                const Matrix& dropped = t.at("dropped_activations" + s).values;
                const Matrix& delta = t.at("d_hiddenlayer" + s).values;
                for (int r = 0; r < mask.rows(); ++r)
                    for (int j = 0; j < mask.cols(); ++j) {
                        if (mask(r, j) != 0.0) continue;
                        QCOMPARE(dropped(r, j), 0.0);
                        QCOMPARE(delta(r, j), 0.0);
                        for (const std::string& name :
                             {"dropout_mask" + s, "dropped_activations" + s, "d_hiddenlayer" + s})
                            expected.insert({name, r, j});
                    }
                for (int j = 0; j < mask.cols(); ++j) {
                    int droppedRows = 0;
                    for (int r = 0; r < mask.rows(); ++r)
                        droppedRows += mask(r, j) == 0.0 ? 1 : 0;
                    if (droppedRows > 0 && droppedRows < mask.rows()) ++partly;
                    if (droppedRows < mask.rows()) continue;
                    ++wholeBatch[l];
                    const Matrix& g = t.at("G_wh" + s).values;
                    QVERIFY(g.col(j).isZero(0.0)); // the batch's error never reached it
                    for (const std::string& name :
                         {"wh" + s + "_updated", "G_wh" + s, "bh" + s + "_updated", "G_bh" + s}) {
                        const Matrix& m = t.at(name).values;
                        for (int r = 0; r < m.rows(); ++r)
                            expected.insert({name, r, j}); // into the unit: its column
                    }
                    for (const std::string& name : {next[l] + "_updated", "G_" + next[l]}) {
                        const Matrix& m = t.at(name).values;
                        for (int c = 0; c < m.cols(); ++c)
                            expected.insert({name, j, c}); // out of the unit: its row
                    }
                }
            }
            std::set<Cell> greyed;
            for (const auto& model : models)
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        if (model->index(r, c).data(MatrixTableModel::DroppedRole).toBool()) {
                            greyed.insert({model->matrixName(), r, c});
                            QVERIFY(model->index(r, c)
                                        .data(Qt::ToolTipRole)
                                        .toString()
                                        .startsWith("Dropped by dropout in this iteration"));
                        }
            QVERIFY2(greyed == expected,
                     qPrintable(QStringLiteral("iteration %1: %2 greyed, %3 expected")
                                    .arg(iteration)
                                    .arg(greyed.size())
                                    .arg(expected.size())));
            // Before step 4 nothing is shown, so nothing is greyed.
            QVERIFY(session.nextStep());
            QCOMPARE(session.step(), 1);
            for (const auto& model : models)
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        QVERIFY(!model->index(r, c).data(MatrixTableModel::DroppedRole).toBool());
        }
        // The iterations met every case: units dropped in one sample of two, and in both, in
        // each hidden layer.
        QVERIFY(partly > 0);
        QVERIFY2(wholeBatch[0] > 0 && wholeBatch[1] > 0,
                 qPrintable(QStringLiteral("%1 %2").arg(wholeBatch[0]).arg(wholeBatch[1])));
    }

    // Without dropout nothing is greyed.
    void nothingGreyedWithoutDropout() {
        Lesson lesson = dropoutLesson();
        lesson.training.dropout = 0;
        LessonSession session;
        session.setLesson(lesson);
        session.finishIteration();
        for (const TraceMatrix& m : session.trace().matrices) {
            MatrixTableModel model(&session, m.name);
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    QVERIFY(!model.index(r, c).data(MatrixTableModel::DroppedRole).toBool());
        }
    }
};

QTEST_MAIN(DroppedCellsTest)
#include "tst_dropped_cells.moc"
