// SPDX-License-Identifier: MIT
#include "sweep_panel.h"
#include "translated_texts.h"

#include "compare_window.h"
#include "save_names.h"
#include "ui_sweep_dock.h"

#include "models/lesson_session.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

namespace backstep {

namespace {

const char* const redFrame = "QLineEdit { border: 1px solid #c62828; }";

} // namespace

SweepPanel::SweepPanel(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session), ui_(std::make_unique<Ui::SweepDock>()) {
    ui_->setupUi(this);
    ui_->results->setModel(&model_);
    ui_->results->sortByColumn(-1, Qt::AscendingOrder); // grid order until a header is clicked
    ui_->results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    ui_->results->verticalHeader()->hide();
    ui_->splitter->setStretchFactor(0, 0);
    ui_->splitter->setStretchFactor(1, 3);
    ui_->splitter->setStretchFactor(2, 2);
    ui_->splitter->setSizes({290, 760, 380});
    ui_->gridPane->setMinimumWidth(250); // the typed values stay readable when docked
    // The lines scroll in a low dock rather than making the window taller.
    auto* scroll = new QScrollArea(ui_->gridPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    delete ui_->gridPaneLayout->replaceWidget(ui_->gridBox, scroll);
    scroll->setWidget(ui_->gridBox);
    scroll->setMinimumHeight(60);
    ui_->gridPaneLayout->setStretchFactor(scroll, 1);
    typing_ = new QTimer(this);
    typing_->setSingleShot(true);
    typing_->setInterval(250);
    plotting_ = new QTimer(this);
    plotting_->setSingleShot(true);
    plotting_->setInterval(100);
    buildGridLines();
    buildPlots();

    connect(typing_, &QTimer::timeout, this, [this] {
        for (const auto& [key, edit] : edits_)
            model_.setValues(key, edit->text());
    });
    connect(plotting_, &QTimer::timeout, this, &SweepPanel::refreshPlots);
    connect(&model_, &SweepModel::gridChanged, this, &SweepPanel::refreshGrid);
    connect(&model_, &SweepModel::runningChanged, this, &SweepPanel::refreshRunning);
    connect(&model_, &SweepModel::progress, this, [this](int done, int total) {
        ui_->progress->setMaximum(std::max(total, 1));
        ui_->progress->setValue(done);
    });
    const auto replot = [this] {
        plotting_->start();
        refreshPick();
    };
    connect(&model_, &QAbstractItemModel::modelReset, this, replot);
    connect(&model_, &QAbstractItemModel::layoutChanged, this, replot);
    connect(&model_, &QAbstractItemModel::dataChanged, this, replot);
    connect(&model_, &QAbstractItemModel::modelReset, this,
            [this] { ui_->exportCsv->setEnabled(model_.rowCount() > 0); });
    connect(ui_->run, &QPushButton::clicked, this, [this] {
        typing_->stop();
        for (const auto& [key, edit] : edits_)
            model_.setValues(key, edit->text());
        if (model_.start()) {
            showMessage({}, false);
            ui_->freshResult->clear();
        }
    });
    connect(ui_->cancel, &QPushButton::clicked, &model_, &SweepModel::cancel);
    connect(ui_->results, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(ui_->results->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        ui_->freshTest->setEnabled(selectedRow() >= 0 && !model_.isTestingFreshData());
        ui_->compare->setEnabled(!selectedRows().isEmpty());
    });
    connect(ui_->compare, &QPushButton::clicked, this, [this] {
        if (CompareWindow* window = compareSelected()) window->show();
    });
    connect(ui_->freshTest, &QPushButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row < 0) return;
        ui_->freshTest->setEnabled(false);
        ui_->freshResult->setText(tr("Training and testing…"));
        model_.testOnFreshData(row, static_cast<std::uint64_t>(ui_->freshSeed->value()),
                               ui_->freshSamples->value());
    });
    connect(&model_, &SweepModel::freshDataScored, this, [this](int, const FreshDataScore& score) {
        ui_->freshResult->setStyleSheet({});
        ui_->freshResult->setText(tr("%1 % right (%2 of %3 fresh samples, seed %4)")
                                      .arg(100.0 * score.accuracy(), 0, 'f', 1)
                                      .arg(score.correct)
                                      .arg(score.samples)
                                      .arg(ui_->freshSeed->value()));
        ui_->freshTest->setEnabled(selectedRow() >= 0);
    });
    connect(&model_, &SweepModel::freshDataFailed, this, [this](const QString& error) {
        ui_->freshResult->setStyleSheet(QStringLiteral("color: #c62828;"));
        ui_->freshResult->setText(error);
        ui_->freshTest->setEnabled(selectedRow() >= 0);
    });
    connect(ui_->selectPick, &QPushButton::clicked, this, [this] {
        const int row = model_.fastestPassing();
        if (row < 0) return;
        ui_->results->selectRow(row);
        ui_->results->scrollTo(model_.index(row, 0));
        ui_->results->setFocus();
    });
    connect(ui_->exportCsv, &QPushButton::clicked, this, &SweepPanel::exportResults);
    for (QCheckBox* box : {ui_->accuracyFilter, ui_->gapFilter, ui_->secondsFilter})
        connect(box, &QCheckBox::toggled, this, &SweepPanel::applyFilters);
    for (QDoubleSpinBox* box : {ui_->minAccuracy, ui_->maxGap, ui_->maxSeconds})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SweepPanel::applyFilters);

    const auto followLesson = [this] {
        if (opening_ || !session_->hasLesson()) return;
        model_.setLesson(session_->lesson());
        for (const auto& [key, edit] : edits_)
            edit->setText(model_.values(key));
        showLessonValues();
    };
    connect(session_, &LessonSession::lessonChanged, this, followLesson);
    followLesson(); // the session's lesson, when it has one already
    refreshGrid();
    refreshRunning(false);
}

SweepPanel::~SweepPanel() = default;

QLineEdit* SweepPanel::valuesEdit(const QString& key) const {
    const auto found = edits_.find(key);
    return found == edits_.end() ? nullptr : found->second;
}

QScatterSeries* SweepPanel::passingPoints(int plot) const {
    return passing_[plot];
}

QScatterSeries* SweepPanel::otherPoints(int plot) const {
    return other_[plot];
}

void SweepPanel::buildGridLines() {
    const QMap<QString, const char*> tips{
        {"hidden", QT_TR_NOOP("Hidden units, e.g. 1, 2, 3, 4, 5, 10, 50, or layers as 8x4")},
        {"hidden_activation", QT_TR_NOOP("tanh, sigmoid, relu, …")},
        {"output_activation", QT_TR_NOOP("sigmoid, softmax, identity, …")},
        {"learning_rate", QT_TR_NOOP("e.g. 1.2, 0.6, 0.1, 0.01, 0.001")},
        {"epochs", QT_TR_NOOP("Epoch counts; they share one training run, read at each count")},
        {"batch", QT_TR_NOOP("full, sgd or a batch size")},
        {"loss_reduction", QT_TR_NOOP("mean or sum")},
        {"optimizer", QT_TR_NOOP("sgd, momentum, adam, …")},
        {"weight_decay", QT_TR_NOOP("numbers ≥ 0")},
        {"dropout", QT_TR_NOOP("drop probabilities, 0 ≤ p < 1")},
        {"samples", QT_TR_NOOP("samples drawn by the lesson's generator")},
        {"noise", QT_TR_NOOP("the generator's noise")},
        {"seed", QT_TR_NOOP("the generator's seed")},
    };
    for (const QString& key : sweepKeys()) {
        auto* edit = new QLineEdit(ui_->gridBox);
        edit->setObjectName(key + QStringLiteral("Values"));
        edit->setClearButtonEnabled(true);
        setTranslated(edit, "toolTip", staticMetaObject.className(), tips.value(key));
        connect(edit, &QLineEdit::textEdited, typing_, qOverload<>(&QTimer::start));
        ui_->gridForm->addRow(key, edit);
        edits_[key] = edit;
    }
}

void SweepPanel::buildPlots() {
    const QString percent = QStringLiteral("%.0f");
    const char* const titles[2][2] = {
        {QT_TR_NOOP("seconds"), QT_TR_NOOP("test accuracy (%)")},
        {QT_TR_NOOP("train accuracy (%)"), QT_TR_NOOP("test accuracy (%)")}};
    for (int p = 0; p < 2; ++p) {
        auto* chart = new QChart;
        chart->legend()->setVisible(false); // the colours are told in the tooltip
        chart->setMargins(QMargins(2, 2, 2, 2));
        other_[p] = new QScatterSeries(chart);
        setTranslated(other_[p], "name", staticMetaObject.className(), QT_TR_NOOP("filtered out"));
        other_[p]->setMarkerSize(6);
        other_[p]->setColor(QColor(170, 170, 170));
        other_[p]->setBorderColor(QColor(170, 170, 170));
        passing_[p] = new QScatterSeries(chart);
        setTranslated(passing_[p], "name", staticMetaObject.className(),
                      QT_TR_NOOP("passes the filters"));
        passing_[p]->setMarkerSize(10);
        passing_[p]->setColor(QColor(46, 125, 50));
        chart->addSeries(other_[p]);
        chart->addSeries(passing_[p]);
        auto* x = new QValueAxis(chart);
        auto* y = new QValueAxis(chart);
        setTranslated(x, "titleText", staticMetaObject.className(), titles[p][0]);
        setTranslated(y, "titleText", staticMetaObject.className(), titles[p][1]);
        y->setLabelFormat(percent);
        x->setLabelFormat(p == 0 ? QStringLiteral("%g") : percent);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QScatterSeries* s : {other_[p], passing_[p]}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        plots_[p] = new QChartView(chart, ui_->plots);
        plots_[p]->setObjectName(p == 0 ? QStringLiteral("timePlot")
                                        : QStringLiteral("generalisationPlot"));
        plots_[p]->setRenderHint(QPainter::Antialiasing);
        plots_[p]->setMinimumSize(200, 100);
        setTranslated(plots_[p], "toolTip", staticMetaObject.className(),
                      QT_TR_NOOP("Green: the configurations that pass the filters; grey: the "
                                 "others"));
        ui_->plotsLayout->addWidget(plots_[p], 1);
    }
    refreshPlots();
}

void SweepPanel::refreshPlots() {
    QList<QPointF> points[2][2]; // [plot][passes]
    double most[2] = {0.1, 100.0};
    for (int row = 0; row < model_.rowCount(); ++row) {
        const SweepResult& r = model_.result(row);
        if (!r.testAccuracy) continue;
        const int pass = model_.passes(row) ? 1 : 0;
        points[0][pass] << QPointF(r.seconds, 100 * *r.testAccuracy);
        most[0] = std::max(most[0], r.seconds);
        if (r.trainAccuracy)
            points[1][pass] << QPointF(100 * *r.trainAccuracy, 100 * *r.testAccuracy);
    }
    for (int p = 0; p < 2; ++p) {
        other_[p]->replace(points[p][0]);
        passing_[p]->replace(points[p][1]);
        auto* x = qobject_cast<QValueAxis*>(plots_[p]->chart()->axes(Qt::Horizontal).value(0));
        auto* y = qobject_cast<QValueAxis*>(plots_[p]->chart()->axes(Qt::Vertical).value(0));
        double low = 100.0;
        for (const auto& list : points[p])
            for (const QPointF& point : list)
                low = std::min({low, point.y(), p == 1 ? point.x() : 100.0});
        // Percentages on round ticks: steps of 5, 10 or 20 down from 100 %.
        const double step = low >= 75 ? 5 : low >= 40 ? 10 : 20;
        const double floor = std::max(0.0, std::floor(std::min(low, 95.0) / step) * step);
        y->setRange(floor, 100);
        y->setTickCount(static_cast<int>((100 - floor) / step) + 1);
        if (p == 0) {
            x->setRange(0, most[0] * 1.05);
            x->applyNiceNumbers();
        } else {
            x->setRange(floor, 100);
            x->setTickCount(y->tickCount());
        }
    }
}

// Each line's placeholder: the lesson's own value of its setting.
void SweepPanel::showLessonValues() {
    for (const auto& [key, edit] : edits_) {
        const QString now = model_.currentValue(key);
        edit->setPlaceholderText(now.isEmpty() ? QString() : tr("lesson: %1").arg(now));
    }
}

void SweepPanel::refreshGrid() {
    const bool refused = !model_.refusal().isEmpty();
    ui_->refusal->setVisible(refused);
    ui_->refusal->setText(model_.refusal());
    for (const auto& [key, edit] : edits_)
        edit->setStyleSheet(key == model_.refusedKey() ? QLatin1String(redFrame) : QString());
    ui_->count->setText(refused ? QString()
                                : tr("Configurations: %1 · training runs: %2")
                                      .arg(model_.configurationCount())
                                      .arg(model_.runCount()));
    ui_->run->setEnabled(!refused && !model_.isRunning());
}

void SweepPanel::refreshRunning(bool running) {
    ui_->run->setEnabled(!running && model_.refusal().isEmpty());
    ui_->cancel->setEnabled(running);
    ui_->progress->setVisible(running || model_.rowCount() > 0);
    ui_->exportCsv->setEnabled(!running && model_.rowCount() > 0);
    if (!running) refreshPlots();
    refreshPick();
}

void SweepPanel::applyFilters() {
    SweepFilters f;
    f.useAccuracy = ui_->accuracyFilter->isChecked();
    f.minTestAccuracy = ui_->minAccuracy->value() / 100.0;
    f.useGap = ui_->gapFilter->isChecked();
    f.maxGap = ui_->maxGap->value() / 100.0;
    f.useSeconds = ui_->secondsFilter->isChecked();
    f.maxSeconds = ui_->maxSeconds->value();
    ui_->minAccuracy->setEnabled(f.useAccuracy);
    ui_->maxGap->setEnabled(f.useGap);
    ui_->maxSeconds->setEnabled(f.useSeconds);
    model_.setFilters(f);
}

void SweepPanel::refreshPick() {
    const int rows = model_.rowCount();
    const int pick = model_.fastestPassing();
    ui_->selectPick->setEnabled(pick >= 0);
    ui_->pick->setVisible(rows > 0);
    ui_->selectPick->setVisible(rows > 0);
    if (rows == 0) return;
    const QString passing = tr("%1 of %2 pass the filters").arg(model_.passingCount()).arg(rows);
    if (pick < 0) {
        ui_->pick->setText(passing);
        return;
    }
    const SweepResult& r = model_.result(pick);
    QStringList given;
    for (size_t a = 0; a < model_.axes().size() && a < r.choices.size(); ++a)
        given << model_.axes()[a].key + QLatin1Char('=') + r.choices[a];
    QString score = tr("%1 s").arg(r.seconds, 0, 'f', 2);
    if (r.testAccuracy)
        score +=
            QStringLiteral(", ") + tr("test accuracy %1 %").arg(100.0 * *r.testAccuracy, 0, 'f', 1);
    ui_->pick->setText(
        tr("%1 · fastest: %2 (%3)").arg(passing, given.join(QStringLiteral(", ")), score));
}

void SweepPanel::showMessage(const QString& text, bool error) {
    ui_->refusal->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    ui_->refusal->setText(text);
    ui_->refusal->setVisible(!text.isEmpty());
}

int SweepPanel::selectedRow() const {
    const QModelIndexList rows = ui_->results->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QList<int> SweepPanel::selectedRows() const {
    QList<int> rows;
    for (const QModelIndex& index : ui_->results->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

CompareWindow* SweepPanel::compareSelected() {
    const QList<int> rows = selectedRows().mid(0, 12);
    if (rows.isEmpty()) return nullptr;
    std::vector<Lesson> lessons;
    QStringList titles;
    for (int row : rows) {
        QString error;
        std::optional<Lesson> lesson = model_.lessonOf(row, error);
        if (!lesson) {
            showMessage(error, true);
            return nullptr;
        }
        QStringList given;
        for (size_t a = 0; a < model_.axes().size(); ++a)
            given << model_.result(row).choices[a];
        titles << given.join(QStringLiteral(" · "));
        lessons.push_back(std::move(*lesson));
    }
    auto* window = new CompareWindow(std::move(lessons), titles, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

void SweepPanel::openRow(int row) {
    QString error;
    const std::optional<Lesson> lesson = model_.lessonOf(row, error);
    if (!lesson) {
        showMessage(error, true);
        return;
    }
    opening_ = true;
    emit openConfiguration(*lesson);
    opening_ = false;
}

void SweepPanel::exportResults() {
    const QString filter = tr("CSV files (*.csv)");
    const QString path =
        withFilterSuffix(QFileDialog::getSaveFileName(this, tr("Export sweep results"),
                                                      QStringLiteral("sweep.csv"), filter),
                         filter);
    if (path.isEmpty()) return;
    const QString error = model_.exportCsv(path).errorText();
    showMessage(error.isEmpty() ? tr("Saved %1").arg(path) : error, !error.isEmpty());
}

void SweepPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        ui_->retranslateUi(this);
        for (QChartView* plot : plots_)
            retranslateTexts(plot->chart());
        retranslateTexts(this);
        showLessonValues();
        refreshGrid();
        refreshRunning(model_.isRunning());
        emit model_.headerDataChanged(Qt::Horizontal, 0, model_.columnCount() - 1);
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
