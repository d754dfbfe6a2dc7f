// SPDX-License-Identifier: MIT
#include "highlight_delegate.h"

#include "models/lesson_session.h"
#include "models/matrix_table_model.h"

#include <QPainter>

namespace backstep {

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const auto highlight = static_cast<Highlight>(index.data(MatrixTableModel::HighlightRole).toInt());
    QStyleOptionViewItem opt = option;
    opt.state &= ~QStyle::State_HasFocus;
    const QRect r = option.rect.adjusted(0, 0, -1, -1);
    painter->save();
    switch (highlight) {
    case Highlight::Computed: painter->fillRect(option.rect, HighlightColours::computed()); break;
    case Highlight::Focused: painter->fillRect(option.rect, HighlightColours::focused()); break;
    case Highlight::Input:
        painter->fillRect(option.rect, HighlightColours::input());
        painter->fillRect(option.rect, QBrush(QColor(0x80, 0x40, 0x00, 60), Qt::BDiagPattern));
        break;
    case Highlight::None: break;
    }
    painter->restore();
    if (highlight != Highlight::None) {
        opt.state &= ~QStyle::State_Selected; // the highlight replaces the selection colour
        opt.palette.setColor(QPalette::Text, Qt::black);
    }
    QStyledItemDelegate::paint(painter, opt, index);
    if (highlight == Highlight::Focused || highlight == Highlight::Input) {
        painter->save();
        QPen pen(highlight == Highlight::Focused ? QColor(0x20, 0x20, 0x20) : QColor(0x8A, 0x3B, 0x00));
        pen.setWidth(2);
        pen.setStyle(highlight == Highlight::Focused ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(pen);
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

} // namespace backstep
