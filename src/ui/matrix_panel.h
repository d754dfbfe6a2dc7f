// SPDX-License-Identifier: MIT
// One matrix of the sheet: its title (name, shape, step) above a virtualised grid.
#pragma once

#include "models/matrix_table_model.h"

#include <QFrame>

class QLabel;
class QTableView;

namespace backstep {

class GridCopy;
class LessonSession;
class PracticeSession;

class MatrixPanel : public QFrame {
    Q_OBJECT
public:
    MatrixPanel(LessonSession* session, const std::string& matrix, const QString& caption,
                QWidget* parent = nullptr);

    MatrixTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    GridCopy* copier() const { return copy_; }
    void refreshTitle();
    void ensureCellVisible(int row, int column);
    // Decimals of the cells (−1: full precision); the columns widen so no number is elided.
    void setDecimals(int decimals);
    // Rows and the narrowest columns `factor` times their usual size (the font is the sheet's).
    void setZoom(double factor);
    // Widens the columns to the widest number shown; they never narrow within a lesson, so the
    // sheet does not move back and forth while stepping.
    void fitColumns();
    // The same once the matrix is shown, if its numbers changed since it was last fitted.
    void fitColumnsIfShown();
    // Practice mode: the blanks take answers, the focus follows clicks and the keyboard (not
    // the mouse passing over, which would move it away from the cell being answered).
    void setPractice(PracticeSession* practice);

signals:
    void exportRequested(const QString& matrix);

private:
    void updateHeight();
    int startWidth() const; // a column's width before any number is measured

    LessonSession* session_;
    PracticeSession* practice_ = nullptr;
    MatrixTableModel* model_;
    QTableView* view_;
    QLabel* title_;
    GridCopy* copy_;
    QString caption_;
    QString reservedFor_; // the title whose states the title's width has room for
    bool fitPending_ = false;
    double zoom_ = 1.0;
};

} // namespace backstep
