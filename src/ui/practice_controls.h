// SPDX-License-Identifier: MIT
// Practice mode in the window: the Practice toggle (Step → Practice, the toolbar,
// Ctrl+Shift+P), Hint (Ctrl+H), Reveal step, the summary and the export of results, the score
// in the status bar, the student's name (asked once, remembered), and what Next does while
// practising. A thin shell over the application's PracticeSession.
#pragma once

#include "models/practice_session.h"
#include "window_actions.h"

#include <QObject>

class QAction;
class QLabel;
class QMessageBox;

namespace backstep {

class FormulaBar;
class MainWindow;
class PracticeSummaryDialog;
class SheetWidget;

class PracticeControls : public QObject {
    Q_OBJECT
public:
    // Makes the practice actions and stores them in `actions` (the window's). A practice
    // already running (a window made on a state that practises) is shown as on.
    PracticeControls(MainWindow* window, LessonSession* session, PracticeSession* practice,
                     SheetWidget* sheet, FormulaBar* formula, WindowActions& actions);

    PracticeSession* practice() { return &practice_; }
    // Next while practising: on when the step has no empty cell; otherwise asks whether to
    // reveal them and go on. False when not practising (Next is the window's own then).
    bool handleNext();
    // The student's name (remembered in the settings); asked for when there is none yet.
    QString studentName() const;
    void setStudentName(const QString& name);
    // The Next button's tip while practising and the score, in the window's language.
    void retranslate();
    // Writes the results as CSV; "" on success, else the message (also shown).
    QString exportResults(const QString& path);
    QLabel* scoreLabel() const { return score_; }
    PracticeSummaryDialog* summaryDialog() const { return summary_; }
    QMessageBox* revealQuestion() const { return question_; }
    void showSummary();
    // For a window made while the state practises: what starting practice does to a window
    // (the exercise's decimals, the 2-D views hidden), once the window has its settings.
    void adoptRunningPractice();

private:
    // An action of the window; `text` and `tip` marked with QT_TR_NOOP, kept in its language.
    QAction* makeAction(const char* name, const char* text, const QKeySequence& key,
                        const char* tip);
    void toggle(bool on);
    void showActive(); // the actions, the score and Next's tip as practice is on or off
    void focusGridOnFocusedCell();
    void chooseAndExport();
    bool askStudentName();

    MainWindow* window_;
    LessonSession* session_;
    SheetWidget* sheet_;
    FormulaBar* formula_;
    PracticeSession& practice_;
    QLabel* score_;
    QAction* toggle_;
    QMessageBox* question_ = nullptr;
    PracticeSummaryDialog* summary_ = nullptr;
    int decimalsBefore_ = 3;         // the window's decimals, restored after an exercise's
    bool spacesShownBefore_ = false; // the 2-D views, hidden while practising
};

} // namespace backstep
