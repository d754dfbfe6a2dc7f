// SPDX-License-Identifier: MIT
// The lesson settings dock: fills the form from the lesson, turns each edit into a settings
// change through the undo stack, and marks the choices that could not train.
#include "settings_panel.h"

#include "optimizer_settings.h"

#include "ui_settings_dock.h"

#include "models/lesson_session.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace backstep {

namespace {

// The lesson-file names behind the items of each combo box, in the order of the .ui file.
const QStringList sourceNames{"", "xor", "blobs", "moons", "circles", "spiral"};
const QStringList hiddenNames{"sigmoid", "tanh", "relu", "leaky_relu", "linear", "step"};
const QStringList outputNames{"sigmoid", "linear", "softmax"};
const QStringList lossNames{"mse", "bce", "cross_entropy"};
const QStringList reductionNames{"sum", "mean"};
const QStringList initNames{"", "uniform", "normal", "xavier"};
enum BatchItem { FullBatch, Sgd, MiniBatch };
enum BiasItem { RandomBiases, ZeroBiases };

constexpr int setRole = Qt::UserRole + 1; // the change an item makes
constexpr int armDelayMs = 600;           // a stepped spin box applies once its arrows rest
constexpr double lowestSliderRate = 1e-4; // the slider spans 1e-4 … 10, 100 positions a decade

// The text of a combo box's item as the box shows it when asked (in the language of the
// moment, once the box has been translated), or as it was if the box is gone.
Wording itemText(QComboBox* combo, int item) {
    return [box = QPointer<QComboBox>(combo), item, text = combo->itemText(item)] {
        return box ? box->itemText(item) : text;
    };
}

int indexOf(const QStringList& names, const std::string& name) {
    return static_cast<int>(names.indexOf(QString::fromStdString(name)));
}

// "8", "8x4", "8 × 4", "8, 4" → {8} or {8, 4}; empty when not a list of positive numbers.
std::vector<int> parseUnits(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[x×X,;\\s]+"));
    std::vector<int> units;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 1) return {};
        units.push_back(n);
    }
    return units;
}

QString unitsText(const std::vector<int>& units) {
    QStringList parts;
    for (int n : units)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

QJsonValue hiddenValue(const std::vector<int>& units) {
    if (units.size() == 1) return units.front();
    QJsonArray layers;
    for (int n : units)
        layers.append(n);
    return layers;
}

// Whether the spin box shows something other than `current` (as it would show `current`).
bool differs(const QDoubleSpinBox* spin, double current) {
    const double shown = std::clamp(QString::number(current, 'f', spin->decimals()).toDouble(),
                                    spin->minimum(), spin->maximum());
    return std::abs(spin->value() - shown) > 0.5 * std::pow(10.0, -spin->decimals());
}

int clampToInt(std::uint64_t value) {
    return static_cast<int>(std::min<std::uint64_t>(value, 2147483647u));
}

// Each item carries its lesson-file name (for tests and scripts: findData("relu")).
void nameItems(QComboBox* combo, const QStringList& names) {
    Q_ASSERT(combo->count() == names.size());
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemData(i, names.value(i));
}

QString valueText(const QJsonValue& value) {
    if (value.isString()) return value.toString();
    if (value.isBool()) return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(value.toDouble());
}

} // namespace

SettingsPanel::SettingsPanel(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session), ui_(std::make_unique<Ui::SettingsDock>()),
      pendingTimer_(new QTimer(this)) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("settingsPanel"));
    ui_->refusedLabel->hide();
    // The optimiser's group, after Training (its own form: ui/optimizer_settings.ui).
    updates_ = new OptimizerSettings(ui_->scrollContents);
    ui_->groupsLayout->insertWidget(ui_->groupsLayout->indexOf(ui_->trainingGroup) + 1, updates_);
    connect(updates_, &OptimizerSettings::changeRequested, this, &SettingsPanel::apply);
    alignLabelColumns();
    // Wide enough for the groups and the vertical scroll bar beside them, so that the bar never
    // covers their right edge (the spin boxes' arrows).
    ui_->scrollArea->setMinimumWidth(ui_->scrollContents->minimumSizeHint().width() +
                                     ui_->scrollArea->verticalScrollBar()->sizeHint().width() +
                                     2 * ui_->scrollArea->frameWidth());
    ui_->hintLabel->setEnabled(false); // drawn greyed: a note, not a control
    ui_->unitsEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*\\d{1,5}(\\s*[x×X,;\\s]\\s*\\d{1,5}){0,9}\\s*")),
        ui_->unitsEdit));
    nameItems(ui_->sourceCombo, sourceNames);
    nameItems(ui_->hiddenActivationCombo, hiddenNames);
    nameItems(ui_->outputActivationCombo, outputNames);
    nameItems(ui_->lossCombo, lossNames);
    nameItems(ui_->reductionCombo, reductionNames);
    nameItems(ui_->batchCombo, {"full", "sgd", "mini-batch"});
    nameItems(ui_->initMethodCombo, initNames);
    nameItems(ui_->initBiasesCombo, {"random", "zero"});
    pendingTimer_->setSingleShot(true);
    pendingTimer_->setInterval(armDelayMs);
    connect(pendingTimer_, &QTimer::timeout, this, &SettingsPanel::flushPending);
    connectControls();
    connect(session_, &LessonSession::lessonChanged, this, [this] {
        showRefusal(QString());
        refresh();
        refreshAvailability();
    });
    // Samples edited on the sheet are the lesson's own data from then on: no generator settings.
    connect(session_, &LessonSession::traceChanged, this, [this] {
        if (session_->hasLesson() && session_->dataEdited() != shownDataEdited_) {
            refresh();
            refreshAvailability();
        }
    });
    refresh();
    refreshAvailability();
}

SettingsPanel::~SettingsPanel() = default;

bool SettingsPanel::generatedData() const {
    return session_->lesson().source.kind == DataSource::Kind::Generator && !session_->dataEdited();
}

QString SettingsPanel::refusal() const {
    return ui_->refusedLabel->isHidden() ? QString() : ui_->refusedLabel->text();
}

double SettingsPanel::learningRateAt(int sliderPosition) {
    const double rate = lowestSliderRate * std::pow(10.0, sliderPosition / 100.0);
    return QString::number(rate, 'g', 2).toDouble(); // 0.05 rather than 0.0501187
}

int SettingsPanel::sliderPositionOf(double learningRate) {
    if (!(learningRate > 0)) return 0;
    return std::clamp(
        static_cast<int>(std::lround(100 * std::log10(learningRate / lowestSliderRate))), 0, 500);
}

void SettingsPanel::alignLabelColumns() {
    // The groups' forms share one label width, so their fields line up.
    const std::vector<QFormLayout*> forms{ui_->dataForm, ui_->networkForm, ui_->trainingForm,
                                          updates_->form(), ui_->initForm};
    int width = 0;
    std::vector<QWidget*> labels;
    for (QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels.push_back(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
    for (QWidget* label : labels)
        label->setMinimumWidth(width);
}

void SettingsPanel::connectSpinBox(QWidget* spinBox, const std::function<void()>& commit) {
    auto* spin = qobject_cast<QAbstractSpinBox*>(spinBox);
    connect(spin, &QAbstractSpinBox::editingFinished, this, [this, commit] {
        pendingTimer_->stop();
        pendingCommit_ = nullptr;
        pendingWidget_ = nullptr;
        commit();
    });
    // Without keyboard tracking, a value change outside editing is an arrow, wheel or page
    // step: applied once the stepping rests, so holding an arrow makes one change.
    const auto stepped = [this, spinBox, commit] {
        if (pendingWidget_ && pendingWidget_ != spinBox) { // another box's change goes first
            const QVariant value = spinBox->property("value");
            flushPending();
            const QSignalBlocker blocker(spinBox);
            spinBox->setProperty("value", value);
        }
        pendingWidget_ = spinBox;
        pendingCommit_ = commit;
        pendingTimer_->start();
    };
    if (auto* s = qobject_cast<QSpinBox*>(spinBox))
        connect(s, &QSpinBox::valueChanged, this, stepped);
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(spinBox))
        connect(d, &QDoubleSpinBox::valueChanged, this, stepped);
}

void SettingsPanel::flushPending() {
    pendingTimer_->stop();
    const std::function<void()> commit = std::exchange(pendingCommit_, nullptr);
    pendingWidget_ = nullptr;
    if (commit) commit();
}

void SettingsPanel::connectControls() {
    Ui::SettingsDock& u = *ui_;
    const auto lesson = [this]() -> const Lesson& { return session_->lesson(); };
    // Data
    connect(u.sourceCombo, &QComboBox::activated, this, &SettingsPanel::applySource);
    connectSpinBox(u.samplesSpin, [this, lesson] {
        const int n = ui_->samplesSpin->value();
        if (generatedData() && n != lesson().source.generator.samples)
            apply({{"data.samples", n}}, [n] { return tr("%n sample(s)", nullptr, n); });
    });
    connectSpinBox(u.noiseSpin, [this, lesson] {
        const double v = ui_->noiseSpin->value();
        if (differs(ui_->noiseSpin, lesson().source.generator.noise))
            apply({{"data.noise", v}}, [v] { return tr("Noise %1").arg(v); });
    });
    connectSpinBox(u.classesSpin, [this, lesson] {
        const int n = ui_->classesSpin->value();
        if (n != lesson().source.generator.classes)
            apply({{"data.classes", n}}, [n] { return tr("%n class(es)", nullptr, n); });
    });
    connectSpinBox(u.dataSeedSpin, [this, lesson] {
        const int seed = ui_->dataSeedSpin->value();
        if (seed != clampToInt(lesson().source.generator.seed))
            apply({{"data.seed", seed}}, [seed] { return tr("Data seed %1").arg(seed); });
    });
    connectSpinBox(u.testFractionSpin, [this, lesson] {
        const double v = ui_->testFractionSpin->value();
        if (differs(ui_->testFractionSpin, lesson().testFraction))
            apply({{"data.test_fraction", v}}, [v] { return tr("Test fraction %1").arg(v); });
    });
    // Network
    connectSpinBox(u.layersSpin, [this] { applyHiddenLayers(); });
    connect(u.unitsEdit, &QLineEdit::editingFinished, this, &SettingsPanel::applyUnits);
    connect(u.hiddenActivationCombo, &QComboBox::activated, this, [this](int i) {
        if (hiddenNames[i].toStdString() !=
            activationName(session_->lesson().network.hiddenActivation.kind))
            apply({{"network.hidden_activation", hiddenNames[i]}},
                  [item = itemText(ui_->hiddenActivationCombo, i)] {
                      return tr("Hidden activation %1").arg(item());
                  });
    });
    connect(u.outputActivationCombo, &QComboBox::activated, this, [this](int i) {
        applyItem(ui_->outputActivationCombo, i, [item = itemText(ui_->outputActivationCombo, i)] {
            return tr("Output activation %1").arg(item());
        });
    });
    // Training
    connect(u.lossCombo, &QComboBox::activated, this, [this](int i) {
        applyItem(ui_->lossCombo, i,
                  [item = itemText(ui_->lossCombo, i)] { return tr("Loss %1").arg(item()); });
    });
    connect(u.reductionCombo, &QComboBox::activated, this, [this, lesson](int i) {
        if (reductionNames[i].toStdString() != reductionName(lesson().training.reduction))
            apply({{"training.loss_reduction", reductionNames[i]}},
                  [item = itemText(ui_->reductionCombo, i)] {
                      return tr("Loss over the batch: %1").arg(item());
                  });
    });
    connect(u.learningRateSlider, &QSlider::valueChanged, this, [this](int position) {
        {
            const QSignalBlocker blocker(ui_->learningRateSpin);
            ui_->learningRateSpin->setValue(learningRateAt(position));
        }
        if (!ui_->learningRateSlider->isSliderDown()) // a click or key; a drag applies on release
            applySliderRate();
    });
    connect(u.learningRateSlider, &QSlider::sliderReleased, this, &SettingsPanel::applySliderRate);
    connectSpinBox(u.learningRateSpin, [this, lesson] {
        if (differs(ui_->learningRateSpin, lesson().training.learningRate))
            applyLearningRate(ui_->learningRateSpin->value());
    });
    connect(u.batchCombo, &QComboBox::activated, this, [this] { applyBatch(); });
    connectSpinBox(u.batchSizeSpin, [this] { applyBatch(); });
    connectSpinBox(u.epochsSpin, [this, lesson] {
        const int n = ui_->epochsSpin->value();
        if (n != lesson().training.epochs)
            apply({{"training.epochs", n}}, [n] { return tr("%n epoch(s)", nullptr, n); });
    });
    connect(u.stopAtLossCheck, &QCheckBox::clicked, this, [this] { applyStopAtLoss(); });
    connectSpinBox(u.stopAtLossSpin, [this] { applyStopAtLoss(); });
    connect(u.updateBiasesCheck, &QCheckBox::clicked, this, [this, lesson](bool on) {
        if (on != lesson().training.updateBiases)
            apply({{"training.update_biases", on}},
                  [on] { return on ? tr("Update the biases") : tr("Keep the biases fixed"); });
    });
    // Initial weights
    connect(u.initMethodCombo, &QComboBox::activated, this, &SettingsPanel::applyInitMethod);
    connectSpinBox(u.initSeedSpin, [this, lesson] {
        const int seed = ui_->initSeedSpin->value();
        if (!lesson().explicitInit && seed != clampToInt(lesson().initSpec.seed))
            apply({{"init.seed", seed}}, [seed] { return tr("Weight seed %1").arg(seed); });
    });
    connectSpinBox(u.initStdSpin, [this, lesson] {
        const double v = ui_->initStdSpin->value();
        if (!lesson().explicitInit && differs(ui_->initStdSpin, lesson().initSpec.std))
            apply({{"init.std", v}}, [v] { return tr("Weight standard deviation %1").arg(v); });
    });
    connect(u.initBiasesCombo, &QComboBox::activated, this, [this, lesson](int i) {
        const bool zero = i == ZeroBiases;
        if (!lesson().explicitInit && zero != lesson().initSpec.zeroBiases)
            apply({{"init.biases", zero ? "zero" : "random"}},
                  [zero] { return zero ? tr("Biases start at zero") : tr("Biases start random"); });
    });
}

void SettingsPanel::refresh() {
    if (session_->hasLesson()) updates_->showSettings(session_->lesson().training);
    pendingTimer_->stop(); // a change still waiting for its arrows to rest is dropped
    pendingCommit_ = nullptr;
    pendingWidget_ = nullptr;
    setEnabled(session_->hasLesson());
    if (!session_->hasLesson()) return;
    std::vector<std::unique_ptr<QSignalBlocker>> blockers; // filling makes no changes
    for (QWidget* w : findChildren<QWidget*>())
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    Ui::SettingsDock& u = *ui_;
    const Lesson& l = session_->lesson();

    const bool generated = generatedData();
    shownDataEdited_ = session_->dataEdited();
    const GeneratorSpec& g = l.source.generator;
    u.sourceCombo->setCurrentIndex(
        generated ? std::max(0, indexOf(sourceNames, generatorName(g.kind))) : 0);
    u.samplesSpin->setValue(generated ? g.samples
                                      : static_cast<int>(l.data.samples() + l.test.samples()));
    u.noiseSpin->setValue(g.noise);
    u.classesSpin->setValue(g.classes);
    u.dataSeedSpin->setValue(clampToInt(g.seed));
    u.testFractionSpin->setValue(l.testFraction);
    const QString onlyGenerated =
        tr("Only generated data has this setting; choose a generator under Source to replace the "
           "lesson's own data.");
    for (QWidget* w : {static_cast<QWidget*>(u.samplesSpin), static_cast<QWidget*>(u.noiseSpin),
                       static_cast<QWidget*>(u.dataSeedSpin)})
        setAvailable(w, generated, onlyGenerated);
    setAvailable(u.classesSpin, generated && g.kind == GeneratorSpec::Kind::Spiral,
                 generated ? tr("Only the spiral has a number of classes.") : onlyGenerated);
    setAvailable(u.testFractionSpin, l.test.samples() == 0 || l.testFraction > 0,
                 tr("This lesson brings its own test samples."));

    const NetworkSpec& net = l.network;
    u.layersSpin->setValue(static_cast<int>(net.hidden.size()));
    u.unitsEdit->setText(unitsText(net.hidden));
    u.unitsEdit->setEnabled(!net.hidden.empty());
    u.hiddenActivationCombo->setCurrentIndex(
        indexOf(hiddenNames, activationName(net.hiddenActivation.kind)));
    u.outputActivationCombo->setCurrentIndex(
        indexOf(outputNames, activationName(net.outputActivation.kind)));

    const TrainingConfig& t = l.training;
    u.lossCombo->setCurrentIndex(indexOf(lossNames, lossName(t.loss)));
    u.reductionCombo->setCurrentIndex(indexOf(reductionNames, reductionName(t.reduction)));
    u.learningRateSpin->setValue(t.learningRate);
    u.learningRateSlider->setValue(sliderPositionOf(t.learningRate));
    const int samples = std::max<int>(1, static_cast<int>(l.data.samples()));
    u.batchCombo->setCurrentIndex(t.batch.kind == BatchSpec::Kind::Full  ? FullBatch
                                  : t.batch.kind == BatchSpec::Kind::Sgd ? Sgd
                                                                         : MiniBatch);
    u.batchSizeSpin->setMaximum(std::max(samples, t.batch.size));
    u.batchSizeSpin->setValue(t.batch.kind == BatchSpec::Kind::MiniBatch
                                  ? t.batch.size
                                  : std::min(samples, std::clamp(samples / 4, 2, 32)));
    setAvailable(u.batchSizeSpin, t.batch.kind == BatchSpec::Kind::MiniBatch,
                 tr("Only mini-batches have a size; choose mini-batch first."));
    u.epochsSpin->setValue(t.epochs);
    u.stopAtLossCheck->setChecked(t.stopAtLoss.has_value());
    u.stopAtLossSpin->setValue(t.stopAtLoss.value_or(0.01));
    setAvailable(u.stopAtLossSpin, t.stopAtLoss.has_value(),
                 tr("Tick Stop at loss to set a target."));
    u.updateBiasesCheck->setChecked(t.updateBiases);

    const InitSpec& init = l.initSpec;
    u.initMethodCombo->setCurrentIndex(
        l.explicitInit ? 0 : indexOf(initNames, initMethodName(init.method)));
    u.initSeedSpin->setValue(clampToInt(init.seed));
    u.initStdSpin->setValue(init.std);
    const bool xavier = init.method == InitSpec::Method::Xavier;
    u.initBiasesCombo->setCurrentIndex(init.zeroBiases || xavier ? ZeroBiases : RandomBiases);
    const QString givenWeights = tr("The lesson gives its starting weights as numbers; choose a "
                                    "method to draw them instead.");
    setAvailable(u.initSeedSpin, !l.explicitInit, givenWeights);
    setAvailable(u.initStdSpin, !l.explicitInit && init.method == InitSpec::Method::Normal,
                 l.explicitInit ? givenWeights
                                : tr("Only the normal method has a standard deviation."));
    setAvailable(u.initBiasesCombo, !l.explicitInit && !xavier,
                 l.explicitInit ? givenWeights : tr("Xavier always starts the biases at zero."));
}

void SettingsPanel::refreshAvailability() {
    if (!session_->hasLesson()) return;
    const Lesson& l = session_->lesson();
    const bool generated = generatedData();
    // The own data cannot be chosen back once a generator replaced it (Undo can); a generator
    // that gives a different number of outputs may need a one-output network and loss.
    markItems(
        ui_->sourceCombo,
        [generated](int i) -> QJsonObject {
            if (i == 0) return {};
            if (generated) return {{"data.generator", sourceNames[i]}};
            return {{"data.generator", sourceNames[i]},
                    {"data.samples", sourceNames[i] == QLatin1String("xor") ? 4 : 200}};
        },
        [](int) -> QJsonObject {
            return {{"network.output_activation", "sigmoid"}, {"training.loss", "bce"}};
        });
    if (!generated)
        ui_->sourceCombo->setItemData(0, QVariant(), Qt::ToolTipRole);
    else
        ui_->sourceCombo->setItemData(
            0, tr("The data comes from a generator now; Edit → Undo brings back data it replaced."),
            Qt::ToolTipRole);
    // An output activation and a loss must suit each other: each choice brings its partner.
    markItems(
        ui_->outputActivationCombo,
        [](int i) -> QJsonObject {
            return {{"network.output_activation", outputNames[i]}};
        },
        [](int i) -> QJsonObject {
            static const QStringList partner{"bce", "mse", "cross_entropy"};
            return {{"training.loss", partner[i]}};
        });
    markItems(
        ui_->lossCombo,
        [](int i) -> QJsonObject {
            return {{"training.loss", lossNames[i]}};
        },
        [](int i) -> QJsonObject {
            static const QStringList partner{"sigmoid", "sigmoid", "softmax"};
            return {{"network.output_activation", partner[i]}};
        });
    const bool explicitInit = l.explicitInit;
    auto* initModel = qobject_cast<QStandardItemModel*>(ui_->initMethodCombo->model());
    initModel->item(0)->setEnabled(explicitInit);
    ui_->initMethodCombo->setItemData(
        0,
        explicitInit ? QVariant()
                     : QVariant(tr("Only a lesson that gives its weights as numbers has these.")),
        Qt::ToolTipRole);
}

void SettingsPanel::markItems(QComboBox* combo, const std::function<QJsonObject(int)>& setOf,
                              const std::function<QJsonObject(int)>& companionOf) {
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    for (int i = 0; i < combo->count(); ++i) {
        QJsonObject set = setOf(i);
        QString reason;
        QString tip;
        if (i == combo->currentIndex()) {
            set = {}; // already so
        } else if (!set.isEmpty() && !(reason = session_->checkSettings(set)).isEmpty() &&
                   companionOf) {
            QJsonObject both = set;
            const QJsonObject companion = companionOf(i);
            QStringList also;
            for (auto it = companion.begin(); it != companion.end(); ++it) {
                both[it.key()] = it.value();
                also << QStringLiteral("%1 = %2").arg(it.key(), valueText(it.value()));
            }
            if (session_->checkSettings(both).isEmpty()) {
                set = both;
                tip =
                    tr("Also sets %1: this choice needs it.").arg(also.join(QStringLiteral(", ")));
                reason.clear();
            }
        }
        const bool available = i == combo->currentIndex() || (!set.isEmpty() && reason.isEmpty());
        model->item(i)->setEnabled(available);
        combo->setItemData(i, available ? tip : reason, Qt::ToolTipRole);
        combo->setItemData(i, available ? QVariant(set) : QVariant(), setRole);
    }
}

void SettingsPanel::applyItem(QComboBox* combo, int item, const Wording& description) {
    const QJsonObject set = combo->itemData(item, setRole).toJsonObject();
    if (set.isEmpty()) { // the current choice, or one that cannot be made
        refresh();
        return;
    }
    apply(set, description);
}

void SettingsPanel::apply(const QJsonObject& set, const Wording& description) {
    if (!session_->hasLesson()) return;
    const QString reason = session_->changeSettings(set, description);
    if (!reason.isEmpty()) refresh(); // the controls show the lesson as it still is
    showRefusal(reason);
}

void SettingsPanel::showRefusal(const QString& reason) {
    ui_->refusedLabel->setText(reason.isEmpty() ? QString() : tr("Not changed: %1").arg(reason));
    ui_->refusedLabel->setVisible(!reason.isEmpty());
}

void SettingsPanel::setAvailable(QWidget* widget, bool available, const QString& whyNot) {
    QVariant base = widget->property("baseToolTip");
    if (!base.isValid()) {
        base = widget->toolTip();
        widget->setProperty("baseToolTip", base);
    }
    widget->setEnabled(available);
    widget->setToolTip(available ? base.toString()
                                 : QStringLiteral("%1\n%2").arg(base.toString(), whyNot));
}

void SettingsPanel::applySource(int item) {
    applyItem(ui_->sourceCombo, item, [name = sourceNames.value(item)] {
        return tr("Data from the %1 generator").arg(name);
    });
}

void SettingsPanel::applyHiddenLayers() {
    std::vector<int> units = session_->lesson().network.hidden;
    const int layers = ui_->layersSpin->value();
    if (layers == static_cast<int>(units.size())) return;
    if (layers == 0) { // a perceptron / linear regression: X feeds the output layer
        apply({{"network.hidden", QJsonArray()}}, [] { return tr("No hidden layer"); });
        return;
    }
    // new layers like the last one (two units after none)
    units.resize(static_cast<size_t>(layers), units.empty() ? 2 : units.back());
    apply({{"network.hidden", hiddenValue(units)}}, [layers, text = unitsText(units)] {
        return tr("%n hidden layer(s): %1", nullptr, layers).arg(text);
    });
}

void SettingsPanel::applyUnits() {
    const std::vector<int> units = parseUnits(ui_->unitsEdit->text());
    if (units.empty()) {
        showRefusal(tr("units per layer: give whole numbers from 1, one per hidden layer, like 8 "
                       "or 8x4"));
        return;
    }
    if (units == session_->lesson().network.hidden) {
        ui_->unitsEdit->setText(unitsText(units)); // as the other controls write it
        return;
    }
    apply({{"network.hidden", hiddenValue(units)}},
          [text = unitsText(units)] { return tr("Hidden units %1").arg(text); });
}

void SettingsPanel::applyLearningRate(double rate) {
    if (rate == session_->lesson().training.learningRate) return;
    apply({{"training.learning_rate", rate}}, [rate] { return tr("Learning rate %1").arg(rate); });
}

void SettingsPanel::applySliderRate() {
    const double current = session_->lesson().training.learningRate;
    const int position = ui_->learningRateSlider->value();
    if (position == sliderPositionOf(current)) { // back where it was: the exact rate stays
        const QSignalBlocker blocker(ui_->learningRateSpin);
        ui_->learningRateSpin->setValue(current);
        return;
    }
    applyLearningRate(learningRateAt(position));
}

void SettingsPanel::applyBatch() {
    const BatchSpec& now = session_->lesson().training.batch;
    const int item = ui_->batchCombo->currentIndex();
    const int size = ui_->batchSizeSpin->value();
    if (item == FullBatch && now.kind != BatchSpec::Kind::Full)
        apply({{"training.batch", "full"}}, [] { return tr("Full batch"); });
    else if (item == Sgd && now.kind != BatchSpec::Kind::Sgd)
        apply({{"training.batch", "sgd"}}, [] { return tr("SGD: one sample per iteration"); });
    else if (item == MiniBatch && (now.kind != BatchSpec::Kind::MiniBatch || now.size != size))
        apply({{"training.batch", size}}, [size] { return tr("Mini-batches of %1").arg(size); });
}

void SettingsPanel::applyStopAtLoss() {
    const std::optional<double>& now = session_->lesson().training.stopAtLoss;
    const double target = ui_->stopAtLossSpin->value();
    if (!ui_->stopAtLossCheck->isChecked()) {
        if (now)
            apply({{"training.stop_at_loss", QJsonValue::Null}},
                  [] { return tr("No target loss"); });
    } else if (!now || differs(ui_->stopAtLossSpin, *now)) {
        apply({{"training.stop_at_loss", target}},
              [target] { return tr("Stop at loss %1").arg(target); });
    }
}

void SettingsPanel::applyInitMethod(int item) {
    const Lesson& l = session_->lesson();
    if (item == 0 ||
        (!l.explicitInit && initNames[item].toStdString() == initMethodName(l.initSpec.method))) {
        refresh();
        return;
    }
    apply({{"init.method", initNames[item]}}, [name = itemText(ui_->initMethodCombo, item)] {
        return tr("Initial weights: %1").arg(name());
    });
}

void SettingsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        flushPending();
        ui_->retranslateUi(this);
        for (QWidget* w : findChildren<QWidget*>()) // the form's tooltips, in the new language
            w->setProperty("baseToolTip", QVariant());
        refresh();
        refreshAvailability();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
