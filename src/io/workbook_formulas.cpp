// SPDX-License-Identifier: MIT
#include "workbook_formulas.h"

#include "core/provenance.h"

#include <cstdio>
#include <cstdlib>
#include <set>

namespace backstep {

namespace {

bool slopeFromActivation(Activation kind) {
    return kind == Activation::Sigmoid || kind == Activation::Softmax || kind == Activation::Tanh;
}

// "a*b+c*d+…" for equally long lists of cell names.
std::string explicitProduct(const std::vector<std::string>& left,
                            const std::vector<std::string>& right) {
    std::string text;
    for (size_t i = 0; i < left.size(); ++i) {
        if (i > 0) text += '+';
        text += left[i] + '*' + right[i];
    }
    return text;
}

} // namespace

std::string formulaNumber(double value) {
    char buffer[32];
    for (int precision = 15; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value) break;
    }
    return buffer;
}

SheetFormulas::SheetFormulas(const Trace& trace, const SheetLayout& layout,
                             const SheetLayout* previous, std::string previousSheet,
                             std::string firstSheet, const std::map<int, SampleOrigin>& origins)
    : trace_(trace), layout_(layout), previous_(previous), previousSheet_(std::move(previousSheet)),
      firstSheet_(std::move(firstSheet)), origins_(origins), last_(trace.network.layerCount() - 1) {
}

const MatrixPlacement& SheetFormulas::previousLayerOutput(int layer) const {
    if (layer == 0) return layout_.at(MatrixRole::Input, 0);
    if (trace_.config.dropout > 0) return layout_.at(MatrixRole::Dropped, layer - 1);
    return layout_.at(MatrixRole::Activation, layer - 1);
}

std::string SheetFormulas::rate() const {
    if (trace_.config.reduction == LossReduction::Mean)
        return "(" + layout_.learningRateCell() + "/" + layout_.batchRowsCell() + ")";
    return layout_.learningRateCell();
}

std::optional<CellFormula> SheetFormulas::cell(const MatrixPlacement& m, int r, int c) const {
    const int l = m.layer;
    const auto at = [&](MatrixRole role, int layer) -> const MatrixPlacement& {
        return layout_.at(role, layer);
    };
    switch (m.role) {
    case MatrixRole::Input:
    case MatrixRole::Target: { // step 1: a sample seen on an earlier sheet refers to it there
        const auto origin = origins_.find(trace_.sampleIndices[static_cast<size_t>(r)]);
        if (origin == origins_.end()) return std::nullopt;
        const SampleOrigin& o = origin->second;
        const bool x = m.role == MatrixRole::Input;
        return CellFormula{"=" + sheetPrefix(o.sheet) +
                           cellName(x ? o.xRow : o.yRow, (x ? o.xColumn : o.yColumn) + c)};
    }
    case MatrixRole::Weights: // step 2: the previous iteration's updated weights
    case MatrixRole::Bias: {
        if (!previous_) return std::nullopt;
        const MatrixRole updated =
            m.role == MatrixRole::Weights ? MatrixRole::WeightsUpdated : MatrixRole::BiasUpdated;
        return CellFormula{"=" + sheetPrefix(previousSheet_) +
                           previous_->at(updated, l).cell(r, c)};
    }
    case MatrixRole::LayerInput: // steps 3 / 5: z = a_prev·W + b
        return layerInput(m, r, c);
    case MatrixRole::Activation: // steps 4 / 5: a = f(z)
        return CellFormula{activation(m, r, c)};
    case MatrixRole::BackError:
        if (l == last_) // step 6: E = y − output
            return CellFormula{"=" + at(MatrixRole::Target, 0).cell(r, c) + "-" +
                               at(MatrixRole::Activation, l).cell(r, c)};
        return CellFormula{hiddenError(m, r, c)}; // step 9: d_next·W_nextᵀ
    case MatrixRole::Slope:                       // step 7: f'(z)
        return CellFormula{slope(m, r, c)};
    case MatrixRole::Delta: {
        const std::string error = at(MatrixRole::BackError, l).cell(r, c);
        if (l == last_ && slopeCancels(trace_.config.loss)) // step 8: d_output = E
            return CellFormula{"=" + error};
        if (l < last_ && trace_.config.dropout > 0) // step 10 with dropout: E ⊙ mask/(1−p) ⊙ f′
            return CellFormula{"=" + error + "*" + at(MatrixRole::DropoutMask, l).cell(r, c) + "/" +
                               formulaNumber(1 - trace_.config.dropout) + "*" +
                               at(MatrixRole::Slope, l).cell(r, c)};
        // step 8 / 10: delta = error ⊙ slope
        return CellFormula{"=" + error + "*" + at(MatrixRole::Slope, l).cell(r, c)};
    }
    case MatrixRole::WeightsUpdated: // step 11: W + a_prevᵀ·delta·lr
        if (!trace_.config.plainUpdates()) return CellFormula{optimizerStep(m, r, c)};
        return CellFormula{weightsUpdated(m, r, c)};
    case MatrixRole::BiasUpdated: { // step 12: b + Σrows(delta)·lr, or b when frozen
        const std::string bias = at(MatrixRole::Bias, l).cell(r, c);
        if (!trace_.config.updateBiases) return CellFormula{"=" + bias};
        if (!trace_.config.plainUpdates()) return CellFormula{optimizerStep(m, r, c)};
        return CellFormula{"=" + bias + "+SUM(" + at(MatrixRole::Delta, l).columnRange(c) + ")*" +
                           rate()};
    }
    case MatrixRole::DropoutMask: // drawn by the lesson's generator: plain values
        return std::nullopt;
    case MatrixRole::Dropped: // step 4 with dropout: a ⊙ mask/(1−p)
        return CellFormula{"=" + at(MatrixRole::Activation, l).cell(r, c) + "*" +
                           at(MatrixRole::DropoutMask, l).cell(r, c) + "/" +
                           formulaNumber(1 - trace_.config.dropout)};
    case MatrixRole::OptimizerState: { // the previous sheet's new state (zeros at first)
        if (!previous_) return std::nullopt;
        const std::string updated = optimizerMatrixName(m.term, parameterName(m), true);
        return CellFormula{"=" + sheetPrefix(previousSheet_) + previous_->at(updated).cell(r, c)};
    }
    case MatrixRole::OptimizerUpdate:
        return CellFormula{optimizerTerm(m, r, c)};
    }
    return std::nullopt;
}

// z[r,c] = Σⱼ a_prev[r,j]·W[j,c] + b[c]: a·b + … for a small fan-in, else a one-cell MMULT of
// the row of a_prev and the column of W (SUMPRODUCT of a row and a column needs array entry).
CellFormula SheetFormulas::layerInput(const MatrixPlacement& m, int r, int c) const {
    const MatrixPlacement& previous = previousLayerOutput(m.layer);
    const MatrixPlacement& weights = layout_.at(MatrixRole::Weights, m.layer);
    const std::string bias = layout_.at(MatrixRole::Bias, m.layer).cell(0, c);
    if (previous.columns > kExplicitTerms)
        return CellFormula{"{=MMULT(" + previous.rowRange(r) + "," + weights.columnRange(c) + ")+" +
                               bias + "}",
                           true};
    std::vector<std::string> left, right;
    for (int j = 0; j < previous.columns; ++j) {
        left.push_back(previous.cell(r, j));
        right.push_back(weights.cell(j, c));
    }
    return CellFormula{"=" + explicitProduct(left, right) + "+" + bias};
}

std::string SheetFormulas::activation(const MatrixPlacement& m, int r, int c) const {
    const MatrixPlacement& input = layout_.at(MatrixRole::LayerInput, m.layer);
    const std::string z = input.cell(r, c);
    const ActivationSpec& f = trace_.network.activation(m.layer);
    switch (f.kind) {
    case Activation::Sigmoid:
        return "=1/(1+EXP(-" + z + "))";
    case Activation::Tanh:
        return "=TANH(" + z + ")";
    case Activation::Relu:
        return "=MAX(0," + z + ")";
    case Activation::LeakyRelu:
        return "=IF(" + z + ">0," + z + "," + formulaNumber(f.leakyAlpha) + "*" + z + ")";
    case Activation::Linear:
        return "=" + z;
    case Activation::Step:
        return "=IF(" + z + ">0,1,0)";
    case Activation::Softmax: { // e^(z − max) / Σ e^(row − max), row by row
        const std::string row = input.rowRange(r);
        return "=EXP(" + z + "-MAX(" + row + "))/SUMPRODUCT(EXP(" + row + "-MAX(" + row + ")))";
    }
    }
    return "=NA()";
}

std::string SheetFormulas::slope(const MatrixPlacement& m, int r, int c) const {
    const std::string a = layout_.at(MatrixRole::Activation, m.layer).cell(r, c);
    const std::string z = layout_.at(MatrixRole::LayerInput, m.layer).cell(r, c);
    const ActivationSpec& f = trace_.network.activation(m.layer);
    switch (f.kind) {
    case Activation::Sigmoid:
    case Activation::Softmax: // the diagonal of the softmax Jacobian, as the tutorial does
        return "=" + a + "*(1-" + a + ")";
    case Activation::Tanh:
        return "=1-" + a + "^2";
    case Activation::Relu:
        return "=IF(" + z + ">0,1,0)";
    case Activation::LeakyRelu:
        return "=IF(" + z + ">0,1," + formulaNumber(f.leakyAlpha) + ")";
    case Activation::Linear:
        return "=1";
    case Activation::Step:
        return "=0";
    }
    return "=NA()";
}

// Error_at_hidden_layer[r,c] = Σₖ d_next[r,k]·W_next[c,k]: row r of d_next with row c of
// W_next, two ranges of the same shape.
std::string SheetFormulas::hiddenError(const MatrixPlacement& m, int r, int c) const {
    const MatrixPlacement& delta = layout_.at(MatrixRole::Delta, m.layer + 1);
    const MatrixPlacement& weights = layout_.at(MatrixRole::Weights, m.layer + 1);
    if (delta.columns > kExplicitTerms)
        return "=SUMPRODUCT(" + delta.rowRange(r) + "," + weights.rowRange(c) + ")";
    std::vector<std::string> left, right;
    for (int k = 0; k < delta.columns; ++k) {
        left.push_back(delta.cell(r, k));
        right.push_back(weights.cell(c, k));
    }
    return "=" + explicitProduct(left, right);
}

// W_updated[r,c] = W[r,c] + (Σᵢ a_prev[i,r]·delta[i,c])·lr: column r of a_prev with column c
// of delta, two ranges of the same shape.
std::string SheetFormulas::weightsUpdated(const MatrixPlacement& m, int r, int c) const {
    const std::string weight = layout_.at(MatrixRole::Weights, m.layer).cell(r, c);
    return "=" + weight + "+" + productSum(m, r, c) + "*" + rate();
}

// Σᵢ a_prev[i,r]·delta[i,c] for weight (r, c) of `m`'s layer, as one formula term.
std::string SheetFormulas::productSum(const MatrixPlacement& m, int r, int c) const {
    const MatrixPlacement& previous = previousLayerOutput(m.layer);
    const MatrixPlacement& delta = layout_.at(MatrixRole::Delta, m.layer);
    std::string sum;
    if (delta.rows > kExplicitTerms) {
        sum = "SUMPRODUCT(" + previous.columnRange(r) + "," + delta.columnRange(c) + ")";
    } else {
        std::vector<std::string> left, right;
        for (int i = 0; i < delta.rows; ++i) {
            left.push_back(previous.cell(i, r));
            right.push_back(delta.cell(i, c));
        }
        sum = "(" + explicitProduct(left, right) + ")";
    }
    return sum;
}

// The name of the weights or biases an optimiser matrix (or an updated parameter) belongs to.
std::string SheetFormulas::parameterName(const MatrixPlacement& m) const {
    const bool bias = m.ofBias || m.role == MatrixRole::BiasUpdated;
    return traceName(bias ? MatrixRole::Bias : MatrixRole::Weights, m.layer, last_ + 1);
}

// The optimiser's matrices (optimizer.h), cell by cell.
std::string SheetFormulas::optimizerTerm(const MatrixPlacement& m, int r, int c) const {
    const OptimizerSpec& o = trace_.config.optimizer;
    const std::string parameter = parameterName(m);
    const auto named = [&](OptimizerTerm term, bool updated) {
        return layout_.at(optimizerMatrixName(term, parameter, updated)).cell(r, c);
    };
    const std::string G = named(OptimizerTerm::Gradient, true);
    const std::string t = std::to_string(trace_.update);
    switch (m.term) {
    case OptimizerTerm::Gradient: {
        // G_w = a_prevᵀ·delta (/B) − λ·w;  G_b = Σrows(delta) (/B)
        const MatrixPlacement& delta = layout_.at(MatrixRole::Delta, m.layer);
        std::string g = m.ofBias ? "SUM(" + delta.columnRange(c) + ")" : productSum(m, r, c);
        if (trace_.config.reduction == LossReduction::Mean) g += "/" + layout_.batchRowsCell();
        if (!m.ofBias && trace_.config.weightDecay != 0)
            g += "-" + formulaNumber(trace_.config.weightDecay) + "*" +
                 layout_.at(MatrixRole::Weights, m.layer).cell(r, c);
        return "=" + g;
    }
    case OptimizerTerm::Velocity: // β·velocity + G
        return "=" + formulaNumber(o.beta) + "*" + named(OptimizerTerm::Velocity, false) + "+" + G;
    case OptimizerTerm::FirstMoment: // β1·m + (1−β1)·G
        return "=" + formulaNumber(o.beta1) + "*" + named(OptimizerTerm::FirstMoment, false) + "+" +
               formulaNumber(1 - o.beta1) + "*" + G;
    case OptimizerTerm::SecondMoment: // β2·v + (1−β2)·G²
        return "=" + formulaNumber(o.beta2) + "*" + named(OptimizerTerm::SecondMoment, false) +
               "+" + formulaNumber(1 - o.beta2) + "*" + G + "^2";
    case OptimizerTerm::FirstMomentCorrected: // m/(1−β1ᵗ)
        return "=" + named(OptimizerTerm::FirstMoment, true) + "/(1-" + formulaNumber(o.beta1) +
               "^" + t + ")";
    case OptimizerTerm::SecondMomentCorrected: // v/(1−β2ᵗ)
        return "=" + named(OptimizerTerm::SecondMoment, true) + "/(1-" + formulaNumber(o.beta2) +
               "^" + t + ")";
    case OptimizerTerm::None:
        break;
    }
    return "=NA()";
}

// θ + lr·G, θ + lr·velocity, θ + lr·m̂/(√v̂ + ε)
std::string SheetFormulas::optimizerStep(const MatrixPlacement& m, int r, int c) const {
    const bool bias = m.role == MatrixRole::BiasUpdated;
    const std::string parameter = parameterName(m);
    const std::string theta =
        layout_.at(bias ? MatrixRole::Bias : MatrixRole::Weights, m.layer).cell(r, c);
    const auto named = [&](OptimizerTerm term, bool updated) {
        return layout_.at(optimizerMatrixName(term, parameter, updated)).cell(r, c);
    };
    const std::string lr = layout_.learningRateCell();
    switch (trace_.config.optimizer.kind) {
    case OptimizerSpec::Kind::Sgd:
        return "=" + theta + "+" + lr + "*" + named(OptimizerTerm::Gradient, true);
    case OptimizerSpec::Kind::Momentum:
        return "=" + theta + "+" + lr + "*" + named(OptimizerTerm::Velocity, true);
    case OptimizerSpec::Kind::Adam:
        return "=" + theta + "+" + lr + "*" + named(OptimizerTerm::FirstMomentCorrected, true) +
               "/(SQRT(" + named(OptimizerTerm::SecondMomentCorrected, true) + ")+" +
               formulaNumber(trace_.config.optimizer.epsilon) + ")";
    }
    return "=NA()";
}

std::optional<std::string> SheetFormulas::learningRate() const {
    // with lr_decay every sheet holds its epoch's rate; else later sheets use the first one's
    if (!previous_ || trace_.config.learningRateDecay.active()) return std::nullopt;
    return "=" + sheetPrefix(firstSheet_) + layout_.learningRateCell();
}

std::string SheetFormulas::batchRows() const {
    return "=ROWS(" + layout_.at(MatrixRole::Input, 0).range() + ")";
}

std::string SheetFormulas::loss() const {
    const std::string y = layout_.at(MatrixRole::Target, 0).range();
    std::string sum;
    switch (trace_.config.loss) {
    case Loss::Mse: // ½·Σ E²
        sum = "0.5*SUMSQ(" + layout_.at(MatrixRole::BackError, last_).range() + ")";
        break;
    case Loss::Bce: { // Σ max(z,0) − y·z + ln(1 + e^−|z|), from z as the core does
        const std::string z = layout_.at(MatrixRole::LayerInput, last_).range();
        sum = "SUMPRODUCT((" + z + ">0)*" + z + "-" + y + "*" + z + "+LN(1+EXP(-ABS(" + z + "))))";
        break;
    }
    case Loss::CrossEntropy: { // −Σ y·ln(output); where y = 0 the term is 0 (ln 1)
        const std::string out = layout_.at(MatrixRole::Activation, last_).range();
        sum = "-SUMPRODUCT(" + y + "*LN(" + out + "+(" + y + "=0)))";
        break;
    }
    }
    if (trace_.config.reduction == LossReduction::Mean)
        return "=(" + sum + ")/" + layout_.batchRowsCell();
    return "=" + sum;
}

std::vector<std::string> inputMatrices(const Trace& trace, MatrixRole role, int layer) {
    const NetworkSpec& net = trace.network;
    const int count = net.layerCount();
    const int last = count - 1;
    const auto name = [&](MatrixRole r, int l) { return traceName(r, l, count); };
    const std::string previous =
        layer == 0 ? name(MatrixRole::Input, 0) : name(MatrixRole::Activation, layer - 1);
    switch (role) {
    case MatrixRole::LayerInput:
        return {previous, name(MatrixRole::Weights, layer), name(MatrixRole::Bias, layer)};
    case MatrixRole::Activation:
        return {name(MatrixRole::LayerInput, layer)};
    case MatrixRole::BackError:
        if (layer == last) return {name(MatrixRole::Target, 0), name(MatrixRole::Activation, last)};
        return {name(MatrixRole::Delta, layer + 1), name(MatrixRole::Weights, layer + 1)};
    case MatrixRole::Slope: {
        const Activation kind = net.activation(layer).kind;
        if (kind == Activation::Linear) return {};
        return {slopeFromActivation(kind) ? name(MatrixRole::Activation, layer)
                                          : name(MatrixRole::LayerInput, layer)};
    }
    case MatrixRole::Delta:
        if (layer == last && slopeCancels(trace.config.loss))
            return {name(MatrixRole::BackError, last)};
        return {name(MatrixRole::BackError, layer), name(MatrixRole::Slope, layer)};
    case MatrixRole::WeightsUpdated:
        return {name(MatrixRole::Weights, layer), previous, name(MatrixRole::Delta, layer)};
    case MatrixRole::BiasUpdated:
        if (!trace.config.updateBiases) return {name(MatrixRole::Bias, layer)};
        return {name(MatrixRole::Bias, layer), name(MatrixRole::Delta, layer)};
    default:
        return {};
    }
}

std::vector<std::string> inputMatrices(const Trace& trace, const TraceMatrix& matrix) {
    const bool beyondTutorial =
        matrix.role == MatrixRole::OptimizerState || matrix.role == MatrixRole::OptimizerUpdate ||
        matrix.role == MatrixRole::DropoutMask || matrix.role == MatrixRole::Dropped ||
        trace.config.dropout > 0 ||
        (!trace.config.plainUpdates() &&
         (matrix.role == MatrixRole::WeightsUpdated || matrix.role == MatrixRole::BiasUpdated));
    if (!beyondTutorial) return inputMatrices(trace, matrix.role, matrix.layer);
    // the matrices the provenance of a cell names, for a cell in each column
    std::set<std::string> names;
    for (int c = 0; c < matrix.values.cols(); ++c)
        for (const CellRef& input : provenanceOf(trace, {matrix.name, 0, c}).inputs)
            if (input.matrix != matrix.name) names.insert(input.matrix);
    return {names.begin(), names.end()};
}

bool usesLearningRate(const Trace& trace, MatrixRole role) {
    return role == MatrixRole::WeightsUpdated ||
           (role == MatrixRole::BiasUpdated && trace.config.updateBiases);
}

} // namespace backstep
