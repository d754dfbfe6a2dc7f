// SPDX-License-Identifier: MIT
// How well the current weights do: confusion matrices (training and test samples) for
// classification lessons, predicted against actual values for regression lessons.
#pragma once

#include "core/network.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QScatterSeries;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace backstep {

class LessonSession;

class EvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationView(LessonSession* session, QWidget* parent = nullptr);
    void showLive(const Parameters& params);
    QTableWidget* trainTable() const { return train_; }
    QTableWidget* testTable() const { return test_; }
    // Points of the predicted-against-actual chart (regression lessons).
    QList<QPointF> trainPoints() const;
    QList<QPointF> testPoints() const;
    // Recomputes (only while visible, unless forced).
    void refresh(bool force = false);

protected:
    void showEvent(QShowEvent* event) override;

private:
    LessonSession* session_;
    QLabel* trainLabel_;
    QLabel* testLabel_;
    QTableWidget* train_;
    QTableWidget* test_;
    QChartView* scatterView_;
    QScatterSeries* trainPoints_;
    QScatterSeries* testPoints_;
    QLineSeries* diagonal_;
    QValueAxis* axisX_;
    QValueAxis* axisY_;
    std::optional<Parameters> live_;
};

} // namespace backstep
