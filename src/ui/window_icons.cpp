// SPDX-License-Identifier: MIT
#include "window_icons.h"

#include "translated_texts.h"

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

void applyIcons(QMainWindow* window) {
    // Action (object name) → icon (resources/icons/<icon>.svg).
    static const std::pair<const char*, const char*> icons[] = {
        {"previousStep", "step-back"},
        {"nextStep", "step-next"},
        {"nextCell", "step-cell"},
        {"finishIteration", "finish-iteration"},
        {"train", "train"},
        {"reset", "reset"},
        {"reseed", "reseed"},
        {"jump", "go-to"},
        {"practice", "practice"},
        {"practiceHint", "hint"},
        {"practiceReveal", "reveal"},
        {"practiceSummary", "summary"},
        {"practiceExport", "export"},
        {"practiceStudent", "student"},
        {"open", "open"},
        {"gallery", "gallery"},
        {"importCsv", "import-csv"},
        {"saveAs", "save"},
        {"printHandout", "print"},
        {"exportTrace", "export"},
        {"exportWorkbook", "export"},
        {"exportHandout", "export"},
        {"exportLoss", "export"},
        {"exportChart", "export"},
        {"exportViews", "export"},
        {"exportAnimation", "export"},
        {"quit", "quit"},
        {"undo", "undo"},
        {"redo", "redo"},
        {"logScale", "log-scale"},
        {"helpContents", "help"},
        {"helpSheet", "read-sheet"},
        {"shortcuts", "shortcuts"},
        {"tour", "tour"},
        {"about", "about"},
    };
    for (const auto& [name, icon] : icons)
        if (auto* a = window->findChild<QAction*>(QLatin1String(name)))
            a->setIcon(backstepIcon(QLatin1String(icon)));
    if (auto* play = window->findChild<QAction*>(QStringLiteral("play"))) {
        QIcon playPause = backstepIcon(QStringLiteral("play"));
        playPause.addFile(QStringLiteral(":/icons/pause.svg"), {}, QIcon::Normal, QIcon::On);
        play->setIcon(playPause); // Pause while playing
    }
    // The menus say "◀ Back" and "Next ▶"; beside their icons the toolbar's words suffice.
    // setTranslated: they follow View → Language.
    if (auto* a = window->findChild<QAction*>(QStringLiteral("previousStep")))
        setTranslated(a, "iconText", "WindowIcons", QT_TRANSLATE_NOOP("WindowIcons", "Back"));
    if (auto* a = window->findChild<QAction*>(QStringLiteral("nextStep")))
        setTranslated(a, "iconText", "WindowIcons", QT_TRANSLATE_NOOP("WindowIcons", "Next"));
    if (auto* bar = window->findChild<QToolBar*>(QStringLiteral("steppingToolBar"))) {
        bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->setIconSize(QSize(20, 20));
    }
    window->setWindowIcon(applicationIcon());
}

} // namespace backstep
