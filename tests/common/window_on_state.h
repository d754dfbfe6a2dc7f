// SPDX-License-Identifier: MIT
// The window as the application makes it, in one declaration for the window's tests and
// benchmarks: `test::WindowOnState w;` makes an AppState, then a MainWindow on it, and
// destroys them in the other order. It is the window (every MainWindow call, signal and
// QSignalSpy works on it) and holds the state (`w.state`).
#pragma once

#include "ui/main_window.h"

#include <QAction>
#include <QString>

namespace backstep::test {

// The state, as a base class ahead of MainWindow: made before the window, destroyed after it.
struct StateBeforeWindow {
    AppState state;
};

class WindowOnState : public StateBeforeWindow, public MainWindow {
public:
    WindowOnState() : MainWindow(state) {}
    // One of the window's actions by its object name, as saved shortcuts and layouts know it
    // (the window itself reaches them as typed members, actions()).
    QAction* action(const QString& name) const { return findChild<QAction*>(name); }
};

} // namespace backstep::test
