// SPDX-License-Identifier: MIT
// The 2-D views of a two-input lesson, side by side as in the reference article: the input
// space (samples over the predicted probability, so the decision boundary shows), and the
// plane of two hidden units before and after the activation. An epoch slider replays the
// training history; the views follow a running training live. Lessons with many samples
// compute and render their pictures on a worker thread (the newest request wins), so
// stepping and training never wait for them.
#pragma once

#include "core/network.h"

#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QSlider;

namespace backstep {

class BackgroundJob;
class ClassLegend;
class LessonSession;
class PlaneView;
class TrainingController;

class SpaceViews : public QWidget {
    Q_OBJECT
public:
    // Draws the weights `training` shows: live while training runs (until the slider
    // replays an epoch), else the slider's epoch.
    SpaceViews(LessonSession* session, TrainingController* training, QWidget* parent = nullptr);

    // Replays the snapshot at or before `epoch` (the slider does this).
    void showEpoch(int epoch);
    QString exportPng(const QString& path);

    PlaneView* inputView() const { return input_; }
    PlaneView* hiddenBeforeView() const { return before_; }
    PlaneView* hiddenAfterView() const { return after_; }
    QSlider* epochSlider() const { return slider_; }
    ClassLegend* legend() const { return legend_; }
    // The one line shown instead of the plots when they mean nothing (a single sample).
    QLabel* messageLabel() const { return message_; }
    bool showsPlots() const;
    int shownEpoch() const { return shownEpoch_; }
    // Never the same unit twice: choosing in one box the unit of the other swaps them.
    void setHiddenUnits(int a, int b);
    std::pair<int, int> hiddenUnits() const; // 0-based, of the first hidden layer; -1 for none
    // Redraws now, on this thread (normally deferred until the views are visible, and done
    // on a worker for many samples).
    void refresh();
    // Whether a picture is still being computed on the worker; waitForPictures() blocks until
    // it is shown.
    bool isComputing() const;
    void waitForPictures();

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language
    void showEvent(QShowEvent* event) override;

private:
    void setTitles();      // the three views' titles, in the window's language
    void showEpochLabel(); // "epoch N" or "epoch N (live)", for what is drawn
    void rebuildControls();
    void unitChosen(QComboBox* chosen, QComboBox* other, int& previous);
    void showLegend();        // the lesson's colours, in the window's language
    void followNewestEpoch(); // the slider's range from the history, at its end
    // The pictures of the live weights, the slider's snapshot or the newest weights; `now`
    // draws them on this thread whatever the lesson's size.
    void redraw(bool now);
    void draw(const Parameters& params, int epoch, bool live, bool now);
    bool showsLive() const; // the live weights, unless the slider moved since they came

    LessonSession* session_;
    TrainingController* training_;
    QWidget* plots_ = nullptr; // the three views (exported without the controls)
    QWidget* controls_ = nullptr;
    PlaneView* input_;
    PlaneView* before_;
    PlaneView* after_;
    QComboBox* unitA_;
    QComboBox* unitB_;
    int previousA_ = 0, previousB_ = 1; // the boxes' units before a choice
    ClassLegend* legend_;
    QLabel* message_;
    QSlider* slider_;
    QLabel* epochLabel_;
    BackgroundJob* job_;
    bool replaying_ = false; // the slider moved while live weights were shown
    int shownEpoch_ = 0;
    bool shownLive_ = false; // the drawn weights are training's live ones
    bool dirty_ = true;
};

} // namespace backstep
