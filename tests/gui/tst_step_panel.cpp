// SPDX-License-Identifier: MIT
// The step list and explanation of a network with two hidden layers and dropout name each
// stage's own layer, as the sheet names its matrices.
#include "ui/step_panel.h"

#include "io/lesson_loader.h"
#include "models/lesson_session.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

using namespace backstep;

class StepPanelTest : public QObject {
    Q_OBJECT
private slots:
    void deeperStagesNameTheirLayer() {
        const Loaded<Lesson> r = parseLesson(R"({
          "format": "backstep-lesson", "version": 1, "title": "deeper",
          "data": {"generator": "xor"},
          "network": {"hidden": [4, 3], "hidden_activation": "tanh"},
          "training": {"learning_rate": 0.5, "dropout": 0.5}})",
                                             QString(), QStringLiteral("deeper.json"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        LessonSession session;
        StepPanel panel(&session);
        session.setLesson(*r.value);
        QListWidget* list = panel.list();
        QCOMPARE(list->count(), 16); // steps 3, 4, 9 and 10 twice
        // Stages: 1 2 3 4 3 4 5 6 7 8 9 10 9 10 11 12 (0-based index → text)
        const auto item = [&](int i) { return list->item(i)->text(); };
        QVERIFY(item(2).contains("hidden_layer_input = X·wh + bh"));
        QVERIFY(item(4).contains("(layer 2)"));
        QVERIFY(item(4).contains("hidden_layer_input_2 = dropped_activations·wh_2 + bh_2"));
        QVERIFY(item(5).contains("dropped_activations_2 = hiddenlayer_activations_2 ⊙ "
                                 "dropout_mask_2/(1−p)"));
        QVERIFY(item(10).contains("Error_at_hidden_layer_2 = d_output · woutᵀ"));
        QVERIFY(item(12).contains("Error_at_hidden_layer = d_hiddenlayer_2 · wh_2ᵀ"));
        QVERIFY(item(13).contains(
            "d_hiddenlayer = Error_at_hidden_layer ⊙ dropout_mask/(1−p) ⊙ slope_hidden_layer"));
        QVERIFY(item(14).contains("wh_2 += dropped_activationsᵀ·d_hiddenlayer_2·lr"));

        session.goToStage(4);
        QVERIFY(panel.explanationText().contains("Hidden layer 2 does the same"));
        QVERIFY(panel.explanationText().contains(
            "hidden_layer_input_2 = dropped_activations·wh_2 + bh_2"));
        session.goToStage(5);
        QVERIFY(panel.explanationText().contains("Dropout (p = 0.5)"));
        QVERIFY(panel.explanationText().contains("dropout_mask_2"));
        session.goToStage(12);
        QVERIFY(panel.explanationText().contains("each unit of hidden layer 1 gets the deltas of "
                                                 "hidden layer 2"));
        session.goToStage(13);
        QVERIFY(panel.explanationText().contains("its delta 0 (greyed)"));
    }
};

QTEST_MAIN(StepPanelTest)
#include "tst_step_panel.moc"
