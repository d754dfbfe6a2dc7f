// SPDX-License-Identifier: MIT
// Changing a lesson's settings in the session: what restarts, what goes on from the current
// iteration, what is refused before anything changes, and undo and redo of each.
#include "common/lessons.h"
#include "models/lesson_session.h"
#include "models/settings_change.h"

#include "io/lesson_loader.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace backstep;

namespace {

const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

using test::loadLesson;

Matrix stepOf(const LessonSession& s, const char* before, const char* after) {
    return s.trace().at(after).values - s.trace().at(before).values;
}

} // namespace

class SettingsTest : public QObject {
    Q_OBJECT
private slots:
    // The learning rate enters only steps 11 and 12: at the same iteration, the same deltas,
    // and a step 50 times larger with lr 5 than with lr 0.1.
    void learningRateAppliesFromTheCurrentIteration() {
        LessonSession s;
        s.setLesson(loadLesson("lessons/01-three-samples.json"));
        QVERIFY(s.goToIteration(4));
        s.goToStage(8);
        const Matrix delta = s.trace().at("d_hiddenlayer").values;
        const Matrix step = stepOf(s, "wh", "wh_updated");
        const Matrix weights = s.trace().at("wh").values;
        QCOMPARE(s.changeSettings({{"training.learning_rate", 5.0}}, "lr 5"), QString());
        QCOMPARE(s.iteration(), qint64(4)); // went on where it was
        QCOMPARE(s.stage(), 8);
        QCOMPARE(s.lesson().training.learningRate, 5.0);
        QCOMPARE(s.trace().at("wh").values, weights);
        QCOMPARE(s.trace().at("d_hiddenlayer").values, delta);
        QVERIFY((stepOf(s, "wh", "wh_updated") - step * 50).cwiseAbs().maxCoeff() < 1e-12);
        s.undoStack()->undo();
        QCOMPARE(s.lesson().training.learningRate, 0.1);
        QVERIFY((stepOf(s, "wh", "wh_updated") - step).cwiseAbs().maxCoeff() == 0);
        s.undoStack()->redo();
        QCOMPARE(s.lesson().training.learningRate, 5.0);
    }

    // The network's shape restarts at iteration 1 with the new trace; undo brings back the
    // old lesson where it was.
    void hiddenUnitsRestart() {
        LessonSession s;
        s.setLesson(loadLesson("lessons/07-moons.json"));
        QVERIFY(s.goToIteration(3));
        const Matrix wh = s.trace().at("wh").values;
        QCOMPARE(s.changeSettings({{"network.hidden", 7}}, "7 hidden units"), QString());
        QCOMPARE(s.iteration(), qint64(1));
        QCOMPARE(s.trace().at("wh").values.cols(), Index(7));
        QCOMPARE(s.trace().at("hidden_layer_input").values.cols(), Index(7));
        s.undoStack()->undo();
        QCOMPARE(s.iteration(), qint64(3));
        QCOMPARE(s.trace().at("wh").values, wh);
    }

    // A combination that cannot train is refused with the reason; nothing changes.
    void impossibleCombinationsAreRefusedBeforehand() {
        LessonSession s;
        s.setLesson(loadLesson("lessons/01-three-samples.json"));
        const QJsonObject softmax{{"network.output_activation", "softmax"}};
        QCOMPARE(s.checkSettings(softmax),
                 QStringLiteral("network: softmax needs at least 2 outputs (one per class); use "
                                "sigmoid for one output"));
        QCOMPARE(s.changeSettings(softmax, "softmax"),
                 QStringLiteral("network: softmax needs at least 2 outputs (one per class); use "
                                "sigmoid for one output"));
        QCOMPARE(s.undoStack()->count(), 0);
        QCOMPARE(s.lesson().network.outputActivation.kind, Activation::Sigmoid);
        QCOMPARE(s.checkSettings({{"training.loss", "bce"}}), QString()); // sigmoid output: fine
        QVERIFY(s.checkSettings({{"network.output_activation", "linear"}, {"training.loss", "bce"}})
                    .contains("loss bce needs output_activation sigmoid"));
    }

    // Switching to the mean goes on from here: the same deltas, a step B = 3 times smaller.
    void reductionAndBatchGoOn() {
        LessonSession s;
        s.setLesson(loadLesson("lessons/01-three-samples.json"));
        QVERIFY(s.goToIteration(2));
        const Matrix step = stepOf(s, "wout", "wout_updated");
        QCOMPARE(s.changeSettings({{"training.loss_reduction", "mean"}}, "mean"), QString());
        QCOMPARE(s.iteration(), qint64(2));
        QVERIFY((stepOf(s, "wout", "wout_updated") * 3 - step).cwiseAbs().maxCoeff() < 1e-15);
        QCOMPARE(s.changeSettings({{"training.batch", "sgd"}}, "sgd"), QString());
        QCOMPARE(s.iteration(), qint64(2));
        QCOMPARE(s.trace().at("X").values.rows(), Index(1)); // one sample a batch from now on
        QCOMPARE(s.undoStack()->count(), 2);
    }

    // The quick answer for menu items agrees with reading the changed lesson again, for every
    // activation and loss on a one-output, a three-class and a regression lesson.
    void quickRefusalsAgreeWithReadingTheLessonAgain() {
        for (const char* file : {"lessons/01-three-samples.json", "lessons/08-three-classes.json",
                                 "lessons/05-house-prices.json"}) {
            const Lesson lesson = loadLesson(file);
            for (const char* out : {"sigmoid", "linear", "softmax", "tanh"})
                for (const char* loss : {"mse", "bce", "cross_entropy", "l1"})
                    for (const char* hidden : {"tanh", "softmax"}) {
                        const QJsonObject set{{"network.output_activation", out},
                                              {"training.loss", loss},
                                              {"network.hidden_activation", hidden},
                                              {"training.loss_reduction", "mean"}};
                        QCOMPARE(settingsRefusal(lesson, false, set),
                                 changedLesson(lesson, false, set).error);
                    }
        }
    }

    // Data from a generator: more samples restart with the new data.
    void generatorSettingsRestart() {
        LessonSession s;
        s.setLesson(loadLesson("lessons/07-moons.json"));
        const int before = s.lesson().data.samples() + s.lesson().test.samples();
        QCOMPARE(s.changeSettings({{"data.samples", before * 2}}, "more samples"), QString());
        QCOMPARE(s.lesson().data.samples() + s.lesson().test.samples(), before * 2);
        QCOMPARE(s.iteration(), qint64(1));
    }
};

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"
