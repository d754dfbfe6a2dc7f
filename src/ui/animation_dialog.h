// SPDX-License-Identifier: MIT
// The choices of File → Export → Animation (ui/animation_dialog.ui): epochs, a frame every
// how many epochs, and the frame size; it tells how many frames that makes and refuses what
// is too large. The frame step and size are remembered (QSettings); the epochs start at the
// lesson's.
#pragma once

#include "render/animation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AnimationDialog;
}

namespace backstep {

class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    AnimationDialog(int lessonEpochs, QWidget* parent = nullptr);
    ~AnimationDialog() override;

    AnimationSettings settings() const;
    void remember() const; // the frame step and size, for next time

private:
    void refreshSummary();

    std::unique_ptr<Ui::AnimationDialog> ui_;
};

} // namespace backstep
