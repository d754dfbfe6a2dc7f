// SPDX-License-Identifier: MIT
// The steps of the iteration with their formulas (the current one marked; clicking one jumps
// there) and a pane explaining the current step, with the lesson's own note for it.
#pragma once

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace backstep {

class LessonSession;

class StepPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepPanel(LessonSession* session, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    QString explanationText() const;

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void rebuild();
    void refresh();

    LessonSession* session_;
    QListWidget* list_;
    QTextBrowser* explanation_;
    int markedStage_ = -1; // the item shown as current; −1 after a rebuild
    QString explanationHtml_;
};

} // namespace backstep
