// SPDX-License-Identifier: MIT
// Paints the tutorial's colours: yellow for the cells the current step computes, a stronger
// yellow with a thick border for the focused cell, orange with a dashed border and hatching
// for the cells it was computed from. The borders and hatching tell them apart without colour.
// In practice mode: green for answers that are right (a tick), red for a wrong one (its text
// red), blue for answers revealed (italic). Cells of a unit dropout left out in this iteration
// are greyed: grey text on a dotted grey background, over any of the colours above.
#pragma once

#include "render/highlight_colours.h"

#include <QStyledItemDelegate>

namespace backstep {

class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace backstep
