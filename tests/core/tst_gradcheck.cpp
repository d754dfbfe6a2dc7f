// SPDX-License-Identifier: MIT
// Every activation/loss combination that can train: backprop's update equals −lr·∂L/∂θ
// from central finite differences of the loss.
#include "core/gradcheck.h"
#include "core/initialisation.h"
#include "core/iteration.h"
#include "core/random.h"

#include <QTest>

using namespace backstep;

Q_DECLARE_METATYPE(backstep::Activation)
Q_DECLARE_METATYPE(backstep::Loss)

namespace {

struct Problem {
    NetworkSpec net;
    TrainingConfig cfg;
    Parameters params;
    Matrix X, y;
};

Problem makeProblem(Activation hidden, Activation output, Loss loss, std::vector<int> layers,
                    bool updateBiases) {
    Problem p;
    const int n = 3, k = output == Activation::Softmax ? 3 : 2, N = 5;
    p.net = NetworkSpec{n, layers, k, {hidden, 0.05}, {output}};
    p.cfg.learningRate = 0.2;
    p.cfg.loss = loss;
    p.cfg.updateBiases = updateBiases;
    InitSpec init;
    init.method = InitSpec::Method::Normal;
    init.seed = 17;
    p.params = initialise(p.net, init);
    Random r(23);
    p.X.resize(N, n);
    p.y = Matrix::Zero(N, k);
    for (int i = 0; i < N; ++i) {
        for (int j = 0; j < n; ++j)
            p.X(i, j) = 2 * r.uniform() - 1;
        if (loss == Loss::CrossEntropy)
            p.y(i, static_cast<Index>(r.below(static_cast<std::uint64_t>(k)))) = 1;
        else
            for (int j = 0; j < k; ++j)
                p.y(i, j) = loss == Loss::Bce ? double(r.below(2)) : 2 * r.uniform() - 1;
    }
    return p;
}

} // namespace

class GradcheckTest : public QObject {
    Q_OBJECT
private slots:
    void everyCombination_data() {
        QTest::addColumn<Activation>("hidden");
        QTest::addColumn<Activation>("output");
        QTest::addColumn<Loss>("loss");
        QTest::addColumn<int>("depth"); // hidden layers
        QTest::addColumn<bool>("updateBiases");
        QTest::addColumn<bool>("mean"); // L is the mean over the 5 samples: updates 5× smaller
        const std::pair<Activation, Loss> heads[] = {{Activation::Sigmoid, Loss::Mse},
                                                     {Activation::Linear, Loss::Mse},
                                                     {Activation::Sigmoid, Loss::Bce},
                                                     {Activation::Softmax, Loss::CrossEntropy}};
        for (Activation h : {Activation::Sigmoid, Activation::Tanh, Activation::Relu,
                             Activation::LeakyRelu, Activation::Linear, Activation::Step})
            for (const auto& [out, loss] : heads)
                for (int depth : {0, 1, 2}) // no hidden layer, one, two
                    for (bool biases : {true, false})
                        for (bool mean : {false, true})
                            QTest::addRow("%s-%s-%s-%d%s%s", activationName(h).c_str(),
                                          activationName(out).c_str(), lossName(loss).c_str(),
                                          depth, biases ? "" : "-frozen", mean ? "-mean" : "")
                                << h << out << loss << depth << biases << mean;
    }

    void everyCombination() {
        QFETCH(Activation, hidden);
        QFETCH(Activation, output);
        QFETCH(Loss, loss);
        QFETCH(int, depth);
        QFETCH(bool, updateBiases);
        QFETCH(bool, mean);
        const std::vector<int> layers = depth == 0   ? std::vector<int>{}
                                        : depth == 1 ? std::vector<int>{4}
                                                     : std::vector<int>{4, 3};
        Problem p = makeProblem(hidden, output, loss, layers, updateBiases);
        p.cfg.reduction = mean ? LossReduction::Mean : LossReduction::Sum;
        const GradientCheckResult r = gradientCheck(p.net, p.cfg, p.params, p.X, p.y);
        QVERIFY2(r.passed(1e-6), qPrintable(QString::number(r.maxError)));
        QCOMPARE(int(r.matrices.size()), 2 * p.net.layerCount());
        for (const GradientCheckMatrix& m : r.matrices)
            QCOMPARE(m.frozen, !updateBiases && m.name.rfind('b', 0) == 0);
        // something was actually compared: at least one update is clearly non-zero
        double largest = 0;
        for (const GradientCheckMatrix& m : r.matrices)
            largest = std::max(largest, std::abs(m.worstExpected));
        QVERIFY(largest > 1e-5);
    }

    // With weight decay G is −∂(L + λ/2·Σw²)/∂θ: the check differentiates that, with both
    // reductions, whatever optimiser the lesson names (it only changes what is done with G).
    void weightDecay_data() {
        QTest::addColumn<bool>("mean");
        QTest::addColumn<int>("optimizer");
        for (bool mean : {false, true})
            for (int o : {0, 1, 2})
                QTest::addRow("%s-%d", mean ? "mean" : "sum", o) << mean << o;
    }

    void weightDecay() {
        QFETCH(bool, mean);
        QFETCH(int, optimizer);
        Problem p = makeProblem(Activation::Tanh, Activation::Sigmoid, Loss::Bce, {4, 3}, true);
        p.cfg.reduction = mean ? LossReduction::Mean : LossReduction::Sum;
        p.cfg.weightDecay = 0.3;
        p.cfg.optimizer.kind = static_cast<OptimizerSpec::Kind>(optimizer);
        const GradientCheckResult r = gradientCheck(p.net, p.cfg, p.params, p.X, p.y);
        QVERIFY2(r.passed(1e-6), qPrintable(QString::number(r.maxError)));
        // The penalty matters: without it in L, the same updates fail the check.
        TrainingConfig without = p.cfg;
        without.weightDecay = 0;
        IterationWork decayed, plain;
        computeIteration(p.net, p.cfg, p.params, p.X, p.y, decayed);
        computeIteration(p.net, without, p.params, p.X, p.y, plain);
        // θ + lr·(G − λθ) − (θ + lr·G) = −lr·λ·θ, worked out by hand for every weight
        for (size_t l = 0; l < p.params.layers.size(); ++l) {
            const Matrix difference =
                decayed.layers[l].weightsUpdated - plain.layers[l].weightsUpdated;
            if (optimizer == 0)
                QVERIFY((difference + p.cfg.learningRate * 0.3 * p.params.layers[l].weights)
                            .cwiseAbs()
                            .maxCoeff() < 1e-14);
        }
    }

    // With dropout, backprop through the iteration's masks equals the finite differences of
    // the loss with those masks held fixed (half the hidden units dropped, two layers).
    void dropoutWithItsMasksFixed() {
        Problem p = makeProblem(Activation::Tanh, Activation::Sigmoid, Loss::Bce, {6, 5}, true);
        p.cfg.dropout = 0.5;
        const GradientCheckResult r = gradientCheck(p.net, p.cfg, p.params, p.X, p.y);
        QVERIFY2(r.passed(1e-6), qPrintable(QString::number(r.maxError)));
        IterationWork work;
        computeIteration(p.net, p.cfg, p.params, p.X, p.y, work);
        const Matrix& mask = work.layers[0].dropoutMask;
        QVERIFY(mask.minCoeff() == 0 && mask.maxCoeff() == 1); // some dropped, some kept
        // the check can fail: the same updates against the loss without dropout do not pass
        TrainingConfig without = p.cfg;
        without.dropout = 0;
        IterationWork plain;
        computeIteration(p.net, without, p.params, p.X, p.y, plain);
        QVERIFY(
            (plain.layers[0].weightsUpdated - work.layers[0].weightsUpdated).cwiseAbs().maxCoeff() >
            1e-6);
    }

    // Softmax with mse is refused by lessons because its slope is a full Jacobian, not the
    // element-wise a⊙(1−a) of step 7; the gradient check catches exactly that.
    void detectsAWrongGradient() {
        const Problem p = makeProblem(Activation::Tanh, Activation::Softmax, Loss::Mse, {4}, true);
        const GradientCheckResult r = gradientCheck(p.net, p.cfg, p.params, p.X, p.y);
        QVERIFY(!r.passed(1e-6));
        QVERIFY(incompatibility(p.net, Loss::Mse).has_value());
    }
};

QTEST_APPLESS_MAIN(GradcheckTest)
#include "tst_gradcheck.moc"
