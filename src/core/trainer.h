// SPDX-License-Identifier: MIT
// Runs iterations and epochs: batching, shuffling, loss and accuracy history, and a clean
// stop on the first non-finite value.
#pragma once

#include "dataset.h"
#include "iteration.h"
#include "network.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace backstep {

// Why training stopped early: the first non-finite value, where it appeared.
struct TrainingStop {
    int epoch = 0;              // 1-based
    std::int64_t iteration = 0; // 1-based, counted from the start of training
    int step = 0;               // 1–12
    std::string matrix;
    // The layers above word it (src/io/core_wording.h).
};

// Parameters at chosen epochs, for replaying a run: every epoch at first, then thinned
// (every 2nd, 4th, … epoch) so that at most about 2·capacity snapshots are kept.
class ParameterHistory {
public:
    explicit ParameterHistory(int capacity = 256) : capacity_(capacity) {}
    void record(int epoch, const Parameters& params); // keeps it if epoch is on the stride
    const std::vector<std::pair<int, Parameters>>& snapshots() const { return snapshots_; }
    void dropAfter(int epoch); // forget snapshots of later epochs
    // The snapshot at or before `epoch` (the first one when none is); requires one.
    const std::pair<int, Parameters>& atOrBefore(int epoch) const;

private:
    int capacity_;
    int stride_ = 1;
    std::vector<std::pair<int, Parameters>> snapshots_;
};

class Trainer {
public:
    // `test` (may be empty) is never trained on: its loss and accuracy are measured after
    // every epoch with the weights at the end of that epoch.
    Trainer(NetworkSpec network, TrainingConfig config, Dataset data, Parameters initial,
            Dataset test = {});

    // One iteration (steps 3–12 on the next batch). Returns false if training has stopped.
    bool runIteration();
    // Iterations up to the end of the current epoch.
    bool runEpoch();
    // `epochs` more epochs; `afterEpoch` (may be empty) returns false to cancel.
    bool train(int epochs, const std::function<bool(const Trainer&)>& afterEpoch = {});

    // Dataset rows (0-based) of the batch the next iteration will use.
    const std::vector<int>& nextBatch() const { return nextBatch_; }

    int epochsCompleted() const { return epochsCompleted_; }
    // 64 bits: 100 000 samples one at a time for 10⁷ epochs are 10¹² iterations.
    std::int64_t iterationsCompleted() const { return iterationsCompleted_; }
    int iterationsPerEpoch() const { return config_.batch.iterationsPerEpoch(data_.samples()); }

    const NetworkSpec& network() const { return network_; }
    const TrainingConfig& config() const { return config_; }
    const Dataset& data() const { return data_; }
    const Parameters& parameters() const { return params_; }
    // What momentum or Adam remembers from the iterations so far.
    const OptimizerState& optimizerState() const { return optimizer_; }
    // The settings of the next iteration: the lesson's, with the learning rate of its epoch.
    TrainingConfig iterationConfig() const;

    // Loss per completed epoch in the lesson's reduction: the sum of its batch losses, each
    // taken before that batch's update (for full batch: the loss of the forward pass of that
    // epoch), divided by the sample count for the mean.
    const std::vector<double>& epochLoss() const { return epochLoss_; }
    // The same per sample (the mean, whatever the reduction), so that training and test
    // losses of any lesson can be compared on one chart.
    const std::vector<double>& epochLossPerSample() const { return epochLossPerSample_; }
    // Fraction of samples classified right in each completed epoch's forward passes
    // (empty unless the lesson is a classification).
    const std::vector<double>& epochAccuracy() const { return epochAccuracy_; }
    // Loss of every iteration in the lesson's reduction (kept while there are at most 10⁶).
    const std::vector<double>& iterationLoss() const { return iterationLoss_; }
    bool isClassification() const { return classification_; }
    const Dataset& testData() const { return test_; }
    const std::vector<double>& epochTestLoss() const {
        return epochTestLoss_;
    } // lesson's reduction
    const std::vector<double>& epochTestLossPerSample() const { return epochTestLossPerSample_; }
    // Whether the last completed epoch's loss is at or below the lesson's stop_at_loss; train()
    // ends there.
    bool targetReached() const;
    const std::vector<double>& epochTestAccuracy() const { return epochTestAccuracy_; }
    // Parameters at epoch 0 (the start) and at the end of recorded epochs.
    const ParameterHistory& history() const { return history_; }

    const std::optional<TrainingStop>& stop() const { return stop_; }

    // Where training stands, small enough to keep one per iteration for stepping back: the
    // weights, the position in the epoch and how long each history was. Restoring it drops
    // the history recorded after it.
    struct Checkpoint {
        Parameters params;
        std::vector<int> order, nextBatch;
        int positionInEpoch = 0, epochsCompleted = 0, runningCorrect = 0;
        double runningLoss = 0.0;
        std::int64_t iterationsCompleted = 0;
        size_t iterationLosses = 0;
        std::optional<TrainingStop> stop;
        OptimizerState optimizer;
    };
    Checkpoint checkpoint() const;
    void restore(const Checkpoint& checkpoint);

    // Edits made between iterations (same shapes as before): the next iteration uses them.
    void setParameters(Parameters params) { params_ = std::move(params); }
    void setData(Dataset data);
    // New settings from the next iteration on (learning rate, batch, reduction, epochs, stop);
    // the network's shape and the data stay. A new batch size applies to the rest of the epoch.
    void setConfig(const TrainingConfig& config);

private:
    void prepareBatch();
    void updateClassification(); // from the targets and the output activation
    void measureTestSet();

    NetworkSpec network_;
    TrainingConfig config_;
    Dataset data_;
    Dataset test_;
    Parameters params_;
    OptimizerState optimizer_;
    ParameterHistory history_;
    IterationWork testWork_;
    IterationWork work_;
    Matrix batchX_, batchY_;
    std::vector<int> order_;     // sample order of the current epoch
    std::vector<int> nextBatch_; // rows of the next iteration
    int positionInEpoch_ = 0;    // samples of the current epoch already used
    int epochsCompleted_ = 0;
    std::int64_t iterationsCompleted_ = 0;
    double runningLoss_ = 0.0;
    int runningCorrect_ = 0;
    bool classification_ = false;
    std::vector<double> epochLoss_, epochLossPerSample_, epochAccuracy_, iterationLoss_;
    std::vector<double> epochTestLoss_, epochTestLossPerSample_, epochTestAccuracy_;
    std::optional<TrainingStop> stop_;
};

} // namespace backstep
