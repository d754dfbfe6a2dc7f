// SPDX-License-Identifier: MIT
#include "space_views.h"
#include "translated_texts.h"

#include "class_legend.h"
#include "plane_view.h"
#include "png_file.h"
#include "save_names.h"

#include "models/background_job.h"
#include "models/lesson_session.h"
#include "models/sample_legend.h"
#include "models/space_pictures.h"
#include "models/training_controller.h"
#include "render/plane_layer.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <array>

namespace backstep {

namespace {
// Lessons with more samples than this compute their pictures on the worker: fewer cost a
// millisecond or two here.
constexpr int backgroundSamples = 2 * ellipseLimit;
} // namespace

SpaceViews::SpaceViews(LessonSession* session, TrainingController* training, QWidget* parent)
    : QWidget(parent), session_(session), training_(training) {
    setObjectName(QStringLiteral("spaceViews"));
    job_ = new BackgroundJob(this);
    auto* layout = new QVBoxLayout(this);
    plots_ = new QWidget(this); // the three views, without the controls: what Export saves
    auto* plotsAndLegend = new QVBoxLayout(plots_);
    plotsAndLegend->setContentsMargins(0, 0, 0, 0);
    plotsAndLegend->setSpacing(2);
    auto* views = new QHBoxLayout;
    views->setContentsMargins(0, 0, 0, 0);
    plotsAndLegend->addLayout(views, 1);
    legend_ = new ClassLegend(plots_);
    plotsAndLegend->addWidget(legend_);
    input_ = new PlaneView(this);
    before_ = new PlaneView(this);
    after_ = new PlaneView(this);
    setTitles();
    for (PlaneView* v : {input_, before_, after_})
        views->addWidget(v);
    layout->addWidget(plots_, 1);
    message_ = setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                             QT_TR_NOOP("The 2-D views need at least two samples."));
    message_->setObjectName(QStringLiteral("spaceViewsMessage"));
    message_->setAlignment(Qt::AlignCenter);
    message_->hide();
    layout->addWidget(message_, 1);

    controls_ = new QWidget(this); // hidden with the plots
    auto* controls = new QHBoxLayout(controls_);
    controls->setContentsMargins(0, 0, 0, 0);
    unitA_ = new QComboBox(this);
    unitB_ = new QComboBox(this);
    setTranslated(unitA_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Hidden unit on the horizontal axis"));
    setTranslated(unitB_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Hidden unit on the vertical axis"));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("epochSlider"));
    setTranslated(slider_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Replay the training: the weights at this epoch"));
    epochLabel_ = new QLabel(this);
    epochLabel_->setMinimumWidth(110);
    auto* exportButton = setTranslated(new QPushButton(this), "text", staticMetaObject.className(),
                                       QT_TR_NOOP("Export PNG…"));
    controls->addWidget(setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                                      QT_TR_NOOP("Hidden units:")));
    controls->addWidget(unitA_);
    controls->addWidget(unitB_);
    controls->addSpacing(12);
    controls->addWidget(setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                                      QT_TR_NOOP("Epoch:")));
    controls->addWidget(slider_, 1);
    controls->addWidget(epochLabel_);
    controls->addWidget(exportButton);
    layout->addWidget(controls_);

    connect(unitA_, &QComboBox::currentIndexChanged, this,
            [this] { unitChosen(unitA_, unitB_, previousA_); });
    connect(unitB_, &QComboBox::currentIndexChanged, this,
            [this] { unitChosen(unitB_, unitA_, previousB_); });
    connect(slider_, &QSlider::valueChanged, this, [this](int index) {
        replaying_ = true;
        if (index >= training_->snapshotCount() - 1)
            showEpoch(training_->epochsCompleted());
        else
            showEpoch(training_->snapshotEpoch(index));
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString filter = tr("PNG images (*.png)");
        const QString path =
            withFilterSuffix(QFileDialog::getSaveFileName(this, tr("Export view"),
                                                          QStringLiteral("views.png"), filter),
                             filter);
        if (path.isEmpty()) return;
        if (const QString error = exportPng(path); !error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    connect(session_, &LessonSession::lessonChanged, this, &SpaceViews::rebuildControls);
    // New weights come with a new trace (drawn once, at the newest epoch); the history alone
    // changes only the slider's range.
    connect(session_, &LessonSession::historyChanged, this, &SpaceViews::followNewestEpoch);
    connect(training_, &TrainingController::liveParametersChanged, this, [this] {
        replaying_ = false; // the views follow the training again
        dirty_ = true;
        redraw(false);
    });
    connect(session_, &LessonSession::traceChanged, this, [this] {
        replaying_ = false;
        followNewestEpoch();
        dirty_ = true;
        redraw(false);
    });
    if (session_->hasLesson()) { // made on a session that has its lesson already
        rebuildControls();
        followNewestEpoch();
    }
}

void SpaceViews::followNewestEpoch() {
    const int count = training_->snapshotCount();
    const QSignalBlocker block(slider_);
    slider_->setRange(0, std::max(0, count - 1));
    slider_->setValue(slider_->maximum());
}

void SpaceViews::rebuildControls() {
    const QSignalBlocker a(unitA_), b(unitB_);
    unitA_->clear();
    unitB_->clear();
    const NetworkSpec& net = session_->lesson().network;
    // Two units to choose from, or none: one unit alone would make the pair h1/h1.
    const int units = net.hidden.empty() || net.hidden[0] < 2 ? 0 : net.hidden[0];
    for (int u = 0; u < units; ++u) {
        unitA_->addItem(QStringLiteral("h%1").arg(u + 1));
        unitB_->addItem(QStringLiteral("h%1").arg(u + 1));
    }
    unitA_->setCurrentIndex(units > 0 ? 0 : -1);
    unitB_->setCurrentIndex(units > 0 ? 1 : -1);
    previousA_ = unitA_->currentIndex();
    previousB_ = unitB_->currentIndex();
    unitA_->setEnabled(units > 0);
    unitB_->setEnabled(units > 0);
    const auto& names = session_->lesson().data.featureNames;
    if (names.size() >= 2)
        input_->setAxisLabels(QString::fromStdString(names[0]), QString::fromStdString(names[1]));
    // One sample spans no plane: a line of text instead of the plots.
    const bool plots = session_->lesson().data.samples() + session_->lesson().test.samples() >= 2;
    plots_->setVisible(plots);
    controls_->setVisible(plots);
    message_->setVisible(!plots);
    showLegend();
    dirty_ = true;
}

void SpaceViews::unitChosen(QComboBox* chosen, QComboBox* other, int& previous) {
    if (chosen->currentIndex() == other->currentIndex() && other->currentIndex() >= 0) {
        const QSignalBlocker block(other);
        other->setCurrentIndex(previous); // the two swap
        (other == unitA_ ? previousA_ : previousB_) = previous;
    }
    previous = chosen->currentIndex();
    dirty_ = true;
    redraw(false);
}

bool SpaceViews::showsPlots() const {
    return !plots_->isHidden();
}

void SpaceViews::showLegend() {
    legend_->setEntries(session_->hasLesson() ? sampleLegend(training_->trainingData())
                                              : QVector<LegendEntry>());
}

void SpaceViews::setHiddenUnits(int a, int b) {
    if (a == b) return; // never the same unit on both axes
    const QSignalBlocker blockA(unitA_), blockB(unitB_);
    unitA_->setCurrentIndex(a);
    unitB_->setCurrentIndex(b);
    previousA_ = unitA_->currentIndex();
    previousB_ = unitB_->currentIndex();
    dirty_ = true;
    redraw(false);
}

std::pair<int, int> SpaceViews::hiddenUnits() const {
    return {unitA_->currentIndex(), unitB_->currentIndex()};
}

bool SpaceViews::showsLive() const {
    return training_->showsLive() && !replaying_;
}

void SpaceViews::showEpoch(int epoch) {
    if (!session_->hasLesson()) return;
    const EpochWeights weights = training_->weightsAt(epoch);
    draw(*weights.parameters, weights.epoch, false, false);
}

void SpaceViews::refresh() {
    if (job_->isBusy()) dirty_ = true; // what the worker is drawing, drawn here instead
    redraw(true);
}

void SpaceViews::redraw(bool now) {
    if (!session_->hasLesson() || !dirty_) return;
    if (!isVisible()) {
        job_->discard(); // older than what is drawn when the views are shown
        return;
    }
    if (showsLive()) {
        draw(training_->shownParameters(), training_->shownEpoch(), true, now);
    } else {
        const EpochWeights weights = training_->weightsAt(
            slider_->value() < slider_->maximum() ? training_->snapshotEpoch(slider_->value())
                                                  : training_->epochsCompleted());
        draw(*weights.parameters, weights.epoch, false, now);
    }
}

bool SpaceViews::isComputing() const {
    return job_->isBusy();
}

void SpaceViews::waitForPictures() {
    job_->waitUntilIdle();
}

void SpaceViews::draw(const Parameters& params, int epoch, bool live, bool now) {
    dirty_ = false;
    shownEpoch_ = epoch;
    shownLive_ = live;
    const QString a = unitA_->currentText(), b = unitB_->currentText();
    before_->setAxisLabels(QStringLiteral("z(%1)").arg(a), QStringLiteral("z(%1)").arg(b));
    after_->setAxisLabels(QStringLiteral("a(%1)").arg(a), QStringLiteral("a(%1)").arg(b));
    showEpochLabel();
    const Dataset& train = training_->trainingData();
    const Dataset& test = training_->testData();
    const int unitA = unitA_->currentIndex(), unitB = unitB_->currentIndex();
    // hover information from the weights drawn
    const auto describer = [training = training_, params](int row) {
        return describeSample(training->network(), params, training->trainingData(),
                              training->testData(), row);
    };
    for (PlaneView* v : {input_, before_, after_})
        v->setSampleDescriber(describer, train.samples());
    if (now || train.samples() + test.samples() <= backgroundSamples) {
        job_->discard(); // a picture on its way would be older than this one
        const SpacePictures pictures =
            drawSpaces(training_->network(), params, train, test, unitA, unitB);
        input_->setPicture(pictures.input);
        before_->setPicture(pictures.hiddenBefore);
        after_->setPicture(pictures.hiddenAfter);
        return;
    }
    // On the worker: the pictures and their rendering at the views' present sizes, from
    // copies of everything they need.
    struct Target {
        QPointer<PlaneView> view;
        QSize size;
        qreal ratio;
    };
    std::array<Target, 3> targets;
    PlaneView* const views[] = {input_, before_, after_};
    for (size_t i = 0; i < targets.size(); ++i)
        targets[i] = {views[i], views[i]->plotSize(), views[i]->devicePixelRatioF()};
    job_->post([network = training_->network(), params, train, test, unitA, unitB,
                targets]() -> std::function<void()> {
        SpacePictures pictures = drawSpaces(network, params, train, test, unitA, unitB);
        PlanePicture* const parts[] = {&pictures.input, &pictures.hiddenBefore,
                                       &pictures.hiddenAfter};
        std::array<QImage, 3> layers;
        for (size_t i = 0; i < targets.size(); ++i)
            if (parts[i]->message.isEmpty())
                layers[i] = renderPlaneLayer(*parts[i], targets[i].size, targets[i].ratio);
        return [pictures = std::move(pictures), layers = std::move(layers), targets]() mutable {
            PlanePicture* const parts[] = {&pictures.input, &pictures.hiddenBefore,
                                           &pictures.hiddenAfter};
            for (size_t i = 0; i < targets.size(); ++i)
                if (targets[i].view) targets[i].view->setPicture(std::move(*parts[i]), layers[i]);
        };
    });
}

QString SpaceViews::exportPng(const QString& path) {
    dirty_ = true;
    if (isVisible()) refresh();
    return writePng(path, plots_->grab()).errorText();
}

void SpaceViews::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    redraw(false);
}

void SpaceViews::setTitles() {
    input_->setTitle(tr("Input space: prediction and samples"));
    before_->setTitle(tr("Hidden space before activation"));
    after_->setTitle(tr("Hidden space after activation"));
}

void SpaceViews::showEpochLabel() {
    epochLabel_->setText(shownLive_ ? tr("epoch %1 (live)").arg(shownEpoch_)
                                    : tr("epoch %1").arg(shownEpoch_));
}

void SpaceViews::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(this);
        setTitles();
        showEpochLabel();
        if (session_->hasLesson()) showLegend();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
