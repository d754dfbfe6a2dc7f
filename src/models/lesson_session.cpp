// SPDX-License-Identifier: MIT
#include "lesson_session.h"

#include "set_cell_command.h"
#include "settings_change.h"
#include "settings_command.h"

#include "core/initialisation.h"
#include "core/memory_budget.h"

#include <QMetaObject>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace backstep {

namespace {
std::uint64_t cellKey(int row, int column) {
    return static_cast<std::uint64_t>(static_cast<std::uint32_t>(row)) << 32 |
           static_cast<std::uint32_t>(column);
}

// Whether the trace of `t`'s next iteration takes long enough to build (some milliseconds)
// that a trainer taken over is shown once the worker has built it.
bool traceTakesLong(const Trainer& t) {
    qint64 units = t.network().inputs;
    for (int l = 0; l < t.network().layerCount(); ++l)
        units += t.network().fanOut(l);
    return static_cast<qint64>(t.nextBatch().size()) * units > 100'000;
}
} // namespace

LessonSession::LessonSession(QObject* parent) : QObject(parent) {}
LessonSession::~LessonSession() = default;

void LessonSession::setLesson(Lesson lesson) {
    settle();
    auto trainer = std::make_unique<Trainer>(lesson.network, lesson.training, lesson.data,
                                             lesson.initial, lesson.test);
    install(std::move(lesson), std::move(trainer), false, 0);
    undo_.clear();
}

void LessonSession::install(Lesson lesson, std::unique_ptr<Trainer> trainer, bool dataEdited,
                            int stage) {
    // Everything of the lesson's size is built first: if memory runs out, the session keeps
    // the lesson it had.
    Trace trace = traceOfNextIteration(*trainer);
    prefetch_.cancel(); // it reads the trainer being replaced
    lesson_ = std::move(lesson);
    trainer_ = std::move(trainer);
    trace_ = std::move(trace);
    rowLabelsChanged_ = true; // another lesson: other names, perhaps
    dataEdited_ = dataEdited;
    stepBackHistory_.clear();
    indexMatrices();
    changed_.clear();
    stage_ = std::clamp(stage, 0, stageCount() - 1);
    revealed_ = -1;
    resetFocusToStage();
    prefetchNext();
    emit lessonChanged();
    emit traceChanged();
    emit positionChanged();
    emit historyChanged();
}

int LessonSession::epoch() const {
    const int perEpoch = std::max(1, trainer_->iterationsPerEpoch());
    return static_cast<int>(trainer_->iterationsCompleted() / perEpoch + 1);
}

void LessonSession::rebuildTrace() {
    setTrace(traceOfNextIteration(*trainer_));
}

void LessonSession::prefetchNext(std::shared_ptr<void> garbage) {
    prefetch_.start(*trainer_, std::move(garbage));
}

Trace LessonSession::setTrace(Trace trace) {
    std::swap(trace_, trace);
    // rows are samples of the batch or units: the units stay with the lesson
    rowLabelsChanged_ = trace_.sampleIndices != trace.sampleIndices;
    indexMatrices();
    changed_.clear(); // every matrix has new numbers
    stage_ = std::clamp(stage_, 0, stageCount() - 1);
    if (focus_) { // keep the focus where it still exists, refresh its formula
        const TraceMatrix* m = trace_.find(focus_->matrix);
        if (m && focus_->row < m->values.rows() && focus_->column < m->values.cols())
            applyFocus(*focus_);
    }
    return trace; // the one replaced
}

void LessonSession::indexMatrices() {
    matrixStage_.assign(trace_.matrices.size(), 0);
    for (size_t s = 0; s < trace_.stages.size(); ++s)
        for (int m : trace_.stages[s].matrices)
            matrixStage_[static_cast<size_t>(m)] = static_cast<int>(s);
}

int LessonSession::cellsInStage(int stage) const {
    int cells = 0;
    for (int m : trace_.stages[static_cast<size_t>(stage)].matrices)
        cells += static_cast<int>(trace_.matrices[static_cast<size_t>(m)].values.size());
    return cells;
}

std::optional<CellRef> LessonSession::cellOfStageOrder(int stage, int ordinal) const {
    for (int m : trace_.stages[static_cast<size_t>(stage)].matrices) {
        const TraceMatrix& tm = trace_.matrices[static_cast<size_t>(m)];
        const int size = static_cast<int>(tm.values.size());
        if (ordinal < size) {
            const int columns = static_cast<int>(tm.values.cols());
            return CellRef{tm.name, ordinal / columns, ordinal % columns};
        }
        ordinal -= size;
    }
    return std::nullopt;
}

bool LessonSession::isRevealed(int matrix, int row, int column) const {
    const int s = matrixStage_[static_cast<size_t>(matrix)];
    if (s != stage_ || revealed_ < 0) return s <= stage_;
    // cell-by-cell: cells of the stage in order, matrix by matrix, row by row
    int ordinal = 0;
    for (int m : trace_.stages[static_cast<size_t>(stage_)].matrices) {
        const TraceMatrix& tm = trace_.matrices[static_cast<size_t>(m)];
        if (m == matrix)
            return ordinal + row * static_cast<int>(tm.values.cols()) + column < revealed_;
        ordinal += static_cast<int>(tm.values.size());
    }
    return false;
}

bool LessonSession::isMatrixStarted(int matrix) const {
    return isRevealed(matrix, 0, 0);
}

Highlight LessonSession::highlight(int matrix, int row, int column) const {
    if (!isRevealed(matrix, row, column)) return Highlight::None;
    const std::string& name = trace_.matrices[static_cast<size_t>(matrix)].name;
    if (focus_ && focus_->matrix == name && focus_->row == row && focus_->column == column)
        return Highlight::Focused;
    if (static_cast<size_t>(matrix) < focusInputs_.size()) {
        const auto& cells = focusInputs_[static_cast<size_t>(matrix)];
        if (std::binary_search(cells.begin(), cells.end(), cellKey(row, column)))
            return Highlight::Input;
    }
    if (matrixStage_[static_cast<size_t>(matrix)] == stage_) return Highlight::Computed;
    return Highlight::None;
}

bool LessonSession::matrixChanged(int matrix) const {
    return changed_.empty() || (matrix >= 0 && matrix < static_cast<int>(changed_.size()) &&
                                changed_[static_cast<size_t>(matrix)]);
}

void LessonSession::beginChange() {
    changed_.assign(trace_.matrices.size(), 0);
}

void LessonSession::markStages(int from, int to) {
    if (changed_.empty()) return;
    for (size_t m = 0; m < matrixStage_.size(); ++m)
        if (matrixStage_[m] >= std::min(from, to) && matrixStage_[m] <= std::max(from, to))
            changed_[m] = 1;
}

void LessonSession::markFocus() {
    if (changed_.empty() || !focus_) return;
    if (const int i = trace_.indexOf(focus_->matrix); i >= 0) changed_[static_cast<size_t>(i)] = 1;
    for (size_t m = 0; m < focusInputs_.size() && m < changed_.size(); ++m)
        if (!focusInputs_[m].empty()) changed_[m] = 1;
}

void LessonSession::indexFocusInputs() {
    focusInputs_.assign(trace_.matrices.size(), {});
    if (!focusProvenance_) return;
    // the inputs come matrix by matrix: look each name up once
    const std::string* name = nullptr;
    std::vector<std::uint64_t>* cells = nullptr;
    for (const CellRef& input : focusProvenance_->inputs) {
        if (!name || *name != input.matrix) {
            name = &input.matrix;
            const int m = trace_.indexOf(input.matrix);
            cells = m < 0 ? nullptr : &focusInputs_[static_cast<size_t>(m)];
        }
        if (cells) cells->push_back(cellKey(input.row, input.column));
    }
    for (auto& c : focusInputs_)
        if (!std::is_sorted(c.begin(), c.end())) std::sort(c.begin(), c.end());
}

void LessonSession::setFocusedCell(const CellRef& cell) {
    settle();
    if (focus_ && *focus_ == cell) return;
    beginChange();
    applyFocus(cell);
}

void LessonSession::applyFocus(const CellRef& cell) {
    const int m = trace_.indexOf(cell.matrix);
    if (m < 0 || !isRevealed(m, cell.row, cell.column)) return;
    std::optional<Provenance> provenance;
    try {
        provenance = provenanceOf(trace_, cell, 6);
    } catch (const std::out_of_range&) {
        return; // a cell outside its matrix (a focus kept from another shape) is not focused
    }
    markFocus(); // the old focus and its inputs lose their highlight
    focus_ = cell;
    focusProvenance_ = std::move(provenance);
    indexFocusInputs();
    markFocus();
    emit focusChanged();
}

void LessonSession::resetFocusToStage() {
    markFocus();
    focus_.reset();
    focusProvenance_.reset();
    focusInputs_.clear();
    const int ordinal = revealed_ < 0 ? 0 : revealed_ - 1;
    if (const auto cell = cellOfStageOrder(stage_, std::max(ordinal, 0)))
        applyFocus(*cell);
    else
        emit focusChanged();
}

bool LessonSession::nextStep() {
    settle();
    beginChange();
    markStages(stage_, stage_ + 1);
    if (revealed_ >= 0) { // finish the stage that was shown cell by cell
        revealed_ = -1;
    } else if (stage_ + 1 < stageCount()) {
        ++stage_;
    } else { // after step 12: the next iteration, starting from its inputs
        if (trainer_->stop()) return false;
        // worked out while the student stepped: the numbers runIteration and buildTrace give
        std::optional<IterationPrefetch::Result> ahead = prefetch_.take();
        stepBackHistory_.push_back(trainer_->checkpoint());
        if (stepBackHistory_.size() > static_cast<size_t>(stepBackCapacity(
                                          lesson_.network, optimizerStateCopies(lesson_.training))))
            stepBackHistory_.pop_front();
        auto garbage = std::make_shared<Replaced>();
        bool ran = false;
        if (ahead) {
            garbage->trainer = std::exchange(trainer_, std::move(ahead->trainer));
            ran = ahead->ran;
        } else {
            ran = trainer_->runIteration();
        }
        if (!ran) {
            stepBackHistory_.pop_back();
            prefetch_.dispose(std::move(garbage));
            emit historyChanged();
            return false;
        }
        stage_ = 0;
        if (ahead && ahead->trace)
            garbage->trace = setTrace(std::move(*ahead->trace));
        else
            rebuildTrace();
        prefetchNext(std::move(garbage)); // the old iteration is freed there too
        emit traceChanged();
        emit historyChanged();
    }
    resetFocusToStage();
    emit positionChanged();
    return true;
}

bool LessonSession::canGoBack() const {
    return stage_ > 0 || revealed_ >= 0 || !stepBackHistory_.empty();
}

bool LessonSession::previousStep() {
    settle();
    beginChange();
    markStages(stage_ - 1, stage_);
    if (revealed_ >= 0) {
        revealed_ = -1; // leave cell-by-cell mode: back to the whole previous stage
        if (stage_ > 0) --stage_;
    } else if (stage_ > 0) {
        --stage_;
    } else if (!stepBackHistory_.empty()) {
        prefetch_.cancel(); // it reads the trainer restored here
        trainer_->restore(stepBackHistory_.back());
        stepBackHistory_.pop_back();
        stage_ = 0;
        rebuildTrace();
        stage_ = stageCount() - 1;
        prefetchNext();
        emit traceChanged();
        emit historyChanged();
    } else {
        return false;
    }
    resetFocusToStage();
    emit positionChanged();
    return true;
}

bool LessonSession::nextCell() {
    settle();
    beginChange();
    markStages(stage_, stage_ + 1);
    if (revealed_ < 0) { // start the next stage one cell at a time
        if (stage_ + 1 >= stageCount()) return nextStep();
        ++stage_;
        revealed_ = 1;
    } else if (revealed_ < cellsInStage(stage_)) {
        ++revealed_;
    }
    if (revealed_ >= cellsInStage(stage_)) { // the last cell completes the stage
        const int last = revealed_;
        revealed_ = -1;
        if (const auto cell = cellOfStageOrder(stage_, last - 1)) {
            applyFocus(*cell);
            emit positionChanged();
            return true;
        }
    }
    resetFocusToStage();
    emit positionChanged();
    return true;
}

void LessonSession::finishIteration() {
    settle();
    goToStage(stageCount() - 1);
}

void LessonSession::goToStage(int stage) {
    settle();
    beginChange();
    markStages(stage_, std::clamp(stage, 0, stageCount() - 1));
    stage_ = std::clamp(stage, 0, stageCount() - 1);
    revealed_ = -1;
    resetFocusToStage();
    emit positionChanged();
}

void LessonSession::showNewTrainerState(bool atLastStep, std::optional<Trace> trace,
                                        std::shared_ptr<void> garbage) {
    stepBackHistory_.clear();
    stage_ = 0;
    revealed_ = -1;
    if (trace)
        setTrace(std::move(*trace));
    else
        rebuildTrace();
    if (atLastStep) stage_ = stageCount() - 1;
    resetFocusToStage();
    prefetchNext(std::move(garbage));
    emit traceChanged();
    emit positionChanged();
    emit historyChanged();
}

bool LessonSession::goToIteration(qint64 iteration) {
    settle();
    prefetch_.cancel(); // it reads the trainer changed here
    // Back: from the start, on a new trainer that replaces this one once it got there.
    std::unique_ptr<Trainer> fresh;
    if (iteration < this->iteration())
        fresh = std::make_unique<Trainer>(lesson_.network, lesson_.training, trainer_->data(),
                                          lesson_.initial, lesson_.test);
    Trainer& t = fresh ? *fresh : *trainer_;
    bool ok = true;
    const Trainer::Checkpoint start = t.checkpoint();
    std::optional<Trainer::Checkpoint> previous; // the iteration before the target, for Back
    try {
        while (ok && t.iterationsCompleted() + 1 < iteration) {
            if (t.iterationsCompleted() + 2 == iteration) previous = t.checkpoint();
            ok = t.runIteration();
        }
    } catch (const std::bad_alloc&) {
        // where it was (the trace shown is still this trainer's), then let the window say why
        if (!fresh) trainer_->restore(start);
        prefetchNext();
        throw;
    }
    if (fresh) trainer_ = std::move(fresh);
    showNewTrainerState(false);
    if (ok && previous) { // Back goes on to the last step of the iteration before
        stepBackHistory_.push_back(std::move(*previous));
        emit positionChanged();
    }
    return ok;
}

void LessonSession::reset() {
    settle();
    prefetch_.cancel(); // it reads the trainer replaced here
    trainer_ = std::make_unique<Trainer>(lesson_.network, lesson_.training, trainer_->data(),
                                         lesson_.initial, lesson_.test);
    showNewTrainerState(false);
}

void LessonSession::reseed(std::uint64_t seed) {
    settle();
    InitSpec spec = lesson_.initSpec;
    spec.seed = seed;
    lesson_.initSpec = spec;
    lesson_.explicitInit = false;
    lesson_.initial = initialise(lesson_.network, spec);
    undo_.clear(); // edits of the old weights no longer apply
    reset();
    emit lessonChanged();
}

void LessonSession::adoptTrainer(Trainer trainer, std::optional<Trace> trace) {
    prefetch_.cancel(); // it reads the trainer replaced here (or an adoption this one replaces)
    adopting_.reset();
    auto adopted = std::make_unique<Trainer>(std::move(trainer));
    if (trace || !traceTakesLong(*adopted)) {
        completeAdoption(std::move(adopted), std::move(trace));
        return;
    }
    adopting_ = std::move(adopted);
    const quint64 adoption = ++adoption_;
    prefetch_.startTrace(*adopting_, [this, adoption] {
        QMetaObject::invokeMethod(
            this,
            [this, adoption] {
                if (adoption == adoption_) settle();
            },
            Qt::QueuedConnection);
    });
}

void LessonSession::settle() {
    if (!adopting_) return;
    std::optional<Trace> trace = prefetch_.takeTrace();
    std::unique_ptr<Trainer> adopted = std::move(adopting_);
    ++adoption_; // done: a result still on its way finds nothing to do
    completeAdoption(std::move(adopted), std::move(trace));
}

void LessonSession::completeAdoption(std::unique_ptr<Trainer> trainer, std::optional<Trace> trace) {
    if (!trace) // before anything changes: if memory runs out, the session shows what it had
        trace = traceOfNextIteration(*trainer);
    auto garbage = std::make_shared<Replaced>();
    garbage->trainer = std::exchange(trainer_, std::move(trainer));
    // the whole iteration, every step done
    showNewTrainerState(true, std::move(trace), std::move(garbage));
}

bool LessonSession::isEditable(const std::string& matrix) const {
    const TraceMatrix* m = trace_.find(matrix);
    return m && (m->role == MatrixRole::Input || m->role == MatrixRole::Target ||
                 m->role == MatrixRole::Weights || m->role == MatrixRole::Bias);
}

double LessonSession::cellValue(const CellRef& cell) const {
    return trace_.at(cell.matrix).values(cell.row, cell.column);
}

void LessonSession::setCellValue(const CellRef& cell, double value) {
    settle();
    prefetch_.cancel(); // it reads the trainer changed here
    const TraceMatrix& m = trace_.at(cell.matrix);
    if (m.role == MatrixRole::Input || m.role == MatrixRole::Target) {
        // X and y rows are batch rows: write to the sample they came from
        Dataset data = trainer_->data();
        const int sample = trace_.sampleIndices[static_cast<size_t>(cell.row)];
        (m.role == MatrixRole::Input ? data.X : data.y)(sample, cell.column) = value;
        (m.role == MatrixRole::Input ? lesson_.data.X : lesson_.data.y)(sample, cell.column) =
            value;
        trainer_->setData(std::move(data));
        dataEdited_ = true;
    } else {
        Parameters params = trainer_->parameters();
        Layer& layer = params.layers[static_cast<size_t>(m.layer)];
        (m.role == MatrixRole::Weights ? layer.weights : layer.bias)(cell.row, cell.column) = value;
        if (trainer_->iterationsCompleted() == 0) // the initial weights: Reset keeps the edit
            lesson_.initial = params;
        trainer_->setParameters(std::move(params));
    }
    rebuildTrace();
    prefetchNext();
    emit traceChanged();
    emit positionChanged();
}

void LessonSession::editCell(const CellRef& cell, double value) {
    settle();
    if (!isEditable(cell.matrix) || cellValue(cell) == value) return;
    undo_.push(new SetCellCommand(this, cell, cellValue(cell), value));
}

QJsonObject LessonSession::settings() const {
    return lessonSettings(lesson_, dataEdited_);
}

QString LessonSession::checkSettings(const QJsonObject& set) const {
    return settingsRefusal(lesson_, dataEdited_, set);
}

QString LessonSession::changeSettings(const QJsonObject& set, const QString& description) {
    return changeSettings(set, [description] { return description; });
}

QString LessonSession::changeSettings(const QJsonObject& set, Wording description) {
    settle();
    SettingsChange change = changedLesson(lesson_, dataEdited_, set);
    if (!change.lesson) return change.error;
    State after;
    if (continuesTraining(set)) { // the same weights and place, the new settings from here on
        auto trainer = std::make_shared<Trainer>(*trainer_);
        trainer->setConfig(change.lesson->training);
        after = {std::move(*change.lesson), std::move(trainer), dataEdited_, stage_};
    } else {
        const Lesson& l = *change.lesson;
        auto trainer = std::make_shared<Trainer>(l.network, l.training, l.data, l.initial, l.test);
        after = {std::move(*change.lesson), std::move(trainer), false, 0};
    }
    undo_.push(new SettingsCommand(this, state(), std::move(after), std::move(description)));
    return {};
}

LessonSession::State LessonSession::state() const {
    return {lesson_, std::make_shared<const Trainer>(*trainer_), dataEdited_, stage_};
}

void LessonSession::setState(const State& state) {
    settle();
    install(state.lesson, std::make_unique<Trainer>(*state.trainer), state.dataEdited, state.stage);
}

} // namespace backstep
