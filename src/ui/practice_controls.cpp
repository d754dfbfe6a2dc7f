// SPDX-License-Identifier: MIT
#include "practice_controls.h"
#include "translated_texts.h"

#include "formula_bar.h"
#include "main_window.h"
#include "matrix_panel.h"
#include "practice_summary_dialog.h"
#include "save_names.h"
#include "sheet_widget.h"
#include "student_name_dialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace backstep {

namespace {
const char* const studentKey = "practice/student";
} // namespace

PracticeControls::PracticeControls(MainWindow* window, LessonSession* session,
                                   PracticeSession* practice, SheetWidget* sheet,
                                   FormulaBar* formula, WindowActions& actions)
    : QObject(window), window_(window), session_(session), sheet_(sheet), formula_(formula),
      practice_(*practice) {
    sheet_->setPractice(&practice_);
    formula_->setPractice(&practice_);
    toggle_ = actions.practice = makeAction(
        "practice", QT_TR_NOOP("Practice"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        QT_TR_NOOP("Practice: the cells each step computes are empty and you type "
                   "them; right answers turn green"));
    toggle_->setCheckable(true);
    connect(actions.practiceHint = makeAction(
                "practiceHint", QT_TR_NOOP("Hint"), QKeySequence(Qt::CTRL | Qt::Key_H),
                QT_TR_NOOP("Help with the focused empty cell: first its formula, then the "
                           "formula with the numbers, then the answer")),
            &QAction::triggered, &practice_, &PracticeSession::hint);
    connect(actions.practiceReveal = makeAction(
                "practiceReveal", QT_TR_NOOP("Reveal step"), {},
                QT_TR_NOOP("Show the answers of the cells still empty (they count as revealed)")),
            &QAction::triggered, &practice_, &PracticeSession::revealOpen);
    connect(actions.practiceSummary =
                makeAction("practiceSummary", QT_TR_NOOP("Practice summary…"), {},
                           QT_TR_NOOP("Right at first try, with hints and revealed, step by step")),
            &QAction::triggered, this, &PracticeControls::showSummary);
    connect(actions.practiceExport =
                makeAction("practiceExport", QT_TR_NOOP("Export practice results…"), {},
                           QT_TR_NOOP("Every answer of this practice as a CSV file")),
            &QAction::triggered, this, &PracticeControls::chooseAndExport);
    connect(actions.practiceStudent =
                makeAction("practiceStudent", QT_TR_NOOP("Student name…"), {},
                           QT_TR_NOOP("The name practice results are exported under")),
            &QAction::triggered, this, &PracticeControls::askStudentName);

    score_ = new QLabel(window_); // in the status line from the first practice on
    score_->setObjectName(QStringLiteral("practiceScore"));
    setTranslated(score_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("Practice score: cells right of those shown so far"));
    score_->setVisible(false);
    if (practice_.isActive()) {    // the state this window is made on practises
        toggle_->setChecked(true); // not yet connected: practice goes on as it is
        window_->statusBar()->addPermanentWidget(score_);
    }
    showActive();

    connect(toggle_, &QAction::toggled, this, &PracticeControls::toggle);
    connect(&practice_, &PracticeSession::changed, this,
            [this] { score_->setText(practice_.scoreText()); });
    connect(&practice_, &PracticeSession::focusMoved, this, [this] {
        // after the cell editor that took the answer has closed and given the grid its focus
        QTimer::singleShot(0, this, &PracticeControls::focusGridOnFocusedCell);
    });
    connect(&practice_, &PracticeSession::iterationCompleted, this, [this] { showSummary(); });
    connect(&practice_, &PracticeSession::ended, this, [this](const QString& why) {
        const QSignalBlocker block(toggle_); // it has stopped already
        toggle_->setChecked(false);
        toggle(false);
        window_->statusBar()->showMessage(why, 10000);
    });
}

QAction* PracticeControls::makeAction(const char* name, const char* text, const QKeySequence& key,
                                      const char* tip) {
    auto* a = new QAction(window_);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty()) a->setShortcut(key);
    // in the window's language, now and after View → Language changes it
    setTranslated(a, "text", staticMetaObject.className(), text);
    setTranslated(a, "statusTip", staticMetaObject.className(), tip);
    setToolTipWithShortcut(a);
    window_->addAction(a);
    return a;
}

QString PracticeControls::studentName() const {
    return QSettings().value(QLatin1String(studentKey)).toString();
}

void PracticeControls::setStudentName(const QString& name) {
    QSettings().setValue(QLatin1String(studentKey), name.trimmed());
}

bool PracticeControls::askStudentName() {
    StudentNameDialog dialog(studentName(), window_);
    if (dialog.exec() != QDialog::Accepted || dialog.name().isEmpty()) return false;
    setStudentName(dialog.name());
    return true;
}

void PracticeControls::retranslate() {
    score_->setText(practice_.scoreText());
    if (!practice_.isActive()) return; // the window has set its own tip on Next
    window_->actions().nextStep->setToolTip(
        tr("Next step, once every empty cell of this step is typed or "
           "revealed (Space)"));
}

void PracticeControls::adoptRunningPractice() {
    if (!practice_.isActive()) return;
    decimalsBefore_ = window_->decimals();
    if (practice_.exercise()) window_->setDecimals(practice_.exercise()->decimals);
    if (auto* spaces = window_->findChild<QDockWidget*>(QStringLiteral("spacesDock"))) {
        spacesShownBefore_ = !spaces->isHidden(); // the window itself is not shown yet
        spaces->hide();
    }
}

void PracticeControls::toggle(bool on) {
    if (on && !practice_.isActive()) {
        if (!session_->hasLesson() || (studentName().isEmpty() && !askStudentName())) {
            const QSignalBlocker block(toggle_);
            toggle_->setChecked(false);
            return;
        }
        if (score_->parent() == window_) window_->statusBar()->addPermanentWidget(score_);
        decimalsBefore_ = window_->decimals();
        const auto& exercise = session_->lesson().exercise;
        if (exercise) window_->setDecimals(exercise->decimals);
        practice_.start(studentName());
        // The hidden-space views plot every sample at its step 3 and 4 values: they would
        // answer those cells, so they wait until practice ends.
        if (auto* spaces = window_->findChild<QDockWidget*>(QStringLiteral("spacesDock"))) {
            spacesShownBefore_ = spaces->isVisible();
            spaces->hide();
        }
    } else if (!on) {
        const bool exercise = practice_.exercise().has_value();
        practice_.stop();
        if (exercise) window_->setDecimals(decimalsBefore_);
        if (auto* spaces = window_->findChild<QDockWidget*>(QStringLiteral("spacesDock")))
            spaces->setVisible(spacesShownBefore_ && session_->lesson().network.inputs == 2);
    }
    showActive();
}

void PracticeControls::showActive() {
    const bool active = practice_.isActive();
    const WindowActions& actions = window_->actions();
    // No stepping past cells, no changing the numbers under the answers.
    for (QAction* a : {actions.nextCell, actions.play, actions.finishIteration, actions.train,
                       actions.reset, actions.reseed, actions.jump, actions.undo, actions.redo})
        a->setEnabled(!active);
    if (!active) { // as the edit history has it
        actions.undo->setEnabled(session_->undoStack()->canUndo());
        actions.redo->setEnabled(session_->undoStack()->canRedo());
    }
    for (QAction* a : {actions.practiceHint, actions.practiceReveal})
        a->setEnabled(active);
    actions.practiceSummary->setEnabled(active || !practice_.results().empty());
    if (!active) setToolTipWithShortcut(actions.nextStep); // as the window has it
    score_->setVisible(active);
    retranslate(); // practice's tip on Next, and the score
    if (active) focusGridOnFocusedCell();
}

bool PracticeControls::handleNext() {
    if (!practice_.isActive()) return false;
    if (practice_.nextStep()) return true;
    const int open = practice_.openCellsInStage();
    if (open == 0) return true; // the end of what can be stepped (a stopped lesson)
    if (question_) question_->deleteLater();
    question_ = new QMessageBox(
        QMessageBox::Question, tr("Cells still empty"),
        (open == 1 ? tr("1 cell of step %1 is still empty.").arg(session_->step())
                   : tr("%1 cells of step %2 are still empty.").arg(open).arg(session_->step())) +
            QStringLiteral("\n\n") +
            tr("Reveal their answers and go on to the next step? "
               "Revealed cells score nothing."),
        QMessageBox::NoButton, window_);
    question_->setObjectName(QStringLiteral("practiceRevealQuestion"));
    QPushButton* reveal = question_->addButton(tr("Reveal and go on"), QMessageBox::AcceptRole);
    reveal->setObjectName(QStringLiteral("revealAndGoOn"));
    QPushButton* keep = question_->addButton(tr("Keep trying"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTrying"));
    question_->setDefaultButton(keep);
    connect(reveal, &QPushButton::clicked, this, [this] {
        practice_.revealOpen();
        practice_.nextStep();
    });
    connect(keep, &QPushButton::clicked, this, [this] { focusGridOnFocusedCell(); });
    question_->open(); // window-modal, and tests go on
    return true;
}

void PracticeControls::focusGridOnFocusedCell() {
    const auto focus = session_->focusedCell();
    if (!practice_.isActive() || !focus) return;
    MatrixPanel* panel = sheet_->panel(QString::fromStdString(focus->matrix));
    if (!panel) return;
    panel->view()->setCurrentIndex(panel->model()->index(focus->row, focus->column));
    panel->ensureCellVisible(focus->row, focus->column);
    if (!formula_->answerBox()->hasFocus()) panel->view()->setFocus();
}

void PracticeControls::showSummary() {
    if (summary_) summary_->deleteLater();
    summary_ = new PracticeSummaryDialog(practice_, session_->iteration(), window_);
    summary_->setAttribute(Qt::WA_DeleteOnClose);
    connect(summary_, &QObject::destroyed, this, [this, dialog = summary_] {
        if (summary_ == dialog) summary_ = nullptr;
    });
    connect(summary_, &PracticeSummaryDialog::exportRequested, this,
            &PracticeControls::chooseAndExport);
    summary_->open();
}

QString PracticeControls::exportResults(const QString& path) {
    const QString error = practice_.exportResults(path).errorText();
    if (error.isEmpty())
        window_->statusBar()->showMessage(tr("Practice results written to %1").arg(path), 5000);
    else {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                    QMessageBox::Ok, window_);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return error;
}

void PracticeControls::chooseAndExport() {
    const QString filter = tr("CSV files (*.csv)");
    const QString suggested =
        QStringLiteral("practice-%1.csv").arg(studentName().simplified().replace(' ', '-'));
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(window_, tr("Export practice results"), suggested, filter),
        filter);
    if (!path.isEmpty()) exportResults(path);
}

} // namespace backstep
