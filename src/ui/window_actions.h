// SPDX-License-Identifier: MIT
// The main window's actions as typed members, so menus, the toolbar, the training state and
// practice reach them by name in code rather than by a string looked up each time. They are
// made where their work is (createActions, PracticeControls) and bound here once, by their
// object names (which saved shortcuts and the tests also use).
#pragma once

class QAction;
class QObject;

namespace backstep {

struct WindowActions {
    // Step menu and toolbar
    QAction* previousStep = nullptr;
    QAction* nextStep = nullptr;
    QAction* nextCell = nullptr;
    QAction* play = nullptr;
    QAction* finishIteration = nullptr;
    QAction* train = nullptr;
    QAction* reset = nullptr;
    QAction* reseed = nullptr;
    QAction* jump = nullptr;
    // File menu
    QAction* open = nullptr;
    QAction* gallery = nullptr;
    QAction* importCsv = nullptr;
    QAction* saveAs = nullptr;
    QAction* printHandout = nullptr;
    QAction* exportTrace = nullptr;
    QAction* exportWorkbook = nullptr;
    QAction* exportHandout = nullptr;
    QAction* exportLoss = nullptr;
    QAction* exportChart = nullptr;
    QAction* exportViews = nullptr;
    QAction* exportAnimation = nullptr;
    QAction* quit = nullptr;
    // Edit and View menus
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* logScale = nullptr;
    // Practice (PracticeControls makes them)
    QAction* practice = nullptr;
    QAction* practiceHint = nullptr;
    QAction* practiceReveal = nullptr;
    QAction* practiceSummary = nullptr;
    QAction* practiceExport = nullptr;
    QAction* practiceStudent = nullptr;

    // Every member from the action of its name among `window`'s children; a missing one ends
    // the program at start-up, naming it.
    static WindowActions of(const QObject* window);
};

} // namespace backstep
