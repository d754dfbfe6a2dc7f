// SPDX-License-Identifier: MIT
// The language of the window: Backstep's translation and Qt's own (dialog buttons, file
// dialogs), installed at start and switched at run time; the choice is kept in QSettings.
// Installing or removing a translator sends every widget QEvent::LanguageChange.
#pragma once

#include <QList>
#include <QString>

namespace backstep {

struct LanguageChoice {
    QString code; // "en", "zh_CN", "ru"
    QString name; // in its own language: "English", "简体中文", "Русский"
};

// English and every language Backstep ships a translation of (the :/i18n resources).
QList<LanguageChoice> availableLanguages();
// The remembered choice: a code, or "" for the system's language.
QString savedLanguage();
void saveLanguage(const QString& code);
// Installs the translators of `code` ("" = the system's language) in place of the last ones,
// and makes it the default locale, so lesson texts and number formats follow.
void applyLanguage(const QString& code);
// The choice applied last ("" = the system's language).
QString appliedLanguage();

} // namespace backstep
