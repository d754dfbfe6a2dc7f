// SPDX-License-Identifier: MIT
// The Help menu of the window: the help pages (resources/help), the keyboard shortcuts, the
// tour of the window (shown by itself on the very first start) and About.
#include "help_dialogs.h"
#include "help_window.h"
#include "main_window.h"
#include "tour.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace backstep {

namespace {
const QString tourShownKey = QStringLiteral("help/tourShown");
} // namespace

void MainWindow::createHelpMenu() {
    QMenu* help = translated(menuBar()->addMenu(QString()), "title", QT_TR_NOOP("&Help"));
    const auto add = [this, help](const char* text, const char* name, auto slot) {
        QAction* a = translated(help->addAction(QString(), this, slot), "text", text);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    actions_.helpContents = add(QT_TR_NOOP("Backstep &help"), "helpContents",
                                [this] { showHelp(QStringLiteral("index")); });
    actions_.helpContents->setShortcut(QKeySequence(Qt::Key_F1));
    actions_.helpSheet = add(QT_TR_NOOP("How to &read the sheet"), "helpSheet",
                             [this] { showHelp(QStringLiteral("sheet")); });
    actions_.shortcuts = add(QT_TR_NOOP("&Keyboard shortcuts"), "shortcuts",
                             [this] { showHelp(QStringLiteral("shortcuts")); });
    actions_.tour = add(QT_TR_NOOP("&Tour of the window"), "tour", [this] { startTour(); });
    help->addSeparator();
    actions_.about = add(QT_TR_NOOP("&About Backstep"), "about", [this] { showAbout(this); });
}

HelpWindow* MainWindow::showHelp(const QString& page) {
    auto* window = findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new HelpWindow(this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->showPage(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

Tour* MainWindow::startTour() {
    for (Tour* running : findChildren<Tour*>(QString(), Qt::FindDirectChildrenOnly))
        if (running->isVisible()) return running; // not one closed and about to go
    QSettings().setValue(tourShownKey, true);
    const auto raiseDock = [this](const char* name) {
        return [this, name] {
            if (auto* dock = findChild<QDockWidget*>(QLatin1String(name))) {
                dock->show();
                dock->raise();
            }
        };
    };
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("steppingToolBar")))
        if (QWidget* button = bar->widgetForAction(actions_.practice))
            button->setObjectName(QStringLiteral("practiceButton"));
    QList<TourPage> pages = {
        {QStringLiteral("sheet"),
         tr("The sheet"),
         tr("Every matrix of the training iteration as its own grid, in reading order. The cells "
            "the current step computes are <b>yellow</b>; click or point at a cell to focus it."),
         {}},
        {QStringLiteral("formulaBar"),
         tr("The formula bar"),
         tr("How the focused cell is computed: its formula in symbols, the same formula with the "
            "numbers, and the result."),
         {}},
        {QStringLiteral("stepList"), tr("The steps"),
         tr("The 12 steps of one iteration. <b>Next</b> (Space) computes the next one, "
            "<b>Back</b> (←) goes back; click a step to go there. Below the list: what the step "
            "does and why."),
         raiseDock("stepsDock")},
        {QStringLiteral("lossChart"), tr("The loss chart"),
         tr("The loss per epoch. <b>Train</b> (Ctrl+T) trains the epochs in the toolbar's box and "
            "the chart grows while it runs; hover the line for an epoch's value."),
         raiseDock("lossDock")},
        {QStringLiteral("settingsPanel"), tr("Lesson settings"),
         tr("Every setting of the lesson: data, network, training and initial weights. A change "
            "takes effect at once, and Edit → Undo (Ctrl+Z) takes it back."),
         raiseDock("settingsDock")},
        {QStringLiteral("practiceButton"),
         tr("Practice mode"),
         tr("<b>Practice</b> (Ctrl+Shift+P) empties the cells each step computes, and you type "
            "them. Right answers turn green; a wrong one gets a hint."),
         {}},
        {QStringLiteral("menuBar"),
         tr("Help"),
         tr("The Help menu explains the window and how to read the sheet (F1), lists the keyboard "
            "shortcuts, and shows this tour again."),
         {}},
    };
    auto* tour = new Tour(this, std::move(pages));
    connect(tour, &Tour::finished, this, [this] { // the chart in front again, as it opened
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("lossDock"))) dock->raise();
    });
    return tour;
}

Tour* MainWindow::showTourOnFirstStart() {
    if (QSettings().value(tourShownKey, false).toBool()) return nullptr;
    return startTour();
}

} // namespace backstep
