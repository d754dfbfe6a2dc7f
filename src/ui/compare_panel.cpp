// SPDX-License-Identifier: MIT
#include "compare_panel.h"

#include "render/loss_plot.h"
#include "render/plane_panel.h"

#include <QPainter>

#include <algorithm>

namespace backstep {

namespace {

constexpr int heatCells = 60; // per side of the input heat map: small panels, quick redraws

// The hidden units the planes span, as the main window's 2-D views start: units 1 and 2.
constexpr int unitA = 0, unitB = 1;

} // namespace

ComparePanel::ComparePanel(CompareRun* run, int index, QWidget* parent)
    : QWidget(parent), run_(run), index_(index) {
    setObjectName(QStringLiteral("comparePanel%1").arg(index));
    const CompareRun::Track t = run_->track(index_);
    title_ = t.title;
    twoInputs_ = t.lesson.network.inputs == 2;
    const std::vector<int>& hidden = t.lesson.network.hidden;
    // Fewer than two units: drawSpaces says so in the hidden planes. More: the planes show
    // units 1 and 2, as the main window's 2-D views do until other units are chosen.
    if (twoInputs_ && !hidden.empty() && hidden.front() > 2)
        hiddenNote_ = tr("Hidden units 1 and 2 of %1").arg(hidden.front());
    setMinimumSize(twoInputs_ ? 420 : 220, twoInputs_ ? 330 : 220);
    setToolTip(title_);
}

void ComparePanel::setEpoch(int epoch) {
    epoch_ = epoch;
    auto [at, params] = run_->weightsAt(index_, epoch);
    if (twoInputs_ && at != shown_) {
        const CompareRun::Track t = run_->track(index_);
        pictures_ = drawSpaces(t.lesson.network, params, t.lesson.data, t.lesson.test, unitA, unitB,
                               heatCells);
    }
    shown_ = at;
    update();
}

void ComparePanel::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0x20, 0x20, 0x20));
    const CompareRun::Track t = run_->track(index_);
    QRectF area = rect().adjusted(4, 4, -4, -4);
    QString title = title_;
    if (!t.loss.empty() && shown_ > 0 && static_cast<size_t>(shown_) <= t.loss.size())
        title += QStringLiteral(" · ") +
                 tr("loss %1").arg(t.loss[static_cast<size_t>(shown_ - 1)], 0, 'g', 4);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const double titleHeight = QFontMetricsF(bold).height() + 4;
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(title, Qt::ElideRight, int(area.width())));
    p.setFont(font());
    area.setTop(area.top() + titleHeight);
    if (twoInputs_) {
        const double width = area.width() / 3;
        const double noteHeight = hiddenNote_.isEmpty() ? 0.0 : QFontMetricsF(font()).height();
        const double planeHeight =
            std::min(width + 2.5 * QFontMetricsF(font()).height(), area.height() * 0.62);
        const PlanePicture* parts[] = {&pictures_.input, &pictures_.hiddenBefore,
                                       &pictures_.hiddenAfter};
        const PlaneLabels labels[] = {
            {tr("Input space"), QStringLiteral("x1"), QStringLiteral("x2")},
            {tr("Before activation"), QStringLiteral("z(h%1)").arg(unitA + 1),
             QStringLiteral("z(h%1)").arg(unitB + 1)},
            {tr("After activation"), QStringLiteral("a(h%1)").arg(unitA + 1),
             QStringLiteral("a(h%1)").arg(unitB + 1)}};
        for (int i = 0; i < 3; ++i)
            paintPlanePanel(p, QRectF(area.left() + i * width, area.top(), width - 2, planeHeight),
                            *parts[i], labels[i]);
        if (!hiddenNote_.isEmpty()) {
            p.setPen(QColor(0x60, 0x60, 0x60));
            p.drawText(QRectF(area.left() + width, area.top() + planeHeight, 2 * width, noteHeight),
                       Qt::AlignCenter, hiddenNote_);
            p.setPen(QColor(0x20, 0x20, 0x20));
        }
        area.setTop(area.top() + planeHeight + noteHeight);
    }
    const int drawn = std::min<int>(epoch_, static_cast<int>(t.loss.size()));
    paintLossPlot(p, area, t.loss, drawn, t.lesson.training.epochs,
                  {QString(), tr("epoch"), tr("loss")});
    if (!t.stopped.isEmpty()) {
        p.setPen(QColor(0xc6, 0x28, 0x28));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, t.stopped);
    }
}

} // namespace backstep
