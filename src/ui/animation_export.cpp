// SPDX-License-Identifier: MIT
#include "animation_export.h"

#include "animation_dialog.h"
#include "save_names.h"

#include "io/file_writer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <tuple>

namespace backstep {

AnimationExport::AnimationExport(LessonSession* session, QAction* action, QWidget* window)
    : QObject(window), session_(session), action_(action), window_(window) {
    poll_ = new QTimer(this);
    poll_->setInterval(100);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (progress_) progress_->setValue(epochsDone_.load());
    });
    connect(session_, &LessonSession::lessonChanged, this, &AnimationExport::refreshAction);
    refreshAction();
}

AnimationExport::~AnimationExport() {
    if (!thread_) return;
    cancel();
    thread_->wait(); // the owned thread is deleted with this object
}

void AnimationExport::refreshAction() {
    action_->setEnabled(session_->hasLesson() && !isRunning());
}

void AnimationExport::chooseAndExport(std::pair<int, int> hiddenUnits) {
    if (!session_->hasLesson() || isRunning()) return;
    AnimationDialog dialog(session_->lesson().training.epochs, window_);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.remember();
    const QString filter = tr("Animated GIF images (*.gif)");
    const QString folder =
        QSettings().value(QStringLiteral("files/lastFolder"), QDir::homePath()).toString();
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(window_, tr("Export animation"),
                                     QDir(folder).filePath(QStringLiteral("training.gif")), filter),
        filter);
    if (path.isEmpty()) return;
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
    AnimationSettings settings = dialog.settings();
    std::tie(settings.unitA, settings.unitB) = hiddenUnits;
    start(path, settings);
}

void AnimationExport::start(const QString& path, const AnimationSettings& settings) {
    if (!session_->hasLesson() || isRunning()) return;
    session_->settle();
    const Lesson& lesson = session_->lesson();
    // the lesson as Reset shows it: its settings and initial weights, the data of the session
    Trainer trainer(lesson.network, lesson.training, session_->trainer().data(), lesson.initial,
                    lesson.test);
    AnimationTexts texts;
    texts.frameTitle = tr("Epoch %1 of %2 · accuracy %3 % · loss %4");
    texts.frameTitleNoAccuracy = tr("Epoch %1 of %2 · loss %3");
    // the 2-D views' own titles, in the reader's language
    texts.inputSpace =
        QCoreApplication::translate("backstep::SpaceViews", "Input space: prediction and samples");
    texts.hiddenBefore =
        QCoreApplication::translate("backstep::SpaceViews", "Hidden space before activation");
    texts.hiddenAfter =
        QCoreApplication::translate("backstep::SpaceViews", "Hidden space after activation");
    texts.lossTitle = tr("Loss per epoch");
    texts.epochAxis = tr("epoch");
    texts.lossAxis = tr("loss");
    texts.network = tr("Network");
    texts.moreUnits = QCoreApplication::translate("backstep::NetworkDiagram", "+%1 more");
    const QFont font = animationFont(QApplication::font(), settings.size.height());

    path_ = path;
    error_.clear();
    cancelled_ = false;
    cancel_.store(false);
    epochsDone_.store(0);
    thread_.reset(QThread::create(
        [this, trainer = std::move(trainer), settings, texts, font, path]() mutable {
            const AnimationResult result = recordAnimation(
                std::move(trainer), settings, texts, font,
                [this](int epoch, double) { epochsDone_.store(epoch); }, cancel_);
            if (result.cancelled)
                cancelled_ = true;
            else if (!result.error.isEmpty())
                error_ = result.error;
            else
                error_ = writeFileAtomically(path, result.gif).errorText();
        }));
    connect(thread_.get(), &QThread::finished, this, &AnimationExport::done);

    progress_ = new QProgressDialog(tr("Recording the animation…"), tr("Cancel"), 0,
                                    settings.epochs, window_);
    progress_->setObjectName(QStringLiteral("animationProgress"));
    progress_->setWindowTitle(tr("Export animation"));
    progress_->setWindowModality(Qt::NonModal);
    progress_->setMinimumDuration(300);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, this, &AnimationExport::cancel);
    poll_->start();
    thread_->start(QThread::LowPriority);
    refreshAction();
}

void AnimationExport::cancel() {
    cancel_.store(true);
}

void AnimationExport::wait() {
    if (thread_) thread_->wait();
}

void AnimationExport::done() {
    poll_->stop();
    thread_->wait(); // it has finished; only its last moment may still be running
    thread_.reset();
    if (progress_) {
        progress_->deleteLater();
        progress_ = nullptr;
    }
    refreshAction();
    if (!error_.isEmpty() && !cancelled_) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error_,
                                    QMessageBox::Ok, window_);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not blocking: the window goes on
    } else if (auto* window = qobject_cast<QMainWindow*>(window_); window && !cancelled_) {
        window->statusBar()->showMessage(tr("Wrote the animation %1").arg(path_), 5000);
    }
    emit finished(path_, cancelled_ ? QString() : error_, cancelled_);
}

} // namespace backstep
