// SPDX-License-Identifier: MIT
#include "iteration.h"

#include "trace_names.h"

namespace backstep {

namespace {
// Up to this many inputs to a layer, plain column loops beat Eigen's GEMM on the tall,
// narrow matrices of a lesson (measured with N = 2000: see bench/).
constexpr Index kNarrow = 8;

// out = a·b (+ the row `bias` added to every row), one column of `out` at a time: for `a`
// with few columns (≤ kNarrow) this beats GEMM on tall matrices.   a: N×m, b: m×c → out: N×c
template <typename B>
void narrowProduct(const Matrix& a, const B& b, const Matrix* bias, Matrix& out) {
    out.resize(a.rows(), b.cols());
    for (Index c = 0; c < out.cols(); ++c) {
        out.col(c).setConstant(bias ? (*bias)(0, c) : 0.0);
        for (Index j = 0; j < a.cols(); ++j)
            out.col(c) += a.col(j) * b(j, c);
    }
}
} // namespace

void forwardPass(const NetworkSpec& network, const Parameters& params, const Matrix& X,
                 IterationWork& work) {
    const int layerCount = network.layerCount();
    work.layers.resize(static_cast<size_t>(layerCount));
    const Matrix* previous = &X;
    for (int l = 0; l < layerCount; ++l) {
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        // z = a_prev·W + b (b added to every row)    N×fanIn · fanIn×units + 1×units = N×units
        if (previous->cols() <= kNarrow) { // few inputs (the 2-D lessons)
            narrowProduct(*previous, layer.weights, &layer.bias, w.input);
        } else {
            w.input.noalias() = *previous * layer.weights;
            w.input.rowwise() += layer.bias.row(0);
        }
        applyActivation(network.activation(l), w.input, w.activation); // a = f(z)  N×units
        previous = &w.activation;
    }
}

void computeIteration(const NetworkSpec& network, const TrainingConfig& config,
                      const Parameters& params, const Matrix& X, const Matrix& y,
                      IterationWork& work) {
    forwardPass(network, params, X, work); // steps 3–5
    const int last = network.layerCount() - 1;
    LayerWork& out = work.layers[static_cast<size_t>(last)];
    out.backError = y - out.activation; // step 6: E = y − output     N×k
    work.loss = lossValue(config.loss, y, out.activation, out.input);

    for (int l = last; l >= 0; --l) // step 7: slopes f'(z)      N×units
        activationSlope(network.activation(l), work.layers[static_cast<size_t>(l)].input,
                        work.layers[static_cast<size_t>(l)].activation,
                        work.layers[static_cast<size_t>(l)].slope);

    if (slopeCancels(config.loss))
        out.delta = out.backError; // step 8: d_output = E (slope cancels)            N×k
    else
        out.delta = (out.backError.array() * out.slope.array()).matrix(); // E ⊙ slope   N×k

    for (int l = last - 1; l >= 0; --l) {
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        const LayerWork& next = work.layers[static_cast<size_t>(l + 1)];
        // step 9: Error_at_hidden_layer = d_next · W_nextᵀ (old weights)  N×k · k×h = N×h
        const Matrix& nextWeights = params.layers[static_cast<size_t>(l + 1)].weights;
        if (next.delta.cols() <= kNarrow) { // few outputs
            narrowProduct(next.delta, nextWeights.transpose(), nullptr, w.backError);
        } else {
            w.backError.noalias() = next.delta * nextWeights.transpose();
        }
        // step 10: d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer   N×h
        w.delta = (w.backError.array() * w.slope.array()).matrix();
    }

    const double rate = config.updateRate(X.rows()); // lr, or lr/B for the mean loss
    for (int l = last; l >= 0; --l) {
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        const Matrix& previous = l == 0 ? X : work.layers[static_cast<size_t>(l - 1)].activation;
        // step 11: W_updated = W + a_prevᵀ·delta·lr (·lr/B for the mean)   fanIn×N · N×units =
        // fanIn×units
        w.weightsUpdated = layer.weights;
        if (previous.cols() <= kNarrow) // few rows of dot products over N: faster without GEMM
            w.weightsUpdated.noalias() += previous.transpose().lazyProduct(w.delta) * rate;
        else
            w.weightsUpdated.noalias() += (previous.transpose() * w.delta) * rate;
        // step 12: b_updated = b + Σrows(delta)·lr (·lr/B for the mean)    1×units
        if (config.updateBiases)
            w.biasUpdated = layer.bias + w.delta.colwise().sum() * rate;
        else
            w.biasUpdated = layer.bias;
    }
}

void applyUpdates(Parameters& params, IterationWork& work) {
    for (size_t l = 0; l < params.layers.size(); ++l) {
        params.layers[l].weights.swap(work.layers[l].weightsUpdated);
        params.layers[l].bias.swap(work.layers[l].biasUpdated);
    }
}

std::optional<NonFiniteValue> firstNonFinite(const NetworkSpec& network,
                                             const IterationWork& work) {
    const int last = network.layerCount() - 1;
    const auto at = [&](int l) -> const LayerWork& { return work.layers[static_cast<size_t>(l)]; };
    for (int l = 0; l <= last; ++l) {
        if (!at(l).input.allFinite())
            return NonFiniteValue{l == last ? 5 : 3,
                                  traceName(MatrixRole::LayerInput, l, last + 1)};
        if (!at(l).activation.allFinite())
            return NonFiniteValue{l == last ? 5 : 4,
                                  traceName(MatrixRole::Activation, l, last + 1)};
    }
    if (!at(last).backError.allFinite())
        return NonFiniteValue{6, traceName(MatrixRole::BackError, last, last + 1)};
    for (int l = last; l >= 0; --l)
        if (!at(l).slope.allFinite())
            return NonFiniteValue{7, traceName(MatrixRole::Slope, l, last + 1)};
    if (!at(last).delta.allFinite())
        return NonFiniteValue{8, traceName(MatrixRole::Delta, last, last + 1)};
    for (int l = last - 1; l >= 0; --l) {
        if (!at(l).backError.allFinite())
            return NonFiniteValue{9, traceName(MatrixRole::BackError, l, last + 1)};
        if (!at(l).delta.allFinite())
            return NonFiniteValue{10, traceName(MatrixRole::Delta, l, last + 1)};
    }
    for (int l = last; l >= 0; --l)
        if (!at(l).weightsUpdated.allFinite())
            return NonFiniteValue{11, traceName(MatrixRole::WeightsUpdated, l, last + 1)};
    for (int l = last; l >= 0; --l)
        if (!at(l).biasUpdated.allFinite())
            return NonFiniteValue{12, traceName(MatrixRole::BiasUpdated, l, last + 1)};
    return std::nullopt;
}

} // namespace backstep
