// SPDX-License-Identifier: MIT
#include "grid_copy.h"

#include "translated_texts.h"

#include "io/csv.h"
#include "models/matrix_table_model.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>
#include <QTableView>

namespace backstep {

namespace {
QPointer<GridCopy> latestCopy; // the grid with the latest selection
} // namespace

QString copiedCells(const MatrixTableModel& model, const QRect& cells, bool labels) {
    QString text;
    if (labels) {
        text += QString::fromStdString(model.matrixName());
        for (int c = cells.left(); c <= cells.right(); ++c)
            text +=
                QLatin1Char('\t') + model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        text += QLatin1Char('\n');
    }
    for (int r = cells.top(); r <= cells.bottom(); ++r) {
        QStringList line;
        if (labels) line << model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString();
        for (int c = cells.left(); c <= cells.right(); ++c) {
            const QVariant value = model.index(r, c).data(MatrixTableModel::ValueRole);
            line << (value.isValid() ? formatCsvNumber(value.toDouble()) : QString());
        }
        text += line.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

GridCopy::GridCopy(QTableView* view, MatrixTableModel* model)
    : QObject(view), view_(view), model_(model) {
    view_->installEventFilter(this);
    // One grid's range at a time: a grid that gets a selection clears the one before.
    if (view_->selectionModel())
        connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            if (!view_->selectionModel()->hasSelection() || latestCopy == this) return;
            if (latestCopy && latestCopy->view_->selectionModel())
                latestCopy->view_->selectionModel()->clearSelection();
            latestCopy = this;
        });
}

QRect GridCopy::selectedCells() const {
    QRect cells;
    if (view_->selectionModel())
        for (const QItemSelectionRange& range : view_->selectionModel()->selection())
            cells |=
                QRect(QPoint(range.left(), range.top()), QPoint(range.right(), range.bottom()));
    const QModelIndex current = view_->currentIndex();
    if (cells.isEmpty() && current.isValid()) cells = QRect(current.column(), current.row(), 1, 1);
    return cells;
}

QRect GridCopy::wholeMatrix() const {
    return QRect(0, 0, model_->columnCount(), model_->rowCount());
}

int GridCopy::copy(const QRect& cells, bool labels) const {
    if (cells.isEmpty()) return 0;
    QApplication::clipboard()->setText(copiedCells(*model_, cells, labels));
    return cells.width() * cells.height();
}

void GridCopy::addSelectionEntries(QMenu* menu) const {
    const QRect cells = selectedCells();
    QAction* plain =
        menu->addAction(cells.width() * cells.height() > 1 ? tr("&Copy cells") : tr("&Copy cell"),
                        this, [this] { copy(selectedCells(), false); });
    plain->setObjectName(QStringLiteral("copyCells"));
    plain->setShortcut(QKeySequence::Copy);
    plain->setShortcutVisibleInContextMenu(true);
    menu->addAction(tr("Copy with &labels"), this, [this] { copy(selectedCells(), true); })
        ->setObjectName(QStringLiteral("copyCellsWithLabels"));
    for (QAction* a : {plain, menu->actions().last()}) {
        a->setEnabled(!cells.isEmpty());
        a->setToolTip(tr("Tab-separated, every number in full precision, to paste into a "
                         "spreadsheet"));
    }
}

void GridCopy::addMatrixEntries(QMenu* menu) const {
    const QString name = QString::fromStdString(model_->matrixName());
    menu->addAction(tr("Copy &matrix %1").arg(name), this, [this] { copy(wholeMatrix(), false); })
        ->setObjectName(QStringLiteral("copyMatrix"));
    menu->addAction(tr("Copy matrix %1 with la&bels").arg(name), this,
                    [this] { copy(wholeMatrix(), true); })
        ->setObjectName(QStringLiteral("copyMatrixWithLabels"));
}

GridCopy* GridCopy::latest() {
    return latestCopy;
}

std::string GridCopy::matrixName() const {
    return model_->matrixName();
}

QAction* makeCopyCellsAction(QMainWindow* window) {
    auto* action = new QAction(window);
    action->setObjectName(QStringLiteral("copySelection"));
    action->setShortcut(QKeySequence::Copy);
    const char* context = GridCopy::staticMetaObject.className();
    setTranslated(action, "text", context,
                  QT_TRANSLATE_NOOP("backstep::GridCopy", "&Copy cells")); // follows the language
    setTranslated(action, "statusTip", context,
                  QT_TRANSLATE_NOOP("backstep::GridCopy",
                                    "Copy the selected cells, tab-separated in full precision "
                                    "(drag or Shift+click to select a range)"));
    setToolTipWithShortcut(action);
    QObject::connect(action, &QAction::triggered, window, [window] {
        GridCopy* grid = GridCopy::latest();
        const int cells = grid ? grid->copy(grid->selectedCells(), false) : 0;
        window->statusBar()->showMessage(
            cells > 0 ? GridCopy::tr("Copied %n cell(s) of %1", nullptr, cells)
                            .arg(QString::fromStdString(grid->matrixName()))
                      : GridCopy::tr("Select cells of a grid first (click, drag or Shift+click)"),
            5000);
    });
    window->addAction(action);
    return action;
}

bool GridCopy::eventFilter(QObject* watched, QEvent* event) {
    if (watched == view_) {
        // Ctrl+C is the grid's own while it has the keyboard (the view would copy only the
        // current cell's rounded text).
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Copy)) {
                event->accept();
                if (event->type() == QEvent::KeyPress) copy(selectedCells(), false);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace backstep
