// SPDX-License-Identifier: MIT
#include "trace.h"

#include <stdexcept>

namespace backstep {

int Trace::indexOf(const std::string& name) const {
    for (size_t i = 0; i < matrices.size(); ++i)
        if (matrices[i].name == name) return static_cast<int>(i);
    return -1;
}

const TraceMatrix* Trace::find(const std::string& name) const {
    const int i = indexOf(name);
    return i < 0 ? nullptr : &matrices[static_cast<size_t>(i)];
}

const TraceMatrix& Trace::at(const std::string& name) const {
    if (const TraceMatrix* m = find(name)) return *m;
    throw std::out_of_range("no matrix named " + name + " in the trace");
}

const TraceMatrix* Trace::find(MatrixRole role, int layer) const {
    for (const TraceMatrix& m : matrices)
        if (m.role == role &&
            (m.layer == layer || role == MatrixRole::Input || role == MatrixRole::Target))
            return &m;
    return nullptr;
}

namespace {

class TraceBuilder {
public:
    TraceBuilder(Trace& trace, const Dataset& data) : trace_(trace), data_(data) {}

    std::vector<std::string> unitLabels(int layer) const {
        const NetworkSpec& net = trace_.network;
        if (layer < 0) return data_.featureNames;
        if (layer == net.layerCount() - 1) return data_.targetNames;
        std::vector<std::string> labels;
        for (int u = 0; u < net.fanOut(layer); ++u)
            labels.push_back(hiddenUnitLabel(layer, u));
        return labels;
    }

    std::vector<std::string> sampleLabels() const {
        std::vector<std::string> labels;
        for (int i : trace_.sampleIndices)
            labels.push_back("sample " + std::to_string(i + 1));
        return labels;
    }

    int add(MatrixRole role, int layer, Matrix values) {
        const int layerCount = trace_.network.layerCount();
        const bool output = layer == layerCount - 1 && role != MatrixRole::Input;
        TraceMatrix m;
        m.name = traceName(role, layer, layerCount);
        m.role = role;
        m.layer = layer;
        m.step = traceStep(role, output);
        m.values = std::move(values);
        switch (role) {
        case MatrixRole::OptimizerState:
        case MatrixRole::OptimizerUpdate:
            break; // added by addOptimizer
        case MatrixRole::Input:
            m.rowLabels = sampleLabels();
            m.columnLabels = data_.featureNames;
            break;
        case MatrixRole::Target:
            m.rowLabels = sampleLabels();
            m.columnLabels = data_.targetNames;
            break;
        case MatrixRole::Weights:
        case MatrixRole::WeightsUpdated:
            m.rowLabels = unitLabels(layer - 1);
            m.columnLabels = unitLabels(layer);
            break;
        case MatrixRole::Bias:
        case MatrixRole::BiasUpdated:
            m.rowLabels = {"bias"};
            m.columnLabels = unitLabels(layer);
            break;
        default:
            m.rowLabels = sampleLabels();
            m.columnLabels = unitLabels(layer);
            break;
        }
        trace_.matrices.push_back(std::move(m));
        return static_cast<int>(trace_.matrices.size()) - 1;
    }

    // An optimiser matrix of layer `layer`'s weights or biases: state before the iteration
    // (step 2) or computed by step 11 (weights) / 12 (biases).
    int addOptimizer(MatrixRole role, OptimizerTerm term, int layer, bool ofBias, Matrix values) {
        const int layerCount = trace_.network.layerCount();
        const std::string parameter =
            traceName(ofBias ? MatrixRole::Bias : MatrixRole::Weights, layer, layerCount);
        TraceMatrix m;
        m.name = optimizerMatrixName(term, parameter, role == MatrixRole::OptimizerUpdate);
        m.role = role;
        m.layer = layer;
        m.term = term;
        m.ofBias = ofBias;
        m.step = role == MatrixRole::OptimizerState ? 2 : ofBias ? 12 : 11;
        m.values = std::move(values);
        m.rowLabels = ofBias ? std::vector<std::string>{"bias"} : unitLabels(layer - 1);
        m.columnLabels = unitLabels(layer);
        trace_.matrices.push_back(std::move(m));
        return static_cast<int>(trace_.matrices.size()) - 1;
    }

    void stage(int step, int layer, std::vector<int> indices) {
        trace_.stages.push_back(TraceStage{step, layer, std::move(indices)});
    }

private:
    Trace& trace_;
    const Dataset& data_;
};

} // namespace

namespace {

// The optimiser's state kept for one parameter matrix, or zeros of its shape.
Matrix keptOrZero(const std::vector<Layer>& kept, int layer, bool ofBias, const Matrix& shape) {
    const auto l = static_cast<size_t>(layer);
    const Matrix* m = l < kept.size() ? (ofBias ? &kept[l].bias : &kept[l].weights) : nullptr;
    return m && m->size() > 0 ? *m : Matrix::Zero(shape.rows(), shape.cols());
}

} // namespace

std::vector<OptimizerTerm> rememberedTerms(const TrainingConfig& config) {
    switch (config.optimizer.kind) {
    case OptimizerSpec::Kind::Sgd:
        return {};
    case OptimizerSpec::Kind::Momentum:
        return {OptimizerTerm::Velocity};
    case OptimizerSpec::Kind::Adam:
        return {OptimizerTerm::FirstMoment, OptimizerTerm::SecondMoment};
    }
    return {};
}

std::vector<OptimizerTerm> computedTerms(const TrainingConfig& config) {
    if (config.plainUpdates()) return {};
    std::vector<OptimizerTerm> terms{OptimizerTerm::Gradient};
    for (OptimizerTerm t : rememberedTerms(config))
        terms.push_back(t);
    if (config.optimizer.kind == OptimizerSpec::Kind::Adam) {
        terms.push_back(OptimizerTerm::FirstMomentCorrected);
        terms.push_back(OptimizerTerm::SecondMomentCorrected);
    }
    return terms;
}

namespace {

const Matrix& termValues(const OptimizerWork& w, OptimizerTerm term, bool ofBias) {
    const auto pick = [ofBias](const Layer& layer) -> const Matrix& {
        return ofBias ? layer.bias : layer.weights;
    };
    switch (term) {
    case OptimizerTerm::Gradient:
        return pick(w.gradient);
    case OptimizerTerm::Velocity:
    case OptimizerTerm::FirstMoment:
        return pick(w.first);
    case OptimizerTerm::SecondMoment:
        return pick(w.second);
    case OptimizerTerm::FirstMomentCorrected:
        return pick(w.firstCorrected);
    case OptimizerTerm::SecondMomentCorrected:
    case OptimizerTerm::None:
        break;
    }
    return pick(w.secondCorrected);
}

} // namespace

Trace traceOfNextIteration(const Trainer& trainer) {
    return buildTrace(trainer.network(), trainer.iterationConfig(), trainer.parameters(),
                      trainer.data(), trainer.nextBatch(), trainer.optimizerState());
}

Trace buildTrace(const NetworkSpec& network, const TrainingConfig& config, const Parameters& params,
                 const Dataset& data, const std::vector<int>& sampleIndices,
                 const OptimizerState& state) {
    Trace trace;
    trace.network = network;
    trace.config = config;
    trace.sampleIndices = sampleIndices;
    trace.update = state.updates + 1;

    Matrix X, y;
    data.gatherRows(sampleIndices, X, y);
    IterationWork work;
    computeIteration(network, config, params, X, y, work, state);
    trace.loss = config.reducedLoss(work.loss, X.rows());

    TraceBuilder b(trace, data);
    const int last = network.layerCount() - 1;
    const auto L = [&](int l) -> LayerWork& { return work.layers[static_cast<size_t>(l)]; };

    b.stage(1, 0, {b.add(MatrixRole::Input, 0, X), b.add(MatrixRole::Target, 0, y)});
    std::vector<int> initial;
    for (int l = 0; l <= last; ++l) {
        initial.push_back(
            b.add(MatrixRole::Weights, l, params.layers[static_cast<size_t>(l)].weights));
        initial.push_back(b.add(MatrixRole::Bias, l, params.layers[static_cast<size_t>(l)].bias));
    }
    // What momentum or Adam remembers from earlier iterations (zeros before the first).
    for (int l = 0; l <= last; ++l) {
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        for (const bool ofBias : {false, true}) {
            if (ofBias && !config.updateBiases) continue;
            for (OptimizerTerm term : rememberedTerms(config)) {
                const auto& kept = term == OptimizerTerm::SecondMoment ? state.second : state.first;
                initial.push_back(b.addOptimizer(
                    MatrixRole::OptimizerState, term, l, ofBias,
                    keptOrZero(kept, l, ofBias, ofBias ? layer.bias : layer.weights)));
            }
        }
    }
    b.stage(2, 0, initial);
    for (int l = 0; l < last; ++l) {
        b.stage(3, l, {b.add(MatrixRole::LayerInput, l, L(l).input)});
        std::vector<int> step4{b.add(MatrixRole::Activation, l, L(l).activation)};
        if (config.dropout > 0) { // the mask drawn for this iteration and what it lets through
            step4.push_back(b.add(MatrixRole::DropoutMask, l, L(l).dropoutMask));
            step4.push_back(b.add(MatrixRole::Dropped, l, L(l).dropped));
        }
        b.stage(4, l, step4);
    }
    b.stage(5, last,
            {b.add(MatrixRole::LayerInput, last, L(last).input),
             b.add(MatrixRole::Activation, last, L(last).activation)});
    b.stage(6, last, {b.add(MatrixRole::BackError, last, L(last).backError)});
    std::vector<int> slopes;
    for (int l = last; l >= 0; --l)
        slopes.push_back(b.add(MatrixRole::Slope, l, L(l).slope));
    b.stage(7, last, slopes);
    b.stage(8, last, {b.add(MatrixRole::Delta, last, L(last).delta)});
    for (int l = last - 1; l >= 0; --l) {
        b.stage(9, l, {b.add(MatrixRole::BackError, l, L(l).backError)});
        b.stage(10, l, {b.add(MatrixRole::Delta, l, L(l).delta)});
    }
    // Steps 11–12: per layer, G and the optimiser's new state (if any), then the update.
    std::vector<int> weights, biases;
    for (int l = last; l >= 0; --l) {
        for (OptimizerTerm term : computedTerms(config))
            weights.push_back(b.addOptimizer(MatrixRole::OptimizerUpdate, term, l, false,
                                             termValues(L(l).optimizer, term, false)));
        weights.push_back(b.add(MatrixRole::WeightsUpdated, l, L(l).weightsUpdated));
    }
    b.stage(11, last, weights);
    for (int l = last; l >= 0; --l) {
        if (config.updateBiases)
            for (OptimizerTerm term : computedTerms(config))
                biases.push_back(b.addOptimizer(MatrixRole::OptimizerUpdate, term, l, true,
                                                termValues(L(l).optimizer, term, true)));
        biases.push_back(b.add(MatrixRole::BiasUpdated, l, L(l).biasUpdated));
    }
    b.stage(12, last, biases);
    return trace;
}

std::string formulaToken(FormulaRemark remark) {
    switch (remark) {
    case FormulaRemark::SlopeCancels:
        return "{cancels}";
    case FormulaRemark::LinearNothingBends:
        return "{linear}";
    case FormulaRemark::BiasesUnchanged:
        return "{unchanged}";
    case FormulaRemark::EachLayer:
        return "{each_layer}";
    case FormulaRemark::Likewise:
        return "{likewise}";
    case FormulaRemark::NoHiddenLayer:
        return "{no_hidden}";
    case FormulaRemark::NoHiddenLayerSteps:
        return "{no_hidden_steps}";
    }
    return "{?}";
}

std::string stepFormula(int step) {
    switch (step) {
    case 1:
        return "X, y";
    case 2:
        return "wh, bh, wout, bout";
    case 3:
        return "hidden_layer_input = X·wh + bh";
    case 4:
        return "hiddenlayer_activations = f(hidden_layer_input)";
    case 5:
        return "output = g(hiddenlayer_activations·wout + bout)";
    case 6:
        return "E = y − output";
    case 7:
        return "slope = f′" + formulaToken(FormulaRemark::EachLayer);
    case 8:
        return "d_output = E ⊙ slope_output_layer";
    case 9:
        return "Error_at_hidden_layer = d_output · woutᵀ";
    case 10:
        return "d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer";
    case 11:
        return "wout += hiddenlayer_activationsᵀ·d_output·lr;  wh += Xᵀ·d_hiddenlayer·lr";
    case 12:
        return "bout += Σrows(d_output)·lr;  bh += Σrows(d_hiddenlayer)·lr";
    }
    return "?";
}

namespace {

// Steps 11–12 with G: how G is made and how the optimiser turns it into the update.
std::string optimizerFormula(int step, const NetworkSpec& network, const TrainingConfig& config) {
    const bool mean = config.reduction == LossReduction::Mean;
    const bool hidden = !network.hidden.empty();
    const int layers = network.layerCount(), last = layers - 1;
    // The hidden layers' parameters, deepest first: "wh_2, wh" (or "G_bh_2, G_bh").
    const auto hiddenNames = [&](MatrixRole role, const std::string& prefix) {
        std::string names;
        for (int l = last - 1; l >= 0; --l)
            names += (names.empty() ? "" : ", ") + prefix + traceName(role, l, layers);
        return names;
    };
    std::string g;
    if (step == 11) {
        const std::string input =
            !hidden ? "X"
                    : traceName(config.dropout > 0 ? MatrixRole::Dropped : MatrixRole::Activation,
                                last - 1, layers);
        g = "G_wout = " + input + "ᵀ·d_output" + std::string(mean ? "/B" : "");
        if (config.weightDecay != 0) g += " − λ·wout";
        if (hidden)
            g += ", " + hiddenNames(MatrixRole::Weights, "G_") +
                 formulaToken(FormulaRemark::Likewise);
    } else {
        if (!config.updateBiases)
            return (hidden ? "bout, " + hiddenNames(MatrixRole::Bias, "") : std::string("bout")) +
                   formulaToken(FormulaRemark::BiasesUnchanged);
        g = "G_bout = Σrows(d_output)" + std::string(mean ? "/B" : "") +
            (hidden ? ", " + hiddenNames(MatrixRole::Bias, "G_") +
                          formulaToken(FormulaRemark::Likewise)
                    : "");
    }
    const std::string p = step == 11 ? "wout" : "bout";
    switch (config.optimizer.kind) {
    case OptimizerSpec::Kind::Sgd:
        return g + ";  " + p + " += lr·G_" + p;
    case OptimizerSpec::Kind::Momentum:
        return g + ";  velocity = β·velocity + G;  " + p + " += lr·velocity_" + p + "_updated";
    case OptimizerSpec::Kind::Adam:
        return g + ";  m = β1·m + (1−β1)·G;  v = β2·v + (1−β2)·G⊙G;  m̂ = m/(1−β1ᵗ);  " +
               "v̂ = v/(1−β2ᵗ);  " + p + " += lr·m̂/(√v̂ + ε)";
    }
    return g;
}

} // namespace

std::string stepFormula(int step, const NetworkSpec& network, const TrainingConfig& config) {
    const std::string rate = config.reduction == LossReduction::Mean ? "lr/B" : "lr";
    if ((step == 11 || step == 12) && !config.plainUpdates())
        return optimizerFormula(step, network, config);
    if (network.hidden.empty()) { // a perceptron or linear regression: X feeds the output
        switch (step) {
        case 2:
            return "wout, bout";
        case 3:
        case 4:
        case 9:
        case 10:
            return "—" + formulaToken(FormulaRemark::NoHiddenLayer);
        case 5:
            return "output = g(X·wout + bout)" + formulaToken(FormulaRemark::NoHiddenLayerSteps);
        case 7:
            return "slope_output_layer = g′(output_layer_input)";
        case 11:
            return "wout += Xᵀ·d_output·" + rate;
        case 12:
            if (!config.updateBiases) return "bout" + formulaToken(FormulaRemark::BiasesUnchanged);
            return "bout += Σrows(d_output)·" + rate;
        }
    }
    if (config.dropout > 0) { // the next layer reads the kept units, scaled
        switch (step) {
        case 4:
            return "hiddenlayer_activations = f(hidden_layer_input);  dropped_activations = "
                   "hiddenlayer_activations ⊙ dropout_mask/(1−p)";
        case 5:
            return "output = g(dropped_activations·wout + bout)";
        case 10:
            return "d_hiddenlayer = Error_at_hidden_layer ⊙ dropout_mask/(1−p) ⊙ "
                   "slope_hidden_layer";
        case 11:
            if (config.plainUpdates())
                return "wout += dropped_activationsᵀ·d_output·" + rate +
                       ";  wh += Xᵀ·d_hiddenlayer·" + rate;
        }
    }
    switch (step) {
    case 4:
        if (network.hiddenActivation.kind == Activation::Linear)
            return "hiddenlayer_activations = hidden_layer_input" +
                   formulaToken(FormulaRemark::LinearNothingBends);
        break;
    case 8:
        if (slopeCancels(config.loss))
            return "d_output = E" + formulaToken(FormulaRemark::SlopeCancels);
        break;
    case 11:
        return "wout += hiddenlayer_activationsᵀ·d_output·" + rate + ";  wh += Xᵀ·d_hiddenlayer·" +
               rate;
    case 12:
        if (!config.updateBiases) return "bout, bh" + formulaToken(FormulaRemark::BiasesUnchanged);
        return "bout += Σrows(d_output)·" + rate + ";  bh += Σrows(d_hiddenlayer)·" + rate;
    }
    return stepFormula(step);
}

} // namespace backstep
