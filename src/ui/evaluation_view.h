// SPDX-License-Identifier: MIT
// How well the current weights do: confusion matrices (training and test samples) for
// classification lessons, predicted against actual values for regression lessons. Lessons with
// many samples are judged on a worker thread (the newest request wins).
#pragma once

#include <QWidget>

#include <utility>

class QChartView;
class QLabel;
class QScatterSeries;
class QLineSeries;
class QTableWidget;
class QValueAxis;

namespace backstep {

class BackgroundJob;
class LessonSession;
class TrainingController;
struct Judgement;

class EvaluationView : public QWidget {
    Q_OBJECT
public:
    // Judges the weights `training` shows (models/training_controller.h).
    EvaluationView(LessonSession* session, TrainingController* training, QWidget* parent = nullptr);
    QTableWidget* trainTable() const { return train_; }
    QTableWidget* testTable() const { return test_; }
    // Points of the predicted-against-actual chart (regression lessons).
    QList<QPointF> trainPoints() const;
    QList<QPointF> testPoints() const;
    // The regression chart's axis range (the same on both axes).
    std::pair<double, double> axisRange() const;
    // Recomputes now, on this thread (only while visible, unless forced).
    void refresh(bool force = false);
    // Whether a judgement is still being computed on the worker; waitForResults() blocks
    // until it is shown.
    bool isComputing() const;
    void waitForResults();

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language
    void showEvent(QShowEvent* event) override;

private:
    // Recomputes while visible: on the worker for many samples, unless `now`.
    void recompute(bool now);
    void show(const Judgement& judgement);

    LessonSession* session_;
    TrainingController* training_;
    BackgroundJob* job_;
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
};

} // namespace backstep
