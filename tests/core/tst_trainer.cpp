// SPDX-License-Identifier: MIT
// Batching, shuffling, history, accuracy and the clean stop on non-finite values.
#include "core/initialisation.h"
#include "core/memory_budget.h"
#include "core/trace.h"
#include "core/trainer.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace backstep;

namespace {

Dataset sixSamples() {
    Dataset d;
    d.X.resize(6, 2);
    d.X << 0, 0, 0, 1, 1, 0, 1, 1, 0.5, 0.5, 2, 1;
    d.y.resize(6, 1);
    d.y << 0, 1, 1, 0, 1, 0;
    d.featureNames = {"x1", "x2"};
    d.targetNames = {"y"};
    return d;
}

Trainer makeTrainer(BatchSpec batch, std::uint64_t seed = 1, double lr = 0.5) {
    NetworkSpec net{2, {3}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
    TrainingConfig cfg;
    cfg.batch = batch;
    cfg.seed = seed;
    cfg.learningRate = lr;
    return Trainer(net, cfg, sixSamples(), initialise(net, InitSpec{}));
}

std::vector<std::vector<int>> batchesOfOneEpoch(Trainer& t) {
    std::vector<std::vector<int>> batches;
    const int epoch = t.epochsCompleted();
    while (t.epochsCompleted() == epoch) {
        batches.push_back(t.nextBatch());
        t.runIteration();
    }
    return batches;
}

} // namespace

class TrainerTest : public QObject {
    Q_OBJECT
private slots:
    void iterationsPerEpoch() {
        QCOMPARE(makeTrainer({BatchSpec::Kind::Full, 0}).iterationsPerEpoch(), 1);
        QCOMPARE(makeTrainer({BatchSpec::Kind::Sgd, 1}).iterationsPerEpoch(), 6);
        QCOMPARE(makeTrainer({BatchSpec::Kind::MiniBatch, 4}).iterationsPerEpoch(), 2); // ⌈6/4⌉
        QCOMPARE(makeTrainer({BatchSpec::Kind::MiniBatch, 10}).iterationsPerEpoch(), 1);
    }

    void fullBatchKeepsTheOrder() {
        Trainer t = makeTrainer({BatchSpec::Kind::Full, 0});
        QCOMPARE(t.nextBatch(), (std::vector<int>{0, 1, 2, 3, 4, 5}));
    }

    void miniBatchesCoverEveryEpochOnceInShuffledOrder() {
        Trainer t = makeTrainer({BatchSpec::Kind::MiniBatch, 4}, 11);
        const auto first = batchesOfOneEpoch(t);
        const auto second = batchesOfOneEpoch(t);
        QCOMPARE(first.size(), size_t(2));
        QCOMPARE(first[0].size(), size_t(4));
        QCOMPARE(first[1].size(), size_t(2));
        for (const auto& epoch : {first, second}) {
            std::multiset<int> seen;
            for (const auto& b : epoch)
                seen.insert(b.begin(), b.end());
            QCOMPARE(seen, (std::multiset<int>{0, 1, 2, 3, 4, 5}));
        }
        QVERIFY(first != second); // reshuffled every epoch
        // the same seed gives the same order, the order the reference implementation finds
        QCOMPARE(first[0], (std::vector<int>{4, 0, 5, 3}));
        Trainer again = makeTrainer({BatchSpec::Kind::MiniBatch, 4}, 11);
        QCOMPARE(batchesOfOneEpoch(again), first);
        Trainer other = makeTrainer({BatchSpec::Kind::MiniBatch, 4}, 12);
        QVERIFY(batchesOfOneEpoch(other) != first);
    }

    void historyAndTraceAgree() {
        Trainer t = makeTrainer({BatchSpec::Kind::Sgd, 1}, 3);
        const Trace first =
            buildTrace(t.network(), t.config(), t.parameters(), t.data(), t.nextBatch());
        t.runIteration();
        QCOMPARE(t.iterationLoss().front(), first.loss);
        // after one iteration the parameters are the trace's updated matrices
        QCOMPARE(t.parameters().layers[0].weights, first.at("wh_updated").values);
        QCOMPARE(t.parameters().layers[1].bias, first.at("bout_updated").values);
        t.runEpoch();
        QCOMPARE(t.epochLoss().size(), size_t(1));
        double sum = 0;
        for (double l : t.iterationLoss())
            sum += l;
        QVERIFY(std::abs(t.epochLoss()[0] - sum) < 1e-15); // the epoch loss sums its iterations
    }

    void learnsAndReportsAccuracy() {
        // The tutorial's lesson: after 5000 epochs the outputs are near the targets 1, 1, 0.
        Dataset d;
        d.X.resize(3, 4);
        d.X << 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1;
        d.y.resize(3, 1);
        d.y << 1, 1, 0;
        d.featureNames = {"x1", "x2", "x3", "x4"};
        d.targetNames = {"y"};
        NetworkSpec net{4, {3}, 1};
        Trainer t(net, TrainingConfig{}, d, initialise(net, InitSpec{}));
        QVERIFY(t.isClassification());
        QVERIFY(t.train(5000));
        QCOMPARE(t.epochsCompleted(), 5000);
        QVERIFY(t.epochLoss().back() < t.epochLoss().front() / 10);
        QCOMPARE(t.epochAccuracy().back(), 1.0);
        const Trace last = buildTrace(net, t.config(), t.parameters(), d, t.nextBatch());
        const Matrix& out = last.at("output").values;
        QVERIFY(out(0, 0) > 0.9 && out(1, 0) > 0.9 && out(2, 0) < 0.1);
    }

    void checkpointRestoresThePlaceExactly() {
        Trainer t = makeTrainer({BatchSpec::Kind::MiniBatch, 4}, 5);
        t.train(3);
        t.runIteration(); // mid-epoch
        const Trainer::Checkpoint c = t.checkpoint();
        Trainer reference = t; // goes on without going back
        t.train(2);
        t.restore(c);
        QCOMPARE(t.iterationsCompleted(), reference.iterationsCompleted());
        QCOMPARE(t.epochLoss(), reference.epochLoss());
        QCOMPARE(t.nextBatch(), reference.nextBatch());
        t.train(2);
        reference.train(2);
        QCOMPARE(t.parameters().layers[0].weights, reference.parameters().layers[0].weights);
        QCOMPARE(t.epochLoss(), reference.epochLoss());
        QCOMPARE(t.history().snapshots().back().first,
                 reference.history().snapshots().back().first);
    }

    void cancelFromTheCallback() {
        Trainer t = makeTrainer({BatchSpec::Kind::Full, 0});
        QVERIFY(!t.train(100, [](const Trainer& tr) { return tr.epochsCompleted() < 7; }));
        QCOMPARE(t.epochsCompleted(), 7);
        QVERIFY(!t.stop()); // cancelled, not diverged
    }

    void stopsCleanlyOnNonFiniteValues() {
        // A linear regression with a huge learning rate explodes within a few iterations.
        Dataset d = sixSamples();
        d.y *= 1000;
        NetworkSpec net{2, {3}, 1, {Activation::Linear}, {Activation::Linear}};
        TrainingConfig cfg;
        cfg.learningRate = 1e3;
        Trainer t(net, cfg, d, initialise(net, InitSpec{}));
        QVERIFY(!t.train(1000));
        QVERIFY(t.stop().has_value());
        const TrainingStop& stop = *t.stop();
        QVERIFY(stop.epoch >= 1 && stop.epoch < 1000);
        QCOMPARE(stop.iteration, stop.epoch); // full batch: one iteration per epoch
        QVERIFY(stop.step >= 3 && stop.step <= 12);
        QVERIFY(!stop.matrix.empty());
        QVERIFY(t.parameters().allFinite()); // the bad update was not applied
        QCOMPARE(int(t.epochLoss().size()), stop.epoch - 1);
        QVERIFY(!t.runIteration()); // stays stopped
    }

    // stop_at_loss ends train() after the first epoch at or below the target, and only there:
    // the epoch is found independently in a run without a target.
    void stopsAtTheTargetLoss() {
        Trainer free = makeTrainer({BatchSpec::Kind::Full, 0});
        QVERIFY(free.train(400));
        const double target = free.epochLoss()[150];
        const auto first = std::find_if(free.epochLoss().begin(), free.epochLoss().end(),
                                        [&](double loss) { return loss <= target; });
        const int expectedEpochs = static_cast<int>(first - free.epochLoss().begin()) + 1;
        QVERIFY(expectedEpochs <= 151);

        NetworkSpec net{2, {3}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        cfg.learningRate = 0.5;
        cfg.stopAtLoss = target;
        Trainer stopping(net, cfg, sixSamples(), initialise(net, InitSpec{}));
        QVERIFY(stopping.train(400)); // done, not failed
        QVERIFY(stopping.targetReached());
        QCOMPARE(stopping.epochsCompleted(), expectedEpochs);
        QVERIFY(!stopping.stop());
    }

    // With the mean, the epoch loss is the sum over the epoch's batches divided by N; per sample
    // it is the same for either reduction.
    void meanEpochLoss() {
        Trainer summed = makeTrainer({BatchSpec::Kind::MiniBatch, 4});
        QVERIFY(summed.train(1));
        const double sum =
            summed.iterationLoss()[0] + summed.iterationLoss()[1]; // batches of 4 and 2
        QCOMPARE(summed.epochLoss()[0], sum);
        QCOMPARE(summed.epochLossPerSample()[0], sum / 6);
    }

    // An infinity in the hidden layer input (step 3) vanishes behind a sigmoid: a = 1, slope 0,
    // every later number finite. Training must stop there all the same.
    void anInfinityAtStepThreeStops() {
        Dataset d;
        d.X.resize(2, 1);
        d.X << 1e200, 1;
        d.y.resize(2, 1);
        d.y << 1, 0;
        d.featureNames = {"x1"};
        d.targetNames = {"y"};
        NetworkSpec net{1, {2}, 1, {Activation::Sigmoid}, {Activation::Sigmoid}};
        Parameters p;
        Layer hidden, output;
        hidden.weights.resize(1, 2);
        hidden.weights << 1e200, 0.5; // 1e200·1e200 overflows to +inf in h1 of sample 1
        hidden.bias = Matrix::Zero(1, 2);
        output.weights.resize(2, 1);
        output.weights << 0.3, -0.2;
        output.bias = Matrix::Zero(1, 1);
        p.layers = {hidden, output};
        Trainer t(net, TrainingConfig{}, d, p);
        QVERIFY(!t.runIteration());
        QVERIFY(t.stop().has_value());
        QCOMPARE(t.stop()->step, 3);
        QCOMPARE(t.stop()->matrix, std::string("hidden_layer_input"));
        QCOMPARE(t.stop()->iteration, std::int64_t(1));
        QCOMPARE(t.iterationsCompleted(), std::int64_t(0));
    }

    // Stepping back restores what Adam remembers too: the same iterations run again give the
    // same bits; the learning rate follows lr_decay epoch by epoch.
    void checkpointsKeepTheOptimizerState() {
        NetworkSpec net{2, {3}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        cfg.batch = {BatchSpec::Kind::MiniBatch, 4};
        cfg.learningRate = 0.2;
        cfg.optimizer.kind = OptimizerSpec::Kind::Adam;
        cfg.learningRateDecay = {3, 0.5};
        Trainer t(net, cfg, sixSamples(), initialise(net, InitSpec{}));
        for (int i = 0; i < 5; ++i)
            QVERIFY(t.runIteration());
        QCOMPARE(t.optimizerState().updates, std::int64_t(5));
        QCOMPARE(int(t.optimizerState().second.size()), 2); // m and v for both layers
        const Trainer::Checkpoint mark = t.checkpoint();
        for (int i = 0; i < 4; ++i)
            QVERIFY(t.runIteration());
        const Parameters after = t.parameters();
        const OptimizerState stateAfter = t.optimizerState();
        t.restore(mark);
        QCOMPARE(t.optimizerState().updates, std::int64_t(5));
        for (int i = 0; i < 4; ++i)
            QVERIFY(t.runIteration());
        QVERIFY(t.optimizerState() == stateAfter);
        for (size_t l = 0; l < after.layers.size(); ++l)
            QVERIFY(t.parameters().layers[l].weights == after.layers[l].weights);
        // 2 iterations per epoch: after 9 iterations epoch 4 (0-based) runs at 0.2·0.5^⌊4/3⌋
        QCOMPARE(t.epochsCompleted(), 4);
        QCOMPARE(t.iterationConfig().learningRate, 0.1);
        // another optimiser from here on starts from nothing
        TrainingConfig momentum = cfg;
        momentum.optimizer.kind = OptimizerSpec::Kind::Momentum;
        t.setConfig(momentum);
        QCOMPARE(t.optimizerState().updates, std::int64_t(0));
        QVERIFY(t.runIteration());
        QCOMPARE(int(t.optimizerState().first.size()), 2);
        QVERIFY(t.optimizerState().second.empty());
    }

    // Dropout is for training only: the held-out loss after an epoch is the loss of a plain
    // forward pass (no mask) with that epoch's weights, worked out here through a trace of the
    // same weights without dropout; the training loss (with masks) differs from it.
    void dropoutIsForTrainingOnly() {
        NetworkSpec net{2, {6}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        cfg.loss = Loss::Bce;
        cfg.dropout = 0.5;
        const Dataset d = sixSamples();
        Trainer t(net, cfg, d, initialise(net, InitSpec{}), d); // tested on its own samples
        QVERIFY(t.runEpoch());
        TrainingConfig plain = cfg;
        plain.dropout = 0;
        const Trace check = buildTrace(net, plain, t.parameters(), d, {0, 1, 2, 3, 4, 5});
        QVERIFY(!check.find("dropout_mask"));
        QVERIFY(t.runEpoch()); // the loss of this epoch's forward pass, with its masks
        QCOMPARE(t.epochTestLoss().front(), check.loss);
        const Trace masked = traceOfNextIteration(t);
        QVERIFY(masked.find("dropout_mask") && masked.find("dropped_activations"));
        QVERIFY(std::abs(t.epochLoss()[1] - t.epochTestLoss()[1]) > 1e-6);
    }

    // Copies of the weights kept for replay and stepping back stay within 256 MB: all of them
    // for a small network, fewer for a large one.
    void copiesOfLargeWeightsAreBudgeted() {
        const NetworkSpec small{4, {3}, 1, {Activation::Sigmoid}, {Activation::Sigmoid}};
        QCOMPARE(parameterCount(small), std::uint64_t(5 * 3 + 4 * 1));
        QCOMPARE(historyCapacity(small), 256);
        QCOMPARE(stepBackCapacity(small), 200);
        // 1000 inputs, 2000 hidden, 10 outputs: 1001·2000 + 2001·10 = 2 022 010 numbers, 16.2 MB a
        // copy; 256 MiB holds 16 copies: 8 for the replay history (2·capacity), 16 for stepping
        // back
        const NetworkSpec large{1000, {2000}, 10, {Activation::Relu}, {Activation::Softmax}};
        QCOMPARE(parameterCount(large), std::uint64_t(2022010));
        QCOMPARE(historyCapacity(large), 8);
        QCOMPARE(stepBackCapacity(large), 16);
        QCOMPARE(stepBackCapacity(large, 2), 5); // Adam's m and v in each copy: 256 MiB / 48.5 MB
        // the trainer keeps to it: after 40 epochs at most 2·8 + 1 snapshots
        Dataset d;
        d.X = Matrix::Zero(2, 1000);
        d.y = Matrix::Zero(2, 10);
        d.y(0, 0) = d.y(1, 1) = 1;
        TrainingConfig cfg;
        cfg.loss = Loss::CrossEntropy;
        Trainer t(large, cfg, d, initialise(large, InitSpec{}));
        QVERIFY(t.train(40));
        QVERIFY(t.history().snapshots().size() <= 17);
        QCOMPARE(t.history().snapshots().back().first, 40);
    }
};

QTEST_APPLESS_MAIN(TrainerTest)
#include "tst_trainer.moc"
