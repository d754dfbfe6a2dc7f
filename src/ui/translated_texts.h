// SPDX-License-Identifier: MIT
// Texts that follow the language chosen at run time. setTranslated() sets a property (a
// menu's "title", an action's "text", a dock's "windowTitle", …) to the translation of a
// source text marked with QT_TR_NOOP or QT_TRANSLATE_NOOP, and remembers the source, so
// retranslateTexts() sets it again, in the new language, on QEvent::LanguageChange.
#pragma once

class QAction;
class QObject;

namespace backstep {

// Sets `property` of `object` to `source` translated in `context` (a class name as tr() uses
// it, e.g. "backstep::MainWindow"); returns `object`.
template <class T>
T* setTranslated(T* object, const char* property, const char* context, const char* source);
// Every remembered text of `root` and of the objects below it, in the current language.
void retranslateTexts(QObject* root);
// An action's tooltip: its status tip and its first shortcut, "Compute the next step (Space)".
void setToolTipWithShortcut(QAction* action);

namespace detail {
void setTranslatedProperty(QObject* object, const char* property, const char* context,
                           const char* source);
}

template <class T>
T* setTranslated(T* object, const char* property, const char* context, const char* source) {
    detail::setTranslatedProperty(object, property, context, source);
    return object;
}

} // namespace backstep
