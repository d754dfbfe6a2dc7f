// SPDX-License-Identifier: MIT
// One configuration of the Compare window: its title and loss at the shown epoch, then for a
// two-input lesson the three planes of the main window's 2-D views (input space, the first
// hidden layer's units 1 and 2 before and after the activation), then its loss curve.
#pragma once

#include "models/compare_run.h"
#include "models/space_pictures.h"

#include <QWidget>

namespace backstep {

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    ComparePanel(CompareRun* run, int index, QWidget* parent = nullptr);

    // Shows the weights of the last snapshot at or before `epoch`.
    void setEpoch(int epoch);
    int shownEpoch() const { return shown_; }
    // What the panel draws at the shown epoch (tests).
    const SpacePictures& pictures() const { return pictures_; }
    // The note under the hidden planes: which units they show, or why there are none.
    QString hiddenNote() const { return hiddenNote_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CompareRun* run_;
    int index_;
    QString title_, hiddenNote_;
    bool twoInputs_ = false;
    int epoch_ = 0, shown_ = -1;
    SpacePictures pictures_;
};

} // namespace backstep
