// SPDX-License-Identifier: MIT
#include "loss_chart.h"
#include "translated_texts.h"

#include "render/highlight_colours.h"

#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
constexpr int maxPoints = 1000; // longer histories are thinned evenly for drawing

QList<QPointF> thinned(const QVector<double>& values, bool positiveOnly) {
    QList<QPointF> points;
    const qsizetype n = values.size();
    const qsizetype stride = std::max<qsizetype>(1, n / maxPoints);
    for (qsizetype i = 0; i < n; i += stride)
        if (std::isfinite(values[i]) && (!positiveOnly || values[i] > 0))
            points << QPointF(static_cast<double>(i + 1), values[i]);
    if (n > 0 && (n - 1) % stride != 0 && std::isfinite(values[n - 1]))
        points << QPointF(static_cast<double>(n), values[n - 1]);
    return points;
}
} // namespace

LossChart::LossChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("lossChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    setTranslated(chart, "title", staticMetaObject.className(),
                  QT_TR_NOOP("Loss per sample, by epoch"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    loss_ = new QLineSeries(chart);
    setTranslated(loss_, "name", staticMetaObject.className(), QT_TR_NOOP("loss"));
    accuracy_ = new QLineSeries(chart);
    setTranslated(accuracy_, "name", staticMetaObject.className(), QT_TR_NOOP("accuracy"));
    accuracy_->setPen(QPen(QColor(0x2E, 0x8B, 0x57), 1.5, Qt::DashLine));
    testLoss_ = new QLineSeries(chart);
    setTranslated(testLoss_, "name", staticMetaObject.className(), QT_TR_NOOP("test loss"));
    testLoss_->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 1.5, Qt::DotLine));
    testAccuracy_ = new QLineSeries(chart);
    setTranslated(testAccuracy_, "name", staticMetaObject.className(), QT_TR_NOOP("test accuracy"));
    testAccuracy_->setPen(QPen(QColor(0x8E, 0x44, 0xAD), 1.5, Qt::DashDotLine));
    marker_ = new QScatterSeries(chart);
    setTranslated(marker_, "name", staticMetaObject.className(), QT_TR_NOOP("current epoch"));
    marker_->setMarkerSize(9);
    marker_->setColor(HighlightColours::input());
    chart->addSeries(loss_);
    chart->addSeries(accuracy_);
    chart->addSeries(testLoss_);
    chart->addSeries(testAccuracy_);
    chart->addSeries(marker_);
    epochs_ = new QValueAxis(chart);
    // No title under the epochs: the chart's title says "by epoch", and a title here is cut
    // to "…" in a low dock (always so in Chinese, whose glyphs are taller than the font's).
    epochs_->setTitleVisible(false);
    epochs_->setLabelFormat(QStringLiteral("%d"));
    lossLinear_ = new QValueAxis(chart);
    // "per sample" is in the chart's title: the axis title stays short enough for a low chart
    setTranslated(lossLinear_, "titleText", staticMetaObject.className(), QT_TR_NOOP("loss"));
    // significant digits: a diverged run's 4.37e+216 reads as huge, not cut to "437026…"
    lossLinear_->setLabelFormat(QStringLiteral("%.4g"));
    lossLog_ = new QLogValueAxis(chart);
    setTranslated(lossLog_, "titleText", staticMetaObject.className(), QT_TR_NOOP("loss (log)"));
    lossLog_->setLabelFormat(QStringLiteral("%.2g"));
    lossLog_->setMinorTickCount(-1);
    accuracyAxis_ = new QValueAxis(chart);
    accuracyAxis_->setRange(0, 1);
    setTranslated(accuracyAxis_, "titleText", staticMetaObject.className(), QT_TR_NOOP("accuracy"));
    chart->addAxis(epochs_, Qt::AlignBottom);
    chart->addAxis(lossLinear_, Qt::AlignLeft);
    chart->addAxis(accuracyAxis_, Qt::AlignRight);
    for (QAbstractSeries* s : lossSeries()) {
        s->attachAxis(epochs_);
        s->attachAxis(lossLinear_);
    }
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(accuracy_), static_cast<QAbstractSeries*>(testAccuracy_)}) {
        s->attachAxis(epochs_);
        s->attachAxis(accuracyAxis_);
    }
    // QChartView made an empty chart of its own; setChart only releases it, so it is deleted here.
    QChart* const placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    // The marker explains itself on hover; without its legend entry the four series' names
    // fit a narrow dock whole (the legend cannot wrap). Tooltips name any entry still cut.
    for (QLegendMarker* m : chart->legend()->markers(marker_))
        m->setVisible(false);
    chart->legend()->setShowToolTips(true);
    // Readable ticks and legend whatever the docks around it ask for.
    setMinimumHeight(fontMetrics().lineSpacing() * 13);
    marker_->setPointLabelsVisible(false);
    connect(marker_, &QScatterSeries::hovered, this, [this](const QPointF& p, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               tr("the last epoch completed, %1: loss %2")
                                   .arg(std::lround(p.x()))
                                   .arg(p.y(), 0, 'g', 6),
                               this);
    });
    for (QXYSeries* s :
         {static_cast<QXYSeries*>(loss_), static_cast<QXYSeries*>(accuracy_),
          static_cast<QXYSeries*>(testLoss_), static_cast<QXYSeries*>(testAccuracy_)})
        connect(s, &QXYSeries::hovered, this, [this, s](const QPointF& p, bool state) {
            // Snapped to the nearest epoch, with its recorded value (not the line between)
            const QVector<double>& values = s == loss_       ? lossValues_
                                            : s == testLoss_ ? testLossValues_
                                            : s == accuracy_ ? accuracyValues_
                                                             : testAccuracyValues_;
            const long epoch = std::clamp<long>(std::lround(p.x()), 1, values.size());
            if (state && !values.isEmpty())
                QToolTip::showText(QCursor::pos(),
                                   tr("epoch %1: %2 %3")
                                       .arg(epoch)
                                       .arg(s->name())
                                       .arg(values[epoch - 1], 0, 'g', 6),
                                   this);
        });
}

QList<QAbstractSeries*> LossChart::lossSeries() const {
    return {loss_, testLoss_, marker_};
}

void LossChart::setHistory(const QVector<double>& loss, const QVector<double>& accuracy,
                           const QVector<double>& testLoss, const QVector<double>& testAccuracy) {
    lossValues_ = loss;
    testLossValues_ = testLoss;
    accuracyValues_ = accuracy;
    testAccuracyValues_ = testAccuracy;
    loss_->replace(thinned(loss, log_));
    testLoss_->replace(thinned(testLoss, log_));
    accuracy_->replace(thinned(accuracy, false));
    testAccuracy_->replace(thinned(testAccuracy, false));
    accuracy_->setVisible(!accuracy.isEmpty());
    testLoss_->setVisible(!testLoss.isEmpty());
    testAccuracy_->setVisible(!testAccuracy.isEmpty());
    accuracyAxis_->setVisible(!accuracy.isEmpty());
    refreshRanges();
}

int LossChart::pointCount() const {
    return static_cast<int>(loss_->count());
}

void LossChart::setCurrentEpoch(int epoch) {
    currentEpoch_ = epoch;
    refreshRanges();
}

void LossChart::refreshRanges() {
    const qsizetype n = lossValues_.size();
    epochs_->setRange(
        0, std::max<double>(10, static_cast<double>(std::max<qsizetype>(n, currentEpoch_))));
    epochs_->applyNiceNumbers();
    double low = INFINITY, high = -INFINITY;
    for (const QLineSeries* series : {loss_, testLoss_})
        for (const QPointF& p : series->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    if (!std::isfinite(low)) {
        low = log_ ? 0.01 : 0;
        high = 1;
    }
    if (log_) {
        lossLog_->setRange(low * 0.8, high * 1.25);
    } else {
        const double from = std::min(0.0, low), to = high > low ? high * 1.05 : low + 1;
        // fixed ticks while the range changes: dynamic ticks of the old interval over a new,
        // much wider range would be billions of ticks
        lossLinear_->setTickType(QValueAxis::TicksFixed);
        lossLinear_->setRange(from, to);
        // round ticks (0.25, 0.5 rather than 0.2631) from 0, about four of them
        const double rough = (to - from) / 4;
        const double unit = std::pow(10.0, std::floor(std::log10(rough)));
        double step = unit;
        for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (unit * factor >= rough) {
                step = unit * factor;
                break;
            }
        // (a diverged run's range keeps five fixed ticks: Qt's dynamic ticks stall on it)
        const bool moderate = std::isfinite(step) && step > 0 && to - from < 1e9;
        if (moderate) {
            lossLinear_->setTickAnchor(0);
            lossLinear_->setTickInterval(step);
            lossLinear_->setTickType(QValueAxis::TicksDynamic);
        }
    }
    marker_->clear();
    if (currentEpoch_ >= 1 && currentEpoch_ <= n && std::isfinite(lossValues_[currentEpoch_ - 1]))
        marker_->append(currentEpoch_, lossValues_[currentEpoch_ - 1]);
}

void LossChart::setLogScale(bool log) {
    if (log == log_) return;
    log_ = log;
    QAbstractAxis* from = log ? static_cast<QAbstractAxis*>(lossLinear_) : lossLog_;
    QAbstractAxis* to = log ? static_cast<QAbstractAxis*>(lossLog_) : lossLinear_;
    for (QAbstractSeries* s : lossSeries())
        s->detachAxis(from);
    chart()->removeAxis(from);
    // removeAxis gives up ownership: the chart keeps, and deletes, the axis it is not showing
    from->setParent(chart());
    chart()->addAxis(to, Qt::AlignLeft);
    for (QAbstractSeries* s : lossSeries())
        s->attachAxis(to);
    loss_->replace(thinned(lossValues_, log_));
    testLoss_->replace(thinned(testLossValues_, log_));
    refreshRanges();
}

void LossChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(chart());
    }
    QChartView::changeEvent(event);
}

} // namespace backstep
