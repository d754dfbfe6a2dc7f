// SPDX-License-Identifier: MIT
// The "Updates and dropout" group of the lesson settings dock (ui/optimizer_settings.ui): the
// optimiser and its betas, weight decay, the learning-rate decay and dropout. It only asks for
// changes; the settings panel makes them through the session's undo stack.
#pragma once

#include "core/network.h"
#include "models/worded_command.h"

#include <QGroupBox>
#include <QJsonObject>

#include <memory>

class QFormLayout;

namespace Ui {
class OptimizerSettings;
}

namespace backstep {

class OptimizerSettings : public QGroupBox {
    Q_OBJECT
public:
    explicit OptimizerSettings(QWidget* parent = nullptr);
    ~OptimizerSettings() override;

    QFormLayout* form() const; // for lining its labels up with the other groups'

    // Shows the lesson's settings without asking for any change.
    void showSettings(const TrainingConfig& training);

signals:
    // `set` maps lesson paths to values, as the settings panel's other controls do; the
    // description words the change in the language of the moment.
    void changeRequested(const QJsonObject& set, const backstep::Wording& description);

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void requestOptimizer();
    void requestWeightDecay();
    void requestLearningRateDecay();
    void showOptimizerRows(int item);

    std::unique_ptr<Ui::OptimizerSettings> ui_;
    TrainingConfig shown_;
    bool showing_ = false;
};

} // namespace backstep
