// SPDX-License-Identifier: MIT
#include "practice_grading.h"

#include <cmath>

namespace backstep {

std::optional<double> parsePracticeAnswer(const QString& text) {
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('='))) t = t.mid(1).trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    t.replace(QChar(0x2212), QLatin1Char('-')); // the minus sign of the formulas
    if (t.isEmpty()) return std::nullopt;
    bool ok = false;
    const double value = t.toDouble(&ok); // also reads inf and nan
    if (!ok) return std::nullopt;
    return value;
}

QString roundedText(double value, int decimals) {
    QString text = QString::number(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('-'))) {
        bool zero = true;
        for (const QChar c : text)
            if (c.isDigit() && c != QLatin1Char('0')) zero = false;
        if (zero) text.remove(0, 1);
    }
    return text;
}

bool isRightAnswer(double answer, double expected, int decimals) {
    if (!std::isfinite(expected)) {
        if (std::isnan(expected)) return std::isnan(answer);
        return answer == expected;
    }
    if (!std::isfinite(answer)) return false;
    if (std::abs(answer - expected) <= practiceRelativeTolerance * std::abs(expected)) return true;
    return decimals >= 0 && roundedText(answer, decimals) == roundedText(expected, decimals);
}

} // namespace backstep
