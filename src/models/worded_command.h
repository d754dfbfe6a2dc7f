// SPDX-License-Identifier: MIT
// Undo history in the reader's language. A WordedCommand keeps how to word itself, a function
// that calls tr() with the command's arguments, rather than the words; UndoRewording words
// every command of a stack again after View → Language, so the Edit menu's "Undo …" and the
// history follow the language like the rest of the window.
#pragma once

#include <QObject>
#include <QString>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace backstep {

// The text of a command in the current language: e.g. [rate] { return tr("Learning rate
// %1").arg(rate); }. It is called again after each change of language.
using Wording = std::function<QString()>;

class WordedCommand : public QUndoCommand {
public:
    explicit WordedCommand(Wording wording);
    // Sets the text anew from the wording, in the language of now.
    void reword();

private:
    Wording wording_;
};

// Watches the application for QEvent::LanguageChange and then rewords the WordedCommands of
// `stack`. The rewording waits until the windows have handled their own LanguageChange
// (posted to them after the application's), so wordings that read a widget's text (a combo
// box item) read it in the new language; then the stack's undo and redo texts are announced
// again, and the Edit menu's actions, which follow them, change too.
class UndoRewording : public QObject {
public:
    explicit UndoRewording(QUndoStack* stack, QObject* parent = nullptr);
    // Rewords now (what a language change leads to).
    void reword();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void customEvent(QEvent* event) override;

private:
    QUndoStack* stack_;
    bool pending_ = false;
};

} // namespace backstep
