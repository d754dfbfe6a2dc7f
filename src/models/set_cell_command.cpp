// SPDX-License-Identifier: MIT
#include "set_cell_command.h"

#include "lesson_session.h"

#include <QCoreApplication>

namespace backstep {

SetCellCommand::SetCellCommand(LessonSession* session, CellRef cell, double before, double after)
    : session_(session), cell_(std::move(cell)), before_(before), after_(after) {
    setText(QCoreApplication::translate("SetCellCommand", "Edit %1[%2,%3]")
                .arg(QString::fromStdString(cell_.matrix))
                .arg(cell_.row + 1)
                .arg(cell_.column + 1));
}

void SetCellCommand::undo() {
    session_->setCellValue(cell_, before_);
}
void SetCellCommand::redo() {
    session_->setCellValue(cell_, after_);
}

} // namespace backstep
