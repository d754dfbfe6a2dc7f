// SPDX-License-Identifier: MIT
// The sheet: every matrix of the trace as its own titled grid, in reading order: the
// hidden layer, the output layer, error and slopes, the backward pass, the updates.
#pragma once

#include <QScrollArea>

#include <vector>

namespace backstep {

class LessonSession;
class MatrixPanel;

class SheetWidget : public QScrollArea {
    Q_OBJECT
public:
    explicit SheetWidget(LessonSession* session, QWidget* parent = nullptr);

    // Rebuilds the grids for the session's current network (after a lesson is loaded).
    void rebuild();
    void setDecimals(int decimals);
    const std::vector<MatrixPanel*>& panels() const { return panels_; }
    // The first panel showing `matrix` (the updates row repeats the weights "before").
    MatrixPanel* panel(const QString& matrix) const;
    void revealFocus();

signals:
    void exportRequested(const QString& matrix);

private:
    LessonSession* session_;
    std::vector<MatrixPanel*> panels_;
    int decimals_ = 3;
};

} // namespace backstep
