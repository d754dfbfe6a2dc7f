// SPDX-License-Identifier: MIT
// The Sweep dock (laid out in ui/sweep_dock.ui) over a SweepModel: a line of values per
// setting with the count of configurations and any refusal in red, Run and Cancel with
// progress, the sortable results greyed where they fail the filters, two scatter plots with
// the rows that pass marked, Test on fresh data and CSV export. Double-clicking a row asks
// the window to open that configuration as its lesson, trained.
#pragma once

#include "models/sweep_model.h"

#include <QWidget>

class QChartView;
class QLineEdit;
class QScatterSeries;
class QTimer;

namespace Ui {
class SweepDock;
}

namespace backstep {

class CompareWindow;
class LessonSession;

class SweepPanel : public QWidget {
    Q_OBJECT
public:
    explicit SweepPanel(LessonSession* session, QWidget* parent = nullptr);
    ~SweepPanel() override;

    SweepModel* model() { return &model_; }
    QLineEdit* valuesEdit(const QString& key) const;
    // The points of the plots: [0] test accuracy against seconds, [1] train against test
    // accuracy; in each, the rows that pass the filters and the others.
    QScatterSeries* passingPoints(int plot) const;
    QScatterSeries* otherPoints(int plot) const;
    // Opens the configuration of `row` (of the table as sorted), as a double-click does.
    void openRow(int row);
    // Opens a Compare window of the selected rows (at most 12), as the Compare button does;
    // nullptr when none is selected or one cannot be read.
    CompareWindow* compareSelected();

signals:
    // The window opens `lesson` and trains it for its epochs.
    void openConfiguration(const backstep::Lesson& lesson);

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void showLessonValues();
    void buildGridLines();
    void buildPlots();
    void refreshGrid();
    void refreshRunning(bool running);
    void refreshPlots();
    void applyFilters();
    void refreshPick(); // the filters' pick: the fastest configuration that passes
    void showMessage(const QString& text, bool error);
    int selectedRow() const;
    QList<int> selectedRows() const;
    void exportResults();

    LessonSession* session_;
    SweepModel model_;
    std::unique_ptr<Ui::SweepDock> ui_;
    std::map<QString, QLineEdit*> edits_;
    QTimer* typing_ = nullptr; // the grid is checked once typing pauses
    QTimer* plotting_ = nullptr;
    QChartView* plots_[2] = {nullptr, nullptr};
    QScatterSeries* passing_[2] = {nullptr, nullptr};
    QScatterSeries* other_[2] = {nullptr, nullptr};
    bool opening_ = false; // the lesson changing is one of ours: keep the grid's lesson
};

} // namespace backstep
