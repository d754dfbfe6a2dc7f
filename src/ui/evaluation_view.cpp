// SPDX-License-Identifier: MIT
#include "evaluation_view.h"

#include "models/lesson_session.h"

#include "core/evaluation.h"
#include "core/iteration.h"

#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace backstep {

namespace {

void fillConfusion(QTableWidget* table, const Eigen::MatrixXi& counts, const std::vector<std::string>& targetNames) {
    const int k = static_cast<int>(counts.rows());
    table->setRowCount(k);
    table->setColumnCount(k);
    QStringList names;
    for (int c = 0; c < k; ++c)
        names << (targetNames.size() == 1 ? QStringLiteral("%1 = %2").arg(QString::fromStdString(targetNames[0])).arg(c)
                                          : QString::fromStdString(targetNames[static_cast<size_t>(c)]));
    QStringList predicted, actual;
    for (const QString& n : names) {
        predicted << QObject::tr("predicted %1").arg(n);
        actual << QObject::tr("actual %1").arg(n);
    }
    table->setHorizontalHeaderLabels(predicted);
    table->setVerticalHeaderLabels(actual);
    for (int r = 0; r < k; ++r)
        for (int c = 0; c < k; ++c) {
            auto* item = new QTableWidgetItem(QString::number(counts(r, c)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(r == c ? QColor(0xD5, 0xF0, 0xDD) : (counts(r, c) > 0 ? QColor(0xFA, 0xDB, 0xD8) : QColor(Qt::white)));
            item->setFlags(Qt::ItemIsEnabled);
            table->setItem(r, c, item);
        }
}

} // namespace

EvaluationView::EvaluationView(LessonSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("evaluationView"));
    auto* layout = new QVBoxLayout(this);
    trainLabel_ = new QLabel(this);
    train_ = new QTableWidget(this);
    testLabel_ = new QLabel(this);
    test_ = new QTableWidget(this);
    for (QTableWidget* t : {train_, test_}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setMaximumHeight(150);
    }
    auto* chart = new QChart;
    chart->setTitle(tr("Predicted against actual"));
    trainPoints_ = new QScatterSeries(chart);
    trainPoints_->setName(tr("training samples"));
    trainPoints_->setMarkerSize(7);
    testPoints_ = new QScatterSeries(chart);
    testPoints_->setName(tr("test samples"));
    testPoints_->setMarkerSize(7);
    diagonal_ = new QLineSeries(chart);
    diagonal_->setName(tr("perfect"));
    chart->addSeries(diagonal_);
    chart->addSeries(trainPoints_);
    chart->addSeries(testPoints_);
    axisX_ = new QValueAxis(chart);
    axisX_->setTitleText(tr("actual"));
    axisY_ = new QValueAxis(chart);
    axisY_->setTitleText(tr("predicted"));
    chart->addAxis(axisX_, Qt::AlignBottom);
    chart->addAxis(axisY_, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(axisX_);
        s->attachAxis(axisY_);
    }
    scatterView_ = new QChartView(chart, this);
    layout->addWidget(trainLabel_);
    layout->addWidget(train_);
    layout->addWidget(testLabel_);
    layout->addWidget(test_);
    layout->addWidget(scatterView_, 1);
    const auto redraw = [this] {
        live_.reset();
        refresh();
    };
    connect(session_, &LessonSession::traceChanged, this, redraw); // new weights or data
}

QList<QPointF> EvaluationView::trainPoints() const { return trainPoints_->points(); }
QList<QPointF> EvaluationView::testPoints() const { return testPoints_->points(); }

void EvaluationView::showLive(const Parameters& params) {
    live_ = params;
    refresh();
}

void EvaluationView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void EvaluationView::refresh(bool force) {
    if (!session_->hasLesson() || (!isVisible() && !force))
        return;
    const Trainer& t = session_->trainer();
    const Parameters& params = live_ ? *live_ : t.parameters();
    const bool classification = t.isClassification();
    const auto outputs = [&](const Dataset& d) {
        IterationWork work;
        forwardPass(t.network(), params, d.X, work);
        return work.layers.back().activation;
    };
    const bool haveTest = t.testData().samples() > 0;
    for (QWidget* w : {static_cast<QWidget*>(trainLabel_), static_cast<QWidget*>(train_)})
        w->setVisible(classification);
    for (QWidget* w : {static_cast<QWidget*>(testLabel_), static_cast<QWidget*>(test_)})
        w->setVisible(classification && haveTest);
    scatterView_->setVisible(!classification);
    if (classification) {
        const Eigen::MatrixXi trainCounts = confusionMatrix(t.data().y, outputs(t.data()));
        trainLabel_->setText(tr("Training samples: %1 of %2 right").arg(trainCounts.trace()).arg(trainCounts.sum()));
        fillConfusion(train_, trainCounts, t.data().targetNames);
        if (haveTest) {
            const Eigen::MatrixXi testCounts = confusionMatrix(t.testData().y, outputs(t.testData()));
            testLabel_->setText(tr("Test samples: %1 of %2 right").arg(testCounts.trace()).arg(testCounts.sum()));
            fillConfusion(test_, testCounts, t.data().targetNames);
        }
        return;
    }
    double low = INFINITY, high = -INFINITY;
    for (auto [series, data] : {std::pair{trainPoints_, &t.data()}, std::pair{testPoints_, &t.testData()}}) {
        QList<QPointF> points;
        if (data->samples() > 0) {
            const Matrix predicted = outputs(*data);
            for (Index r = 0; r < data->y.rows(); ++r) {
                points << QPointF(data->y(r, 0), predicted(r, 0));
                low = std::min({low, data->y(r, 0), predicted(r, 0)});
                high = std::max({high, data->y(r, 0), predicted(r, 0)});
            }
        }
        series->replace(points);
    }
    if (std::isfinite(low)) {
        diagonal_->replace({QPointF(low, low), QPointF(high, high)});
        axisX_->setRange(low, high);
        axisY_->setRange(low, high);
    }
}

} // namespace backstep
