// SPDX-License-Identifier: MIT
#include "evaluation_view.h"
#include "translated_texts.h"

#include "models/background_job.h"
#include "models/judgement.h"
#include "models/lesson_session.h"
#include "models/training_controller.h"

#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace backstep {

namespace {

// Lessons with more samples than this are judged on the worker.
constexpr int backgroundSamples = 1000;

void fillConfusion(QTableWidget* table, const Eigen::MatrixXi& counts,
                   const std::vector<std::string>& targetNames) {
    const int k = static_cast<int>(counts.rows());
    table->setRowCount(k);
    table->setColumnCount(k);
    QStringList names;
    for (int c = 0; c < k; ++c)
        names << (targetNames.size() == 1
                      ? QStringLiteral("%1 = %2").arg(QString::fromStdString(targetNames[0])).arg(c)
                      : QString::fromStdString(targetNames[static_cast<size_t>(c)]));
    QStringList predicted, actual;
    for (const QString& n : names) {
        // "predicted" above the class name, so the columns need not be as wide as both
        QStringList lines = QObject::tr("predicted %1").arg(QLatin1Char('\n') + n).split('\n');
        for (QString& line : lines)
            line = line.trimmed();
        lines.removeAll(QString());
        predicted << lines.join(QLatin1Char('\n'));
        actual << QObject::tr("actual %1").arg(n);
    }
    table->setHorizontalHeaderLabels(predicted);
    table->setVerticalHeaderLabels(actual);
    // The columns share the width but are never narrower than their headers: the table
    // scrolls sideways instead of cutting them.
    QHeaderView* header = table->horizontalHeader();
    int widest = 0;
    for (int c = 0; c < k; ++c)
        widest = std::max(widest, header->sectionSizeHint(c));
    header->setMinimumSectionSize(widest);
    for (int r = 0; r < k; ++r)
        for (int c = 0; c < k; ++c) {
            auto* item = new QTableWidgetItem(QString::number(counts(r, c)));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(
                r == c ? QColor(0xD5, 0xF0, 0xDD)
                       : (counts(r, c) > 0 ? QColor(0xFA, 0xDB, 0xD8) : QColor(Qt::white)));
            item->setFlags(Qt::ItemIsEnabled);
            table->setItem(r, c, item);
        }
    // As high as its rows: every row whole, no empty space under them.
    table->resizeRowsToContents();
    table->setFixedHeight(header->sizeHint().height() + table->verticalHeader()->length() +
                          2 * table->frameWidth() +
                          (header->length() > table->viewport()->width()
                               ? table->horizontalScrollBar()->sizeHint().height()
                               : 0));
}

} // namespace

EvaluationView::EvaluationView(LessonSession* session, TrainingController* training,
                               QWidget* parent)
    : QWidget(parent), session_(session), training_(training) {
    setObjectName(QStringLiteral("evaluationView"));
    job_ = new BackgroundJob(this);
    // The tables and chart scroll when the dock is lower than they are, rather than being
    // painted over the docks below it.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("evaluationScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    trainLabel_ = new QLabel(this);
    train_ = new QTableWidget(this);
    testLabel_ = new QLabel(this);
    test_ = new QTableWidget(this);
    for (QTableWidget* t : {train_, test_}) {
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as high as its rows
    }
    auto* chart = new QChart;
    setTranslated(chart, "title", staticMetaObject.className(),
                  QT_TR_NOOP("Predicted against actual"));
    trainPoints_ = new QScatterSeries(chart);
    setTranslated(trainPoints_, "name", staticMetaObject.className(),
                  QT_TR_NOOP("training samples"));
    trainPoints_->setMarkerSize(7);
    testPoints_ = new QScatterSeries(chart);
    setTranslated(testPoints_, "name", staticMetaObject.className(), QT_TR_NOOP("test samples"));
    testPoints_->setMarkerSize(7);
    diagonal_ = new QLineSeries(chart);
    setTranslated(diagonal_, "name", staticMetaObject.className(), QT_TR_NOOP("perfect"));
    chart->addSeries(diagonal_);
    chart->addSeries(trainPoints_);
    chart->addSeries(testPoints_);
    axisX_ = new QValueAxis(chart);
    setTranslated(axisX_, "titleText", staticMetaObject.className(), QT_TR_NOOP("actual"));
    axisY_ = new QValueAxis(chart);
    setTranslated(axisY_, "titleText", staticMetaObject.className(), QT_TR_NOOP("predicted"));
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
    const auto redraw = [this] { recompute(false); };
    connect(session_, &LessonSession::traceChanged, this, redraw); // new weights or data
    connect(training_, &TrainingController::liveParametersChanged, this, redraw);
}

QList<QPointF> EvaluationView::trainPoints() const {
    return trainPoints_->points();
}
QList<QPointF> EvaluationView::testPoints() const {
    return testPoints_->points();
}

std::pair<double, double> EvaluationView::axisRange() const {
    return {axisX_->min(), axisX_->max()};
}

void EvaluationView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    recompute(false);
}

void EvaluationView::refresh(bool force) {
    if (!session_->hasLesson() || (!isVisible() && !force)) return;
    recompute(true);
}

bool EvaluationView::isComputing() const {
    return job_->isBusy();
}

void EvaluationView::waitForResults() {
    job_->waitUntilIdle();
}

void EvaluationView::recompute(bool now) {
    if (!session_->hasLesson() || (!now && !isVisible())) {
        job_->discard(); // older than what is judged when the view is shown
        return;
    }
    if (now || training_->judgedSamples() <= backgroundSamples) {
        job_->discard(); // a judgement on its way would be older than this one
        show(training_->judgeShown());
        return;
    }
    job_->post([this, work = training_->judgementJob()]() -> std::function<void()> {
        return [this, j = work()] { show(j); };
    });
}

void EvaluationView::show(const Judgement& j) {
    for (QWidget* w : {static_cast<QWidget*>(trainLabel_), static_cast<QWidget*>(train_)})
        w->setVisible(j.classification);
    for (QWidget* w : {static_cast<QWidget*>(testLabel_), static_cast<QWidget*>(test_)})
        w->setVisible(j.classification && j.haveTest);
    scatterView_->setVisible(!j.classification);
    if (j.classification) {
        trainLabel_->setText(tr("Training samples: %1 of %2 right")
                                 .arg(j.trainCounts.trace())
                                 .arg(j.trainCounts.sum()));
        fillConfusion(train_, j.trainCounts, j.targetNames);
        if (j.haveTest) {
            testLabel_->setText(tr("Test samples: %1 of %2 right")
                                    .arg(j.testCounts.trace())
                                    .arg(j.testCounts.sum()));
            fillConfusion(test_, j.testCounts, j.targetNames);
        }
        return;
    }
    trainPoints_->replace(j.trainPoints);
    testPoints_->replace(j.testPoints);
    // The axes always follow the points shown (never a range left from an earlier lesson or
    // a diverged run): 0 … 1 without points, ±1 around a single value.
    double low = std::isfinite(j.low) ? j.low : 0.0, high = std::isfinite(j.high) ? j.high : 1.0;
    if (!(high > low)) {
        low -= 1.0;
        high += 1.0;
    }
    diagonal_->replace({QPointF(low, low), QPointF(high, high)});
    axisX_->setRange(low, high);
    axisY_->setRange(low, high);
}

void EvaluationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(scatterView_->chart());
        recompute(false);
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
