// SPDX-License-Identifier: MIT
#include "trace_names.h"

namespace backstep {

std::string traceName(MatrixRole role, int layer, int layerCount) {
    const bool output = layer == layerCount - 1;
    const std::string suffix = (output || layer == 0) ? "" : "_" + std::to_string(layer + 1);
    switch (role) {
    case MatrixRole::Input:
        return "X";
    case MatrixRole::Target:
        return "y";
    case MatrixRole::Weights:
        return output ? "wout" : "wh" + suffix;
    case MatrixRole::Bias:
        return output ? "bout" : "bh" + suffix;
    case MatrixRole::LayerInput:
        return output ? "output_layer_input" : "hidden_layer_input" + suffix;
    case MatrixRole::Activation:
        return output ? "output" : "hiddenlayer_activations" + suffix;
    case MatrixRole::DropoutMask:
        return "dropout_mask" + suffix;
    case MatrixRole::Dropped:
        return "dropped_activations" + suffix;
    case MatrixRole::BackError:
        return output ? "E" : "Error_at_hidden_layer" + suffix;
    case MatrixRole::Slope:
        return output ? "slope_output_layer" : "slope_hidden_layer" + suffix;
    case MatrixRole::Delta:
        return output ? "d_output" : "d_hiddenlayer" + suffix;
    case MatrixRole::WeightsUpdated:
        return (output ? "wout" : "wh" + suffix) + "_updated";
    case MatrixRole::BiasUpdated:
        return (output ? "bout" : "bh" + suffix) + "_updated";
    case MatrixRole::OptimizerState:
    case MatrixRole::OptimizerUpdate:
        break; // named by optimizerMatrixName
    }
    return "?";
}

int traceStep(MatrixRole role, bool outputLayer) {
    switch (role) {
    case MatrixRole::Input:
    case MatrixRole::Target:
        return 1;
    case MatrixRole::Weights:
    case MatrixRole::Bias:
        return 2;
    case MatrixRole::LayerInput:
        return outputLayer ? 5 : 3;
    case MatrixRole::Activation:
        return outputLayer ? 5 : 4;
    case MatrixRole::DropoutMask:
    case MatrixRole::Dropped:
        return 4;
    case MatrixRole::BackError:
        return outputLayer ? 6 : 9;
    case MatrixRole::Slope:
        return 7;
    case MatrixRole::Delta:
        return outputLayer ? 8 : 10;
    case MatrixRole::WeightsUpdated:
        return 11;
    case MatrixRole::BiasUpdated:
        return 12;
    case MatrixRole::OptimizerState:
        return 2;
    case MatrixRole::OptimizerUpdate:
        return 11; // 12 for the biases' (set by the trace)
    }
    return 0;
}

std::string optimizerMatrixName(OptimizerTerm term, const std::string& parameter, bool updated) {
    const std::string tail = updated ? "_updated" : "";
    switch (term) {
    case OptimizerTerm::None:
        break;
    case OptimizerTerm::Gradient:
        return "G_" + parameter;
    case OptimizerTerm::Velocity:
        return "velocity_" + parameter + tail;
    case OptimizerTerm::FirstMoment:
        return "m_" + parameter + tail;
    case OptimizerTerm::SecondMoment:
        return "v_" + parameter + tail;
    case OptimizerTerm::FirstMomentCorrected:
        return "m_hat_" + parameter;
    case OptimizerTerm::SecondMomentCorrected:
        return "v_hat_" + parameter;
    }
    return parameter;
}

std::string hiddenUnitLabel(int layer, int unit) {
    if (layer == 0) return "h" + std::to_string(unit + 1);
    return "h" + std::to_string(layer + 1) + "_" + std::to_string(unit + 1);
}

} // namespace backstep
