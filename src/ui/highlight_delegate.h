// SPDX-License-Identifier: MIT
// Paints the tutorial's colours: yellow for the cells the current step computes, a stronger
// yellow with a thick border for the focused cell, orange with a dashed border and hatching
// for the cells it was computed from. The borders and hatching tell them apart without colour.
// In practice mode: green for answers that are right (a tick), red for a wrong one (its text
// red), blue for answers revealed (italic).
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
    // A range of cells selected to copy: a translucent blue over the other colours.
    static QColor range() { return QColor(0x30, 0x7F, 0xE0, 70); }
};

class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace backstep
