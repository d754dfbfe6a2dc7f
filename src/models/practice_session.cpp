// SPDX-License-Identifier: MIT
#include "practice_session.h"

#include "matrix_table_model.h"
#include "practice_grading.h"

#include "io/exercise.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
bool sameNumber(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}
} // namespace

PracticeSession::PracticeSession(LessonSession* session, QObject* parent)
    : QObject(parent), session_(session) {
    connect(session_, &LessonSession::lessonChanged, this, [this] {
        if (!active_ || installing_) return;
        active_ = false; // another lesson or other settings: these answers are not for it
        original_.reset();
        records_.clear();
        completed_.clear();
        emit activeChanged(false);
        emit changed();
        emit ended(tr("Practice ended: the lesson changed."));
    });
    connect(session_, &LessonSession::traceChanged, this, [this] {
        if (!active_) return;
        forgetStaleAnswers();
        recordShownStages();
        emit changed();
    });
    connect(session_, &LessonSession::positionChanged, this, [this] {
        if (!active_ || bouncing_) return;
        recordShownStages();
        holdAtOpenStage();
        emit changed();
    });
}

void PracticeSession::holdAtOpenStage() {
    const auto it = records_.find(session_->iteration());
    if (it == records_.end()) return;
    int first = session_->stage();
    for (const auto& [cell, r] : it->second)
        if (r.open() && r.stage < first) first = r.stage;
    if (first == session_->stage()) return;
    // Past a step with empty cells (a click in the step list): back to it. What the jump
    // showed and nobody touched is forgotten, so the score counts only what was reached.
    bouncing_ = true;
    session_->goToStage(first);
    bouncing_ = false;
    for (auto r = it->second.begin(); r != it->second.end();) {
        const CellRecord& rec = r->second;
        if (rec.stage > first && rec.open() && rec.answer.isEmpty() && rec.help == 0)
            r = it->second.erase(r);
        else
            ++r;
    }
    feedback_ = tr("Step %1 still has empty cells: type them, or reveal them with Reveal step, "
                   "before going on.")
                    .arg(session_->step());
    if (const auto next = nextOpenCell()) session_->setFocusedCell(*next);
    emit focusMoved();
}

void PracticeSession::start(const QString& student) {
    if (active_) stop();
    if (!session_->hasLesson()) return;
    student_ = student.trimmed();
    exercise_ = session_->lesson().exercise;
    records_.clear();
    completed_.clear();
    feedback_.clear();
    active_ = true;
    if (exercise_ && exercise_->variants) {
        original_ = session_->lesson();
        installing_ = true;
        session_->setLesson(lessonVariant(*original_, student_));
        installing_ = false;
    }
    if (exercise_ && session_->iteration() != exercise_->iteration)
        session_->goToIteration(exercise_->iteration);
    for (int s = 0; s < session_->stageCount(); ++s) {
        if (isPractisedStage(s)) {
            session_->goToStage(s);
            break;
        }
    }
    recordShownStages();
    emit activeChanged(true);
    emit changed();
    emit focusMoved();
}

void PracticeSession::stop() {
    if (!active_) return;
    active_ = false;
    if (original_) {
        installing_ = true;
        session_->setLesson(*original_);
        installing_ = false;
        original_.reset();
    }
    feedback_.clear();
    emit activeChanged(false);
    emit changed();
}

bool PracticeSession::isPractisedStage(int stage) const {
    if (!active_ || !session_->hasLesson() || stage < 0 || stage >= session_->stageCount())
        return false;
    const int step = session_->trace().stages[static_cast<size_t>(stage)].step;
    if (!exercise_) return step >= 3;
    return session_->iteration() == exercise_->iteration &&
           std::find(exercise_->steps.begin(), exercise_->steps.end(), step) !=
               exercise_->steps.end();
}

PracticeSession::CellRecord* PracticeSession::record(const CellRef& cell) {
    const auto it = records_.find(session_->iteration());
    if (it == records_.end()) return nullptr;
    const auto r = it->second.find(cell);
    return r == it->second.end() ? nullptr : &r->second;
}

const PracticeSession::CellRecord* PracticeSession::record(const CellRef& cell) const {
    return const_cast<PracticeSession*>(this)->record(cell);
}

PracticeMark PracticeSession::mark(int matrix, int row, int column) const {
    if (!active_ || matrix < 0) return PracticeMark::None;
    const int stage = session_->stageOfMatrix(matrix);
    if (stage > session_->stage() || !isPractisedStage(stage)) return PracticeMark::None;
    const CellRecord* r =
        record(CellRef{session_->trace().matrices[static_cast<size_t>(matrix)].name, row, column});
    if (!r) return PracticeMark::Blank;
    if (r->right) return PracticeMark::Right;
    if (r->revealed) return PracticeMark::Revealed;
    return r->answer.isEmpty() ? PracticeMark::Blank : PracticeMark::Wrong;
}

PracticeMark PracticeSession::mark(const CellRef& cell) const {
    return mark(session_->trace().indexOf(cell.matrix), cell.row, cell.column);
}

QString PracticeSession::lastAnswer(const CellRef& cell) const {
    const CellRecord* r = record(cell);
    return r ? r->answer : QString();
}

int PracticeSession::helpLevel(const CellRef& cell) const {
    const CellRecord* r = record(cell);
    return r ? r->help : 0;
}

bool PracticeSession::hidesFocusInputs() const {
    const auto focus = session_->focusedCell();
    return focus && isOpen(mark(*focus)) && helpLevel(*focus) < 1;
}

void PracticeSession::recordShownStages() {
    if (!session_->hasLesson()) return;
    const Trace& trace = session_->trace();
    IterationRecords& records = records_[session_->iteration()];
    int ordinal = 0;
    for (int s = 0; s <= session_->stage(); ++s) {
        if (!isPractisedStage(s)) continue;
        const TraceStage& stage = trace.stages[static_cast<size_t>(s)];
        for (int m : stage.matrices) {
            const TraceMatrix& tm = trace.matrices[static_cast<size_t>(m)];
            for (int r = 0; r < tm.values.rows(); ++r)
                for (int c = 0; c < tm.values.cols(); ++c, ++ordinal) {
                    CellRecord& rec = records[CellRef{tm.name, r, c}];
                    if (rec.step == 0) {
                        rec.step = stage.step;
                        rec.stage = s;
                        rec.expected = tm.values(r, c);
                    }
                    rec.ordinal = ordinal;
                }
        }
    }
}

void PracticeSession::forgetStaleAnswers() {
    const auto it = records_.find(session_->iteration());
    if (it == records_.end()) return;
    const Trace& trace = session_->trace();
    for (const auto& [cell, r] : it->second) {
        const TraceMatrix* m = trace.find(cell.matrix);
        if (!m || cell.row >= m->values.rows() || cell.column >= m->values.cols() ||
            !sameNumber(m->values(cell.row, cell.column), r.expected)) {
            records_.erase(it); // other numbers (edited data, other weights): start afresh
            completed_.erase(session_->iteration());
            return;
        }
    }
}

QString PracticeSession::cellName(const CellRef& cell) const {
    return QStringLiteral("%1[%2,%3]")
        .arg(QString::fromStdString(cell.matrix))
        .arg(cell.row + 1)
        .arg(cell.column + 1);
}

PracticeSession::Outcome PracticeSession::answerFocused(const QString& text) {
    const auto focus = session_->focusedCell();
    return focus ? answer(*focus, text) : Outcome::NotOpen;
}

PracticeSession::Outcome PracticeSession::answer(const CellRef& cell, const QString& text) {
    CellRecord* r = isOpen(mark(cell)) ? record(cell) : nullptr;
    if (!r) return Outcome::NotOpen;
    const auto value = parsePracticeAnswer(text);
    if (!value) {
        feedback_ =
            tr("“%1” is not a number: type a number such as 0.25 or -1.5e-3.").arg(text.trimmed());
        emit changed();
        return Outcome::NotANumber;
    }
    r->answer = text.trimmed();
    if (isRightAnswer(*value, r->expected, gradingDecimals())) {
        r->right = true;
        feedback_ =
            tr("Right: %1 = %2.").arg(cellName(cell), formatCell(r->expected, gradingDecimals()));
        emit changed();
        moveToNextOpenCell();
        checkComplete();
        return Outcome::Right;
    }
    raiseHelp(cell, *r);
    const QString wrong = tr("Not quite: %1 is not %2.").arg(r->answer, cellName(cell));
    feedback_ = wrong + QLatin1Char(' ') + feedback_;
    emit changed();
    if (r->revealed) {
        moveToNextOpenCell();
        checkComplete();
    }
    return Outcome::Wrong;
}

void PracticeSession::raiseHelp(const CellRef& cell, CellRecord& r) {
    r.help = std::min(r.help + 1, 3);
    if (r.help >= 3) r.revealed = true;
    switch (r.help) {
    case 1:
        feedback_ = tr("Hint 1 of 3: the formula; the cells it uses are orange.");
        break;
    case 2:
        feedback_ = tr("Hint 2 of 3: the formula with the numbers.");
        break;
    default:
        feedback_ = tr("%1 is %2 (revealed).")
                        .arg(cellName(cell), formatCell(r.expected, gradingDecimals()));
        break;
    }
}

void PracticeSession::hint() {
    const auto focus = session_->focusedCell();
    CellRecord* r = focus && isOpen(mark(*focus)) ? record(*focus) : nullptr;
    if (!r) return;
    raiseHelp(*focus, *r);
    emit changed();
    if (r->revealed) {
        moveToNextOpenCell();
        checkComplete();
    }
}

void PracticeSession::revealOpen() {
    const auto it = records_.find(session_->iteration());
    if (!active_ || it == records_.end()) return;
    for (auto& [cell, r] : it->second)
        if (r.open()) r.revealed = true;
    emit changed();
    checkComplete();
}

int PracticeSession::openCellsInStage() const {
    const auto it = records_.find(session_->iteration());
    if (!active_ || it == records_.end()) return 0;
    return static_cast<int>(std::count_if(it->second.begin(), it->second.end(), [&](const auto& e) {
        return e.second.stage == session_->stage() && e.second.open();
    }));
}

bool PracticeSession::nextStep() {
    if (isPractisedStage(session_->stage()) && openCellsInStage() > 0) return false;
    const bool moved = session_->nextStep();
    if (moved && isPractisedStage(session_->stage())) emit focusMoved();
    return moved;
}

std::optional<CellRef> PracticeSession::nextOpenCell() const {
    const auto it = records_.find(session_->iteration());
    if (it == records_.end()) return std::nullopt;
    const auto focus = session_->focusedCell();
    const CellRecord* here = focus ? record(*focus) : nullptr;
    const int after = here ? here->ordinal : -1;
    std::optional<CellRef> first, next;
    int firstOrdinal = 0, nextOrdinal = 0;
    for (const auto& [cell, r] : it->second) {
        if (!r.open() || r.stage > session_->stage()) continue;
        if (!first || r.ordinal < firstOrdinal) {
            first = cell;
            firstOrdinal = r.ordinal;
        }
        if (r.ordinal > after && (!next || r.ordinal < nextOrdinal)) {
            next = cell;
            nextOrdinal = r.ordinal;
        }
    }
    return next ? next : first;
}

void PracticeSession::moveToNextOpenCell() {
    if (const auto next = nextOpenCell()) {
        session_->setFocusedCell(*next);
        emit focusMoved();
    }
}

void PracticeSession::checkComplete() {
    const qint64 iteration = session_->iteration();
    if (completed_.count(iteration)) return;
    int last = -1;
    for (int s = 0; s < session_->stageCount(); ++s)
        if (isPractisedStage(s)) last = s;
    if (last < 0 || session_->stage() < last) return;
    const auto it = records_.find(iteration);
    if (it == records_.end()) return;
    for (const auto& [cell, r] : it->second)
        if (r.open()) return;
    completed_.insert(iteration);
    emit iterationCompleted(iteration);
}

std::vector<PracticeSession::Score> PracticeSession::stepScores(qint64 iteration) const {
    std::map<int, Score> byStep;
    const auto it = records_.find(iteration);
    if (it != records_.end()) {
        for (const auto& [cell, r] : it->second) {
            Score& s = byStep[r.step];
            s.step = r.step;
            ++s.cells;
            s.hints += r.help;
            if (r.right)
                ++(r.help == 0 ? s.firstTry : s.withHints);
            else if (r.revealed)
                ++s.revealed;
            else
                ++s.open;
        }
    }
    std::vector<Score> scores;
    for (const auto& [step, s] : byStep)
        scores.push_back(s);
    return scores;
}

PracticeSession::Score PracticeSession::iterationScore(qint64 iteration) const {
    Score total;
    for (const Score& s : stepScores(iteration)) {
        total.cells += s.cells;
        total.firstTry += s.firstTry;
        total.withHints += s.withHints;
        total.revealed += s.revealed;
        total.open += s.open;
        total.hints += s.hints;
    }
    return total;
}

QString PracticeSession::scoreText() const {
    if (!active_ || !session_->hasLesson()) return {};
    const qint64 iteration = session_->iteration();
    const Score total = iterationScore(iteration);
    if (total.cells == 0) return tr("Practice: nothing to type in this iteration");
    QString text;
    if (isPractisedStage(session_->stage())) {
        for (const Score& s : stepScores(iteration))
            if (s.step == session_->step())
                text = tr("Step %1: %2 of %3 right").arg(s.step).arg(s.right()).arg(s.cells) +
                       QStringLiteral(" · ");
    }
    return text + tr("iteration %1 so far: %2 of %3 right · hints used: %4")
                      .arg(iteration)
                      .arg(total.right())
                      .arg(total.cells)
                      .arg(total.hints);
}

std::vector<PracticeResultRow> PracticeSession::results() const {
    std::vector<PracticeResultRow> rows;
    const QString lesson =
        session_->hasLesson() ? session_->lesson().title.text(QLocale().name()) : QString();
    for (const auto& [iteration, records] : records_) {
        std::vector<std::pair<int, PracticeResultRow>> ordered;
        for (const auto& [cell, r] : records)
            ordered.push_back(
                {r.ordinal, PracticeResultRow{student_, lesson, iteration, r.step, cellName(cell),
                                              r.answer, r.expected, r.right, r.help}});
        std::sort(ordered.begin(), ordered.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (auto& [ordinal, row] : ordered)
            rows.push_back(std::move(row));
    }
    return rows;
}

Saved PracticeSession::exportResults(const QString& path) const {
    return writePracticeResults(path, results());
}

} // namespace backstep
