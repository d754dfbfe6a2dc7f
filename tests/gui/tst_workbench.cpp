// SPDX-License-Identifier: MIT
// The window as a workbench: every control of the lesson settings dock changes the lesson
// through the undo stack, impossible choices are disabled, the lesson dock's experiments apply
// their settings, and the toolbar's epochs box follows the lesson. Offscreen.
#include "ui/lesson_pane.h"
#include "ui/main_window.h"
#include "ui/settings_panel.h"

#include "common/window_on_state.h"

#include "io/lesson_settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

// The lesson file as written, for the values the tests expect.
QJsonObject lessonFile(const QString& name) {
    QFile f(lessons + name);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

double fileValue(const QString& name, const QString& section, const QString& key) {
    return lessonFile(name).value(section).toObject().value(key).toDouble();
}

template <typename T> T* child(const MainWindow& w, const char* name) {
    T* found = w.findChild<T*>(QLatin1String(name));
    if (!found) qFatal("no %s", name);
    return found;
}

// As the user does it: a value typed or stepped, then Enter or leaving the box.
void enter(QSpinBox* spin, int value) {
    spin->setValue(value);
    emit spin->editingFinished();
}
void enter(QDoubleSpinBox* spin, double value) {
    spin->setValue(value);
    emit spin->editingFinished();
}
void choose(QComboBox* combo, const QString& name) {
    const int item = combo->findData(name);
    QVERIFY2(item >= 0, qPrintable(name));
    combo->setCurrentIndex(item);
    emit combo->activated(item);
}
void type(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool itemEnabled(QComboBox* combo, const QString& name) {
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    return model->item(combo->findData(name))->isEnabled();
}
QString itemTip(QComboBox* combo, const QString& name) {
    return combo->itemData(combo->findData(name), Qt::ToolTipRole).toString();
}

} // namespace

class WorkbenchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void docksAreInTheViewMenuWithFreeShortcuts() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* settings = child<QDockWidget>(w, "settingsDock");
        auto* lesson = child<QDockWidget>(w, "lessonDock");
        QCOMPARE(settings->windowTitle(), QStringLiteral("Lesson settings"));
        QCOMPARE(lesson->windowTitle(), QStringLiteral("Lesson"));
        QVERIFY(qobject_cast<SettingsPanel*>(settings->widget()));
        QVERIFY(qobject_cast<LessonPane*>(lesson->widget()));
        QList<QAction*> viewActions;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&View"))
                viewActions = menu->menu()->actions();
        QVERIFY(viewActions.contains(settings->toggleViewAction()));
        QVERIFY(viewActions.contains(lesson->toggleViewAction()));
        // No shortcut is used twice in the window.
        QList<QAction*> all = w.findChildren<QAction*>();
        QStringList seen;
        for (QAction* a : all) {
            QStringList keys;
            for (const QKeySequence& key : a->shortcuts())
                if (!key.isEmpty()) keys << key.toString();
            keys.removeDuplicates();
            for (const QString& key : keys) {
                QVERIFY2(!seen.contains(key),
                         qPrintable(key + " " + a->objectName() + " " + a->text()));
                seen << key;
            }
        }
        QVERIFY(seen.contains(settings->toggleViewAction()->shortcut().toString()));
        QVERIFY(seen.contains(lesson->toggleViewAction()->shortcut().toString()));
        // shown again from the View menu: in front of the docks it shares a place with
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.tabifiedDockWidgets(settings).contains(lesson));
        settings->toggleViewAction()->trigger();
        QVERIFY(settings->isHidden());
        settings->toggleViewAction()->trigger();
        QTRY_VERIFY(!settings->visibleRegion().isEmpty());
        QTRY_VERIFY(lesson->visibleRegion().isEmpty()); // behind it
    }

    void learningRateGoesOnFromTheCurrentIteration() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        const double fromFile = fileValue("01-three-samples.json", "training", "learning_rate");
        QCOMPARE(w.session()->lesson().training.learningRate, fromFile);
        auto* spin = child<QDoubleSpinBox>(w, "learningRateSpin");
        auto* slider = child<QSlider>(w, "learningRateSlider");
        QCOMPARE(spin->value(), fromFile);
        QCOMPARE(slider->value(), SettingsPanel::sliderPositionOf(fromFile));
        QVERIFY(w.session()->goToIteration(3));
        enter(spin, 0.5);
        QCOMPARE(w.session()->lesson().training.learningRate, 0.5);
        QCOMPARE(w.session()->iteration(), qint64(3)); // went on where it was
        QCOMPARE(slider->value(), SettingsPanel::sliderPositionOf(0.5));
        w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().training.learningRate, fromFile);
        QCOMPARE(w.session()->iteration(), qint64(3));
        QCOMPARE(spin->value(), fromFile);
        // Leaving the box without a change changes nothing.
        const int commands = w.session()->undoStack()->count();
        emit spin->editingFinished();
        QCOMPARE(w.session()->undoStack()->count(), commands);
    }

    void theSliderIsLogarithmicAndAppliesOnRelease() {
        QCOMPARE(SettingsPanel::learningRateAt(0), 1e-4);
        QCOMPARE(SettingsPanel::learningRateAt(500), 10.0);
        QCOMPARE(SettingsPanel::learningRateAt(300), 0.1);
        QCOMPARE(SettingsPanel::sliderPositionOf(1.0), 400);
        QCOMPARE(SettingsPanel::sliderPositionOf(1e-9), 0);
        QCOMPARE(SettingsPanel::sliderPositionOf(1e6), 500);
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* slider = child<QSlider>(w, "learningRateSlider");
        auto* spin = child<QDoubleSpinBox>(w, "learningRateSpin");
        const int commands = w.session()->undoStack()->count();
        slider->setSliderDown(true); // a drag: the box follows, nothing is applied yet
        for (int position = slider->value(); position <= 400; position += 7)
            slider->setValue(position);
        slider->setValue(400);
        QCOMPARE(spin->value(), 1.0);
        QCOMPARE(w.session()->undoStack()->count(), commands);
        QCOMPARE(w.session()->lesson().training.learningRate,
                 fileValue("07-moons.json", "training", "learning_rate"));
        slider->setSliderDown(false); // released: one change
        QCOMPARE(w.session()->undoStack()->count(), commands + 1);
        QCOMPARE(w.session()->lesson().training.learningRate, 1.0);
        slider->triggerAction(QAbstractSlider::SliderPageStepSub); // a click on the groove
        QCOMPARE(w.session()->undoStack()->count(), commands + 2);
        QCOMPARE(w.session()->lesson().training.learningRate, SettingsPanel::learningRateAt(370));
    }

    void hiddenUnitsAndLayersRestart() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        const int fileUnits = static_cast<int>(fileValue("07-moons.json", "network", "hidden"));
        auto* units = child<QLineEdit>(w, "unitsEdit");
        auto* layers = child<QSpinBox>(w, "layersSpin");
        QCOMPARE(units->text(), QString::number(fileUnits));
        QCOMPARE(layers->value(), 1);
        QVERIFY(w.session()->goToIteration(3));
        type(units, QStringLiteral("7"));
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{7});
        QCOMPARE(w.session()->trace().at("wh").values.cols(), 7);
        QCOMPARE(w.session()->iteration(), qint64(1)); // a new network starts again
        w.action("undo")->trigger();
        QCOMPARE(w.session()->trace().at("wh").values.cols(), fileUnits);
        QCOMPARE(w.session()->iteration(), qint64(3));
        QCOMPARE(units->text(), QString::number(fileUnits));
        type(units, QStringLiteral("8x4"));
        QCOMPARE(w.session()->lesson().network.hidden, (std::vector<int>{8, 4}));
        QCOMPARE(layers->value(), 2);
        QCOMPARE(units->text(), QStringLiteral("8, 4"));
        enter(layers, 3); // the new layer is like the last
        QCOMPARE(w.session()->lesson().network.hidden, (std::vector<int>{8, 4, 4}));
        enter(layers, 1);
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{8});
        w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().network.hidden, (std::vector<int>{8, 4, 4}));
    }

    void aRefusedChangeIsExplainedInRed() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* units = child<QLineEdit>(w, "unitsEdit");
        auto* refused = child<QLabel>(w, "refusedLabel");
        QVERIFY(refused->isHidden());
        const int commands = w.session()->undoStack()->count();
        type(units, QStringLiteral("20000")); // more than a layer may have
        QVERIFY(!refused->isHidden());
        QVERIFY2(refused->text().contains(QStringLiteral("network.hidden")),
                 qPrintable(refused->text()));
        QVERIFY(refused->styleSheet().contains(QStringLiteral("color")));
        QCOMPARE(w.session()->undoStack()->count(), commands);
        QCOMPARE(units->text(), QStringLiteral("8")); // shows the lesson as it still is
        QVERIFY(w.findChildren<QWidget*>(QStringLiteral("errorDialog")).isEmpty()); // not modal
        type(units, QStringLiteral("5"));
        QVERIFY(refused->isHidden());
    }

    void activationsAndLossesThatCannotTrainAreDisabled() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json")); // one output, sigmoid, bce
        auto* output = child<QComboBox>(w, "outputActivationCombo");
        auto* loss = child<QComboBox>(w, "lossCombo");
        QCOMPARE(output->currentData().toString(), QStringLiteral("sigmoid"));
        QVERIFY(!itemEnabled(output, "softmax"));
        QVERIFY2(
            itemTip(output, "softmax").contains(QStringLiteral("softmax needs at least 2 outputs")),
            qPrintable(itemTip(output, "softmax")));
        QVERIFY(!itemEnabled(loss, "cross_entropy"));
        QVERIFY(!itemTip(loss, "cross_entropy").isEmpty());
        // linear output cannot go with bce: choosing it brings the squared error along
        QVERIFY(itemEnabled(output, "linear"));
        QVERIFY(itemTip(output, "linear").contains(QStringLiteral("training.loss = mse")));
        choose(output, "linear");
        QCOMPARE(w.session()->lesson().network.outputActivation.kind, Activation::Linear);
        QCOMPARE(w.session()->lesson().training.loss, Loss::Mse);
        QCOMPARE(w.session()->iteration(), qint64(1));
        w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().network.outputActivation.kind, Activation::Sigmoid);
        QCOMPARE(w.session()->lesson().training.loss, Loss::Bce);
        QCOMPARE(output->currentData().toString(), QStringLiteral("sigmoid"));
        choose(loss, "mse");
        QCOMPARE(w.session()->lesson().training.loss, Loss::Mse);
        auto* hidden = child<QComboBox>(w, "hiddenActivationCombo");
        QCOMPARE(hidden->currentData().toString(),
                 lessonFile("07-moons.json")["network"].toObject()["hidden_activation"].toString());
        choose(hidden, "relu");
        QCOMPARE(w.session()->lesson().network.hiddenActivation.kind, Activation::Relu);
    }

    void threeClassesSwitchOutputAndLossTogether() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "08-three-classes.json")); // softmax, cross-entropy
        auto* output = child<QComboBox>(w, "outputActivationCombo");
        auto* loss = child<QComboBox>(w, "lossCombo");
        QCOMPARE(output->currentData().toString(), QStringLiteral("softmax"));
        QCOMPARE(loss->currentData().toString(), QStringLiteral("cross_entropy"));
        QVERIFY(itemEnabled(output, "sigmoid"));
        choose(output, "sigmoid");
        QCOMPARE(w.session()->lesson().network.outputActivation.kind, Activation::Sigmoid);
        QVERIFY(w.session()->lesson().training.loss != Loss::CrossEntropy);
        QVERIFY(itemEnabled(loss, "cross_entropy")); // back to softmax with it
        choose(loss, "cross_entropy");
        QCOMPARE(w.session()->lesson().network.outputActivation.kind, Activation::Softmax);
        QCOMPARE(w.session()->lesson().training.loss, Loss::CrossEntropy);
        // classes: one output per spiral arm
        auto* classes = child<QSpinBox>(w, "classesSpin");
        QVERIFY(classes->isEnabled());
        enter(classes, 4);
        QCOMPARE(w.session()->lesson().source.generator.classes, 4);
        QCOMPARE(w.session()->lesson().network.outputs, 4);
        QCOMPARE(w.session()->trace().at("wout").values.cols(), 4);
    }

    void dataControlsOfAGeneratedLesson() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        const QJsonObject data = lessonFile("07-moons.json")["data"].toObject();
        auto* samples = child<QSpinBox>(w, "samplesSpin");
        auto* noise = child<QDoubleSpinBox>(w, "noiseSpin");
        auto* seed = child<QSpinBox>(w, "dataSeedSpin");
        auto* fraction = child<QDoubleSpinBox>(w, "testFractionSpin");
        auto* source = child<QComboBox>(w, "sourceCombo");
        QCOMPARE(samples->value(), data["samples"].toInt());
        QCOMPARE(noise->value(), data["noise"].toDouble());
        QCOMPARE(seed->value(), data["seed"].toInt());
        QCOMPARE(fraction->value(), data["test_fraction"].toDouble());
        QCOMPARE(source->currentData().toString(), data["generator"].toString());
        QVERIFY(!child<QSpinBox>(w, "classesSpin")->isEnabled()); // moons have two classes
        QVERIFY(!itemEnabled(source, "")); // its own data: there is none to go back to
        const GeneratorSpec& g = w.session()->lesson().source.generator;
        enter(samples, 200);
        QCOMPARE(g.samples, 200);
        QCOMPARE(w.session()->lesson().data.samples() + w.session()->lesson().test.samples(), 200);
        enter(noise, 0.5);
        QCOMPARE(w.session()->lesson().source.generator.noise, 0.5);
        enter(seed, 9);
        QCOMPARE(w.session()->lesson().source.generator.seed, std::uint64_t(9));
        enter(fraction, 0.5);
        QCOMPARE(w.session()->lesson().testFraction, 0.5);
        QCOMPARE(w.session()->lesson().test.samples(), 100);
        choose(source, "circles");
        QCOMPARE(w.session()->lesson().source.generator.kind, GeneratorSpec::Kind::Circles);
        QCOMPARE(w.session()->lesson().source.generator.samples, 200); // kept
        for (int i = 0; i < 5; ++i)
            w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().source.generator.samples, data["samples"].toInt());
        QCOMPARE(w.session()->lesson().source.generator.kind, GeneratorSpec::Kind::Moons);
        QCOMPARE(samples->value(), data["samples"].toInt());
    }

    void editedSamplesAreNoLongerGenerated() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* noise = child<QDoubleSpinBox>(w, "noiseSpin");
        QVERIFY(noise->isEnabled());
        QVERIFY(w.session()->isEditable("X"));
        w.session()->editCell(CellRef{"X", 0, 0}, 5.0);
        QVERIFY(w.session()->dataEdited());
        QVERIFY(!noise->isEnabled());
        QVERIFY(noise->toolTip().contains(QStringLiteral("choose a generator")));
        QVERIFY(w.session()->changeSettings({{"data.generator", "moons"}}, "moons").isEmpty());
        QVERIFY(!w.session()->dataEdited()); // generated afresh
        QVERIFY(noise->isEnabled());
    }

    void inlineDataCanBeReplacedByAGenerator() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        auto* source = child<QComboBox>(w, "sourceCombo");
        auto* noise = child<QDoubleSpinBox>(w, "noiseSpin");
        QCOMPARE(w.session()->lesson().source.kind, DataSource::Kind::Inline);
        QCOMPARE(source->currentIndex(), 0);
        QCOMPARE(child<QSpinBox>(w, "samplesSpin")->value(),
                 lessonFile("01-three-samples.json")["data"].toObject()["X"].toArray().size());
        for (const char* name : {"samplesSpin", "noiseSpin", "dataSeedSpin", "classesSpin"}) {
            auto* control = child<QWidget>(w, name);
            QVERIFY2(!control->isEnabled(), name);
            QVERIFY2(control->toolTip().contains(QStringLiteral("choose a generator")), name);
        }
        QVERIFY(itemEnabled(source, "moons"));
        choose(source, "moons");
        QCOMPARE(w.session()->lesson().source.kind, DataSource::Kind::Generator);
        QCOMPARE(w.session()->lesson().source.generator.kind, GeneratorSpec::Kind::Moons);
        QCOMPARE(w.session()->lesson().source.generator.samples, 200);
        QVERIFY(noise->isEnabled());
        w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().source.kind, DataSource::Kind::Inline);
        QVERIFY(!noise->isEnabled());
    }

    void trainingControls() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        QVERIFY(w.session()->goToIteration(2));
        const QJsonObject file = lessonFile("07-moons.json")["training"].toObject();
        const LessonSession& s = *w.session();
        // loss over the batch: goes on from the current iteration
        auto* reduction = child<QComboBox>(w, "reductionCombo");
        QCOMPARE(reduction->currentData().toString(), QStringLiteral("sum")); // the file's default
        choose(reduction, "mean");
        QCOMPARE(s.lesson().training.reduction, LossReduction::Mean);
        QCOMPARE(s.iteration(), qint64(2));
        // batch
        auto* batch = child<QComboBox>(w, "batchCombo");
        auto* size = child<QSpinBox>(w, "batchSizeSpin");
        QCOMPARE(batch->currentData().toString(), file["batch"].toString());
        QVERIFY(!size->isEnabled());
        choose(batch, "sgd");
        QCOMPARE(s.lesson().training.batch.kind, BatchSpec::Kind::Sgd);
        QCOMPARE(s.trace().at("X").values.rows(), 1);
        choose(batch, "mini-batch");
        QCOMPARE(s.lesson().training.batch.kind, BatchSpec::Kind::MiniBatch);
        QVERIFY(size->isEnabled());
        enter(size, 16);
        QCOMPARE(s.lesson().training.batch.size, 16);
        QCOMPARE(s.trace().at("X").values.rows(), 16);
        w.action("undo")->trigger();
        QCOMPARE(s.lesson().training.batch.kind, BatchSpec::Kind::MiniBatch);
        QVERIFY(s.lesson().training.batch.size != 16);
        choose(batch, "full");
        QCOMPARE(s.lesson().training.batch.kind, BatchSpec::Kind::Full);
        // epochs, and the toolbar's box follows
        auto* epochs = child<QSpinBox>(w, "epochsSpin");
        QCOMPARE(epochs->value(), file["epochs"].toInt());
        enter(epochs, 123);
        QCOMPARE(s.lesson().training.epochs, 123);
        QCOMPARE(child<QSpinBox>(w, "epochs")->value(), 123);
        // stop at loss: on, a new target, off again
        auto* stop = child<QCheckBox>(w, "stopAtLossCheck");
        auto* target = child<QDoubleSpinBox>(w, "stopAtLossSpin");
        QVERIFY(!stop->isChecked());
        QVERIFY(!target->isEnabled());
        stop->click();
        QVERIFY(s.lesson().training.stopAtLoss.has_value());
        QCOMPARE(*s.lesson().training.stopAtLoss, target->value());
        QVERIFY(target->isEnabled());
        enter(target, 0.05);
        QCOMPARE(*s.lesson().training.stopAtLoss, 0.05);
        stop->click();
        QVERIFY(!s.lesson().training.stopAtLoss.has_value());
        w.action("undo")->trigger();
        QCOMPARE(*s.lesson().training.stopAtLoss, 0.05);
        // update biases
        auto* biases = child<QCheckBox>(w, "updateBiasesCheck");
        QVERIFY(biases->isChecked());
        biases->click();
        QCOMPARE(s.lesson().training.updateBiases, false);
        QCOMPARE(s.iteration(), qint64(1)); // not a setting that goes on: starts again
        w.action("undo")->trigger();
        QCOMPARE(s.lesson().training.updateBiases, true);
        QVERIFY(biases->isChecked());
    }

    // The Updates group: optimiser and betas, weight decay, a shrinking learning rate.
    void optimizerControls() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "15-blobs-momentum-and-adam.json"));
        const LessonSession& s = *w.session();
        auto* optimizer = child<QComboBox>(w, "optimizerCombo");
        auto* beta = child<QDoubleSpinBox>(w, "betaSpin");
        auto* beta1 = child<QDoubleSpinBox>(w, "beta1Spin");
        QCOMPARE(optimizer->currentData().toString(), QStringLiteral("adam")); // from the file
        QVERIFY(!beta1->isHidden());
        QVERIFY(beta->isHidden());
        QVERIFY(s.trace().find("m_hat_wh"));
        choose(optimizer, "momentum");
        QCOMPARE(s.lesson().training.optimizer.kind, OptimizerSpec::Kind::Momentum);
        QVERIFY(!beta->isHidden());
        QVERIFY(s.trace().find("velocity_wh_updated") && !s.trace().find("m_wh"));
        enter(beta, 0.5);
        QCOMPARE(s.lesson().training.optimizer.beta, 0.5);
        auto* decay = child<QDoubleSpinBox>(w, "weightDecaySpin");
        enter(decay, 0.01);
        QCOMPARE(s.lesson().training.weightDecay, 0.01);
        // G_wh[1,1] = Σ Xᵀ·d_hiddenlayer/B − λ·wh[1,1], from the trace's own matrices
        const Trace& t = s.trace();
        const Matrix& X = t.at("X").values;
        const Matrix& d = t.at("d_hiddenlayer").values;
        const double g = X.col(0).dot(d.col(0)) / double(X.rows()) - 0.01 * t.at("wh").values(0, 0);
        QVERIFY(std::abs(t.at("G_wh").values(0, 0) - g) < 1e-15);
        // a shrinking learning rate goes on from the current iteration
        QVERIFY(w.session()->goToIteration(30)); // 13 iterations per epoch: epoch 3
        auto* shrink = child<QCheckBox>(w, "lrDecayCheck");
        QVERIFY(!shrink->isChecked());
        shrink->click();
        QCOMPARE(s.lesson().training.learningRateDecay.every, 100); // the form's default
        enter(child<QSpinBox>(w, "everySpin"), 2);
        QCOMPARE(s.lesson().training.learningRateDecay.every, 2);
        QCOMPARE(s.iteration(), qint64(30));
        QCOMPARE(s.trace().config.learningRate, 0.01 * 0.5); // epoch 2 (0-based): 0.01·0.5¹
        w.action("undo")->trigger();
        w.action("undo")->trigger();
        QVERIFY(!shrink->isChecked());
        w.action("undo")->trigger();
        w.action("undo")->trigger();
        w.action("undo")->trigger();
        QCOMPARE(s.lesson().training.optimizer.kind, OptimizerSpec::Kind::Adam);
        QCOMPARE(optimizer->currentData().toString(), QStringLiteral("adam"));
    }

    // Zero hidden layers: X feeds the output (a perceptron); steps 3–4 and 9–10 are gone.
    void noHiddenLayer() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        const LessonSession& s = *w.session();
        auto* layers = child<QSpinBox>(w, "layersSpin");
        enter(layers, 0);
        QVERIFY(s.lesson().network.hidden.empty());
        QVERIFY(!s.trace().find("hidden_layer_input") && !s.trace().find("wh"));
        QVERIFY(s.trace().find("wout") && s.trace().find("output"));
        QCOMPARE(s.trace().at("wout").values.rows(), 2); // one weight per input
        QVERIFY(!child<QLineEdit>(w, "unitsEdit")->isEnabled());
        enter(layers, 1); // back to one layer: two units
        QCOMPARE(s.lesson().network.hidden, std::vector<int>{2});
        w.action("undo")->trigger();
        w.action("undo")->trigger();
        QCOMPARE(s.lesson().network.hidden.size(), size_t(1));
        QVERIFY(s.trace().find("wh"));
    }

    void initialWeightControls() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "04-xor.json")); // normal, std 1
        const QJsonObject file = lessonFile("04-xor.json")["init"].toObject();
        const LessonSession& s = *w.session();
        auto* method = child<QComboBox>(w, "initMethodCombo");
        auto* seed = child<QSpinBox>(w, "initSeedSpin");
        auto* std = child<QDoubleSpinBox>(w, "initStdSpin");
        auto* biases = child<QComboBox>(w, "initBiasesCombo");
        QCOMPARE(method->currentData().toString(), file["method"].toString());
        QCOMPARE(seed->value(), file["seed"].toInt());
        QCOMPARE(std->value(), file["std"].toDouble());
        QVERIFY(std->isEnabled());
        const Matrix before = s.trace().at("wh").values;
        enter(seed, 42);
        QCOMPARE(s.lesson().initSpec.seed, std::uint64_t(42));
        QVERIFY(s.trace().at("wh").values != before);
        enter(std, 0.5);
        QCOMPARE(s.lesson().initSpec.std, 0.5);
        choose(biases, "zero");
        QVERIFY(s.lesson().initSpec.zeroBiases);
        QVERIFY(s.trace().at("bh").values.isZero());
        choose(method, "xavier");
        QCOMPARE(s.lesson().initSpec.method, InitSpec::Method::Xavier);
        QVERIFY(!std->isEnabled());
        QVERIFY(!biases->isEnabled());
        QVERIFY(biases->toolTip().contains(QStringLiteral("Xavier")));
        choose(method, "uniform");
        QCOMPARE(s.lesson().initSpec.method, InitSpec::Method::Uniform);
        for (int i = 0; i < 5; ++i)
            w.action("undo")->trigger();
        QCOMPARE(s.trace().at("wh").values, before);
        QCOMPARE(method->currentData().toString(), file["method"].toString());
    }

    void steppedSpinBoxesApplyOnceTheyRest() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* epochs = child<QSpinBox>(w, "epochsSpin");
        const int commands = w.session()->undoStack()->count();
        const int start = epochs->value();
        for (int i = 0; i < 5; ++i) // held arrow: five steps
            epochs->stepUp();
        QCOMPARE(w.session()->undoStack()->count(), commands);
        QTRY_COMPARE(w.session()->lesson().training.epochs, start + 5);
        QCOMPARE(w.session()->undoStack()->count(), commands + 1);
    }

    void experimentsTryTheirSettings() {
        QJsonObject json = lessonFile("04-xor.json");
        const int fileUnits = json["network"].toObject()["hidden"].toInt();
        json["experiments"] = QJsonArray{
            QJsonObject{{"text", QJsonObject{{"en", "One hidden unit: the accuracy stays low."},
                                             {"zh_CN", "一个隐藏单元：准确率一直很低。"}}},
                        {"set", QJsonObject{{"network.hidden", 1}}}},
            QStringLiteral("Press New weights a few times.")};
        QTemporaryDir dir;
        const QString path = dir.filePath("xor-experiments.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(json).toJson());
        f.close();

        test::WindowOnState w;
        QVERIFY(w.openLesson(path));
        QCOMPARE(child<QLabel>(w, "lessonTitle")->text(),
                 json["title"].toObject()["en"].toString());
        QCOMPARE(child<QLabel>(w, "lessonDescription")->text(),
                 json["description"].toObject()["en"].toString());
        QVERIFY(
            child<QLabel>(w, "experimentText1")->text().contains(QStringLiteral("New weights")));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("tryExperiment1"))); // no set: text only
        auto* tryIt = child<QPushButton>(w, "tryExperiment0");
        QVERIFY(tryIt->isEnabled());
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{fileUnits});
        tryIt->click();
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{1});
        QCOMPARE(w.session()->trace().at("wh").values.cols(), 1);
        auto* pane = qobject_cast<LessonPane*>(child<QDockWidget>(w, "lessonDock")->widget());
        QVERIFY(pane->watchText().contains(QStringLiteral("the accuracy stays low")));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("the accuracy stays low")));
        QCoreApplication::processEvents(); // the old buttons are deleted later
        QVERIFY(!child<QPushButton>(w, "tryExperiment0")->isEnabled()); // tried: the settings now
        QCOMPARE(child<QLineEdit>(w, "unitsEdit")->text(),
                 QStringLiteral("1")); // the panel follows
        w.action("undo")->trigger();
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{fileUnits});
        QVERIFY(child<QPushButton>(w, "tryExperiment0")->isEnabled());
    }

    void theLessonPaneSpeaksTheUsersLanguage() {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "07-moons.json"));
            const QJsonObject json = lessonFile("07-moons.json");
            QCOMPARE(child<QLabel>(w, "lessonTitle")->text(),
                     json["title"].toObject()["zh_CN"].toString());
            QVERIFY(child<QLabel>(w, "experimentText0")
                        ->text()
                        .contains(json["experiments"].toArray()[0].toObject()["zh_CN"].toString()));
        }
        QLocale::setDefault(before);
    }

    void theFormIsTranslated() {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QLocale::Chinese, QLocale::China), "backstep", "_", ":/i18n"));
        QCoreApplication::installTranslator(&translator);
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "07-moons.json"));
            QCOMPARE(child<QGroupBox>(w, "initGroup")->title(), QStringLiteral("初始权重"));
            QCOMPARE(child<QDockWidget>(w, "settingsDock")->windowTitle(),
                     QStringLiteral("课程设置"));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void theEpochsBoxFollowsTheLesson() {
        test::WindowOnState w;
        auto* box = child<QSpinBox>(w, "epochs");
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        QCOMPARE(box->value(), static_cast<int>(fileValue("07-moons.json", "training", "epochs")));
        QVERIFY(w.openLesson(lessons + "04-xor.json"));
        QCOMPARE(box->value(), static_cast<int>(fileValue("04-xor.json", "training", "epochs")));
        QCOMPARE(w.session()->changeSettings({{"training.epochs", 77}}, "77 epochs"), QString());
        QCOMPARE(box->value(), 77);
        w.action("undo")->trigger();
        QCOMPARE(box->value(), static_cast<int>(fileValue("04-xor.json", "training", "epochs")));
    }

    void settingsWaitWhileTraining() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        auto* panel = qobject_cast<SettingsPanel*>(child<QDockWidget>(w, "settingsDock")->widget());
        auto* tryIt = child<QPushButton>(w, "tryExperiment0");
        QVERIFY(panel->isEnabled());
        QVERIFY(tryIt->isEnabled());
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(10000000);
        QVERIFY(w.isTraining());
        QVERIFY(!panel->isEnabled());
        QVERIFY(!tryIt->isEnabled());
        w.cancelTraining();
        QVERIFY(finished.wait(5000));
        QVERIFY(panel->isEnabled());
        QVERIFY(tryIt->isEnabled());
    }

    // A null in a set removes the member, so the lesson's default applies again.
    void nullRemovesASetting() {
        const QJsonObject lesson{{"training", QJsonObject{{"stop_at_loss", 0.1}, {"epochs", 5}}}};
        const QJsonObject changed =
            withSettings(lesson, {{"training.stop_at_loss", QJsonValue::Null}});
        QVERIFY(!changed["training"].toObject().contains("stop_at_loss"));
        QCOMPARE(changed["training"].toObject()["epochs"].toInt(), 5);
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        QCOMPARE(w.session()->changeSettings({{"training.stop_at_loss", 0.2}}, "target"),
                 QString());
        QCOMPARE(w.session()->changeSettings({{"training.stop_at_loss", QJsonValue::Null}}, "none"),
                 QString());
        QVERIFY(!w.session()->lesson().training.stopAtLoss.has_value());
        QVERIFY(!w.session()->settings()["training"].toObject().contains("stop_at_loss"));
    }
};

QTEST_MAIN(WorkbenchTest)
#include "tst_workbench.moc"
