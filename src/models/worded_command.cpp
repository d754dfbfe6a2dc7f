// SPDX-License-Identifier: MIT
#include "worded_command.h"

#include <QCoreApplication>
#include <QEvent>
#include <QUndoStack>

#include <utility>

namespace backstep {

namespace {
// The event an UndoRewording posts itself, at low priority: it is delivered after the
// LanguageChange events the application posts to its windows.
const QEvent::Type rewordEvent = static_cast<QEvent::Type>(QEvent::registerEventType());
} // namespace

WordedCommand::WordedCommand(Wording wording) : wording_(std::move(wording)) {
    reword();
}

void WordedCommand::reword() {
    setText(wording_ ? wording_() : QString());
}

UndoRewording::UndoRewording(QUndoStack* stack, QObject* parent) : QObject(parent), stack_(stack) {
    QCoreApplication* application = QCoreApplication::instance();
    if (application && application->thread() == thread()) application->installEventFilter(this);
}

bool UndoRewording::eventFilter(QObject* watched, QEvent* event) {
    // Installing or removing a translator sends the application LanguageChange (twice for
    // one switch: Backstep's translation and Qt's); one rewording follows them all.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !pending_) {
        pending_ = true;
        QCoreApplication::postEvent(this, new QEvent(rewordEvent), Qt::LowEventPriority);
    }
    return false;
}

void UndoRewording::customEvent(QEvent* event) {
    if (event->type() != rewordEvent) return;
    pending_ = false;
    reword();
}

void UndoRewording::reword() {
    for (int i = 0; i < stack_->count(); ++i) { // the stack lends its commands only as const
        auto* command = const_cast<QUndoCommand*>(stack_->command(i));
        if (auto* worded = dynamic_cast<WordedCommand*>(command)) worded->reword();
    }
    // QUndoStack announces its texts only when its index moves; the actions follow these.
    emit stack_->undoTextChanged(stack_->undoText());
    emit stack_->redoTextChanged(stack_->redoText());
}

} // namespace backstep
