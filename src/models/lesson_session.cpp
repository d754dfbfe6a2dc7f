// SPDX-License-Identifier: MIT
#include "lesson_session.h"

#include "set_cell_command.h"
#include "settings_change.h"
#include "settings_command.h"

#include "core/initialisation.h"
#include "core/memory_budget.h"

#include <algorithm>

namespace backstep {

LessonSession::LessonSession(QObject* parent) : QObject(parent) {}
LessonSession::~LessonSession() = default;

void LessonSession::setLesson(Lesson lesson) {
    auto trainer = std::make_unique<Trainer>(lesson.network, lesson.training, lesson.data,
                                             lesson.initial, lesson.test);
    install(std::move(lesson), std::move(trainer), false, 0);
    undo_.clear();
}

void LessonSession::install(Lesson lesson, std::unique_ptr<Trainer> trainer, bool dataEdited,
                            int stage) {
    // Everything of the lesson's size is built first: if memory runs out, the session keeps
    // the lesson it had.
    Trace trace = buildTrace(trainer->network(), trainer->config(), trainer->parameters(),
                             trainer->data(), trainer->nextBatch());
    lesson_ = std::move(lesson);
    trainer_ = std::move(trainer);
    trace_ = std::move(trace);
    dataEdited_ = dataEdited;
    stepBackHistory_.clear();
    indexMatrices();
    changed_.clear();
    stage_ = std::clamp(stage, 0, stageCount() - 1);
    revealed_ = -1;
    resetFocusToStage();
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
    trace_ = buildTrace(trainer_->network(), trainer_->config(), trainer_->parameters(),
                        trainer_->data(), trainer_->nextBatch());
    indexMatrices();
    changed_.clear(); // every matrix has new numbers
    stage_ = std::clamp(stage_, 0, stageCount() - 1);
    if (focus_) { // keep the focus where it still exists, refresh its formula
        const TraceMatrix* m = trace_.find(focus_->matrix);
        if (m && focus_->row < m->values.rows() && focus_->column < m->values.cols())
            applyFocus(*focus_);
    }
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
    if (std::binary_search(focusInputs_.begin(), focusInputs_.end(), CellRef{name, row, column}))
        return Highlight::Input;
    if (matrixStage_[static_cast<size_t>(matrix)] == stage_) return Highlight::Computed;
    return Highlight::None;
}

std::optional<Provenance> LessonSession::focusedProvenance() const {
    return focusProvenance_;
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
    const auto mark = [this](const std::string& name) {
        if (const int i = trace_.indexOf(name); i >= 0) changed_[static_cast<size_t>(i)] = 1;
    };
    mark(focus_->matrix);
    for (const CellRef& input : focusInputs_)
        mark(input.matrix);
}

void LessonSession::setFocusedCell(const CellRef& cell) {
    if (focus_ && *focus_ == cell) return;
    beginChange();
    applyFocus(cell);
}

void LessonSession::applyFocus(const CellRef& cell) {
    const int m = trace_.indexOf(cell.matrix);
    if (m < 0 || !isRevealed(m, cell.row, cell.column)) return;
    markFocus(); // the old focus and its inputs lose their highlight
    focus_ = cell;
    focusProvenance_ = provenanceOf(trace_, cell, 6);
    focusInputs_ = focusProvenance_->inputs;
    std::sort(focusInputs_.begin(), focusInputs_.end());
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
    beginChange();
    markStages(stage_, stage_ + 1);
    if (revealed_ >= 0) { // finish the stage that was shown cell by cell
        revealed_ = -1;
    } else if (stage_ + 1 < stageCount()) {
        ++stage_;
    } else { // after step 12: the next iteration, starting from its inputs
        if (trainer_->stop()) return false;
        stepBackHistory_.push_back(trainer_->checkpoint());
        if (stepBackHistory_.size() > static_cast<size_t>(stepBackCapacity(lesson_.network)))
            stepBackHistory_.pop_front();
        if (!trainer_->runIteration()) {
            stepBackHistory_.pop_back();
            emit historyChanged();
            return false;
        }
        stage_ = 0;
        rebuildTrace();
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
    beginChange();
    markStages(stage_ - 1, stage_);
    if (revealed_ >= 0) {
        revealed_ = -1; // leave cell-by-cell mode: back to the whole previous stage
        if (stage_ > 0) --stage_;
    } else if (stage_ > 0) {
        --stage_;
    } else if (!stepBackHistory_.empty()) {
        trainer_->restore(stepBackHistory_.back());
        stepBackHistory_.pop_back();
        stage_ = 0;
        rebuildTrace();
        stage_ = stageCount() - 1;
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
    goToStage(stageCount() - 1);
}

void LessonSession::goToStage(int stage) {
    beginChange();
    markStages(stage_, std::clamp(stage, 0, stageCount() - 1));
    stage_ = std::clamp(stage, 0, stageCount() - 1);
    revealed_ = -1;
    resetFocusToStage();
    emit positionChanged();
}

void LessonSession::showNewTrainerState(bool atLastStep) {
    stepBackHistory_.clear();
    stage_ = 0;
    revealed_ = -1;
    rebuildTrace();
    if (atLastStep) stage_ = stageCount() - 1;
    resetFocusToStage();
    emit traceChanged();
    emit positionChanged();
    emit historyChanged();
}

bool LessonSession::goToIteration(qint64 iteration) {
    if (iteration < this->iteration())
        trainer_ = std::make_unique<Trainer>(lesson_.network, lesson_.training, trainer_->data(),
                                             lesson_.initial, lesson_.test);
    bool ok = true;
    const Trainer::Checkpoint start = trainer_->checkpoint();
    try {
        while (ok && this->iteration() < iteration)
            ok = trainer_->runIteration();
    } catch (const std::bad_alloc&) {
        trainer_->restore(start); // where it was, then let the window say why
        throw;
    }
    showNewTrainerState(false);
    return ok;
}

void LessonSession::reset() {
    trainer_ = std::make_unique<Trainer>(lesson_.network, lesson_.training, trainer_->data(),
                                         lesson_.initial, lesson_.test);
    showNewTrainerState(false);
}

void LessonSession::reseed(std::uint64_t seed) {
    InitSpec spec = lesson_.initSpec;
    spec.seed = seed;
    lesson_.initSpec = spec;
    lesson_.explicitInit = false;
    lesson_.initial = initialise(lesson_.network, spec);
    undo_.clear(); // edits of the old weights no longer apply
    reset();
    emit lessonChanged();
}

void LessonSession::adoptTrainer(const Trainer& trainer) {
    *trainer_ = trainer;
    showNewTrainerState(true); // the whole iteration, every step done
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
    emit traceChanged();
    emit positionChanged();
}

void LessonSession::editCell(const CellRef& cell, double value) {
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
    undo_.push(new SettingsCommand(this, state(), std::move(after), description));
    return {};
}

LessonSession::State LessonSession::state() const {
    return {lesson_, std::make_shared<const Trainer>(*trainer_), dataEdited_, stage_};
}

void LessonSession::setState(const State& state) {
    install(state.lesson, std::make_unique<Trainer>(*state.trainer), state.dataEdited, state.stage);
}

} // namespace backstep
