// SPDX-License-Identifier: MIT
// How many terminal columns a text takes: East Asian Wide and Fullwidth characters (CJK
// ideographs, kana, Hangul, fullwidth forms, CJK punctuation such as ，：（）) take two,
// combining marks and other zero-width characters none, everything else (Latin, Greek,
// Cyrillic, ∂, ×, …) one. Tables of the terminal reports align on this, not on the number of
// characters, so their columns stay straight in Chinese.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace backstep::cli {

// The columns one Unicode code point takes: 0, 1 or 2.
int codePointWidth(char32_t codePoint);
// The columns `text` takes (the sum over its code points).
int displayWidth(QStringView text);

// `text` padded with spaces to `width` columns, on the right (leftAligned) or on the left
// (rightAligned); with `truncate`, a longer text is cut to `width` columns (a wide character
// that does not fit whole is left out and its column filled with a space).
QString leftAligned(const QString& text, int width, bool truncate = false);
QString rightAligned(const QString& text, int width, bool truncate = false);

// "label  value" lines whose values all start in one column, two columns after the widest
// label: "epochs:      20" / "final loss:  0.65", "轮数：      20" / "最终损失：  0.65".
QString alignedFields(const QList<std::pair<QString, QString>>& fields);

} // namespace backstep::cli
