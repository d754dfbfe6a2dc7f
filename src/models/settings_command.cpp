// SPDX-License-Identifier: MIT
#include "settings_command.h"

namespace backstep {

SettingsCommand::SettingsCommand(LessonSession* session, LessonSession::State before,
                                 LessonSession::State after, Wording description)
    : WordedCommand(std::move(description)), session_(session), before_(std::move(before)),
      after_(std::move(after)) {}

void SettingsCommand::undo() {
    session_->setState(before_);
}
void SettingsCommand::redo() {
    session_->setState(after_);
}

} // namespace backstep
