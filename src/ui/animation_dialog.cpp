// SPDX-License-Identifier: MIT
#include "animation_dialog.h"

#include "ui_animation_dialog.h"

#include <QPushButton>
#include <QSettings>

namespace backstep {

AnimationDialog::AnimationDialog(int lessonEpochs, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AnimationDialog>()) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("animationDialog"));
    using L = AnimationLimits;
    ui_->frameWidth->setRange(L::minWidth, L::maxWidth);
    ui_->frameHeight->setRange(L::minHeight, L::maxHeight);
    const AnimationSettings defaults;
    const QSettings settings;
    ui_->epochs->setValue(lessonEpochs);
    ui_->frameStep->setValue(
        settings.value(QStringLiteral("animation/frameStep"), defaults.frameStep).toInt());
    ui_->frameWidth->setValue(
        settings.value(QStringLiteral("animation/width"), defaults.size.width()).toInt());
    ui_->frameHeight->setValue(
        settings.value(QStringLiteral("animation/height"), defaults.size.height()).toInt());
    for (QSpinBox* box : {ui_->epochs, ui_->frameStep, ui_->frameWidth, ui_->frameHeight})
        connect(box, &QSpinBox::valueChanged, this, &AnimationDialog::refreshSummary);
    refreshSummary();
}

AnimationDialog::~AnimationDialog() = default;

AnimationSettings AnimationDialog::settings() const {
    AnimationSettings s;
    s.epochs = ui_->epochs->value();
    s.frameStep = ui_->frameStep->value();
    s.size = QSize(ui_->frameWidth->value(), ui_->frameHeight->value());
    return s;
}

void AnimationDialog::remember() const {
    QSettings settings;
    settings.setValue(QStringLiteral("animation/frameStep"), ui_->frameStep->value());
    settings.setValue(QStringLiteral("animation/width"), ui_->frameWidth->value());
    settings.setValue(QStringLiteral("animation/height"), ui_->frameHeight->value());
}

void AnimationDialog::refreshSummary() {
    const AnimationSettings s = settings();
    const qint64 frames = s.epochs / s.frameStep + 1 + (s.epochs % s.frameStep != 0 ? 1 : 0);
    const qint64 pixels = frames * s.size.width() * s.size.height();
    QString text;
    bool ok = false;
    if (frames > AnimationLimits::maxFrames)
        text = tr("%1 frames are too many (at most %2): choose a larger frame step.")
                   .arg(frames)
                   .arg(AnimationLimits::maxFrames);
    else if (pixels > AnimationLimits::maxPixels)
        text = tr("%1 frames of this size are too large to hold in memory: choose a larger "
                  "frame step or a smaller size.")
                   .arg(frames);
    else {
        text = tr("%1 frames, shown for 0.1 s each; the last one for 2 s.").arg(frames);
        ok = true;
    }
    ui_->summary->setText(text);
    ui_->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace backstep
