// SPDX-License-Identifier: MIT
// The state behind the stepping sheet: the lesson, the trainer, the trace of the current
// iteration, how far into it the student has stepped, the focused cell and the edit
// history. Knows nothing of widgets; the window and its tests drive it through this API.
#pragma once

#include "iteration_prefetch.h"
#include "worded_command.h"

#include "core/provenance.h"
#include "core/trace.h"
#include "core/trainer.h"
#include "io/lesson.h"

#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace backstep {

enum class Highlight { None, Computed, Focused, Input };

class LessonSession : public QObject {
    Q_OBJECT
public:
    explicit LessonSession(QObject* parent = nullptr);
    ~LessonSession() override;

    // Replaces everything with `lesson`, at step 1 of iteration 1. Clears the edit history.
    void setLesson(Lesson lesson);
    bool hasLesson() const { return trainer_ != nullptr; }
    const Lesson& lesson() const { return lesson_; }
    const Trainer& trainer() const { return *trainer_; }
    const Trace& trace() const { return trace_; }

    qint64 iteration() const { return trainer_->iterationsCompleted() + 1; } // 1-based
    int epoch() const; // 1-based, of the current iteration
    int stage() const { return stage_; }
    int stageCount() const { return static_cast<int>(trace_.stages.size()); }
    int step() const { return trace_.stages[static_cast<size_t>(stage_)].step; }
    // In cell-by-cell mode, how many cells of the current stage are shown; −1 = all.
    int revealedCells() const { return revealed_; }
    int cellsInStage(int stage) const;

    bool isRevealed(int matrix, int row, int column) const;
    bool isMatrixStarted(int matrix) const; // at least one cell shown
    Highlight highlight(int matrix, int row, int column) const;
    // The stage (index into trace().stages) that computes `matrix`.
    int stageOfMatrix(int matrix) const { return matrixStage_[static_cast<size_t>(matrix)]; }

    // Whether the last position or focus change touched `matrix` (its cells, highlights or
    // title): views repaint only those. True for every matrix after a new trace.
    bool matrixChanged(int matrix) const;
    // Whether the last new trace labels its rows differently from the one before (another
    // batch, or another lesson): grids need not measure their row headers again otherwise.
    bool rowLabelsChanged() const { return rowLabelsChanged_; }

    std::optional<CellRef> focusedCell() const { return focus_; }
    const std::optional<Provenance>& focusedProvenance() const { return focusProvenance_; }
    // Focus a shown cell (click or hover); hidden cells are ignored.
    void setFocusedCell(const CellRef& cell);

    // Navigation. Each returns false when there is nowhere to go.
    bool nextStep();
    bool previousStep();
    bool nextCell();
    void finishIteration(); // to step 12 of this iteration
    void goToStage(int stage);
    // Runs iterations until the current one is `iteration` (≥ the current one), at step 1.
    bool goToIteration(qint64 iteration);
    bool canGoBack() const;

    // Back to the lesson's initial weights (the same ones, so a run can be watched again).
    void reset();
    // New initial weights from the lesson's init method with another seed.
    void reseed(std::uint64_t seed);
    // Takes over a trainer that ran elsewhere (the training thread); shows its current
    // iteration with every step done, from `trace` when given. Forgets the step-back history.
    // A large lesson's trace is built on the worker: until it is there (adopting()), the
    // session still shows the trainer and trace it had, and every change waits for it first.
    void adoptTrainer(Trainer trainer, std::optional<Trace> trace = std::nullopt);
    bool adopting() const { return adopting_ != nullptr; }
    // Completes an adoption now, waiting for its trace if need be.
    void settle();

    // Editing: X, y and the weights before the iteration.
    bool isEditable(const std::string& matrix) const;
    double cellValue(const CellRef& cell) const;
    void setCellValue(const CellRef& cell, double value); // used by the undo commands
    void editCell(const CellRef& cell, double value);     // through the undo stack
    QUndoStack* undoStack() { return &undo_; }
    bool dataEdited() const { return dataEdited_; }

    // Settings, by their paths in the lesson file ("training.learning_rate"): what they are
    // now, why a change could not be made ("" when it can), and the change itself through the
    // undo stack. Changes of the learning rate, batch, loss reduction, epochs and stop at loss
    // go on from the current iteration, which is recomputed at once; any other change starts
    // the changed lesson at iteration 1. Returns "" or the reason nothing changed.
    QJsonObject settings() const;
    QString checkSettings(const QJsonObject& set) const;
    QString changeSettings(const QJsonObject& set, const QString& description);
    // The same, with the undo entry's text worded anew in each language (see Wording).
    QString changeSettings(const QJsonObject& set, Wording description);

    // Everything a settings change replaces, for undo and redo.
    struct State {
        Lesson lesson;
        std::shared_ptr<const Trainer> trainer;
        bool dataEdited = false;
        int stage = 0;
    };
    State state() const;
    void setState(const State& state);

signals:
    void lessonChanged();
    void traceChanged();    // new numbers (shape may change with the batch)
    void positionChanged(); // stage, revealed cells or iteration
    void focusChanged();
    void historyChanged(); // loss history (training, reset)

private:
    // Replaces lesson, trainer and trace (built before anything changes), at `stage`.
    void install(Lesson lesson, std::unique_ptr<Trainer> trainer, bool dataEdited, int stage);
    void rebuildTrace();
    // Shows `trace` (of the trainer's next iteration); returns the one it replaced.
    Trace setTrace(Trace trace);
    // Starts working out the next iteration on the worker, freeing `garbage` there.
    void prefetchNext(std::shared_ptr<void> garbage = {});
    // After the trainer was replaced: the new trace (built here unless given) at step 1 (or
    // 12), history forgotten; `garbage` is freed on the worker.
    void showNewTrainerState(bool atLastStep, std::optional<Trace> trace = std::nullopt,
                             std::shared_ptr<void> garbage = {});
    // Shows `trainer` (its trace built here unless given), the one it replaces freed there.
    void completeAdoption(std::unique_ptr<Trainer> trainer, std::optional<Trace> trace);
    // What a new iteration replaced, freed on the worker.
    struct Replaced {
        std::unique_ptr<Trainer> trainer;
        Trace trace;
    };
    void beginChange();                   // forget what the previous change touched
    void markStages(int from, int to);    // matrices of stages from…to changed
    void markFocus();                     // the focused cell and its inputs changed
    void indexFocusInputs();              // focusInputs_ from the focused cell's provenance
    void applyFocus(const CellRef& cell); // setFocusedCell without starting a new change
    void resetFocusToStage();
    void indexMatrices();
    std::optional<CellRef> cellOfStageOrder(int stage, int ordinal) const;

    Lesson lesson_;
    std::unique_ptr<Trainer> trainer_;
    Trace trace_;
    std::vector<int> matrixStage_;
    int stage_ = 0;
    int revealed_ = -1;
    std::optional<CellRef> focus_;
    std::optional<Provenance> focusProvenance_;
    // The focused cell's inputs by matrix index, as sorted (row << 32 | column) keys: a
    // weight's update has two per sample, so lookups must not compare names.
    std::vector<std::vector<std::uint64_t>> focusInputs_;
    std::vector<char> changed_; // per matrix, for matrixChanged(); empty = all
    bool rowLabelsChanged_ = true;
    std::deque<Trainer::Checkpoint> stepBackHistory_; // one per iteration stepped through
    QUndoStack undo_;
    UndoRewording rewording_{&undo_}; // the history in the language of the moment
    bool dataEdited_ = false;
    // A trainer taken over whose trace the worker is building, and which adoption that is.
    std::unique_ptr<Trainer> adopting_;
    quint64 adoption_ = 0;
    // Last: it reads trainer_ and adopting_ on its worker, so it goes before they do.
    IterationPrefetch prefetch_;
};

} // namespace backstep
