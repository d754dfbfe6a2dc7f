// SPDX-License-Identifier: MIT
// A read-mostly table over one named matrix of the session's trace. Cells the current step
// has not reached are empty; the highlight of each cell is in HighlightRole.
#pragma once

#include "dropped_cells.h"
#include "lesson_session.h"

#include <QAbstractTableModel>

#include <string>

namespace backstep {

class PracticeSession;

class MatrixTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        HighlightRole = Qt::UserRole + 1, // int(Highlight)
        ValueRole,                        // double, full precision (invalid while hidden)
        PracticeRole,                     // int(PracticeMark)
        DroppedRole, // bool: a shown cell of a unit dropout left out (see dropped_cells.h)
    };

    MatrixTableModel(LessonSession* session, std::string matrix, QObject* parent = nullptr);

    const std::string& matrixName() const { return matrix_; }
    CellRef cellAt(const QModelIndex& index) const;
    // In practice mode the cells to type are blank and editable (answers), the rest read-only.
    void setPractice(PracticeSession* practice);
    // Decimals shown in the cells; −1 = full precision.
    void setDecimals(int decimals);
    int decimals() const { return decimals_; }
    // The matrix as "name (rows×cols)", empty when the trace has no such matrix.
    QString title() const;
    // About the widest text a cell of this matrix shows now (from its largest and smallest
    // magnitudes, negative), so columns can be sized that nothing is elided.
    QString widestText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // A row or column label of the trace as shown: "sample 3" and "bias" translated.
    static QString displayLabel(const std::string& label);
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

private:
    const TraceMatrix* matrix() const;
    int matrixIndex() const;
    void refreshAll();
    // Why the cell is greyed: "Dropped by dropout …", or empty.
    QString droppedText(const QModelIndex& index) const;

    bool practising() const;

    LessonSession* session_;
    PracticeSession* practice_ = nullptr;
    std::string matrix_;
    int decimals_ = 3;
    int rows_ = 0, columns_ = 0;
    DroppedCells dropped_; // rebuilt with every new trace
};

// Text of a number with `decimals` places, or the shortest exact form for −1.
QString formatCell(double value, int decimals);
// The widest text formatCell gives with `decimals` for any number.
QString widestCell(int decimals);

} // namespace backstep
