// SPDX-License-Identifier: MIT
// One edit of one cell, undoable; its text ("Edit wh[1,2]") follows the language.
#pragma once

#include "core/provenance.h"

#include "worded_command.h"

namespace backstep {

class LessonSession;

class SetCellCommand : public WordedCommand {
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
