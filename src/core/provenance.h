// SPDX-License-Identifier: MIT
// Where every number of a trace comes from: the cells it was computed from and its
// formula, in symbols and with the actual numbers. Pure functions of the trace.
#pragma once

#include "trace.h"

#include <optional>
#include <string>
#include <vector>

namespace backstep {

struct CellRef {
    std::string matrix; // trace name, e.g. "wh"
    int row = 0;        // 0-based
    int column = 0;     // 0-based

    bool operator==(const CellRef& other) const {
        return matrix == other.matrix && row == other.row && column == other.column;
    }
    bool operator<(const CellRef& other) const;
};

// The sentences of an explanation, as ids: the layers above render them in the user's
// language (src/models/provenance_wording.h). Each comment gives the English and what the
// arguments %1, %2, … of ProvenancePhrase::args are.
enum class ProvenanceWords {
    GivenByLesson,           // "given by the lesson"
    ValueBeforeIteration,    // "the value before this iteration"
    RememberedFromLast,      // "remembered from the last iteration"
    StepIsFlat,              // "the step function is flat on both sides of %1 (a cell)"
    LinearSlope,             // "the slope of linear(z) = z"
    ReluSlope,               // "1 if %1 > 0 else %2" (a cell; "0" or "α")
    DropoutMaskDraw,         // "1 (kept) with probability 1 − p, 0 (dropped) with …"
    Formula,                 // %1: a formula, shown as it is ("α = 0.01")
    InitialThenLastUpdate,   // "the lesson's initial value in iteration 1, …"
    OutputErrorSign,         // "E = y − output, so the updates of steps 11–12 add (+=)"
    UsesWeightsBeforeUpdate, // "uses %1 (a matrix) from before the update of step 11"
    SoftmaxDiagonal,         // "the diagonal of the softmax Jacobian; with cross-entropy …"
    StepUnitCannotLearn,     // "a zero slope passes no gradient back: …"
    SlopeCancels,            // "with %1 (a loss) and %2 (an activation) the slope cancels…"
    DropoutErrorBack,        // "dropout: the unit's share of the error goes back only if …"
    DropoutDrawn,            // "p = %1; drawn anew … (update %2); only while training"
    DropoutScaling,          // "kept units are scaled by 1/(1 − p), …"
    BatchMean,               // "B = %1, the rows of this batch (the loss is their mean)"
    BatchRows,               // "B = %1, the rows of this batch"
    FrozenBiases,            // "this lesson freezes the biases (update_biases: false)"
    BiasSumsRows,            // "the sum runs over the rows (samples), like np.sum(d, axis=0)"
    TermsLeftOut,            // "… stands for %1 more terms"
    StateOfIterationBefore,  // "%1 (a matrix) of the iteration before; zero before …"
    GradientOfBias,          // "G is what step 12 adds before the learning rate (−∂loss/∂b)"
    GradientOfWeights,       // "G is what step 11 adds before the learning rate (−∂loss/∂w)"
    WeightDecay,             // "weight decay λ pulls every weight towards 0"
    Velocity,                // "velocity keeps a share β of the last steps, …"
    FirstMoment,             // "m is a running mean of G: …"
    SecondMoment,            // "v remembers the squares of past G, …"
    BiasCorrection,          // "t = %1, this update's number; m and v start at 0, …"
    AdamStepSize,            // "each weight gets its own step size: …"
    DecayedLearningRate,     // "lr is this epoch's learning rate (lr_decay)"
};

struct ProvenancePhrase {
    ProvenanceWords words = ProvenanceWords::Formula;
    std::vector<std::string> args; // cell and matrix names, numbers: never words

    bool operator==(const ProvenancePhrase& other) const {
        return words == other.words && args == other.args;
    }
};

struct Provenance {
    CellRef cell;
    std::string cellName; // "hidden_layer_input[1,2]" (1-based, like the labels)
    double value = 0.0;
    std::vector<CellRef> inputs; // the cells this one was computed from (the orange cells)
    std::string symbolic; // "Σⱼ X[1,j]·wh[j,2] + bh[1,2]"; "0", "1" or empty with wording
    // Words in place of (symbolic empty) or after ("0 (…)") the formula, for a given value, a
    // step function's slope and the like.
    std::optional<ProvenancePhrase> wording;
    std::string numeric;                 // "1·0.42 + 0·0.72 + 1·0.3 + 0·0.15 + 0.19"
    std::vector<ProvenancePhrase> notes; // conventions worth stating here, in order
};

// Provenance of one cell. Throws std::out_of_range for an unknown matrix or cell.
// Numbers in `numeric` are written with `significantDigits` digits.
Provenance provenanceOf(const Trace& trace, const CellRef& cell, int significantDigits = 4);

// The same with every number of `numeric` written with `decimals` digits after the point, as
// a printed worksheet shows its cells ("1.0000·0.7036 + …").
Provenance provenanceWithDecimals(const Trace& trace, const CellRef& cell, int decimals);

// A number with `decimals` digits after the point ("0.4170", "-3.0000"; never "-0.0000").
std::string formatDecimals(double value, int decimals);

// A number in at most `significantDigits` significant digits ("0.4172", "-3", "1.2e-05").
std::string formatNumber(double value, int significantDigits);

} // namespace backstep
