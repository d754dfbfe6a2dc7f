// SPDX-License-Identifier: MIT
// View → Language: the window switches language at run time, keeping the lesson, the step and
// the undo stack; every widget sets its texts again on QEvent::LanguageChange.
#include "main_window.h"
#include "window_zoom.h"

#include "app_language.h"
#include "practice_controls.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QUndoStack>

namespace backstep {

namespace {

// QUndoStack's actions keep the prefix ("&Undo") they were made with; here they get the
// prefix of the new language, followed by the command's text as before.
void setUndoPrefix(QAction* action, QUndoStack* stack, bool undo, const QString& prefix) {
    const auto signal = undo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged;
    QObject::disconnect(stack, signal, action, nullptr);
    const auto show = [action, prefix](const QString& command) {
        action->setText(command.isEmpty() ? prefix : prefix + QLatin1Char(' ') + command);
    };
    QObject::connect(stack, signal, action, show);
    show(undo ? stack->undoText() : stack->redoText());
}

} // namespace

void MainWindow::createLanguageMenu(QMenu* view) {
    QMenu* menu = translated(view->addMenu(QString()), "title", QT_TR_NOOP("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString chosen = savedLanguage();
    const auto add = [this, group, menu, &chosen](const QString& code, QAction* action) {
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        menu->addAction(action);
        connect(action, &QAction::triggered, this, [code] {
            saveLanguage(code); // the next start opens in it too
            applyLanguage(code);
        });
    };
    add(QString(), translated(new QAction(menu), "text", QT_TR_NOOP("System default")));
    menu->addSeparator();
    for (const LanguageChoice& language : availableLanguages())
        add(language.code, new QAction(language.name, menu)); // each in its own language
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    retranslateTexts(this); // menus, actions, docks, the toolbar
    setUndoPrefix(actions_.undo, session_.undoStack(), true, tr("&Undo"));
    setUndoPrefix(actions_.redo, session_.undoStack(), false, tr("&Redo"));
    for (QAction* a : decimalsGroup_->actions()) {
        const int d = a->data().toInt();
        a->setText(d < 0 ? tr("Full precision") : tr("%n decimal(s)", nullptr, d));
    }
    practice_->retranslate(); // its tip on Next, its score
    zoom_->retranslate();
    actions_.play->setText(actions_.play->isChecked() ? tr("Pause") : tr("Play"));
    setWindowTitle(session_.hasLesson()
                       ? tr("%1 — Backstep").arg(session_.lesson().title.text(QLocale().name()))
                       : tr("Backstep"));
    refreshStatus();
}

} // namespace backstep
