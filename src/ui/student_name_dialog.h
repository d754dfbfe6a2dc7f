// SPDX-License-Identifier: MIT
// Practice setup: asks for the student's name (results are exported under it, and a lesson
// with variants draws the student's numbers from it). OK stays off while the name is blank.
// The form is ui/student_name_dialog.ui.
#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class StudentNameDialog;
}

namespace backstep {

class StudentNameDialog : public QDialog {
    Q_OBJECT
public:
    explicit StudentNameDialog(const QString& current, QWidget* parent = nullptr);
    ~StudentNameDialog() override;

    QString name() const; // trimmed
    QLineEdit* nameEdit() const;
    bool canAccept() const; // OK is on

private:
    std::unique_ptr<Ui::StudentNameDialog> ui_;
};

} // namespace backstep
