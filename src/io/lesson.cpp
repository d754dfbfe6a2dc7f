// SPDX-License-Identifier: MIT
#include "lesson.h"

namespace backstep {

QString LocalizedText::text(const QString& language) const {
    if (language.startsWith(QStringLiteral("zh")) && !zhCN.isEmpty())
        return zhCN;
    return en.isEmpty() ? zhCN : en;
}

} // namespace backstep
