// SPDX-License-Identifier: MIT
#include "window_actions.h"

#include <QAction>

namespace backstep {

WindowActions WindowActions::of(const QObject* window) {
    WindowActions a;
    const auto bind = [window](QAction*& member, const char* name) {
        member = window->findChild<QAction*>(QLatin1String(name));
        if (!member) qFatal("the window has no action named %s", name);
    };
    bind(a.previousStep, "previousStep");
    bind(a.nextStep, "nextStep");
    bind(a.nextCell, "nextCell");
    bind(a.play, "play");
    bind(a.finishIteration, "finishIteration");
    bind(a.train, "train");
    bind(a.reset, "reset");
    bind(a.reseed, "reseed");
    bind(a.jump, "jump");
    bind(a.open, "open");
    bind(a.gallery, "gallery");
    bind(a.importCsv, "importCsv");
    bind(a.saveAs, "saveAs");
    bind(a.printHandout, "printHandout");
    bind(a.exportTrace, "exportTrace");
    bind(a.exportWorkbook, "exportWorkbook");
    bind(a.exportHandout, "exportHandout");
    bind(a.exportLoss, "exportLoss");
    bind(a.exportChart, "exportChart");
    bind(a.exportViews, "exportViews");
    bind(a.exportAnimation, "exportAnimation");
    bind(a.quit, "quit");
    bind(a.undo, "undo");
    bind(a.redo, "redo");
    bind(a.logScale, "logScale");
    bind(a.practice, "practice");
    bind(a.practiceHint, "practiceHint");
    bind(a.practiceReveal, "practiceReveal");
    bind(a.practiceSummary, "practiceSummary");
    bind(a.practiceExport, "practiceExport");
    bind(a.practiceStudent, "practiceStudent");
    return a;
}

} // namespace backstep
