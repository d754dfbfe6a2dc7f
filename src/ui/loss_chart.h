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
class QAbstractSeries;

namespace backstep {

class LossChart : public QChartView {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);

    // Loss and accuracy per epoch; the test ones may be empty.
    void setHistory(const QVector<double>& loss, const QVector<double>& accuracy,
                    const QVector<double>& testLoss = {}, const QVector<double>& testAccuracy = {});
    void setCurrentEpoch(int epoch); // 1-based; 0 hides the marker
    void setLogScale(bool log);
    bool logScale() const { return log_; }
    int pointCount() const;

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    QList<QAbstractSeries*> lossSeries() const;
    void refreshRanges();

    QLineSeries* loss_;
    QLineSeries* accuracy_;
    QLineSeries* testLoss_;
    QLineSeries* testAccuracy_;
    QScatterSeries* marker_;
    QValueAxis* epochs_;
    QValueAxis* lossLinear_;
    QLogValueAxis* lossLog_;
    QValueAxis* accuracyAxis_;
    QVector<double> lossValues_, testLossValues_, accuracyValues_, testAccuracyValues_;
    int currentEpoch_ = 0;
    bool log_ = false;
};

} // namespace backstep
