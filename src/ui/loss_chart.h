// SPDX-License-Identifier: MIT
// Loss per epoch (and accuracy for classification), growing while training runs; linear or
// log scale; hovering shows the epoch and value; the current epoch is marked.
#pragma once

#include <QChartView>
#include <QVector>

class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QLogValueAxis;
class QAbstractAxis;

namespace backstep {

class LossChart : public QChartView {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);

    void setHistory(const QVector<double>& loss, const QVector<double>& accuracy);
    void setCurrentEpoch(int epoch); // 1-based; 0 hides the marker
    void setLogScale(bool log);
    bool logScale() const { return log_; }
    int pointCount() const;

private:
    void attachLossAxis();
    void refreshRanges();

    QLineSeries* loss_;
    QLineSeries* accuracy_;
    QScatterSeries* marker_;
    QValueAxis* epochs_;
    QValueAxis* lossLinear_;
    QLogValueAxis* lossLog_;
    QValueAxis* accuracyAxis_;
    QVector<double> lossValues_;
    int currentEpoch_ = 0;
    bool log_ = false;
};

} // namespace backstep
