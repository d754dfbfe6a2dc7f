// SPDX-License-Identifier: MIT
// The step formulas of a network with more than one hidden layer, naming each layer's
// matrices (the one-hidden-layer formulas are in trace.cpp).
#include "trace.h"

#include "losses.h"

#include <algorithm>

namespace backstep {

std::string stepFormula(int step, int layer, const NetworkSpec& network,
                        const TrainingConfig& config) {
    const int layers = network.layerCount(), last = layers - 1;
    if (layers <= 2) return stepFormula(step, network, config);
    const auto name = [&](MatrixRole role, int l) { return traceName(role, l, layers); };
    const bool dropout = config.dropout > 0;
    // What weight layer l reads: X, or the layer below's (kept, scaled) activations.
    const auto reads = [&](int l) {
        return l == 0 ? std::string("X")
                      : name(dropout ? MatrixRole::Dropped : MatrixRole::Activation, l - 1);
    };
    const std::string rate = config.reduction == LossReduction::Mean ? "lr/B" : "lr";
    const int l = std::clamp(layer, 0, last - 1); // the hidden layer of steps 3, 4, 9, 10
    switch (step) {
    case 2: {
        std::string names;
        for (int k = 0; k <= last; ++k)
            names += (k == 0 ? "" : ", ") + name(MatrixRole::Weights, k) + ", " +
                     name(MatrixRole::Bias, k);
        return names;
    }
    case 3:
        return name(MatrixRole::LayerInput, l) + " = " + reads(l) + "·" +
               name(MatrixRole::Weights, l) + " + " + name(MatrixRole::Bias, l);
    case 4: {
        std::string f = name(MatrixRole::Activation, l) + " = ";
        f += network.hiddenActivation.kind == Activation::Linear
                 ? name(MatrixRole::LayerInput, l) + formulaToken(FormulaRemark::LinearNothingBends)
                 : "f(" + name(MatrixRole::LayerInput, l) + ")";
        if (dropout)
            f += ";  " + name(MatrixRole::Dropped, l) + " = " + name(MatrixRole::Activation, l) +
                 " ⊙ " + name(MatrixRole::DropoutMask, l) + "/(1−p)";
        return f;
    }
    case 5:
        return "output = g(" + reads(last) + "·wout + bout)";
    case 9:
        return name(MatrixRole::BackError, l) + " = " + name(MatrixRole::Delta, l + 1) + " · " +
               name(MatrixRole::Weights, l + 1) + "ᵀ";
    case 10:
        return name(MatrixRole::Delta, l) + " = " + name(MatrixRole::BackError, l) + " ⊙ " +
               (dropout ? name(MatrixRole::DropoutMask, l) + "/(1−p) ⊙ " : std::string()) +
               name(MatrixRole::Slope, l);
    case 11:
    case 12: {
        if (!config.plainUpdates()) return stepFormula(step, network, config); // names each
        std::string f;
        if (step == 12 && !config.updateBiases) {
            for (int k = last; k >= 0; --k)
                f += (k == last ? "" : ", ") + name(MatrixRole::Bias, k);
            return f + formulaToken(FormulaRemark::BiasesUnchanged);
        }
        for (int k = last; k >= 0; --k) {
            f += k == last ? "" : ";  ";
            f += step == 11 ? name(MatrixRole::Weights, k) + " += " + reads(k) + "ᵀ·" +
                                  name(MatrixRole::Delta, k) + "·" + rate
                            : name(MatrixRole::Bias, k) + " += Σrows(" +
                                  name(MatrixRole::Delta, k) + ")·" + rate;
        }
        return f;
    }
    }
    return stepFormula(step, network, config);
}

} // namespace backstep
