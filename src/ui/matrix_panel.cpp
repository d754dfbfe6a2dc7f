// SPDX-License-Identifier: MIT
#include "matrix_panel.h"

#include "grid_copy.h"
#include "highlight_delegate.h"

#include "models/lesson_session.h"
#include "models/practice_session.h"

#include <algorithm>
#include <cmath>

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace backstep {

namespace {
constexpr int maxVisibleRows = 12;
constexpr int columnWidth = 74;
constexpr int rowHeight = 22;
} // namespace

MatrixPanel::MatrixPanel(LessonSession* session, const std::string& matrix, const QString& caption,
                         QWidget* parent)
    : QFrame(parent), session_(session), caption_(caption) {
    setObjectName(QString::fromStdString(matrix));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    layout->addWidget(title_);

    model_ = new MatrixTableModel(session, matrix, this);
    view_ = new QTableView(this);
    view_->setModel(model_);
    view_->setItemDelegate(new HighlightDelegate(view_));
    view_->setMouseTracking(true);
    // The yellow focused cell is the one mark of where one is; a range selected to copy (drag,
    // Shift+click) is tinted, a single clicked cell is not (see HighlightDelegate).
    view_->setSelectionMode(QAbstractItemView::ContiguousSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    view_->horizontalHeader()->setDefaultSectionSize(startWidth());
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(rowHeight);
    view_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->setWordWrap(false);
    layout->addWidget(view_);

    connect(view_, &QTableView::clicked, this,
            [this](const QModelIndex& i) { session_->setFocusedCell(model_->cellAt(i)); });
    connect(view_, &QTableView::entered, this, [this](const QModelIndex& i) {
        if (!practice_ || !practice_->isActive()) session_->setFocusedCell(model_->cellAt(i));
    });
    copy_ = new GridCopy(view_, model_);
    const auto showMenu = [this](QWidget* on, const QPoint& at, bool cells) {
        QMenu menu(this);
        if (cells) copy_->addSelectionEntries(&menu);
        copy_->addMatrixEntries(&menu);
        menu.addSeparator();
        menu.addAction(
            tr("Export %1 as CSV…").arg(QString::fromStdString(model_->matrixName())), this,
            [this] { emit exportRequested(QString::fromStdString(model_->matrixName())); });
        menu.exec(on->mapToGlobal(at));
    };
    connect(view_, &QWidget::customContextMenuRequested, this,
            [this, showMenu](const QPoint& at) { showMenu(view_->viewport(), at, true); });
    title_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(title_, &QWidget::customContextMenuRequested, this,
            [this, showMenu](const QPoint& at) { showMenu(title_, at, false); });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        refreshTitle();
        updateHeight();
    });
    connect(session, &LessonSession::lessonChanged, this, [this] { // a new lesson: sized afresh
        view_->horizontalHeader()->setDefaultSectionSize(startWidth());
        fitColumns();
        updateHeight();
    });
    // New numbers are measured once they are shown: a large matrix takes a while, and most of
    // an iteration's matrices are still hidden when it starts.
    connect(session, &LessonSession::traceChanged, this, [this] {
        fitPending_ = true;
        fitColumnsIfShown();
    });
    connect(session, &LessonSession::positionChanged, this, [this] {
        if (session_->matrixChanged(session_->trace().indexOf(model_->matrixName()))) {
            refreshTitle();
            fitColumnsIfShown();
        }
    });
    refreshTitle();
    updateHeight();
}

void MatrixPanel::refreshTitle() {
    const int index = session_->trace().indexOf(model_->matrixName());
    if (index < 0) return;
    const TraceMatrix& m = session_->trace().matrices[static_cast<size_t>(index)];
    const bool started = session_->isMatrixStarted(index);
    const bool current = session_->stageOfMatrix(index) == session_->stage();
    QString text =
        QStringLiteral("<b>%1</b> <span style='color:#555'>%2</span>")
            .arg(QString::fromStdString(m.name).toHtmlEscaped(),
                 tr("%1×%2 · step %3").arg(m.values.rows()).arg(m.values.cols()).arg(m.step));
    if (!caption_.isEmpty())
        text += QStringLiteral(" <span style='color:#555'>%1</span>").arg(caption_.toHtmlEscaped());
    const QString notYet =
        text + QStringLiteral(" <i style='color:#888'>%1</i>").arg(tr("not computed yet"));
    const QString thisStep =
        text + QStringLiteral(" <span style='background:%1'>&nbsp;%2&nbsp;</span>")
                   .arg(HighlightColours::focused().name(), tr("this step"));
    if (text != reservedFor_) {
        // The title keeps the width of its widest state, so the grid (and the rows of grids
        // after it) stay where they are while the step moves on.
        reservedFor_ = text;
        int widest = 0;
        for (const QString& state : {text, notYet, thisStep}) {
            title_->setText(state);
            widest = std::max(widest, title_->sizeHint().width());
        }
        title_->setMinimumWidth(std::max(widest, title_->minimumWidth()));
    }
    text = !started ? notYet : current ? thisStep : text;
    if (title_->text() != text) title_->setText(text);
}

void MatrixPanel::updateHeight() {
    const int rows = std::min(model_->rowCount(), maxVisibleRows);
    const int height = view_->horizontalHeader()->sizeHint().height() +
                       rows * view_->verticalHeader()->defaultSectionSize() +
                       2 * view_->frameWidth() + (model_->rowCount() > maxVisibleRows ? 0 : 2);
    view_->setFixedHeight(height + (model_->columnCount() > 8
                                        ? view_->horizontalScrollBar()->sizeHint().height()
                                        : 0));
    const int width =
        view_->verticalHeader()->sizeHint().width() +
        std::min(model_->columnCount(), 8) * view_->horizontalHeader()->defaultSectionSize() +
        2 * view_->frameWidth() +
        (model_->rowCount() > maxVisibleRows ? view_->verticalScrollBar()->sizeHint().width() : 0);
    view_->setFixedWidth(width);
}

void MatrixPanel::setDecimals(int decimals) {
    model_->setDecimals(decimals);
    view_->horizontalHeader()->setDefaultSectionSize(startWidth()); // again for the new format
    fitColumns();
    updateHeight();
}

void MatrixPanel::setZoom(double factor) {
    if (factor == zoom_) return;
    zoom_ = factor;
    view_->verticalHeader()->setDefaultSectionSize(
        static_cast<int>(std::lround(rowHeight * factor)));
    setDecimals(model_->decimals()); // the columns measured again in the new font
    reservedFor_.clear();            // and the title's room
    title_->setMinimumWidth(0);
    refreshTitle();
}

int MatrixPanel::startWidth() const {
    // Room from the start for the scientific form of any value down to 10^-99 and for fixed
    // values below 10^5, so that a grid does not widen, and the sheet re-wrap, when its
    // numbers are first computed.
    const int widest =
        view_->fontMetrics().horizontalAdvance(formatCell(-8.888e-88, model_->decimals()));
    return std::max(static_cast<int>(std::lround(columnWidth * zoom_)),
                    widest + 14); // + cell padding
}

void MatrixPanel::fitColumnsIfShown() {
    const int index = session_->trace().indexOf(model_->matrixName());
    if (fitPending_ && index >= 0 && session_->isMatrixStarted(index)) fitColumns();
}

void MatrixPanel::fitColumns() {
    fitPending_ = false;
    const int needed =
        view_->fontMetrics().horizontalAdvance(model_->widestText()) + 14; // + cell padding
    if (needed > view_->horizontalHeader()->defaultSectionSize()) {
        view_->horizontalHeader()->setDefaultSectionSize(needed);
        updateHeight();
    }
}

void MatrixPanel::setPractice(PracticeSession* practice) {
    practice_ = practice;
    model_->setPractice(practice);
    connect(view_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (practice_ && practice_->isActive() && current.isValid())
                    session_->setFocusedCell(model_->cellAt(current));
            });
}

void MatrixPanel::ensureCellVisible(int row, int column) {
    view_->scrollTo(model_->index(row, column));
}

} // namespace backstep
