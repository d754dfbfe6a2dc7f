// SPDX-License-Identifier: MIT
#include "gradcheck.h"

#include "dropout.h"
#include "iteration.h"
#include "trace_names.h"

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {

double batchLoss(const NetworkSpec& network, const TrainingConfig& config, const Parameters& params,
                 const Matrix& X, const Matrix& y, IterationWork& work) {
    if (config.dropout > 0) // the masks stay as drawn: L is a function of the weights alone
        forwardPassWithMasks(network, config, params, X, work);
    else
        forwardPass(network, params, X, work);
    const LayerWork& out = work.layers.back();
    double penalty = 0; // weight decay's λ/2·Σw² over the weights (never the biases)
    if (config.weightDecay != 0)
        for (const Layer& layer : params.layers)
            penalty += 0.5 * config.weightDecay * layer.weights.squaredNorm();
    return config.reducedLoss(lossValue(config.loss, y, out.activation, out.input),
                              X.rows()) + // L as the lesson reduces it
           penalty;
}

} // namespace

GradientCheckResult gradientCheck(const NetworkSpec& network, const TrainingConfig& lessonConfig,
                                  const Parameters& params, const Matrix& X, const Matrix& y,
                                  double h) {
    // G is the same whatever the optimiser does with it: checked through plain steps θ + lr·G.
    TrainingConfig config = lessonConfig;
    config.optimizer = OptimizerSpec{};
    config.learningRateDecay = LearningRateDecay{};
    IterationWork work;
    computeIteration(network, config, params, X, y, work);
    const double lr = config.learningRate;
    const int layerCount = network.layerCount();

    GradientCheckResult result;
    Parameters probe = params;
    IterationWork scratch;
    if (config.dropout > 0) { // the same masks as the iteration's (its update number is 1)
        scratch.layers.resize(params.layers.size());
        std::vector<Matrix> masks = drawDropoutMasks(network, config, X.rows(), 1);
        for (size_t l = 0; l < masks.size(); ++l)
            scratch.layers[l].dropoutMask = std::move(masks[l]);
    }
    for (int l = 0; l < layerCount; ++l) {
        for (int isBias = 0; isBias < 2; ++isBias) {
            GradientCheckMatrix entry;
            entry.name = traceName(isBias ? MatrixRole::Bias : MatrixRole::Weights, l, layerCount);
            entry.frozen = isBias && !config.updateBiases;
            if (entry.frozen) {
                result.matrices.push_back(entry);
                continue;
            }
            Matrix& theta = isBias ? probe.layers[static_cast<size_t>(l)].bias
                                   : probe.layers[static_cast<size_t>(l)].weights;
            const Matrix& before = isBias ? params.layers[static_cast<size_t>(l)].bias
                                          : params.layers[static_cast<size_t>(l)].weights;
            const Matrix& after = isBias ? work.layers[static_cast<size_t>(l)].biasUpdated
                                         : work.layers[static_cast<size_t>(l)].weightsUpdated;
            for (Index r = 0; r < theta.rows(); ++r) {
                for (Index c = 0; c < theta.cols(); ++c) {
                    const double original = theta(r, c);
                    theta(r, c) = original + h;
                    const double up = batchLoss(network, config, probe, X, y, scratch);
                    theta(r, c) = original - h;
                    const double down = batchLoss(network, config, probe, X, y, scratch);
                    theta(r, c) = original;
                    const double gradient = (up - down) / (2 * h); // ∂L/∂θ, central difference
                    const double expected = -lr * gradient;        // gradient descent step
                    const double update = after(r, c) - before(r, c);
                    const double error =
                        std::abs(update - expected) / (lr * std::max(1.0, std::abs(gradient)));
                    if (error >= entry.maxError) {
                        entry.maxError = error;
                        entry.worstRow = static_cast<int>(r);
                        entry.worstColumn = static_cast<int>(c);
                        entry.worstUpdate = update;
                        entry.worstExpected = expected;
                    }
                }
            }
            result.maxError = std::max(result.maxError, entry.maxError);
            result.matrices.push_back(entry);
        }
    }
    return result;
}

} // namespace backstep
