// SPDX-License-Identifier: MIT
#include "optimizer.h"

#include <cmath>

namespace backstep {

std::string optimizerName(OptimizerSpec::Kind kind) {
    switch (kind) {
    case OptimizerSpec::Kind::Sgd:
        return "sgd";
    case OptimizerSpec::Kind::Momentum:
        return "momentum";
    case OptimizerSpec::Kind::Adam:
        return "adam";
    }
    return "sgd";
}

std::optional<OptimizerSpec::Kind> optimizerKindFromName(const std::string& name) {
    if (name == "sgd") return OptimizerSpec::Kind::Sgd;
    if (name == "momentum") return OptimizerSpec::Kind::Momentum;
    if (name == "adam") return OptimizerSpec::Kind::Adam;
    return std::nullopt;
}

double TrainingConfig::learningRateInEpoch(int epoch) const {
    if (!learningRateDecay.active()) return learningRate;
    return learningRate * std::pow(learningRateDecay.factor, epoch / learningRateDecay.every);
}

int optimizerStateCopies(const TrainingConfig& config) {
    switch (config.optimizer.kind) {
    case OptimizerSpec::Kind::Sgd:
        return 0;
    case OptimizerSpec::Kind::Momentum:
        return 1;
    case OptimizerSpec::Kind::Adam:
        return 2;
    }
    return 0;
}

bool OptimizerState::operator==(const OptimizerState& o) const {
    const auto same = [](const std::vector<Layer>& a, const std::vector<Layer>& b) {
        if (a.size() != b.size()) return false;
        for (size_t l = 0; l < a.size(); ++l)
            if (a[l].weights != b[l].weights || a[l].bias != b[l].bias) return false;
        return true;
    };
    return updates == o.updates && same(first, o.first) && same(second, o.second);
}

namespace {

// One parameter matrix θ (weights or biases) with its G: the optimiser's rule.
struct ParameterUpdate {
    const TrainingConfig& config;
    std::int64_t t;

    void apply(const Matrix& theta, const Matrix& G, const Matrix* previousFirst,
               const Matrix* previousSecond, Matrix& first, Matrix& second, Matrix& firstHat,
               Matrix& secondHat, Matrix& updated) const {
        const double lr = config.learningRate;
        const OptimizerSpec& o = config.optimizer;
        switch (o.kind) {
        case OptimizerSpec::Kind::Sgd:
            updated = theta + lr * G; // θ + lr·G
            break;
        case OptimizerSpec::Kind::Momentum:
            // velocity = β·velocity + G; θ + lr·velocity
            first = previousFirst ? Matrix(o.beta * *previousFirst + G) : G;
            updated = theta + lr * first;
            break;
        case OptimizerSpec::Kind::Adam: {
            // m = β1·m + (1−β1)·G;  v = β2·v + (1−β2)·G⊙G
            first = (1 - o.beta1) * G;
            if (previousFirst) first += o.beta1 * *previousFirst;
            second = (1 - o.beta2) * G.cwiseProduct(G);
            if (previousSecond) second += o.beta2 * *previousSecond;
            const double td = static_cast<double>(t);
            firstHat = first / (1 - std::pow(o.beta1, td));   // m̂ = m/(1−β1ᵗ)
            secondHat = second / (1 - std::pow(o.beta2, td)); // v̂ = v/(1−β2ᵗ)
            // θ + lr·m̂/(√v̂ + ε)
            updated =
                theta.array() + lr * firstHat.array() / (secondHat.array().sqrt() + o.epsilon);
            break;
        }
        }
    }
};

} // namespace

void optimizerUpdate(const TrainingConfig& config, std::int64_t t, Index batchRows,
                     const Layer& parameters, const Layer* previousFirst,
                     const Layer* previousSecond, const Matrix& weightSum, const Matrix& biasSum,
                     OptimizerWork& work, Matrix& weightsUpdated, Matrix& biasUpdated) {
    const double reduce =
        config.reduction == LossReduction::Mean ? 1.0 / static_cast<double>(batchRows) : 1.0;
    // G_w = a_prevᵀ·delta (/B) − λ·w        fanIn×units
    work.gradient.weights = weightSum * reduce;
    if (config.weightDecay != 0) work.gradient.weights -= config.weightDecay * parameters.weights;
    // A remembered matrix, or null for zeros (before the first update, or never kept).
    const auto kept = [](const Layer* layer, const Matrix Layer::*part) -> const Matrix* {
        return layer && (layer->*part).size() > 0 ? &(layer->*part) : nullptr;
    };
    const ParameterUpdate rule{config, t};
    rule.apply(parameters.weights, work.gradient.weights, kept(previousFirst, &Layer::weights),
               kept(previousSecond, &Layer::weights), work.first.weights, work.second.weights,
               work.firstCorrected.weights, work.secondCorrected.weights, weightsUpdated);
    if (!config.updateBiases) { // frozen biases keep their value and have no G
        biasUpdated = parameters.bias;
        return;
    }
    work.gradient.bias = biasSum * reduce; // G_b = Σrows(delta) (/B)      1×units
    rule.apply(parameters.bias, work.gradient.bias, kept(previousFirst, &Layer::bias),
               kept(previousSecond, &Layer::bias), work.first.bias, work.second.bias,
               work.firstCorrected.bias, work.secondCorrected.bias, biasUpdated);
}

void advanceOptimizerState(const TrainingConfig& config, OptimizerState& state,
                           const std::vector<OptimizerWork*>& layers) {
    ++state.updates;
    const OptimizerSpec::Kind kind = config.optimizer.kind;
    if (kind == OptimizerSpec::Kind::Sgd) return;
    state.first.resize(layers.size());
    if (kind == OptimizerSpec::Kind::Adam) state.second.resize(layers.size());
    for (size_t l = 0; l < layers.size(); ++l) {
        state.first[l].weights.swap(layers[l]->first.weights);
        state.first[l].bias.swap(layers[l]->first.bias);
        if (kind != OptimizerSpec::Kind::Adam) continue;
        state.second[l].weights.swap(layers[l]->second.weights);
        state.second[l].bias.swap(layers[l]->second.bias);
    }
}

} // namespace backstep
