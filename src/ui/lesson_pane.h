// SPDX-License-Identifier: MIT
// The lesson dock: the lesson's title, description and experiments in the user's language.
// An experiment that changes settings has a Try it button that makes the change (undoable)
// and then says what to watch for. A lesson with a "compare" object has Compare these, which
// opens its configurations side by side in a Compare window.
#pragma once

#include "io/lesson.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace backstep {

class CompareWindow;
class LessonSession;

class LessonPane : public QWidget {
    Q_OBJECT
public:
    explicit LessonPane(LessonSession* session, QWidget* parent = nullptr);

    // What the last tried experiment asks to watch for ("" before one was tried).
    QString watchText() const;
    // Applies experiment `index` of the lesson, as its Try it button does; "" or the reason.
    QString tryExperiment(int index);
    // Opens the lesson's comparison (its settings as they are now, each configuration of its
    // "compare" object set) in a new Compare window, as Compare these does; null with the
    // reason shown when it cannot.
    CompareWindow* compareThese();
    // Off while training runs: the Try it buttons wait.
    void setExperimentsEnabled(bool enabled);

signals:
    void experimentTried(const QString& watchFor);

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void refresh();
    void rebuildExperiments();
    // "What to watch for" of experiment `index`, in the window's language.
    void showWatch(int index);
    void refreshButtons();
    void refreshComparison();
    bool isApplied(const QJsonObject& set) const;

    LessonSession* session_;
    QLabel* title_;
    QLabel* description_;
    QLabel* experimentsHeading_;
    QVBoxLayout* experimentsLayout_;
    QLabel* watch_;
    QLabel* refused_;
    QWidget* experimentsBox_ = nullptr;
    QLabel* compareText_;
    QPushButton* compareButton_;
    std::vector<QPushButton*> buttons_; // per experiment; null for one without a set
    std::vector<Experiment> shown_;     // the experiments the widgets show
    QString shownLanguage_;
    int watched_ = -1; // the experiment whose "watch for" is shown
    bool experimentsEnabled_ = true;
};

} // namespace backstep
