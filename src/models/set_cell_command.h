// SPDX-License-Identifier: MIT
// One edit of one cell, undoable.
#pragma once

#include "core/provenance.h"

#include <QUndoCommand>

namespace backstep {

class LessonSession;

class SetCellCommand : public QUndoCommand {
public:
    SetCellCommand(LessonSession* session, CellRef cell, double before, double after);
    void undo() override;
    void redo() override;

private:
    LessonSession* session_;
    CellRef cell_;
    double before_, after_;
};

} // namespace backstep
