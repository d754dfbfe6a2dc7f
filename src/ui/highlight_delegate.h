// SPDX-License-Identifier: MIT
// Paints the tutorial's colours: yellow for the cells the current step computes, a stronger
// yellow with a thick border for the focused cell, orange with a dashed border and hatching
// for the cells it was computed from. The borders and hatching tell them apart without colour.
// In practice mode: green for answers that are right (a tick), red for a wrong one (its text
// red), blue for answers revealed (italic). Cells of a unit dropout left out in this iteration
// are greyed: grey text on a dotted grey background, over any of the colours above.
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace backstep {

struct HighlightColours {
    static QColor computed() { return QColor(0xFF, 0xF3, 0x9A); }
    static QColor focused() { return QColor(0xFF, 0xD4, 0x00); }
    static QColor input() { return QColor(0xFF, 0xB0, 0x4C); }
    // Practice mode: answered right, last answer wrong, answer revealed.
    static QColor right() { return QColor(0x9F, 0xE0, 0x9A); }
    static QColor wrong() { return QColor(0xF6, 0xB8, 0xB8); }
    static QColor revealed() { return QColor(0xC9, 0xDB, 0xF2); }
    // Dropped by dropout: the background (without a highlight), its dots, and the text.
    static QColor dropped() { return QColor(0xE6, 0xE6, 0xE6); }
    static QColor droppedDots() { return QColor(0x60, 0x60, 0x60, 90); }
    static QColor droppedText() { return QColor(0x80, 0x80, 0x80); }
};

class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace backstep
