// SPDX-License-Identifier: MIT
// The sheet: every matrix of the trace as its own titled grid, in reading order: the
// hidden layer, the output layer, error and slopes, the backward pass, the updates.
#pragma once

#include <QScrollArea>

#include <vector>

namespace backstep {

class LessonSession;
class MatrixPanel;
class PracticeSession;

class SheetWidget : public QScrollArea {
    Q_OBJECT
public:
    explicit SheetWidget(LessonSession* session, QWidget* parent = nullptr);

    // Rebuilds the grids for the session's current network (after a lesson is loaded).
    void rebuild();
    void setDecimals(int decimals);
    // The grids' row heights and column widths for a font `factor` times the usual size.
    void setZoom(double factor);
    double zoom() const { return zoom_; }
    // Practice mode for every grid (and the decimals it grades at when the lesson sets none).
    void setPractice(PracticeSession* practice);
    const std::vector<MatrixPanel*>& panels() const { return panels_; }
    // The first panel showing `matrix` (the updates row repeats the weights "before").
    MatrixPanel* panel(const QString& matrix) const;
    // Scrolls to the focused cell's grid with its title, and to the step's other grids and the
    // grids of its inputs as far as they fit: every way of reaching a step shows its cells.
    void revealFocus();

signals:
    void exportRequested(const QString& matrix);

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language
    void showEvent(QShowEvent* event) override;

private:
    QRect areaOf(const MatrixPanel* panel) const; // in the sheet's content
    // The grid showing `matrix` closest to `to` (the weights appear before and after updates).
    MatrixPanel* nearestPanel(const std::string& matrix, const MatrixPanel* to) const;

    LessonSession* session_;
    PracticeSession* practice_ = nullptr;
    std::vector<MatrixPanel*> panels_;
    int decimals_ = 3;
    double zoom_ = 1.0;
};

} // namespace backstep
