// SPDX-License-Identifier: MIT
#include "iteration.h"

#include "dropout.h"
#include "elementwise.h"
#include "parallel_chunks.h"
#include "trace_names.h"
#include "vector_math.h"

namespace backstep {

namespace {
// Up to this many inputs to a layer, plain column loops beat Eigen's GEMM on the tall,
// narrow matrices of a lesson (measured with N = 2000: see bench/).
constexpr Index kNarrow = 8;
// Up to this many rows, column operations cost more in setting up than in arithmetic.
constexpr Index kFewRows = 2;

// out = a·b (+ the row `bias` added to every row), one column of `out` at a time: for `a`
// with few columns (≤ kNarrow) this beats GEMM on tall matrices.   a: n×m, b: m×c → out: n×c
template <typename B>
void narrowProduct(ConstMatrixRef a, const B& b, const Matrix* bias, MatrixRef out) {
    if (out.rows() <= kFewRows) { // a row or two (one-sample batches): plain sums, same terms
        for (Index c = 0; c < out.cols(); ++c)
            for (Index r = 0; r < out.rows(); ++r) {
                double sum = a(r, 0) * b(0, c);
                if (bias) sum += (*bias)(0, c);
                for (Index j = 1; j < a.cols(); ++j)
                    sum += a(r, j) * b(j, c);
                out(r, c) = sum;
            }
        return;
    }
    for (Index c = 0; c < out.cols(); ++c) {
        if (bias)
            out.col(c) = (a.col(0) * b(0, c)).array() + (*bias)(0, c);
        else
            out.col(c) = a.col(0) * b(0, c);
        for (Index j = 1; j < a.cols(); ++j)
            out.col(c) += a.col(j) * b(j, c);
    }
}

// a_prevᵀ·delta (fanIn×n · n×units = fanIn×units) and Σrows(delta) (1×units) for a block of
// 1 ≤ n ≤ kFewRows rows, as plain sums in row order (each product rounded, no fused
// multiply-add: within a unit in the last place of Eigen's kernels).
void fewRowsGradients(ConstMatrixRef previous, ConstMatrixRef delta, Matrix& gradient,
                      Matrix& biasGradient) {
    gradient.resize(previous.cols(), delta.cols());
    biasGradient.resize(1, delta.cols());
    for (Index u = 0; u < delta.cols(); ++u) {
        double biasSum = delta(0, u);
        for (Index r = 1; r < delta.rows(); ++r)
            biasSum += delta(r, u);
        biasGradient(0, u) = biasSum;
        for (Index i = 0; i < previous.cols(); ++i) {
            double sum = previous(0, i) * delta(0, u);
            for (Index r = 1; r < delta.rows(); ++r)
                sum += previous(r, i) * delta(r, u);
            gradient(i, u) = sum;
        }
    }
}

// Matrix cells one sample (row) passes through in every step: what a chunk of rows costs.
Index cellsPerRow(const Parameters& params) {
    Index cells = 0;
    for (const Layer& layer : params.layers)
        cells += layer.weights.rows() + layer.weights.cols();
    return cells;
}

void sizeLayers(const Parameters& params, Index rows, IterationWork& work, bool backward,
                bool dropout) {
    work.layers.resize(params.layers.size());
    for (size_t l = 0; l < params.layers.size(); ++l) {
        const Index units = params.layers[l].weights.cols();
        LayerWork& w = work.layers[l];
        w.input.resize(rows, units);
        w.activation.resize(rows, units);
        if (dropout && l + 1 < params.layers.size()) w.dropped.resize(rows, units);
        if (!backward) continue;
        w.backError.resize(rows, units);
        w.slope.resize(rows, units);
        w.delta.resize(rows, units);
    }
}

// What weight layer `l` reads: X, the previous layer's activations, or (with dropout while
// training) the previous layer's kept and scaled activations.
const Matrix& layerInputs(const Matrix& X, const IterationWork& work, int l, bool dropout) {
    if (l == 0) return X;
    const LayerWork& before = work.layers[static_cast<size_t>(l - 1)];
    return dropout ? before.dropped : before.activation;
}

// 1/(1−p): how much the kept units are scaled up, so that every unit's expected value stays.
double dropoutScale(const TrainingConfig& config) {
    return 1.0 / (1.0 - config.dropout);
}

// Steps 3–5 for the rows of one chunk: z = a_prev·W + b, a = f(z), layer by layer; with
// `dropoutScale` > 0 (training with dropout) the hidden layers' kept units are scaled.
void forwardRows(const NetworkSpec& network, const Parameters& params, const Matrix& X,
                 IterationWork& work, RowChunk rows, double dropoutScale = 0) {
    const auto part = [&](Matrix& m) { return m.middleRows(rows.begin, rows.count); };
    for (int l = 0; l < network.layerCount(); ++l) {
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        const Matrix& previousAll = layerInputs(X, work, l, dropoutScale > 0);
        const ConstMatrixRef previous = previousAll.middleRows(rows.begin, rows.count);
        MatrixRef z = part(w.input);
        // z = a_prev·W + b (b added to every row)    n×fanIn · fanIn×units + 1×units = n×units
        if (previous.cols() <= kNarrow) { // few inputs (the 2-D lessons)
            narrowProduct(previous, layer.weights, &layer.bias, z);
        } else {
            z.noalias() = previous * layer.weights;
            z.rowwise() += layer.bias.row(0);
        }
        applyActivationTo(network.activation(l), z, part(w.activation)); // a = f(z)  n×units
        if (dropoutScale > 0 && l + 1 < network.layerCount()) // a ⊙ mask/(1−p)   n×units
            elementwise([dropoutScale](auto d, auto a, auto m) { d = a * m * dropoutScale; },
                        part(w.dropped), part(w.activation), part(w.dropoutMask));
    }
}

// Steps 6–10 for the rows of one chunk, and the chunk's share of the sums over rows that
// steps 11–12 need (the loss, a_prevᵀ·delta and Σrows(delta)).
void backwardRows(const NetworkSpec& network, const TrainingConfig& config,
                  const Parameters& params, const Matrix& X, const Matrix& y, IterationWork& work,
                  RowChunk rows, RowChunkSums& sums, double dropoutScale) {
    const auto part = [&](Matrix& m) { return m.middleRows(rows.begin, rows.count); };
    const int last = network.layerCount() - 1;
    LayerWork& out = work.layers[static_cast<size_t>(last)];
    const auto yPart = y.middleRows(rows.begin, rows.count);
    // step 6: E = y − output     n×k
    elementwise([](auto e, auto y, auto a) { e = y - a; }, part(out.backError), yPart,
                part(out.activation));
    sums.loss = lossValue(config.loss, yPart, part(out.activation), part(out.input));

    sums.inputsFinite = true;
    for (int l = last; l >= 0; --l) { // step 7: slopes f'(z)      n×units
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        activationSlopeTo(network.activation(l), part(w.input), part(w.activation), part(w.slope));
        const ConstMatrixRef z = part(w.input);
        if (isOneRun(z)) // the whole batch, one row or one column: one contiguous run
            sums.inputsFinite = sums.inputsFinite && allFiniteElements(z.data(), z.size());
        else
            for (Index c = 0; c < z.cols(); ++c) // z column by column: contiguous
                sums.inputsFinite =
                    sums.inputsFinite && allFiniteElements(z.col(c).data(), z.rows());
    }

    if (slopeCancels(config.loss))
        part(out.delta) = part(out.backError); // step 8: d_output = E (slope cancels)   n×k
    else // step 8: d_output = E ⊙ slope_output_layer                                    n×k
        elementwise([](auto d, auto e, auto s) { d = e * s; }, part(out.delta), part(out.backError),
                    part(out.slope));

    for (int l = last - 1; l >= 0; --l) {
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        const ConstMatrixRef nextDelta = part(work.layers[static_cast<size_t>(l + 1)].delta);
        // step 9: Error_at_hidden_layer = d_next · W_nextᵀ (old weights)  n×k · k×h = n×h
        const Matrix& nextWeights = params.layers[static_cast<size_t>(l + 1)].weights;
        if (nextDelta.cols() <= kNarrow) // few outputs
            narrowProduct(nextDelta, nextWeights.transpose(), nullptr, part(w.backError));
        else
            part(w.backError).noalias() = nextDelta * nextWeights.transpose();
        if (dropoutScale > 0) // step 10 with dropout: Error ⊙ mask/(1−p) ⊙ slope   n×h
            elementwise(
                [dropoutScale](auto d, auto e, auto m, auto s) { d = e * (m * dropoutScale) * s; },
                part(w.delta), part(w.backError), part(w.dropoutMask), part(w.slope));
        else // step 10: d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer   n×h
            elementwise([](auto d, auto e, auto s) { d = e * s; }, part(w.delta), part(w.backError),
                        part(w.slope));
    }

    sums.weightGradient.resize(static_cast<size_t>(last + 1));
    sums.biasGradient.resize(static_cast<size_t>(last + 1));
    for (int l = last; l >= 0; --l) {
        LayerWork& w = work.layers[static_cast<size_t>(l)];
        const Matrix& previousAll = layerInputs(X, work, l, dropoutScale > 0);
        const ConstMatrixRef previous = previousAll.middleRows(rows.begin, rows.count);
        Matrix& gradient = sums.weightGradient[static_cast<size_t>(l)];
        const ConstMatrixRef delta = part(w.delta);
        if (rows.count >= 1 && rows.count <= kFewRows) { // a row or two: plain sums
            fewRowsGradients(previous, delta, gradient, sums.biasGradient[static_cast<size_t>(l)]);
            continue;
        }
        // a_prevᵀ·delta over these rows     fanIn×n · n×units = fanIn×units
        if (previous.cols() <= kNarrow) // few rows of dot products over n: faster without GEMM
            gradient.noalias() = previous.transpose().lazyProduct(delta);
        else
            gradient.noalias() = previous.transpose() * delta;
        // Σrows(delta) over these rows     1×units
        sums.biasGradient[static_cast<size_t>(l)].noalias() = delta.colwise().sum();
    }
}

} // namespace

void forwardPass(const NetworkSpec& network, const Parameters& params, const Matrix& X,
                 IterationWork& work) {
    sizeLayers(params, X.rows(), work, false, false); // no dropout outside training
    const int chunks = rowChunkCount(X.rows(), cellsPerRow(params));
    const std::int64_t size = 2 * X.rows() * cellsPerRow(params); // even: a forward pass
    runChunks(chunks, size,
              [&](int c) { forwardRows(network, params, X, work, rowChunk(X.rows(), chunks, c)); });
}

void forwardPassWithMasks(const NetworkSpec& network, const TrainingConfig& config,
                          const Parameters& params, const Matrix& X, IterationWork& work) {
    sizeLayers(params, X.rows(), work, false, true);
    const int chunks = rowChunkCount(X.rows(), cellsPerRow(params));
    const double scale = dropoutScale(config);
    runChunks(chunks, 2 * X.rows() * cellsPerRow(params), [&](int c) {
        forwardRows(network, params, X, work, rowChunk(X.rows(), chunks, c), scale);
    });
}

void computeIteration(const NetworkSpec& network, const TrainingConfig& config,
                      const Parameters& params, const Matrix& X, const Matrix& y,
                      IterationWork& work, const OptimizerState& state) {
    // Steps 3–10 are row by row: the batch is cut into chunks of rows (by its size alone, so
    // the numbers do not depend on the threads), each run through every step; steps 11–12
    // then add up the chunks' sums in chunk order.
    const bool dropout = config.dropout > 0;
    sizeLayers(params, X.rows(), work, true, dropout);
    if (dropout) { // the masks are drawn in order before the rows are cut into chunks
        std::vector<Matrix> masks = drawDropoutMasks(network, config, X.rows(), state.updates + 1);
        for (size_t l = 0; l < masks.size(); ++l)
            work.layers[l].dropoutMask = std::move(masks[l]);
    }
    const double scale = dropout ? dropoutScale(config) : 0;
    const int chunks = rowChunkCount(X.rows(), cellsPerRow(params));
    work.chunkSums.resize(static_cast<size_t>(chunks));
    const std::int64_t size = 2 * X.rows() * cellsPerRow(params) + 1; // odd: a whole iteration
    runChunks(chunks, size, [&](int c) {
        const RowChunk rows = rowChunk(X.rows(), chunks, c);
        forwardRows(network, params, X, work, rows, scale);     // steps 3–5
        backwardRows(network, config, params, X, y, work, rows, // steps 6–10
                     work.chunkSums[static_cast<size_t>(c)], scale);
    });

    const RowChunkSums& first = work.chunkSums.front();
    work.loss = first.loss; // summed over the batch's rows
    work.inputsFinite = first.inputsFinite;
    for (size_t c = 1; c < work.chunkSums.size(); ++c) {
        work.loss += work.chunkSums[c].loss;
        work.inputsFinite = work.inputsFinite && work.chunkSums[c].inputsFinite;
    }

    const double rate = config.updateRate(X.rows()); // lr, or lr/B for the mean loss
    for (size_t l = 0; l < params.layers.size(); ++l) {
        LayerWork& w = work.layers[l];
        const Layer& layer = params.layers[l];
        // step 11: W_updated = W + a_prevᵀ·delta·lr (·lr/B for the mean)   fanIn×units
        Matrix& gradient = work.chunkSums.front().weightGradient[l]; // a_prevᵀ·delta
        for (size_t c = 1; c < work.chunkSums.size(); ++c)
            gradient += work.chunkSums[c].weightGradient[l];
        if (!config.plainUpdates()) { // steps 11–12 through G and the optimiser (optimizer.h)
            Matrix& biasGradient = work.chunkSums.front().biasGradient[l]; // Σrows(delta)
            for (size_t c = 1; c < work.chunkSums.size(); ++c)
                biasGradient += work.chunkSums[c].biasGradient[l];
            const auto remembered = [&](const std::vector<Layer>& kept) {
                return l < kept.size() ? &kept[l] : nullptr;
            };
            optimizerUpdate(config, state.updates + 1, X.rows(), layer, remembered(state.first),
                            remembered(state.second), gradient, biasGradient, w.optimizer,
                            w.weightsUpdated, w.biasUpdated);
            continue;
        }
        w.weightsUpdated = layer.weights + gradient * rate;
        // step 12: b_updated = b + Σrows(delta)·lr (·lr/B for the mean)    1×units
        if (config.updateBiases) {
            Matrix& biasGradient = work.chunkSums.front().biasGradient[l];
            for (size_t c = 1; c < work.chunkSums.size(); ++c)
                biasGradient += work.chunkSums[c].biasGradient[l];
            w.biasUpdated = layer.bias + biasGradient * rate;
        } else {
            w.biasUpdated = layer.bias;
        }
    }
}

void applyUpdates(Parameters& params, IterationWork& work) {
    for (size_t l = 0; l < params.layers.size(); ++l) {
        params.layers[l].weights.swap(work.layers[l].weightsUpdated);
        params.layers[l].bias.swap(work.layers[l].biasUpdated);
    }
}

void applyUpdates(const TrainingConfig& config, Parameters& params, OptimizerState& state,
                  IterationWork& work) {
    applyUpdates(params, work);
    std::vector<OptimizerWork*> layers; // plain steps keep no state: nothing to hand over
    if (config.optimizer.kind != OptimizerSpec::Kind::Sgd)
        for (LayerWork& w : work.layers)
            layers.push_back(&w.optimizer);
    advanceOptimizerState(config, state, layers);
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
