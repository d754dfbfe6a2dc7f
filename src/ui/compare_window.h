// SPDX-License-Identifier: MIT
// Small multiples: several configurations trained side by side (CompareRun), each shown as
// its input and hidden spaces (for two-input lessons) over its loss curve (ComparePanel), all
// at the epoch of one shared slider. Opened from the Sweep dock's selected rows or from a
// lesson's comparison ("Compare these" in the lesson pane).
#pragma once

#include "models/compare_run.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSlider;
class QTimer;

namespace backstep {

class ComparePanel;

class CompareWindow : public QWidget {
    Q_OBJECT
public:
    CompareWindow(std::vector<Lesson> lessons, const QStringList& titles,
                  QWidget* parent = nullptr);
    ~CompareWindow() override;

    CompareRun* run() { return run_.get(); }
    QSlider* slider() const { return slider_; }
    // The epoch whose weights panel `index` shows (the last snapshot at or before the slider).
    int shownEpoch(int index) const;
    ComparePanel* panel(int index) const { return panels_[static_cast<size_t>(index)]; }

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void showTitle();
    void showEpoch(int epoch);

    std::unique_ptr<CompareRun> run_;
    std::vector<ComparePanel*> panels_;
    QSlider* slider_ = nullptr;
    QLabel* epochLabel_ = nullptr;
    QTimer* refresh_ = nullptr; // while training: the loss lines grow
};

} // namespace backstep
