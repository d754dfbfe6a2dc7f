// SPDX-License-Identifier: MIT
// The shape of a multi-layer perceptron, its parameters and its training settings.
#pragma once

#include "activations.h"
#include "losses.h"
#include "matrix.h"
#include "optimizer_spec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace backstep {

struct NetworkSpec {
    int inputs = 0;          // n
    std::vector<int> hidden; // h per hidden layer (the canonical network has one)
    int outputs = 0;         // k
    ActivationSpec hiddenActivation{Activation::Sigmoid};
    ActivationSpec outputActivation{Activation::Sigmoid};

    int layerCount() const { return static_cast<int>(hidden.size()) + 1; } // weight layers
    int fanIn(int layer) const { return layer == 0 ? inputs : hidden[layer - 1]; }
    int fanOut(int layer) const {
        return layer < static_cast<int>(hidden.size()) ? hidden[layer] : outputs;
    }
    const ActivationSpec& activation(int layer) const {
        return layer < static_cast<int>(hidden.size()) ? hiddenActivation : outputActivation;
    }
    // "4–3–1, sigmoid/sigmoid"
    std::string describe() const;
};

// One weight layer: z = a_prev·weights + bias.
struct Layer {
    Matrix weights; // fanIn×fanOut
    Matrix bias;    // 1×fanOut
};

// Hidden layers first (layers[0] holds wh, bh), the output layer last (wout, bout).
struct Parameters {
    std::vector<Layer> layers;

    bool allFinite() const;
};

struct BatchSpec {
    enum class Kind { Full, Sgd, MiniBatch };
    Kind kind = Kind::Full;
    int size = 0; // samples per mini-batch (Kind::MiniBatch only)

    int samplesPerIteration(int sampleCount) const;
    int iterationsPerEpoch(int sampleCount) const;
};

// How a batch's loss is reduced: the tutorial's sum over samples, or its mean (the cost of
// most courses). With the mean, steps 11 and 12 divide their sums by the batch's rows B.
enum class LossReduction { Sum, Mean };
std::string reductionName(LossReduction reduction);
std::optional<LossReduction> reductionFromName(const std::string& name);

struct TrainingConfig {
    double learningRate = 0.1;
    int epochs = 1000;
    Loss loss = Loss::Mse;
    LossReduction reduction = LossReduction::Sum;
    BatchSpec batch;
    bool updateBiases = true;
    std::uint64_t seed = 1; // shuffles the sample order for SGD and mini-batches
    // Training ends after the first epoch whose loss (in `reduction`) is at or below this.
    std::optional<double> stopAtLoss;
    OptimizerSpec optimizer;  // how steps 11–12 use G (sgd: θ + lr·G)
    double weightDecay = 0.0; // λ: G of the weights gets −λ·w (L2; biases never)
    LearningRateDecay learningRateDecay;
    // p: while training, each hidden unit of each sample is dropped with probability p and the
    // kept ones are scaled by 1/(1−p) (dropout.h); 0: none.
    double dropout = 0.0;

    // Plain gradient steps without decay: steps 11–12 as in the tutorial, no G or state.
    bool plainUpdates() const {
        return optimizer.kind == OptimizerSpec::Kind::Sgd && weightDecay == 0;
    }
    // The learning rate of the iterations of epoch `epoch` (0-based): lr·factor^⌊epoch/every⌋.
    double learningRateInEpoch(int epoch) const;

    // The factor steps 11 and 12 multiply their sums by: lr, or lr/B with the mean.
    double updateRate(Index batchRows) const {
        return reduction == LossReduction::Mean ? learningRate / static_cast<double>(batchRows)
                                                : learningRate;
    }
    // A batch's summed loss in this lesson's reduction.
    double reducedLoss(double sum, Index rows) const {
        return reduction == LossReduction::Mean && rows > 0 ? sum / static_cast<double>(rows) : sum;
    }
};

// Why a network and loss cannot be trained together, or nullopt when they can. The layers
// above word it (src/io/core_wording.h).
enum class Incompatibility {
    HiddenActivationOnlyForOutput, // softmax as the hidden activation
    NotAnOutputActivation,         // relu, tanh, … as the output activation
    SoftmaxNeedsTwoOutputs,
    SoftmaxNeedsCrossEntropy,
    CrossEntropyNeedsSoftmax,
    BceNeedsSigmoid,
};
std::optional<Incompatibility> incompatibility(const NetworkSpec& network, Loss loss);

} // namespace backstep
