// SPDX-License-Identifier: MIT
#include "animation.h"

#include "gif_encoder.h"
#include "loss_plot.h"
#include "network_picture.h"
#include "plane_panel.h"

#include "core/evaluation.h"
#include "core/iteration.h"
#include "core/losses.h"
#include "models/space_pictures.h"

#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
// The context of this file's messages.
struct AnimationText {
    Q_DECLARE_TR_FUNCTIONS(AnimationText)
};
} // namespace

std::vector<int> animationFrameEpochs(int epochs, int frameStep) {
    std::vector<int> result;
    frameStep = std::max(1, frameStep);
    for (int e = 0; e <= epochs; e += frameStep) {
        result.push_back(e);
        if (e > epochs - frameStep) break; // the next one would pass the end (or overflow)
    }
    if (result.back() != epochs) result.push_back(epochs);
    return result;
}

std::optional<QSize> parseFrameSize(const QString& text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QString animationSettingsProblem(const AnimationSettings& s) {
    using L = AnimationLimits;
    if (s.size.width() < L::minWidth || s.size.height() < L::minHeight ||
        s.size.width() > L::maxWidth || s.size.height() > L::maxHeight)
        return AnimationText::tr("--size %1x%2: frames are from %3x%4 to %5x%6 pixels")
            .arg(s.size.width())
            .arg(s.size.height())
            .arg(L::minWidth)
            .arg(L::minHeight)
            .arg(L::maxWidth)
            .arg(L::maxHeight);
    const int step = std::max(1, s.frameStep);
    const qint64 count = s.epochs / step + 1 + (s.epochs % step != 0 ? 1 : 0);
    if (count > L::maxFrames)
        return AnimationText::tr("--frames %1: %2 epochs would make %3 frames, at most %4 are "
                                 "allowed; use --frames %5 or more")
            .arg(step)
            .arg(s.epochs)
            .arg(count)
            .arg(L::maxFrames)
            .arg((s.epochs + L::maxFrames - 3) / (L::maxFrames - 2));
    const qint64 pixels = count * s.size.width() * s.size.height();
    if (pixels > L::maxPixels)
        return AnimationText::tr("%1 frames of %2x%3 are %4 million pixels, at most %5 million fit "
                                 "in memory; use a larger --frames or a smaller --size")
            .arg(count)
            .arg(s.size.width())
            .arg(s.size.height())
            .arg(pixels / 1'000'000)
            .arg(L::maxPixels / 1'000'000);
    return {};
}

FrameScore scoreWeights(const NetworkSpec& network, const TrainingConfig& config,
                        const Parameters& params, const Dataset& data) {
    FrameScore score;
    if (data.samples() == 0) return score;
    IterationWork work;
    forwardPass(network, params, data.X, work);
    const Matrix& output = work.layers.back().activation;
    score.loss = config.reducedLoss(
        lossValue(config.loss, data.y, output, work.layers.back().input), data.samples());
    if (data.isClassification())
        score.accuracy = static_cast<double>(correctPredictions(data.y, output)) /
                         static_cast<double>(data.samples());
    return score;
}

QFont animationFont(QFont font, int height) {
    font.setPixelSize(std::clamp(height / 32, 12, 40));
    return font;
}

namespace {
QFont titleFontOf(const QFont& font) {
    QFont title = font;
    title.setPixelSize(font.pixelSize() * 5 / 4);
    title.setBold(true);
    return title;
}
} // namespace

QRectF animationPanelArea(const QSize& size, const QFont& font, int panel, int panels) {
    const double titleHeight = QFontMetrics(titleFontOf(font)).height() + 12;
    const double width = static_cast<double>(size.width()) / panels;
    return {width * panel, titleHeight, width, size.height() - titleHeight};
}

QImage renderAnimationFrame(const Trainer& trainer, const Parameters& params, int epoch,
                            int totalEpochs, const FrameScore& score,
                            const std::vector<double>& lossHistory,
                            const AnimationSettings& settings, const AnimationTexts& texts,
                            const QFont& font) {
    QImage image(settings.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont titleFont = titleFontOf(font);
    p.setFont(titleFont);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QString loss = QString::number(score.loss, 'g', 4);
    const QString title = score.accuracy
                              ? texts.frameTitle.arg(epoch)
                                    .arg(totalEpochs)
                                    .arg(*score.accuracy * 100, 0, 'f', 1)
                                    .arg(loss)
                              : texts.frameTitleNoAccuracy.arg(epoch).arg(totalEpochs).arg(loss);
    const QRectF first = animationPanelArea(settings.size, font, 0, 1);
    const double titleHeight = first.top(), width = first.width(), height = first.height();
    p.drawText(QRectF(0, 4, width, titleHeight - 4), Qt::AlignCenter, title);
    p.setFont(font);
    const NetworkSpec& net = trainer.network();
    if (net.inputs == 2) {
        const SpacePictures pictures = drawSpaces(net, params, trainer.data(), trainer.testData(),
                                                  settings.unitA, settings.unitB);
        const PlanePicture* parts[] = {&pictures.input, &pictures.hiddenBefore,
                                       &pictures.hiddenAfter};
        const auto& names = trainer.data().featureNames;
        const PlaneLabels labels[] = {
            {texts.inputSpace, names.size() >= 2 ? QString::fromStdString(names[0]) : QString(),
             names.size() >= 2 ? QString::fromStdString(names[1]) : QString()},
            {texts.hiddenBefore, QStringLiteral("z(h%1)").arg(settings.unitA + 1),
             QStringLiteral("z(h%1)").arg(settings.unitB + 1)},
            {texts.hiddenAfter, QStringLiteral("a(h%1)").arg(settings.unitA + 1),
             QStringLiteral("a(h%1)").arg(settings.unitB + 1)}};
        for (int i = 0; i < 3; ++i)
            paintPlanePanel(p, animationPanelArea(settings.size, font, i, 3), *parts[i], labels[i]);
        return image;
    }
    paintLossPlot(p, animationPanelArea(settings.size, font, 0, 2), lossHistory, epoch, totalEpochs,
                  {texts.lossTitle, texts.epochAxis, texts.lossAxis});
    const Dataset& d = trainer.data();
    const double lineHeight = QFontMetrics(font).height() + 8;
    p.drawText(QRectF(width / 2, titleHeight, width / 2, lineHeight),
               Qt::AlignHCenter | Qt::AlignTop, texts.network);
    const NetworkPicture network(net, NetworkPicture::drawnNames(d.featureNames),
                                 NetworkPicture::drawnNames(d.targetNames),
                                 QSizeF(width / 2 - 8, height - lineHeight - 4), font);
    p.translate(width / 2, titleHeight + lineHeight);
    network.paint(p, params, {}, texts.moreUnits);
    return image;
}

AnimationResult recordAnimation(Trainer trainer, const AnimationSettings& settings,
                                const AnimationTexts& texts, const QFont& font,
                                const std::function<void(int, double)>& progress,
                                const std::atomic<bool>& cancel) {
    AnimationResult result;
    const std::vector<int> epochs = animationFrameEpochs(settings.epochs, settings.frameStep);
    GifEncoder gif(settings.size);
    const int start = trainer.epochsCompleted();
    const size_t lossStart = trainer.epochLoss().size();
    std::vector<double> lossHistory;
    const auto addFrame = [&](int epoch, bool last) {
        const FrameScore score =
            scoreWeights(trainer.network(), trainer.config(), trainer.parameters(), trainer.data());
        const QImage frame =
            renderAnimationFrame(trainer, trainer.parameters(), epoch, settings.epochs, score,
                                 lossHistory, settings, texts, font);
        if (!gif.addFrame(frame,
                          last ? settings.lastDelayCentiseconds : settings.delayCentiseconds)) {
            result.error = gif.error();
            return false;
        }
        ++result.frames;
        return true;
    };
    if (!addFrame(0, settings.epochs == 0)) return result;
    size_t next = 1;
    while (next < epochs.size()) {
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        const bool more = trainer.runEpoch();
        const int done = trainer.epochsCompleted() - start;
        for (size_t i = lossStart + lossHistory.size(); i < trainer.epochLoss().size(); ++i)
            lossHistory.push_back(trainer.epochLoss()[i]);
        if (!more || trainer.stop()) {
            result.stop = trainer.stop();
            break; // a non-finite value: the animation ends with the last frame drawn
        }
        if (progress) progress(done, lossHistory.empty() ? 0.0 : lossHistory.back());
        const bool last = done == settings.epochs || trainer.targetReached();
        if (done == epochs[next] || last) {
            result.targetReached = done < settings.epochs && trainer.targetReached();
            if (!addFrame(done, last)) return result;
            ++next;
            if (last) break;
        }
    }
    result.epochsTrained = trainer.epochsCompleted() - start;
    if (cancel.load()) {
        result.cancelled = true;
        return result;
    }
    result.gif = gif.finish();
    if (result.gif.isEmpty() && result.error.isEmpty()) result.error = gif.error();
    return result;
}

} // namespace backstep
