// SPDX-License-Identifier: MIT
#include "go_to_dialog.h"

#include "ui_go_to_dialog.h"

#include <algorithm>

namespace backstep {

GoToDialog::GoToDialog(qint64 iteration, int perEpoch, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::GoToDialog>()), iteration_(iteration),
      perEpoch_(std::max(1, perEpoch)) {
    ui_->setupUi(this);
    const auto show = [this](int unit) { // where the sheet is, in the unit chosen
        const qint64 shown = unit == 1 ? (iteration_ - 1) / perEpoch_ + 1 : iteration_;
        ui_->number->setValue(static_cast<int>(std::min<qint64>(shown, ui_->number->maximum())));
        ui_->number->selectAll();
    };
    connect(ui_->unit, &QComboBox::currentIndexChanged, this, show);
    show(0);
    ui_->number->setFocus();
}

GoToDialog::~GoToDialog() = default;

void GoToDialog::choose(bool epoch, int number) {
    ui_->unit->setCurrentIndex(epoch ? 1 : 0);
    ui_->number->setValue(number);
}

qint64 GoToDialog::targetIteration() const {
    const qint64 n = ui_->number->value();
    return ui_->unit->currentIndex() == 1 ? (n - 1) * perEpoch_ + 1 : n;
}

} // namespace backstep
