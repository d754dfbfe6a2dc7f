// SPDX-License-Identifier: MIT
#include "window_icons.h"

#include "translated_texts.h"
#include "window_actions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QToolBar>
#include <QToolButton>

#include <utility>

static void initBackstepQrc() {
    Q_INIT_RESOURCE(backstep); // resources/backstep.qrc, in this static library
}

namespace backstep {

void loadBackstepResources() {
    static const bool loaded = [] {
        initBackstepQrc();
        return true;
    }();
    (void)loaded;
}

QIcon backstepIcon(const QString& name) {
    loadBackstepResources();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon applicationIcon() {
    return backstepIcon(QStringLiteral("backstep"));
}

void applyIcons(QMainWindow* window, const WindowActions& actions) {
    // Action → icon (resources/icons/<icon>.svg).
    static const std::pair<QAction * WindowActions::*, const char*> icons[] = {
        {&WindowActions::previousStep, "step-back"},
        {&WindowActions::nextStep, "step-next"},
        {&WindowActions::nextCell, "step-cell"},
        {&WindowActions::finishIteration, "finish-iteration"},
        {&WindowActions::train, "train"},
        {&WindowActions::reset, "reset"},
        {&WindowActions::reseed, "reseed"},
        {&WindowActions::jump, "go-to"},
        {&WindowActions::practice, "practice"},
        {&WindowActions::practiceHint, "hint"},
        {&WindowActions::practiceReveal, "reveal"},
        {&WindowActions::practiceSummary, "summary"},
        {&WindowActions::practiceExport, "export"},
        {&WindowActions::practiceStudent, "student"},
        {&WindowActions::open, "open"},
        {&WindowActions::gallery, "gallery"},
        {&WindowActions::importCsv, "import-csv"},
        {&WindowActions::saveAs, "save"},
        {&WindowActions::printHandout, "print"},
        {&WindowActions::exportTrace, "export"},
        {&WindowActions::exportWorkbook, "export"},
        {&WindowActions::exportHandout, "export"},
        {&WindowActions::exportLoss, "export"},
        {&WindowActions::exportChart, "export"},
        {&WindowActions::exportViews, "export"},
        {&WindowActions::exportAnimation, "export"},
        {&WindowActions::quit, "quit"},
        {&WindowActions::undo, "undo"},
        {&WindowActions::redo, "redo"},
        {&WindowActions::logScale, "log-scale"},
        {&WindowActions::helpContents, "help"},
        {&WindowActions::helpSheet, "read-sheet"},
        {&WindowActions::shortcuts, "shortcuts"},
        {&WindowActions::tour, "tour"},
        {&WindowActions::about, "about"},
    };
    for (const auto& [member, icon] : icons)
        (actions.*member)->setIcon(backstepIcon(QLatin1String(icon)));
    QIcon playPause = backstepIcon(QStringLiteral("play"));
    playPause.addFile(QStringLiteral(":/icons/pause.svg"), {}, QIcon::Normal, QIcon::On);
    actions.play->setIcon(playPause); // Pause while playing
    // The menus say "◀ Back" and "Next ▶"; beside their icons the toolbar's words suffice.
    // setTranslated: they follow View → Language.
    setTranslated(actions.previousStep, "iconText", "WindowIcons",
                  QT_TRANSLATE_NOOP("WindowIcons", "Back"));
    setTranslated(actions.nextStep, "iconText", "WindowIcons",
                  QT_TRANSLATE_NOOP("WindowIcons", "Next"));
    if (auto* bar = window->findChild<QToolBar*>(QStringLiteral("steppingToolBar"))) {
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->setIconSize(QSize(20, 20));
    }
    window->setWindowIcon(applicationIcon());
}

} // namespace backstep
