// SPDX-License-Identifier: MIT
#include "image_views.h"
#include "translated_texts.h"

#include "io/lesson.h"
#include "models/background_job.h"
#include "models/lesson_session.h"
#include "models/training_controller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>

#include <numeric>

namespace backstep {

namespace {
QScrollArea* scrolled(QLabel* label, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    area->setWidget(label);
    area->setWidgetResizable(true);
    return area;
}
} // namespace

ImageViews::ImageViews(LessonSession* session, TrainingController* training, QWidget* parent)
    : QWidget(parent), session_(session), training_(training) {
    setObjectName(QStringLiteral("imageViews"));
    job_ = new BackgroundJob(this);
    setMinimumHeight(220); // a row and a half of pictures with their captions
    auto* layout = new QHBoxLayout(this);
    samplesHeading_ =
        setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                      QT_TR_NOOP("This batch: the picture, its class, the three most probable "
                                 "classes"));
    unitsHeading_ = setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                                  QT_TR_NOOP("What each hidden unit looks for: its column of wh "
                                             "(red: weight > 0, blue: weight < 0)"));
    samples_ = new QLabel(this);
    samples_->setObjectName(QStringLiteral("batchPictures"));
    setTranslated(samples_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Each sample of the current batch: black is ink, white is "
                             "background; below it its class and the network's three most "
                             "probable classes (green when right)"));
    units_ = new QLabel(this);
    units_->setObjectName(QStringLiteral("unitPictures"));
    setTranslated(units_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Each hidden unit's 784 weights drawn as a 28×28 picture: where a "
                             "picture has ink on red pixels the unit's input grows, on blue "
                             "ones it shrinks"));
    for (auto [heading, picture] :
         {std::pair{samplesHeading_, samples_}, {unitsHeading_, units_}}) {
        auto* column = new QVBoxLayout;
        heading->setWordWrap(true);
        column->addWidget(heading);
        column->addWidget(scrolled(picture, this), 1);
        layout->addLayout(column, picture == units_ ? 2 : 1);
    }
    const auto weightsChanged = [this] {
        dirty_ = true;
        redraw(false);
    };
    connect(session_, &LessonSession::lessonChanged, this, weightsChanged);
    connect(session_, &LessonSession::traceChanged, this, weightsChanged);
    connect(training_, &TrainingController::liveParametersChanged, this, weightsChanged);
}

bool ImageViews::showsPictures(const Lesson& lesson) {
    return lesson.source.kind == DataSource::Kind::Dataset &&
           pictureSide(lesson.network.inputs) > 0;
}

void ImageViews::refresh() {
    dirty_ = true;
    redraw(true);
}

bool ImageViews::isComputing() const {
    return job_->isBusy();
}

void ImageViews::waitForPictures() {
    job_->waitUntilIdle();
}

void ImageViews::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    redraw(false);
}

void ImageViews::redraw(bool now) {
    if (!session_->hasLesson() || !dirty_ || !showsPictures(session_->lesson())) return;
    if (!now && !isVisible()) {
        job_->discard();
        return;
    }
    dirty_ = false;
    const qreal ratio = devicePixelRatioF();
    // Only the batch's rows go to the worker, not the whole dataset.
    const Dataset& data = training_->trainingData();
    std::vector<int> rows;
    for (int r : session_->trace().sampleIndices)
        if (r >= 0 && r < data.samples() && static_cast<int>(rows.size()) < maxSamples)
            rows.push_back(r);
    Dataset batch;
    batch.X.resize(static_cast<Index>(rows.size()), data.X.cols());
    batch.y.resize(static_cast<Index>(rows.size()), data.y.cols());
    for (size_t i = 0; i < rows.size(); ++i) {
        batch.X.row(static_cast<Index>(i)) = data.X.row(rows[i]);
        batch.y.row(static_cast<Index>(i)) = data.y.row(rows[i]);
    }
    batch.targetNames = data.targetNames;
    auto work = [network = training_->network(), params = training_->shownParameters(),
                 batch = std::move(batch), rows, ratio] {
        std::vector<int> local(rows.size());
        std::iota(local.begin(), local.end(), 0);
        ImageGallery gallery = buildImageGallery(network, params, batch, local, maxSamples);
        for (size_t i = 0; i < gallery.samples.size(); ++i)
            gallery.samples[i].row = rows[i]; // the dataset's row, not the batch's
        QImage samples = renderSamples(gallery, sampleColumns, ratio);
        QImage units = renderUnits(gallery, unitColumns, ratio);
        return std::tuple{std::move(gallery), std::move(samples), std::move(units)};
    };
    if (now) {
        job_->discard();
        auto [gallery, samples, units] = work();
        apply(std::move(gallery), std::move(samples), std::move(units));
        return;
    }
    job_->post([work, self = QPointer<ImageViews>(this)]() -> std::function<void()> {
        auto result = std::make_shared<decltype(work())>(work());
        return [self, result] {
            if (self)
                self->apply(std::move(std::get<0>(*result)), std::move(std::get<1>(*result)),
                            std::move(std::get<2>(*result)));
        };
    });
}

void ImageViews::apply(ImageGallery gallery, QImage samples, QImage units) {
    gallery_ = std::move(gallery);
    samplesImage_ = std::move(samples);
    unitsImage_ = std::move(units);
    samples_->setPixmap(QPixmap::fromImage(samplesImage_));
    if (gallery_.units.empty()) {
        units_->setPixmap(QPixmap());
        units_->setText(tr("This network has no hidden layer."));
    } else {
        units_->setPixmap(QPixmap::fromImage(unitsImage_));
    }
}

void ImageViews::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
