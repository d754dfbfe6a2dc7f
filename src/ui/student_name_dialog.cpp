// SPDX-License-Identifier: MIT
#include "student_name_dialog.h"

#include "ui_student_name_dialog.h"

#include <QPushButton>

namespace backstep {

StudentNameDialog::StudentNameDialog(const QString& current, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::StudentNameDialog>()) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("studentNameDialog"));
    const auto allowOk = [this] {
        ui_->buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    };
    connect(ui_->name, &QLineEdit::textChanged, this, allowOk);
    ui_->name->setText(current);
    ui_->name->selectAll();
    allowOk();
}

StudentNameDialog::~StudentNameDialog() = default;

QString StudentNameDialog::name() const {
    return ui_->name->text().trimmed();
}

QLineEdit* StudentNameDialog::nameEdit() const {
    return ui_->name;
}

bool StudentNameDialog::canAccept() const {
    return ui_->buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace backstep
