// SPDX-License-Identifier: MIT
// The lesson settings dock: the data, network, training and initial weights of the open
// lesson as controls (laid out in ui/settings_dock.ui). Each change goes through the
// session's undo stack at once; choices that could not train are disabled with the reason,
// and a change the lesson refuses is explained in red above the controls.
#pragma once

#include "models/worded_command.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QTimer;

namespace Ui {
class SettingsDock;
}

namespace backstep {

class LessonSession;
class OptimizerSettings;

class SettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPanel(LessonSession* session, QWidget* parent = nullptr);
    ~SettingsPanel() override;

    // Why the last change was refused ("" after a change that worked).
    QString refusal() const;

    // The learning rate a position of the logarithmic slider stands for, and back.
    static double learningRateAt(int sliderPosition);
    static int sliderPositionOf(double learningRate);

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void connectControls();
    void alignLabelColumns();
    void connectSpinBox(QWidget* spinBox, const std::function<void()>& commit);
    // Sets every control to the lesson's value without triggering changes.
    void refresh();
    void refreshAvailability();
    bool generatedData() const; // the generator's settings apply (its samples are not edited)
    // Disables the items of `combo` whose change could not train (reason as tooltip); each
    // enabled item keeps the set that makes its change (with a companion setting if needed).
    void markItems(QComboBox* combo, const std::function<QJsonObject(int item)>& setOf,
                   const std::function<QJsonObject(int item)>& companionOf = {});
    void applyItem(QComboBox* combo, int item, const Wording& description);
    // Makes the change unless it is no change; shows the reason when it is refused. The
    // description words the undo entry, again in each language.
    void apply(const QJsonObject& set, const Wording& description);
    void showRefusal(const QString& reason);
    void setAvailable(QWidget* widget, bool available, const QString& whyNot);
    void flushPending();

    void applySource(int item);
    void applyHiddenLayers();
    void applyUnits();
    void applyLearningRate(double rate);
    void applySliderRate();
    void applyBatch();
    void applyStopAtLoss();
    void applyInitMethod(int item);

    LessonSession* session_;
    std::unique_ptr<Ui::SettingsDock> ui_;
    OptimizerSettings* updates_ = nullptr;
    QTimer* pendingTimer_;                // applies a spin box stepped with its arrows
    std::function<void()> pendingCommit_; // … this change, once the arrows rest
    QWidget* pendingWidget_ = nullptr;
    bool shownDataEdited_ = false; // the controls show the lesson with edited samples
};

} // namespace backstep
