// SPDX-License-Identifier: MIT
#include "trainer.h"

#include "evaluation.h"
#include "memory_budget.h"
#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace backstep {

namespace {
constexpr size_t maxIterationLosses = 1000000;
}

void ParameterHistory::record(int epoch, const Parameters& params) {
    if (epoch % stride_ != 0) return;
    snapshots_.emplace_back(epoch, params);
    if (static_cast<int>(snapshots_.size()) >
        2 * capacity_) { // keep every other one, halve the rate
        stride_ *= 2;
        std::vector<std::pair<int, Parameters>> kept;
        for (auto& s : snapshots_)
            if (s.first % stride_ == 0) kept.push_back(std::move(s));
        snapshots_ = std::move(kept);
    }
}

const std::pair<int, Parameters>& ParameterHistory::atOrBefore(int epoch) const {
    auto it =
        std::upper_bound(snapshots_.begin(), snapshots_.end(), epoch,
                         [](int e, const std::pair<int, Parameters>& s) { return e < s.first; });
    return it == snapshots_.begin() ? snapshots_.front() : *(it - 1);
}

void ParameterHistory::dropAfter(int epoch) {
    while (!snapshots_.empty() && snapshots_.back().first > epoch)
        snapshots_.pop_back();
}

TrainingConfig Trainer::iterationConfig() const {
    TrainingConfig config = config_;
    config.learningRate = config_.learningRateInEpoch(epochsCompleted_);
    return config;
}

Trainer::Checkpoint Trainer::checkpoint() const {
    return {params_,
            order_,
            nextBatch_,
            positionInEpoch_,
            epochsCompleted_,
            runningCorrect_,
            runningLoss_,
            iterationsCompleted_,
            iterationLoss_.size(),
            stop_,
            optimizer_};
}

void Trainer::restore(const Checkpoint& c) {
    params_ = c.params;
    order_ = c.order;
    nextBatch_ = c.nextBatch;
    positionInEpoch_ = c.positionInEpoch;
    epochsCompleted_ = c.epochsCompleted;
    iterationsCompleted_ = c.iterationsCompleted;
    runningCorrect_ = c.runningCorrect;
    runningLoss_ = c.runningLoss;
    stop_ = c.stop;
    optimizer_ = c.optimizer;
    iterationLoss_.resize(std::min(iterationLoss_.size(), c.iterationLosses));
    const auto epochs = static_cast<size_t>(c.epochsCompleted);
    for (std::vector<double>* v : {&epochLoss_, &epochLossPerSample_, &epochAccuracy_,
                                   &epochTestLoss_, &epochTestLossPerSample_, &epochTestAccuracy_})
        v->resize(std::min(v->size(), epochs));
    history_.dropAfter(c.epochsCompleted);
}

Trainer::Trainer(NetworkSpec network, TrainingConfig config, Dataset data, Parameters initial,
                 Dataset test)
    : network_(std::move(network)), config_(config), data_(std::move(data)), test_(std::move(test)),
      params_(std::move(initial)), history_(historyCapacity(network_)) {
    history_.record(0, params_);
    updateClassification();
    order_.resize(static_cast<size_t>(data_.samples()));
    prepareBatch();
}

void Trainer::setConfig(const TrainingConfig& config) {
    // Another optimiser (or other betas) starts from nothing: its state means something else.
    if (config.optimizer != config_.optimizer) optimizer_ = {};
    config_ = config;
    prepareBatch();
}

void Trainer::setData(Dataset data) {
    data_ = std::move(data);
    updateClassification();
}

void Trainer::updateClassification() {
    const Activation out = network_.outputActivation.kind;
    classification_ =
        data_.isClassification() && (out == Activation::Sigmoid || out == Activation::Softmax);
}

void Trainer::prepareBatch() {
    const int N = data_.samples();
    if (positionInEpoch_ == 0) {
        std::iota(order_.begin(), order_.end(), 0);
        if (config_.batch.kind != BatchSpec::Kind::Full) {
            // a generator seeded per epoch from (seed, epoch)
            Random(config_.seed * 0x9E3779B97F4A7C15ULL +
                   static_cast<std::uint64_t>(epochsCompleted_))
                .shuffle(order_);
        }
    }
    const int size = std::min(config_.batch.samplesPerIteration(N), N - positionInEpoch_);
    nextBatch_.assign(order_.begin() + positionInEpoch_, order_.begin() + positionInEpoch_ + size);
}

bool Trainer::runIteration() {
    if (stop_) return false;
    const int N = data_.samples();
    const bool full =
        static_cast<int>(nextBatch_.size()) == N && config_.batch.kind == BatchSpec::Kind::Full;
    if (!full) data_.gatherRows(nextBatch_, batchX_, batchY_);
    const Matrix& X = full ? data_.X : batchX_;
    const Matrix& y = full ? data_.y : batchY_;

    const TrainingConfig config = iterationConfig();
    computeIteration(network_, config, params_, X, y, work_, optimizer_);
    const LayerWork& out = work_.layers.back();
    // A NaN or infinity anywhere in steps 3–12 shows up in the loss or the updated weights,
    // except in the layer inputs z: a saturating activation (sigmoid, tanh, step) turns an
    // infinite z into a finite a with a zero slope. So z is checked too (while it is computed).
    bool finite = std::isfinite(work_.loss) && work_.inputsFinite;
    for (const LayerWork& w : work_.layers)
        finite = finite && w.weightsUpdated.allFinite() && w.biasUpdated.allFinite();
    if (!finite) {
        // Name the first place, in step order, where a NaN or infinity appeared.
        const auto where = firstNonFinite(network_, work_);
        stop_ = TrainingStop{epochsCompleted_ + 1, iterationsCompleted_ + 1,
                             where ? where->step : 6, where ? where->matrix : "the loss"};
        return false;
    }
    applyUpdates(config, params_, optimizer_, work_);

    runningLoss_ += work_.loss;
    if (classification_) runningCorrect_ += correctPredictions(y, out.activation);
    if (iterationLoss_.size() < maxIterationLosses)
        iterationLoss_.push_back(config_.reducedLoss(work_.loss, X.rows()));
    ++iterationsCompleted_;
    positionInEpoch_ += static_cast<int>(nextBatch_.size());
    if (positionInEpoch_ >= N) {
        epochLoss_.push_back(config_.reducedLoss(runningLoss_, N));
        epochLossPerSample_.push_back(runningLoss_ / N);
        if (classification_) epochAccuracy_.push_back(static_cast<double>(runningCorrect_) / N);
        runningLoss_ = 0.0;
        runningCorrect_ = 0;
        positionInEpoch_ = 0;
        ++epochsCompleted_;
        history_.record(epochsCompleted_, params_);
        measureTestSet();
    }
    prepareBatch();
    return true;
}

void Trainer::measureTestSet() {
    if (test_.samples() == 0) return;
    forwardPass(network_, params_, test_.X, testWork_);
    const LayerWork& out = testWork_.layers.back();
    const double sum = lossValue(config_.loss, test_.y, out.activation, out.input);
    epochTestLoss_.push_back(config_.reducedLoss(sum, test_.samples()));
    epochTestLossPerSample_.push_back(sum / test_.samples());
    if (classification_)
        epochTestAccuracy_.push_back(
            static_cast<double>(correctPredictions(test_.y, out.activation)) / test_.samples());
}

bool Trainer::runEpoch() {
    const int target = epochsCompleted_ + 1;
    while (epochsCompleted_ < target)
        if (!runIteration()) return false;
    return true;
}

bool Trainer::targetReached() const {
    return config_.stopAtLoss && positionInEpoch_ == 0 && !epochLoss_.empty() &&
           epochLoss_.back() <= *config_.stopAtLoss;
}

bool Trainer::train(int epochs, const std::function<bool(const Trainer&)>& afterEpoch) {
    for (int e = 0; e < epochs; ++e) {
        if (!runEpoch()) return false;
        if (afterEpoch && !afterEpoch(*this)) return false;
        if (targetReached()) // the lesson's stop_at_loss: done, not failed
            return true;
    }
    return true;
}

} // namespace backstep
