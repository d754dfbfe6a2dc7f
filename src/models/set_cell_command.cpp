// SPDX-License-Identifier: MIT
#include "set_cell_command.h"

#include "lesson_session.h"

#include <QCoreApplication>

namespace backstep {

SetCellCommand::SetCellCommand(LessonSession* session, CellRef cell, double before, double after)
    : WordedCommand([matrix = QString::fromStdString(cell.matrix), row = cell.row + 1,
                     column = cell.column + 1] {
          return QCoreApplication::translate("SetCellCommand", "Edit %1[%2,%3]")
              .arg(matrix)
              .arg(row)
              .arg(column);
      }),
      session_(session), cell_(std::move(cell)), before_(before), after_(after) {}

void SetCellCommand::undo() {
    session_->setCellValue(cell_, before_);
}
void SetCellCommand::redo() {
    session_->setCellValue(cell_, after_);
}

} // namespace backstep
