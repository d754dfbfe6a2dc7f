// SPDX-License-Identifier: MIT
// Which cells of an iteration's matrices belong to a hidden unit that dropout left out, so
// the sheet can grey them. The rule, for hidden layer l with this iteration's mask M
// (dropout_mask, N samples × h units; 0 = dropped):
//
//  * Per sample — cell (r, j) where M(r, j) = 0, in the matrices the mask multiplies:
//    dropout_mask itself, dropped_activations (a ⊙ M/(1−p): the unit passes 0 on) and
//    d_hiddenlayer (Error_at_hidden_layer ⊙ M/(1−p) ⊙ slope: it passes no error back).
//    Not hiddenlayer_activations, slope_hidden_layer or Error_at_hidden_layer: they are
//    computed for every unit as without dropout; the mask acts after them.
//  * Whole batch — unit j dropped in every sample of the batch (column j of M all 0; always
//    so for the dropped units of a one-sample batch): the batch's error reaches none of the
//    unit's weights, so step 11–12's contributions of this batch to them are 0 — greyed are
//    column j of G and of the updated weights and biases of layer l (the unit's incoming
//    weights: G_wh, wh_updated, G_bh, bh_updated) and row j of G and of the updated weights
//    of layer l+1 (its outgoing weights: G_wout, wout_updated). The optimiser's memory
//    (velocity, m, v, m̂, v̂) is not greyed: it still holds earlier iterations, and weight
//    decay and that memory can still move a greyed weight.
//  * A unit dropped in only some samples still gets the others' error: its weights are not
//    greyed.
#pragma once

#include "core/trace.h"

#include <optional>
#include <string>
#include <vector>

namespace backstep {

struct DroppedUnit {
    int layer = 0;           // hidden layer (0-based) the unit belongs to
    int unit = 0;            // 0-based
    bool wholeBatch = false; // dropped in every sample (a weight or bias cell)
};

// The rule for one matrix of a trace; rebuild it when the trace changes.
class DroppedCells {
public:
    DroppedCells() = default;
    DroppedCells(const Trace& trace, const std::string& matrix);

    // The dropped unit cell (row, column) of the matrix belongs to, if any. `trace` is the one
    // this was built from.
    std::optional<DroppedUnit> at(const Trace& trace, int row, int column) const;
    // Whether any cell of the matrix can be greyed.
    bool applies() const { return perSample_ || rows_.layer >= 0 || columns_.layer >= 0; }

private:
    // The hidden units one axis of a weight or bias matrix stands for.
    struct UnitAxis {
        int layer = -1;               // hidden layer (0-based); −1: the axis is no such units
        std::vector<char> wholeBatch; // per unit: dropped in every sample of the batch
        std::optional<DroppedUnit> at(int unit) const;
    };
    bool perSample_ = false; // mask, dropped activations, hidden deltas: (r, j) ↔ M(r, j)
    int perSampleLayer_ = 0;
    int mask_ = -1;    // index of that mask in Trace::matrices
    UnitAxis rows_;    // outgoing weights (layer l+1's rows are layer l's units)
    UnitAxis columns_; // incoming weights and biases (a hidden layer's own units)
};

} // namespace backstep
