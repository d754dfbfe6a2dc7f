// SPDX-License-Identifier: MIT
#include "display_width.h"

#include <QChar>

#include <algorithm>
#include <iterator>

namespace backstep::cli {

namespace {

struct Range {
    char32_t first, last;
};

// East Asian Width W and F (Unicode's EastAsianWidth.txt), in blocks: the scripts a Backstep
// user reads, their punctuation, and the emoji a lesson title may hold.
constexpr Range wideRanges[] = {
    {0x1100, 0x115F},   // Hangul Jamo, leading consonants
    {0x231A, 0x231B},   // ⌚⌛
    {0x2329, 0x232A},   // 〈〉
    {0x23E9, 0x23EC},   // ⏩…⏬
    {0x23F0, 0x23F0},   // ⏰
    {0x23F3, 0x23F3},   // ⏳
    {0x25FD, 0x25FE},   // ◽◾
    {0x2614, 0x2615},   // ☔☕
    {0x2648, 0x2653},   // zodiac
    {0x267F, 0x267F},   // ♿
    {0x2693, 0x2693},   // ⚓
    {0x26A1, 0x26A1},   // ⚡
    {0x26AA, 0x26AB},   // ⚪⚫
    {0x26BD, 0x26BE},   // ⚽⚾
    {0x26C4, 0x26C5},   // ⛄⛅
    {0x26CE, 0x26CE},   // ⛎
    {0x26D4, 0x26D4},   // ⛔
    {0x26EA, 0x26EA},   // ⛪
    {0x26F2, 0x26F3},   // ⛲⛳
    {0x26F5, 0x26F5},   // ⛵
    {0x26FA, 0x26FA},   // ⛺
    {0x26FD, 0x26FD},   // ⛽
    {0x2705, 0x2705},   // ✅
    {0x270A, 0x270B},   // ✊✋
    {0x2728, 0x2728},   // ✨
    {0x274C, 0x274C},   // ❌
    {0x274E, 0x274E},   // ❎
    {0x2753, 0x2755},   // ❓❔❕
    {0x2757, 0x2757},   // ❗
    {0x2795, 0x2797},   // ➕➖➗
    {0x27B0, 0x27B0},   // ➰
    {0x27BF, 0x27BF},   // ➿
    {0x2B1B, 0x2B1C},   // ⬛⬜
    {0x2B50, 0x2B50},   // ⭐
    {0x2B55, 0x2B55},   // ⭕
    {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, CJK symbols and punctuation (、。「」)
    {0x3041, 0x33FF},   // kana, Bopomofo, Hangul compatibility Jamo, enclosed CJK, …
    {0x3400, 0x4DBF},   // CJK Unified Ideographs Extension A
    {0x4E00, 0x9FFF},   // CJK Unified Ideographs
    {0xA000, 0xA4CF},   // Yi
    {0xA960, 0xA97F},   // Hangul Jamo Extended-A
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK Compatibility Ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},   // fullwidth forms: ，：（）！ and the fullwidth Latin letters
    {0xFFE0, 0xFFE6},   // fullwidth signs: ￠￡￥
    {0x16FE0, 0x18CFF}, // Tangut, Khitan
    {0x1B000, 0x1B2FF}, // kana supplement and extensions, Nüshu
    {0x1F004, 0x1F004}, // 🀄
    {0x1F0CF, 0x1F0CF}, // 🃏
    {0x1F18E, 0x1F18E}, // 🆎
    {0x1F191, 0x1F19A}, // 🆑…🆚
    {0x1F200, 0x1F2FF}, // enclosed ideographic supplement
    {0x1F300, 0x1F64F}, // pictographs, emoticons (the text-style ones are rare in titles)
    {0x1F680, 0x1F6FF}, // transport and map symbols
    {0x1F7E0, 0x1F7EB}, // coloured circles and squares
    {0x1F90C, 0x1F9FF}, // supplemental symbols and pictographs
    {0x1FA70, 0x1FAFF}, // symbols and pictographs extended-A
    {0x20000, 0x2FFFD}, // CJK Unified Ideographs Extensions B–F, compatibility supplement
    {0x30000, 0x3FFFD}, // Extensions G and H
};

bool isWide(char32_t c) {
    const auto after = std::upper_bound(std::begin(wideRanges), std::end(wideRanges), c,
                                        [](char32_t v, const Range& r) { return v < r.first; });
    return after != std::begin(wideRanges) && c <= std::prev(after)->last;
}

// The code point at `at` and how many UTF-16 units it takes (2 for a surrogate pair).
char32_t codePointAt(QStringView text, qsizetype at, qsizetype& units) {
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        units = 2;
        return QChar::surrogateToUcs4(c, text[at + 1]);
    }
    units = 1;
    return c.unicode();
}

} // namespace

int codePointWidth(char32_t c) {
    if (c == 0) return 0;
    // Combining marks draw over the character before them; format characters (zero-width
    // space and joiners, the byte-order mark, bidi controls) and controls draw nothing.
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    if (c >= 0x1160 && c <= 0x11FF) return 0; // Hangul Jamo vowels and finals join the syllable
    return isWide(c) ? 2 : 1;
}

int displayWidth(QStringView text) {
    int width = 0;
    qsizetype units = 1;
    for (qsizetype at = 0; at < text.size(); at += units)
        width += codePointWidth(codePointAt(text, at, units));
    return width;
}

namespace {

// The longest start of `text` that fits in `width` columns, and the columns it takes.
QString fitted(const QString& text, int width, int& taken) {
    taken = 0;
    qsizetype units = 1;
    for (qsizetype at = 0; at < text.size(); at += units) {
        const int w = codePointWidth(codePointAt(text, at, units));
        if (taken + w > width) return text.left(at);
        taken += w;
    }
    return text;
}

} // namespace

QString leftAligned(const QString& text, int width, bool truncate) {
    int taken = displayWidth(text);
    const QString kept = truncate && taken > width ? fitted(text, width, taken) : text;
    return kept + QString(std::max(0, width - taken), QLatin1Char(' '));
}

QString alignedFields(const QList<std::pair<QString, QString>>& fields) {
    int labelWidth = 0;
    for (const auto& field : fields)
        labelWidth = std::max(labelWidth, displayWidth(field.first));
    QString text;
    for (const auto& [label, value] : fields)
        text += leftAligned(label, labelWidth + 2) + value + QLatin1Char('\n');
    return text;
}

QString rightAligned(const QString& text, int width, bool truncate) {
    int taken = displayWidth(text);
    const QString kept = truncate && taken > width ? fitted(text, width, taken) : text;
    return QString(std::max(0, width - taken), QLatin1Char(' ')) + kept;
}

} // namespace backstep::cli
