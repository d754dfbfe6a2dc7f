// SPDX-License-Identifier: MIT
#include "lesson.h"

namespace backstep {

QString LocalizedText::text(const QString& language) const {
    if (byLanguage.empty()) return {};
    const QString exact = in(language);
    if (!exact.isEmpty()) return exact;
    const QString base = language.section(QLatin1Char('_'), 0, 0); // "zh" of "zh_TW"
    for (const auto& [code, value] : byLanguage)
        if (!value.isEmpty() && code.section(QLatin1Char('_'), 0, 0) == base) return value;
    const QString english = in(QStringLiteral("en"));
    if (!english.isEmpty()) return english;
    for (const auto& [code, value] : byLanguage)
        if (!value.isEmpty()) return value;
    return {};
}

QString LocalizedText::in(const QString& code) const {
    const auto it = byLanguage.find(code);
    return it == byLanguage.end() ? QString() : it->second;
}

void LocalizedText::set(const QString& code, const QString& value) {
    if (value.isEmpty())
        byLanguage.erase(code);
    else
        byLanguage[code] = value;
}

bool LocalizedText::isEmpty() const {
    for (const auto& entry : byLanguage)
        if (!entry.second.isEmpty()) return false;
    return true;
}

} // namespace backstep
