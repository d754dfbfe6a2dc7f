// SPDX-License-Identifier: MIT
// The tutorial's highlight colours, the same in the sheet, the formula bar, the step list, the
// network, the loss chart and the handouts: yellow for the cells the current step computes, a
// stronger yellow for the focused cell, orange (with a dark orange border and numbers) for
// the cells it was computed from. Header only, so the handouts use it without the painting.
#pragma once

#include <QColor>

namespace backstep {

struct HighlightColours {
    static QColor computed() { return QColor(0xFF, 0xF3, 0x9A); }
    static QColor focused() { return QColor(0xFF, 0xD4, 0x00); }
    static QColor input() { return QColor(0xFF, 0xB0, 0x4C); }
    static QColor inputBorder() { return QColor(0x8A, 0x3B, 0x00); } // and the inputs' numbers
    // Practice mode: answered right, last answer wrong, answer revealed.
    static QColor right() { return QColor(0x9F, 0xE0, 0x9A); }
    static QColor wrong() { return QColor(0xF6, 0xB8, 0xB8); }
    static QColor revealed() { return QColor(0xC9, 0xDB, 0xF2); }
    // Dropped by dropout: the background (without a highlight), its dots, and the text.
    static QColor dropped() { return QColor(0xE6, 0xE6, 0xE6); }
    static QColor droppedDots() { return QColor(0x60, 0x60, 0x60, 90); }
    static QColor droppedText() { return QColor(0x80, 0x80, 0x80); }
    // A range of cells selected to copy: a translucent blue over the other colours.
    static QColor range() { return QColor(0x30, 0x7F, 0xE0, 70); }
};

} // namespace backstep
