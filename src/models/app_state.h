// SPDX-License-Identifier: MIT
// What Backstep works on, apart from any window: the lesson session (the lesson, the position
// in it, the edit history), training (with its worker thread) and practice. The application
// makes it before the window and destroys it after, so the window and its views always
// observe a living session and need no teardown order of their own; a window closed and
// another made on the same state goes on where the first was. Destroying the state stops a
// running training and joins its thread before the session goes. No widgets.
#pragma once

#include "lesson_session.h"
#include "practice_session.h"
#include "training_controller.h"

namespace backstep {

class AppState {
public:
    AppState();
    ~AppState(); // cancels a running training and waits for its thread, then the rest goes
    AppState(const AppState&) = delete;
    AppState& operator=(const AppState&) = delete;

    LessonSession& session() { return session_; }
    TrainingController& training() { return training_; }
    PracticeSession& practice() { return practice_; }

private:
    // In this order: each observes the ones before it, and goes before them.
    LessonSession session_;
    TrainingController training_{&session_};
    PracticeSession practice_{&session_};
};

} // namespace backstep
