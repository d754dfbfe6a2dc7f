// SPDX-License-Identifier: MIT
// One change of a lesson's settings, undoable: the session as it was before and after; its
// text ("Learning rate 0.25") follows the language.
#pragma once

#include "lesson_session.h"

#include "worded_command.h"

namespace backstep {

class SettingsCommand : public WordedCommand {
public:
    SettingsCommand(LessonSession* session, LessonSession::State before, LessonSession::State after,
                    Wording description);
    void undo() override;
    void redo() override;

private:
    LessonSession* session_;
    LessonSession::State before_, after_;
};

} // namespace backstep
