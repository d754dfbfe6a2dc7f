// SPDX-License-Identifier: MIT
// The image view of a lesson whose inputs are pictures (a 28×28 dataset such as
// Fashion-MNIST): the samples of the current batch as pictures with their class and the three
// most probable classes, and each hidden unit's column of wh as a picture of what it looks for.
// It follows a running training live; the pictures are computed and painted on a worker thread
// (the newest request wins), as the 2-D views do.
#pragma once

#include "core/network.h"
#include "render/image_gallery.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace backstep {

class BackgroundJob;
class LessonSession;
class TrainingController;
struct Lesson;

class ImageViews : public QWidget {
    Q_OBJECT
public:
    // Draws the weights `training` shows (live while training runs).
    ImageViews(LessonSession* session, TrainingController* training, QWidget* parent = nullptr);

    // Whether `lesson`'s inputs are pictures this view can show: a dataset source with square
    // pictures (Fashion-MNIST's 784 = 28×28 pixels).
    static bool showsPictures(const Lesson& lesson);

    void refresh(); // redraws now, on this thread
    bool isComputing() const;
    void waitForPictures();

    const ImageGallery& gallery() const { return gallery_; } // what is shown
    QImage samplesImage() const { return samplesImage_; }
    QImage unitsImage() const { return unitsImage_; }
    static constexpr int sampleColumns = 8;
    static constexpr int unitColumns = 16;
    static constexpr int maxSamples = 64; // of a batch, shown

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language
    void showEvent(QShowEvent* event) override;

private:
    void redraw(bool now);
    void apply(ImageGallery gallery, QImage samples, QImage units);

    LessonSession* session_;
    TrainingController* training_;
    BackgroundJob* job_;
    QLabel* samplesHeading_;
    QLabel* samples_;
    QLabel* unitsHeading_;
    QLabel* units_;
    ImageGallery gallery_;
    QImage samplesImage_, unitsImage_;
    bool dirty_ = true;
};

} // namespace backstep
