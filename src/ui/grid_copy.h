// SPDX-License-Identifier: MIT
// Copying cells of the sheet for a spreadsheet or a script: tab-separated, one line per row,
// every number in the shortest form that reads back as the same double (as the CSV export
// writes it); a cell not computed yet (or still to be typed in practice) is left empty.
// Ctrl+C copies the grid's selected range; the context menu also copies with the row and
// column labels, and the whole matrix.
#pragma once

#include <QObject>
#include <QRect>
#include <QString>

#include <string>

class QAction;
class QMainWindow;
class QMenu;
class QTableView;

namespace backstep {

class MatrixTableModel;

// The cells of `cells` (columns x, rows y) as tab-separated lines; with `labels`, a first line
// of the column labels after the matrix's name, and each row's label in front.
QString copiedCells(const MatrixTableModel& model, const QRect& cells, bool labels);

// Copying for one grid: Ctrl+C on the grid and its context menu's entries.
class GridCopy : public QObject {
    Q_OBJECT
public:
    GridCopy(QTableView* view, MatrixTableModel* model);

    // The selected range (its bounding rectangle), or the current cell when none.
    QRect selectedCells() const;
    QRect wholeMatrix() const;
    // Puts the text on the clipboard; the number of cells copied.
    int copy(const QRect& cells, bool labels) const;

    // "Copy", "Copy with labels" (the selection), when the cells' menu is asked for.
    void addSelectionEntries(QMenu* menu) const;
    // "Copy matrix", "Copy matrix with labels".
    void addMatrixEntries(QMenu* menu) const;

    // The grid with the latest selection (a click or a range), or null.
    static GridCopy* latest();
    std::string matrixName() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* view_;
    MatrixTableModel* model_;
};

// Edit → Copy cells (Ctrl+C where no grid or text box has the keyboard): the latest grid's
// selection. A status message names what was copied.
QAction* makeCopyCellsAction(QMainWindow* window);

} // namespace backstep
