// SPDX-License-Identifier: MIT
#include "highlight_delegate.h"

#include "models/lesson_session.h"
#include "models/matrix_table_model.h"
#include "models/practice_session.h"

#include <QAbstractItemView>
#include <QPainter>

namespace backstep {

namespace {

// A cell of a range of several selected to copy: a single clicked cell is not marked (the
// yellow focus is the one mark of where one is).
bool inSelectedRange(const QStyleOptionViewItem& option) {
    if (!(option.state & QStyle::State_Selected)) return false;
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    if (!view || !view->selectionModel()) return false;
    const QItemSelection selection = view->selectionModel()->selection();
    return selection.size() > 1 || (selection.size() == 1 && (selection.first().width() > 1 ||
                                                              selection.first().height() > 1));
}

} // namespace

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    const auto highlight =
        static_cast<Highlight>(index.data(MatrixTableModel::HighlightRole).toInt());
    QStyleOptionViewItem opt = option;
    opt.state &= ~QStyle::State_HasFocus;
    const QRect r = option.rect.adjusted(0, 0, -1, -1);
    painter->save();
    // The view has painted a selected cell's background in the selection colour already.
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.brush(QPalette::Base));
    switch (highlight) {
    case Highlight::Computed:
        painter->fillRect(option.rect, HighlightColours::computed());
        break;
    case Highlight::Focused:
        painter->fillRect(option.rect, HighlightColours::focused());
        break;
    case Highlight::Input:
        painter->fillRect(option.rect, HighlightColours::input());
        painter->fillRect(option.rect, QBrush(QColor(0x80, 0x40, 0x00, 60), Qt::BDiagPattern));
        break;
    case Highlight::None:
        break;
    }
    const bool dropped = index.data(MatrixTableModel::DroppedRole).toBool();
    if (dropped) {
        if (highlight == Highlight::None)
            painter->fillRect(option.rect, HighlightColours::dropped());
        painter->fillRect(option.rect, QBrush(HighlightColours::droppedDots(), Qt::Dense6Pattern));
    }
    const auto mark = static_cast<PracticeMark>(index.data(MatrixTableModel::PracticeRole).toInt());
    if (mark == PracticeMark::Right)
        painter->fillRect(option.rect, HighlightColours::right());
    else if (mark == PracticeMark::Wrong)
        painter->fillRect(option.rect, HighlightColours::wrong());
    else if (mark == PracticeMark::Revealed)
        painter->fillRect(option.rect, HighlightColours::revealed());
    painter->restore();
    if (inSelectedRange(option)) painter->fillRect(option.rect, HighlightColours::range());
    if (mark == PracticeMark::Wrong) opt.palette.setColor(QPalette::Text, QColor(0xA0, 0x00, 0x00));
    if (mark == PracticeMark::Revealed) opt.font.setItalic(true);
    if (highlight != Highlight::None) {
        opt.state &= ~QStyle::State_Selected; // the highlight replaces the selection colour
        if (mark != PracticeMark::Wrong) opt.palette.setColor(QPalette::Text, Qt::black);
    }
    if (dropped && mark != PracticeMark::Wrong)
        opt.palette.setColor(QPalette::Text, HighlightColours::droppedText());
    // One focus, one colour: the yellow focused cell is the only mark of where one is, so a
    // clicked cell keeps no blue selection (nor a dotted frame) once the focus has moved on.
    opt.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(painter, opt, index);
    if (mark == PracticeMark::Right) { // a tick, so right does not rest on colour alone
        painter->save();
        painter->setPen(QPen(QColor(0x1E, 0x6B, 0x1E), 1.5));
        const QPointF a(r.left() + 4, r.center().y()), b(r.left() + 7, r.center().y() + 3),
            c(r.left() + 12, r.center().y() - 4);
        painter->drawLine(a, b);
        painter->drawLine(b, c);
        painter->restore();
    }
    if (highlight == Highlight::Focused || highlight == Highlight::Input) {
        painter->save();
        QPen pen(highlight == Highlight::Focused ? QColor(0x20, 0x20, 0x20)
                                                 : HighlightColours::inputBorder());
        pen.setWidth(2);
        pen.setStyle(highlight == Highlight::Focused ? Qt::SolidLine : Qt::DashLine);
        painter->setPen(pen);
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

} // namespace backstep
