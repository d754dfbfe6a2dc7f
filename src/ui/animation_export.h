// SPDX-License-Identifier: MIT
// File → Export → Animation: asks for the settings (AnimationDialog) and the file, then trains
// a copy of the lesson from its initial weights and records the GIF on a worker thread, with
// a progress dialog and Cancel. Nothing is written when it is cancelled or fails; the window
// stays usable meanwhile.
#pragma once

#include "models/lesson_session.h"
#include "render/animation.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <utility>

class QAction;
class QProgressDialog;
class QTimer;
class QWidget;

namespace backstep {

class AnimationExport : public QObject {
    Q_OBJECT
public:
    // `action` is disabled while an export runs or when there is no lesson.
    AnimationExport(LessonSession* session, QAction* action, QWidget* window);
    ~AnimationExport() override; // cancels and waits; nothing is written

    // The dialogs, then start(); the hidden panels show `hiddenUnits` (as the 2-D views do).
    void chooseAndExport(std::pair<int, int> hiddenUnits = {0, 1});
    // Starts recording the session's lesson into `path`; ignored while one runs.
    void start(const QString& path, const AnimationSettings& settings);
    bool isRunning() const { return thread_ != nullptr; }
    void cancel();
    void wait(); // blocks until the worker has finished (tests)
    QProgressDialog* progressDialog() const { return progress_; }

signals:
    // `error` is empty on success; cancelled exports end with an empty error too.
    void finished(const QString& path, const QString& error, bool cancelled);

private:
    void refreshAction();
    void done();

    LessonSession* session_;
    QAction* action_;
    QWidget* window_;
    std::unique_ptr<QThread> thread_; // owned: deleted when the recording is done
    QProgressDialog* progress_ = nullptr;
    QTimer* poll_ = nullptr;
    std::atomic<bool> cancel_{false};
    std::atomic<int> epochsDone_{0};
    QString path_, error_;
    bool cancelled_ = false;
};

} // namespace backstep
