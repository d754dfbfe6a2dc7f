// SPDX-License-Identifier: MIT
#include "optimizer_settings.h"

#include "ui_optimizer_settings.h"

#include <QDoubleValidator>
#include <QEvent>
#include <QSignalBlocker>

namespace backstep {

namespace {
// The combo's items, in the order of ui/optimizer_settings.ui.
constexpr OptimizerSpec::Kind itemKinds[] = {
    OptimizerSpec::Kind::Sgd, OptimizerSpec::Kind::Momentum, OptimizerSpec::Kind::Adam};
} // namespace

OptimizerSettings::OptimizerSettings(QWidget* parent)
    : QGroupBox(parent), ui_(std::make_unique<Ui::OptimizerSettings>()) {
    ui_->setupUi(this);
    for (int item = 0; item < 3; ++item) // items by name, like the other combo boxes
        ui_->optimizerCombo->setItemData(item,
                                         QString::fromStdString(optimizerName(itemKinds[item])));
    auto* epsilon = new QDoubleValidator(1e-300, 1.0, 17, ui_->epsilonEdit);
    epsilon->setLocale(QLocale::c());
    ui_->epsilonEdit->setValidator(epsilon);
    connect(ui_->optimizerCombo, &QComboBox::activated, this, [this](int item) {
        showOptimizerRows(item);
        requestOptimizer();
    });
    // Without keyboard tracking a spin box reports a value when its arrows are used or when
    // typing ends (Enter, leaving the field), never half-typed numbers.
    for (QAbstractSpinBox* spin : findChildren<QAbstractSpinBox*>())
        spin->setKeyboardTracking(false);
    for (QDoubleSpinBox* spin : {ui_->betaSpin, ui_->beta1Spin, ui_->beta2Spin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &OptimizerSettings::requestOptimizer);
    connect(ui_->epsilonEdit, &QLineEdit::editingFinished, this,
            &OptimizerSettings::requestOptimizer);
    connect(ui_->weightDecaySpin, &QDoubleSpinBox::valueChanged, this,
            &OptimizerSettings::requestWeightDecay);
    connect(ui_->dropoutSpin, &QDoubleSpinBox::valueChanged, this, [this](double p) {
        if (showing_ || p == shown_.dropout) return;
        emit changeRequested({{"training.dropout", p}},
                             [p] { return p > 0 ? tr("Dropout %1").arg(p) : tr("No dropout"); });
    });
    connect(ui_->lrDecayCheck, &QCheckBox::clicked, this,
            &OptimizerSettings::requestLearningRateDecay);
    connect(ui_->factorSpin, &QDoubleSpinBox::valueChanged, this,
            &OptimizerSettings::requestLearningRateDecay);
    connect(ui_->everySpin, &QSpinBox::valueChanged, this,
            &OptimizerSettings::requestLearningRateDecay);
}

OptimizerSettings::~OptimizerSettings() = default;

QFormLayout* OptimizerSettings::form() const {
    return ui_->updatesForm;
}

void OptimizerSettings::showSettings(const TrainingConfig& training) {
    showing_ = true;
    shown_ = training;
    const OptimizerSpec& o = training.optimizer;
    const int item = static_cast<int>(
        std::find(std::begin(itemKinds), std::end(itemKinds), o.kind) - std::begin(itemKinds));
    ui_->optimizerCombo->setCurrentIndex(item);
    ui_->betaSpin->setValue(o.beta);
    ui_->beta1Spin->setValue(o.beta1);
    ui_->beta2Spin->setValue(o.beta2);
    ui_->epsilonEdit->setText(QString::number(o.epsilon, 'g', 6));
    ui_->weightDecaySpin->setValue(training.weightDecay);
    ui_->dropoutSpin->setValue(training.dropout);
    ui_->lrDecayCheck->setChecked(training.learningRateDecay.every > 0);
    if (training.learningRateDecay.every > 0) {
        ui_->everySpin->setValue(training.learningRateDecay.every);
        ui_->factorSpin->setValue(training.learningRateDecay.factor);
    }
    showOptimizerRows(item);
    showing_ = false;
}

void OptimizerSettings::showOptimizerRows(int item) {
    const OptimizerSpec::Kind kind = itemKinds[std::clamp(item, 0, 2)];
    const bool momentum = kind == OptimizerSpec::Kind::Momentum;
    const bool adam = kind == OptimizerSpec::Kind::Adam;
    for (QWidget* w : {static_cast<QWidget*>(ui_->betaLabel), static_cast<QWidget*>(ui_->betaSpin)})
        w->setVisible(momentum);
    for (QWidget* w :
         {static_cast<QWidget*>(ui_->beta1Label), static_cast<QWidget*>(ui_->beta1Spin),
          static_cast<QWidget*>(ui_->beta2Label), static_cast<QWidget*>(ui_->beta2Spin),
          static_cast<QWidget*>(ui_->epsilonLabel), static_cast<QWidget*>(ui_->epsilonEdit)})
        w->setVisible(adam);
    const bool decay = ui_->lrDecayCheck->isChecked();
    ui_->factorSpin->setEnabled(decay);
    ui_->everySpin->setEnabled(decay);
}

void OptimizerSettings::requestOptimizer() {
    if (showing_) return;
    OptimizerSpec spec;
    spec.kind = itemKinds[std::clamp(ui_->optimizerCombo->currentIndex(), 0, 2)];
    spec.beta = ui_->betaSpin->value();
    spec.beta1 = ui_->beta1Spin->value();
    spec.beta2 = ui_->beta2Spin->value();
    bool ok = false;
    const double epsilon = QLocale::c().toDouble(ui_->epsilonEdit->text(), &ok);
    spec.epsilon = ok && epsilon > 0 ? epsilon : shown_.optimizer.epsilon;
    // only what the chosen optimiser uses counts as a change
    if (spec.kind != OptimizerSpec::Kind::Momentum) spec.beta = shown_.optimizer.beta;
    if (spec.kind != OptimizerSpec::Kind::Adam) {
        spec.beta1 = shown_.optimizer.beta1;
        spec.beta2 = shown_.optimizer.beta2;
        spec.epsilon = shown_.optimizer.epsilon;
    }
    if (spec == shown_.optimizer) return;
    QJsonObject value{{"name", QString::fromStdString(optimizerName(spec.kind))}};
    Wording description;
    switch (spec.kind) {
    case OptimizerSpec::Kind::Sgd:
        emit changeRequested({{"training.optimizer", QStringLiteral("sgd")}},
                             [] { return tr("Plain steps"); });
        return;
    case OptimizerSpec::Kind::Momentum:
        value["beta"] = spec.beta;
        description = [beta = spec.beta] { return tr("Momentum β %1").arg(beta); };
        break;
    case OptimizerSpec::Kind::Adam:
        value["beta1"] = spec.beta1;
        value["beta2"] = spec.beta2;
        value["epsilon"] = spec.epsilon;
        description = [beta1 = spec.beta1, beta2 = spec.beta2] {
            return tr("Adam β1 %1, β2 %2").arg(beta1).arg(beta2);
        };
        break;
    }
    emit changeRequested({{"training.optimizer", value}}, description);
}

void OptimizerSettings::requestWeightDecay() {
    if (showing_) return;
    const double lambda = ui_->weightDecaySpin->value();
    if (lambda == shown_.weightDecay) return;
    emit changeRequested({{"training.weight_decay", lambda}},
                         [lambda] { return tr("Weight decay %1").arg(lambda); });
}

void OptimizerSettings::requestLearningRateDecay() {
    if (showing_) return;
    showOptimizerRows(ui_->optimizerCombo->currentIndex());
    if (!ui_->lrDecayCheck->isChecked()) {
        if (shown_.learningRateDecay.every > 0)
            emit changeRequested({{"training.lr_decay", QJsonValue::Null}},
                                 [] { return tr("Constant learning rate"); });
        return;
    }
    const LearningRateDecay decay{ui_->everySpin->value(), ui_->factorSpin->value()};
    if (decay == shown_.learningRateDecay) return;
    emit changeRequested(
        {{"training.lr_decay", QJsonObject{{"every", decay.every}, {"factor", decay.factor}}}},
        [decay] {
            return tr("Learning rate ×%1 every %n epoch(s)", nullptr, decay.every)
                .arg(decay.factor);
        });
}

void OptimizerSettings::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
    }
    QGroupBox::changeEvent(event);
}

} // namespace backstep
