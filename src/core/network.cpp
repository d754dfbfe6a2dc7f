// SPDX-License-Identifier: MIT
#include "network.h"

namespace backstep {

std::string NetworkSpec::describe() const {
    std::string text = std::to_string(inputs);
    for (int h : hidden)
        text += "–" + std::to_string(h);
    text += "–" + std::to_string(outputs) + ", " + activationName(hiddenActivation.kind) + "/" +
            activationName(outputActivation.kind);
    return text;
}

bool Parameters::allFinite() const {
    for (const Layer& layer : layers)
        if (!layer.weights.allFinite() || !layer.bias.allFinite()) return false;
    return true;
}

int BatchSpec::samplesPerIteration(int sampleCount) const {
    switch (kind) {
    case Kind::Full:
        return sampleCount;
    case Kind::Sgd:
        return 1;
    case Kind::MiniBatch:
        return size < sampleCount ? size : sampleCount;
    }
    return sampleCount;
}

int BatchSpec::iterationsPerEpoch(int sampleCount) const {
    const int b = samplesPerIteration(sampleCount);
    return b <= 0 ? 0 : (sampleCount + b - 1) / b; // ⌈N/b⌉
}

std::optional<Incompatibility> incompatibility(const NetworkSpec& network, Loss loss) {
    const Activation out = network.outputActivation.kind;
    if (!isHiddenActivation(network.hiddenActivation.kind))
        return Incompatibility::HiddenActivationOnlyForOutput;
    if (!isOutputActivation(out)) return Incompatibility::NotAnOutputActivation;
    if (out == Activation::Softmax && network.outputs < 2)
        return Incompatibility::SoftmaxNeedsTwoOutputs;
    if (out == Activation::Softmax && loss != Loss::CrossEntropy)
        return Incompatibility::SoftmaxNeedsCrossEntropy;
    if (loss == Loss::CrossEntropy && out != Activation::Softmax)
        return Incompatibility::CrossEntropyNeedsSoftmax;
    if (loss == Loss::Bce && out != Activation::Sigmoid) return Incompatibility::BceNeedsSigmoid;
    return std::nullopt;
}

std::string reductionName(LossReduction reduction) {
    return reduction == LossReduction::Mean ? "mean" : "sum";
}

std::optional<LossReduction> reductionFromName(const std::string& name) {
    if (name == "sum") return LossReduction::Sum;
    if (name == "mean") return LossReduction::Mean;
    return std::nullopt;
}

} // namespace backstep
