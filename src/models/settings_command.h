// SPDX-License-Identifier: MIT
// One change of a lesson's settings, undoable: the session as it was before and after.
#pragma once

#include "lesson_session.h"

#include <QUndoCommand>

namespace backstep {

class SettingsCommand : public QUndoCommand {
public:
    SettingsCommand(LessonSession* session, LessonSession::State before, LessonSession::State after,
                    const QString& description);
    void undo() override;
    void redo() override;

private:
    LessonSession* session_;
    LessonSession::State before_, after_;
};

} // namespace backstep
