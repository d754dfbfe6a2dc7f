// SPDX-License-Identifier: MIT
#include "handout_dialog.h"

#include "ui_handout_dialog.h"

#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace backstep {

HandoutDialog::HandoutDialog(int currentStep, qint64 iteration, bool printing, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::HandoutDialog>()) {
    ui_->setupUi(this);
    setWindowTitle(printing ? tr("Print handout") : tr("Export handout as PDF"));
    ui_->iterationLabel->setText(
        tr("A worksheet of iteration %1 with the numbers on screen.").arg(iteration));
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(printing ? tr("Print…") : tr("Export…"));
    ui_->step->setValue(currentStep);
    const QSettings settings;
    ui_->allSteps->setChecked(settings.value(QStringLiteral("handout/allSteps"), false).toBool());
    ui_->answers->setChecked(settings.value(QStringLiteral("handout/answers"), false).toBool());
    // Letter where the locale measures in inches (the US), A4 elsewhere, until chosen
    const int letterHere = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0;
    ui_->paper->setCurrentIndex(
        settings.value(QStringLiteral("handout/paper"), letterHere).toInt() == 1 ? 1 : 0);
    ui_->decimals->setValue(settings.value(QStringLiteral("handout/decimals"), 4).toInt());
    ui_->step->setFocus();
}

HandoutDialog::~HandoutDialog() = default;

HandoutChoice HandoutDialog::choice() const {
    HandoutChoice choice;
    choice.step = ui_->allSteps->isChecked() ? 0 : ui_->step->value();
    choice.answers = ui_->answers->isChecked();
    choice.paper = ui_->paper->currentIndex() == 1 ? HandoutPaper::Letter : HandoutPaper::A4;
    choice.decimals = ui_->decimals->value();
    return choice;
}

void HandoutDialog::done(int result) {
    if (result == QDialog::Accepted) {
        QSettings settings;
        settings.setValue(QStringLiteral("handout/allSteps"), ui_->allSteps->isChecked());
        settings.setValue(QStringLiteral("handout/answers"), ui_->answers->isChecked());
        settings.setValue(QStringLiteral("handout/paper"), ui_->paper->currentIndex());
        settings.setValue(QStringLiteral("handout/decimals"), ui_->decimals->value());
    }
    QDialog::done(result);
}

} // namespace backstep
