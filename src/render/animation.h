// SPDX-License-Identifier: MIT
// Training recorded as an animated GIF. A frame every `frameStep` epochs: the initial weights
// (epoch 0), then epochs F, 2F, … and always the last epoch trained. A lesson with two inputs
// shows the three 2-D panels of the window (input space with the prediction and the samples,
// the plane of two hidden units, h1 and h2 unless chosen, before and after the activation); any
// other lesson the
// loss per epoch and the network. Each frame is titled with its epoch and the loss (and
// accuracy) of the weights drawn, measured on the training samples. Painted on QImage only,
// so it runs without a display and on a worker thread.
#pragma once

#include "core/trainer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace backstep {

struct AnimationSettings {
    int epochs = 100;
    int frameStep = 1; // a frame every frameStep epochs
    QSize size{1200, 450};
    int delayCentiseconds = 10;      // how long each frame is shown
    int lastDelayCentiseconds = 200; // the last one, before the animation starts again
    // the two units of the first hidden layer (0-based) that span the hidden planes
    int unitA = 0, unitB = 1;
};

// What the animations accept: the frame's size, the number of frames and their pixels in all
// (the GIF is built in memory before it is written).
struct AnimationLimits {
    static constexpr int minWidth = 480, minHeight = 240;
    static constexpr int maxWidth = 3840, maxHeight = 2160;
    static constexpr int maxFrames = 2000;
    static constexpr qint64 maxPixels = 600'000'000; // frames × width × height
};

// Epochs that get a frame: 0, F, 2F, …, and `epochs` itself.
std::vector<int> animationFrameEpochs(int epochs, int frameStep);
// "WxH" (or "W×H") as a size; nullopt when it is not two whole numbers.
std::optional<QSize> parseFrameSize(const QString& text);
// Why the settings are refused (one line naming the setting and what to do), or "".
QString animationSettingsProblem(const AnimationSettings& settings);

// The texts drawn on the frames, in the user's language (the window's translations, under
// the contexts of the window's animation export and views). Placeholders: frameTitle %1 epoch,
// %2 of epochs, %3 accuracy (%), %4 loss; frameTitleNoAccuracy %1, %2, %3 loss; moreUnits %1
// units.
struct AnimationTexts {
    QString frameTitle = QCoreApplication::translate("backstep::AnimationExport",
                                                     "Epoch %1 of %2 · accuracy %3 % · loss %4");
    QString frameTitleNoAccuracy =
        QCoreApplication::translate("backstep::AnimationExport", "Epoch %1 of %2 · loss %3");
    QString inputSpace =
        QCoreApplication::translate("backstep::SpaceViews", "Input space: prediction and samples");
    QString hiddenBefore =
        QCoreApplication::translate("backstep::SpaceViews", "Hidden space before activation");
    QString hiddenAfter =
        QCoreApplication::translate("backstep::SpaceViews", "Hidden space after activation");
    QString lossTitle = QCoreApplication::translate("backstep::AnimationExport", "Loss per epoch");
    QString epochAxis = QCoreApplication::translate("backstep::AnimationExport", "epoch");
    QString lossAxis = QCoreApplication::translate("backstep::AnimationExport", "loss");
    QString network = QCoreApplication::translate("backstep::AnimationExport", "Network");
    QString moreUnits = QCoreApplication::translate("backstep::NetworkDiagram", "+%1 more");
};

// The loss (in the lesson's reduction) and accuracy of `params` on `data`.
struct FrameScore {
    double loss = 0;
    std::optional<double> accuracy; // 0–1, classification only
};
FrameScore scoreWeights(const NetworkSpec& network, const TrainingConfig& config,
                        const Parameters& params, const Dataset& data);

// Where panel `panel` (0–2 left to right; 0–1 for the loss and the network) lies in a frame
// of `size` whose texts use `font` (animationFont): below the frame's title.
QRectF animationPanelArea(const QSize& size, const QFont& font, int panel, int panels);

// Paints one frame of `trainer`'s lesson with weights `params` after `epoch` of `totalEpochs`.
// `lossHistory`: the trainer's loss per epoch (the non-2-D frames plot it up to `epoch`).
QImage renderAnimationFrame(const Trainer& trainer, const Parameters& params, int epoch,
                            int totalEpochs, const FrameScore& score,
                            const std::vector<double>& lossHistory,
                            const AnimationSettings& settings, const AnimationTexts& texts,
                            const QFont& font);

struct AnimationResult {
    QByteArray gif; // empty when cancelled or failed
    QString error;  // one line, when failed
    bool cancelled = false;
    int frames = 0;
    int epochsTrained = 0;
    std::optional<TrainingStop> stop; // a non-finite value ended training early
    bool targetReached = false;       // the lesson's stop_at_loss ended it early
};

// Trains `trainer` (from where it stands, counted as epoch 0) for settings.epochs epochs and
// records the frames. `progress(epochsDone, loss)` is called after every epoch; `cancel` is
// checked after every epoch and frame. Training that ends early (stop_at_loss, a non-finite
// value) ends the animation with the last epoch reached.
AnimationResult recordAnimation(Trainer trainer, const AnimationSettings& settings,
                                const AnimationTexts& texts, const QFont& font,
                                const std::function<void(int, double)>& progress,
                                const std::atomic<bool>& cancel);

// The font the frames use for a frame `height` pixels high: the given family, sized to it.
QFont animationFont(QFont font, int height);

} // namespace backstep
