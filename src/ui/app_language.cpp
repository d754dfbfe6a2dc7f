// SPDX-License-Identifier: MIT
#include "app_language.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

#include <algorithm>
#include <map>

namespace backstep {

namespace {

const QString settingsKey = QStringLiteral("view/language");
const QString backstepTranslations = QStringLiteral(":/i18n");

QTranslator* backstepTranslator = nullptr;
QTranslator* qtTranslator = nullptr;
QString applied;

// Names as their readers write them; Qt's own names for any other language.
QString nativeName(const QString& code) {
    static const std::map<QString, QString> known = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
    };
    const auto it = known.find(code);
    if (it != known.end()) return it->second;
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

// Removes `translator` if installed, then loads and installs a new one for `locale`.
void replace(QTranslator*& translator, const QLocale& locale, const QString& name,
             const QString& folder) {
    if (translator) {
        QApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    auto* loaded = new QTranslator(QApplication::instance());
    if (loaded->load(locale, name, QStringLiteral("_"), folder) &&
        QApplication::installTranslator(loaded))
        translator = loaded;
    else
        delete loaded;
}

} // namespace

QList<LanguageChoice> availableLanguages() {
    QList<LanguageChoice> choices{{QStringLiteral("en"), nativeName(QStringLiteral("en"))}};
    const QStringList files =
        QDir(backstepTranslations).entryList({QStringLiteral("backstep_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(9).chopped(3); // backstep_<code>.qm
        choices.append({code, nativeName(code)});
    }
    // English, then the readers Backstep was written for, then any other by its code.
    const QStringList first{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ru")};
    const auto rank = [&first](const LanguageChoice& c) {
        const qsizetype at = first.indexOf(c.code);
        return at < 0 ? first.size() : at;
    };
    std::stable_sort(
        choices.begin(), choices.end(),
        [&rank](const LanguageChoice& a, const LanguageChoice& b) { return rank(a) < rank(b); });
    return choices;
}

QString savedLanguage() {
    return QSettings().value(settingsKey).toString();
}

void saveLanguage(const QString& code) {
    QSettings().setValue(settingsKey, code);
}

void applyLanguage(const QString& code) {
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    replace(backstepTranslator, locale, QStringLiteral("backstep"), backstepTranslations);
    replace(qtTranslator, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    applied = code;
    // Widgets keep the locale they were made with unless told: spin boxes then show 0,5 in
    // Russian and 0.5 in English.
    for (QWidget* window : QApplication::topLevelWidgets())
        if (!window->testAttribute(Qt::WA_SetLocale)) window->unsetLocale();
}

QString appliedLanguage() {
    return applied;
}

} // namespace backstep
