// SPDX-License-Identifier: MIT
// The main window's docks that only some lessons or some work need: the Sweep (a grid of
// settings trained and compared) and the image view of picture lessons.
#include "main_window.h"

#include "image_views.h"
#include "space_views.h"
#include "sweep_panel.h"
#include "translated_texts.h"

#include <QAction>
#include <QDockWidget>
#include <QSpinBox>

#include <memory>

namespace backstep {

void MainWindow::createSweepDock() {
    // The sweep (View menu): built without a parent and put in its dock when first shown, so
    // the window's first layout stays as it was; placed across the bottom, in front of the 2-D
    // views, unless a saved layout put it elsewhere.
    sweepBeforeDocked_ = std::make_unique<SweepPanel>(&session_);
    sweep_ = sweepBeforeDocked_.get();
    auto* sweepDock = translated(new QDockWidget(this), "windowTitle", QT_TR_NOOP("Sweep"));
    sweepDock->setObjectName(QStringLiteral("sweepDock"));
    sweepDock->hide();
    connect(sweepDock, &QDockWidget::visibilityChanged, this, [this, sweepDock](bool visible) {
        if (visible && !sweepDock->widget()) sweepDock->setWidget(sweepBeforeDocked_.release());
    });
    connect(sweepDock->toggleViewAction(), &QAction::triggered, this, [this, sweepDock](bool on) {
        if (!on) return;
        if (dockWidgetArea(sweepDock) == Qt::NoDockWidgetArea) {
            addDockWidget(Qt::BottomDockWidgetArea, sweepDock);
            if (dockWidgetArea(spacesDock_) == Qt::BottomDockWidgetArea &&
                !spacesDock_->isFloating())
                tabifyDockWidget(spacesDock_, sweepDock);
            sweepDock->show();
        }
        sweepDock->raise();
    });
    sweepDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    translated(sweepDock->toggleViewAction(), "statusTip",
               QT_TR_NOOP("Train the lesson over a grid of settings and compare the results"));
    connect(sweep_, &SweepPanel::openConfiguration, this, [this](const Lesson& lesson) {
        setLesson(lesson);
        trainEpochs(lesson.training.epochs); // its trained weights, as in the sweep
    });
}

// The image view, for lessons whose inputs are pictures; hidden for the others.
void MainWindow::createImageDock() {
    images_ = new ImageViews(&session_, &training_, this);
    imagesDock_ = addDock(QT_TR_NOOP("Images"), "imagesDock", images_, Qt::BottomDockWidgetArea);
    imagesDock_->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    translated(imagesDock_->toggleViewAction(), "toolTip",
               QT_TR_NOOP("The batch's pictures with their predictions and what each hidden unit "
                          "looks for"));
}

void MainWindow::followLesson() {
    epochs_->setValue(session_.lesson().training.epochs); // the lesson's plan
    const bool pictures = ImageViews::showsPictures(session_.lesson());
    imagesDock_->setVisible(pictures);
    if (pictures) resizeDocks({imagesDock_}, {340}, Qt::Vertical);
    const bool twoInputs = session_.lesson().network.inputs == 2; // the 2-D views need two inputs
    spacesDock_->setVisible(twoInputs);
    actions_.exportViews->setEnabled(twoInputs && spaces_->showsPlots()); // not for one sample
}

} // namespace backstep
