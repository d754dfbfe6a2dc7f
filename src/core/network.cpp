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

std::string BatchSpec::describe() const {
    switch (kind) {
    case Kind::Full:
        return "full batch";
    case Kind::Sgd:
        return "sgd";
    case Kind::MiniBatch:
        return "mini-batch " + std::to_string(size);
    }
    return "?";
}

std::optional<std::string> incompatibility(const NetworkSpec& network, Loss loss) {
    const Activation out = network.outputActivation.kind;
    if (!isHiddenActivation(network.hiddenActivation.kind))
        return "hidden_activation " + activationName(network.hiddenActivation.kind) +
               " is only for the output layer; use sigmoid, tanh, relu, leaky_relu, linear or "
               "step";
    if (!isOutputActivation(out))
        return "output_activation " + activationName(out) +
               " is not an output activation; use sigmoid, linear or softmax";
    if (out == Activation::Softmax && network.outputs < 2)
        return "softmax needs at least 2 outputs (one per class); use sigmoid for one output";
    if (out == Activation::Softmax && loss != Loss::CrossEntropy)
        return "softmax output needs loss cross_entropy";
    if (loss == Loss::CrossEntropy && out != Activation::Softmax)
        return "loss cross_entropy needs output_activation softmax";
    if (loss == Loss::Bce && out != Activation::Sigmoid)
        return "loss bce needs output_activation sigmoid";
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
