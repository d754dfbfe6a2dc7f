// SPDX-License-Identifier: MIT
// Practice mode over the lesson session: the cells the practised steps compute are blank
// until the student types them. Keeps the answers, grades them (practice_grading.h), gives
// graded help for each cell, counts hints and scores steps and iterations. No widgets.
//
// Which cells are blank: every cell of a practised stage up to the stage shown, in the
// practised iteration, that is neither answered right nor revealed. The practised steps are
// the lesson's exercise steps (its iteration only), or steps 3–12 of any iteration. Going past
// a step with blank cells (a click in the step list) comes back to it; going back is free.
//
// Help for a blank cell rises one level with each wrong answer or hint: 1 the formula in
// symbols with its input cells orange, 2 the formula with the numbers, 3 the answer revealed.
#pragma once

#include "lesson_session.h"

#include "io/practice_results.h"

#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace backstep {

enum class PracticeMark {
    None,     // not a practised cell (or practice off): shown as usual
    Blank,    // to be typed
    Wrong,    // to be typed; the last answer was wrong
    Right,    // answered right
    Revealed, // the answer was shown
};

class PracticeSession : public QObject {
    Q_OBJECT
public:
    explicit PracticeSession(LessonSession* session, QObject* parent = nullptr);

    // Starts practice for `student`. With the lesson's exercise: on its variant for `student`
    // when it has variants, at its iteration, its first step. Without: at step 3 of the
    // iteration shown. Forgets the answers of an earlier practice.
    void start(const QString& student);
    // Ends practice; a variant goes back to the lesson's own weights (iteration 1).
    void stop();
    bool isActive() const { return active_; }
    const QString& student() const { return student_; }
    const std::optional<Exercise>& exercise() const { return exercise_; }

    // Decimals the answers are graded at: the exercise's, else those shown (−1 = full).
    int gradingDecimals() const { return exercise_ ? exercise_->decimals : shownDecimals_; }
    void setShownDecimals(int decimals) { shownDecimals_ = decimals; }

    bool isPractisedStage(int stage) const;                   // of the session's current trace
    PracticeMark mark(int matrix, int row, int column) const; // by index in the trace
    PracticeMark mark(const CellRef& cell) const;
    static bool isOpen(PracticeMark m) {
        return m == PracticeMark::Blank || m == PracticeMark::Wrong;
    }
    QString lastAnswer(const CellRef& cell) const; // as typed, "" when none
    int helpLevel(const CellRef& cell) const;      // 0–3
    int hintsOf(const CellRef& cell) const { return helpLevel(cell); }
    // The focused cell is open and below help level 1: its inputs are not shown orange yet.
    bool hidesFocusInputs() const;

    enum class Outcome { NotANumber, NotOpen, Wrong, Right };
    // Grades `text` for `cell`. A wrong answer raises the cell's help level (the third time
    // reveals it). Right or revealed, the focus moves on to the next open cell.
    Outcome answer(const CellRef& cell, const QString& text);
    Outcome answerFocused(const QString& text);
    // One help level more for the focused open cell (the third reveals it).
    void hint();
    // Reveals every open cell up to the stage shown.
    void revealOpen();
    int openCellsInStage() const; // of the stage shown
    // Next in practice: goes on like LessonSession::nextStep when no cell of the stage shown
    // is open, else changes nothing and returns false.
    bool nextStep();
    // The open cell after the focused one in reading order (stage by stage, matrix by matrix,
    // row by row), wrapping round to the first; none when no cell is open.
    std::optional<CellRef> nextOpenCell() const;
    // A line about the last answer or hint ("Right!", "Not quite…"), "" after a focus change.
    const QString& feedback() const { return feedback_; }

    struct Score {
        int step = 0; // 0 for a whole iteration
        int cells = 0, firstTry = 0, withHints = 0, revealed = 0, open = 0, hints = 0;
        int right() const { return firstTry + withHints; }
    };
    // Per practised step of `iteration` (of the cells shown so far), and the sum of them.
    std::vector<Score> stepScores(qint64 iteration) const;
    Score iterationScore(qint64 iteration) const;
    // "Step 4: 2 of 6 right · iteration 1: 9 of 15 right, 3 hints"
    QString scoreText() const;
    // Every practised cell of every iteration in reading order, as the CSV export writes.
    std::vector<PracticeResultRow> results() const;
    Saved exportResults(const QString& path) const; // through file_writer.h

signals:
    void activeChanged(bool active);
    void changed();    // marks, answers, help or score changed
    void focusMoved(); // practice moved the focus to another cell
    // Every practised cell of the iteration is answered or revealed: time for the summary.
    void iterationCompleted(qint64 iteration);
    // Practice ended by itself (another lesson, changed settings): the reason.
    void ended(const QString& why);

private:
    struct CellRecord {
        int step = 0;
        int stage = 0;   // index into the trace's stages
        int ordinal = 0; // reading order within the iteration
        double expected = 0.0;
        QString answer;
        int help = 0;
        bool right = false;
        bool revealed = false;
        bool open() const { return !right && !revealed; }
    };
    using IterationRecords = std::map<CellRef, CellRecord>;

    void recordShownStages();  // records for the practised stages up to the one shown
    void forgetStaleAnswers(); // the trace of this iteration changed under the answers
    // Back to the first stage with empty cells when the student went past it.
    void holdAtOpenStage();
    CellRecord* record(const CellRef& cell);
    const CellRecord* record(const CellRef& cell) const;
    void raiseHelp(const CellRef& cell, CellRecord& r);
    void moveToNextOpenCell();
    void checkComplete();
    QString cellName(const CellRef& cell) const;

    LessonSession* session_;
    bool active_ = false;
    bool installing_ = false; // the practice itself is replacing the lesson
    bool bouncing_ = false;   // holdAtOpenStage is moving the session
    QString student_;
    std::optional<Exercise> exercise_;
    std::optional<Lesson> original_; // the lesson a variant replaced
    int shownDecimals_ = 3;
    std::map<qint64, IterationRecords> records_;
    std::set<qint64> completed_;
    QString feedback_;
};

} // namespace backstep
