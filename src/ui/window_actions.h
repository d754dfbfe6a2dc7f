// SPDX-License-Identifier: MIT
// The main window's actions as typed members, so menus, the toolbar, the icons, zoom, the
// training state and practice reach them in code rather than by a string looked up each time.
// Each is stored here where it is made (createActions, createHelpMenu, PracticeControls); its
// object name stays for saved shortcuts and the tests.
#pragma once

class QAction;

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
    // Help menu
    QAction* helpContents = nullptr;
    QAction* helpSheet = nullptr;
    QAction* shortcuts = nullptr;
    QAction* tour = nullptr;
    QAction* about = nullptr;
};

} // namespace backstep
