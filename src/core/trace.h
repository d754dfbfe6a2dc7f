// SPDX-License-Identifier: MIT
// The full, named record of one iteration: every matrix of the 12 steps with its labels.
#pragma once

#include "dataset.h"
#include "iteration.h"
#include "network.h"
#include "trace_names.h"
#include "trainer.h"

#include <string>
#include <vector>

namespace backstep {

struct TraceMatrix {
    std::string name; // the tutorial's name: "hidden_layer_input"
    MatrixRole role = MatrixRole::Input;
    int layer = 0; // weight layer (0-based) for per-layer matrices; 0 for X and y
    int step = 1;  // 1–12
    // Optimiser matrices: what they hold, of which parameter (weights or biases of `layer`).
    OptimizerTerm term = OptimizerTerm::None;
    bool ofBias = false;
    Matrix values;
    std::vector<std::string> rowLabels;    // "sample 1", …, "x1", …, "bias"
    std::vector<std::string> columnLabels; // "x1", "h2", "y", …
};

// One click of the stepping sheet: a step (1–12) applied to one layer. The canonical
// network has exactly 12 stages; deeper networks repeat steps 3, 4, 9 and 10 per layer.
struct TraceStage {
    int step = 1;
    int layer = 0;
    std::vector<int> matrices; // indices into Trace::matrices computed by this stage
};

struct Trace {
    NetworkSpec network;
    TrainingConfig config;
    std::vector<int> sampleIndices; // dataset rows (0-based) in this batch, in batch order
    std::vector<TraceMatrix> matrices;
    std::vector<TraceStage> stages;
    double loss = 0.0;       // loss of the batch before the update, in the lesson's reduction
    std::int64_t update = 1; // t: the number of this iteration's update, counted from 1 (Adam)

    int indexOf(const std::string& name) const; // −1 when absent
    const TraceMatrix* find(const std::string& name) const;
    const TraceMatrix& at(const std::string& name) const; // throws std::out_of_range
    const TraceMatrix* find(MatrixRole role, int layer) const;
};

// Steps 1–12 of one iteration on the rows `sampleIndices` of `data`, starting from `params`
// and the optimiser's `state` (nothing: the first iteration). `config.learningRate` is the
// rate of this iteration.
Trace buildTrace(const NetworkSpec& network, const TrainingConfig& config, const Parameters& params,
                 const Dataset& data, const std::vector<int>& sampleIndices,
                 const OptimizerState& state = {});
// The optimiser's matrices of each parameter: what it remembers from the iteration before
// (step 2: velocity, or m and v) and what steps 11–12 compute before the updated parameter
// (G, the new state, Adam's m̂ and v̂), in the trace's order; empty for plain steps.
std::vector<OptimizerTerm> rememberedTerms(const TrainingConfig& config);
std::vector<OptimizerTerm> computedTerms(const TrainingConfig& config);

// The trace of the iteration `trainer` runs next: its weights, batch, optimiser state and the
// learning rate of the current epoch.
Trace traceOfNextIteration(const Trainer& trainer);

// Words a formula carries besides names and symbols. The core writes a token in their place
// ("d_output = E{cancels}"), and io/core_wording.h puts the reader's words there, so no
// English is built here.
enum class FormulaRemark {
    SlopeCancels,       // " (the loss's derivative cancels the output slope)"
    LinearNothingBends, // " (linear: nothing bends)"
    BiasesUnchanged,    // " unchanged (update_biases: false)"
    EachLayer,          // " of each layer"
    Likewise,           // " likewise"
    NoHiddenLayer,      // " (no hidden layer)"
    NoHiddenLayerSteps, // "  (no hidden layer: steps 3–4 and 9–10 do not exist)"
};
constexpr FormulaRemark allFormulaRemarks[] = {
    FormulaRemark::SlopeCancels,      FormulaRemark::LinearNothingBends,
    FormulaRemark::BiasesUnchanged,   FormulaRemark::EachLayer,
    FormulaRemark::Likewise,          FormulaRemark::NoHiddenLayer,
    FormulaRemark::NoHiddenLayerSteps};
// "{cancels}", "{linear}", …: what stands in a formula for the remark.
std::string formulaToken(FormulaRemark remark);

// The step's formula, as in docs/architecture.md ("X·wh + bh"); its title is in io/step_titles.h.
std::string stepFormula(int step);
// The formula as this lesson computes it: "d_output = E" where the slope cancels, "·lr/B" for
// the mean loss, "unchanged" for frozen biases, no f for a linear hidden layer.
std::string stepFormula(int step, const NetworkSpec& network, const TrainingConfig& config);
// … of the stage that applies `step` to weight layer `layer` (0-based; steps 3, 4, 9 and 10
// repeat per hidden layer): a deeper network's formulas name each layer's matrices as the
// sheet does (hidden_layer_input_2 = hiddenlayer_activations·wh_2 + bh_2). With one hidden
// layer or none, the same as above. Defined in step_formulas.cpp.
std::string stepFormula(int step, int layer, const NetworkSpec& network,
                        const TrainingConfig& config);

} // namespace backstep
