// SPDX-License-Identifier: MIT
// Provenance of one cell of every step kind, on the hand-worked 2–2–1 linear network of
// tst_trace (X = [[1,2],[0,1]], wh = [[0.5,−1],[1,0.5]], bh = [0,1], wout = [1,−1], bout = 0.5).
#include "common/hand_network.h"
#include "core/provenance.h"

#include <QTest>

#include <set>

using namespace backstep;

namespace {

Trace handTrace(Activation hidden = Activation::Linear, bool updateBiases = true,
                TrainingConfig cfg = {}) {
    cfg.updateBiases = updateBiases;
    return test::handTrace(hidden, cfg);
}

using Cells = std::set<CellRef>;

Cells cells(std::initializer_list<CellRef> list) {
    return Cells(list);
}
Cells inputsOf(const Provenance& p) {
    return Cells(p.inputs.begin(), p.inputs.end());
}

} // namespace

class ProvenanceTest : public QObject {
    Q_OBJECT
private slots:
    void givenValuesHaveNoInputs() {
        const Trace t = handTrace();
        QVERIFY(provenanceOf(t, {"X", 1, 0}).inputs.empty());
        QVERIFY(provenanceOf(t, {"wh", 0, 1}).inputs.empty());
        QCOMPARE(provenanceOf(t, {"wh", 0, 1}).value, -1.0);
    }

    void step3HiddenLayerInput() {
        const Provenance p = provenanceOf(handTrace(), {"hidden_layer_input", 0, 0});
        QCOMPARE(p.cellName, std::string("hidden_layer_input[1,1]"));
        QCOMPARE(p.symbolic, std::string("Σⱼ X[1,j]·wh[j,1] + bh[1,1]"));
        QCOMPARE(p.numeric, std::string("1·0.5 + 2·1 + 0"));
        QCOMPARE(p.value, 2.5);
        QCOMPARE(inputsOf(p),
                 cells({{"X", 0, 0}, {"X", 0, 1}, {"wh", 0, 0}, {"wh", 1, 0}, {"bh", 0, 0}}));
        QVERIFY(!p.wording);
        QVERIFY(p.notes.empty());
    }

    // A printed worksheet's numbers: fixed decimals, as its cells show them.
    void numbersWithFixedDecimals() {
        const Provenance p = provenanceWithDecimals(handTrace(), {"hidden_layer_input", 1, 1}, 2);
        // X[2,·] = 0 1, wh[·,2] = −1 0.5, bh[1,2] = 1: 0·(−1) + 1·0.5 + 1 = 1.5
        QCOMPARE(p.numeric, std::string("0.00·(-1.00) + 1.00·0.50 + 1.00"));
        QCOMPARE(p.value, 1.5);
        QCOMPARE(formatDecimals(0.41702, 4), std::string("0.4170"));
        QCOMPARE(formatDecimals(-3, 2), std::string("-3.00"));
        QCOMPARE(formatDecimals(-0.00004, 4), std::string("0.0000")); // no "-0.0000"
        QCOMPARE(formatDecimals(-0.4, 0), std::string("0"));
        QCOMPARE(formatDecimals(-0.6, 0), std::string("-1"));
    }

    void step4Activation() {
        const Provenance p = provenanceOf(handTrace(), {"hiddenlayer_activations", 1, 1});
        QCOMPARE(p.numeric, std::string("linear(1.5)"));
        QCOMPARE(inputsOf(p), cells({{"hidden_layer_input", 1, 1}}));
    }

    void step5OutputLayer() {
        const Trace t = handTrace();
        const Provenance z = provenanceOf(t, {"output_layer_input", 0, 0});
        QCOMPARE(z.numeric, std::string("2.5·1 + 1·(-1) + 0.5"));
        QCOMPARE(inputsOf(z), cells({{"hiddenlayer_activations", 0, 0},
                                     {"hiddenlayer_activations", 0, 1},
                                     {"wout", 0, 0},
                                     {"wout", 1, 0},
                                     {"bout", 0, 0}}));
        QCOMPARE(inputsOf(provenanceOf(t, {"output", 1, 0})),
                 cells({{"output_layer_input", 1, 0}}));
    }

    void step6Error() {
        const Provenance p = provenanceOf(handTrace(), {"E", 0, 0});
        QCOMPARE(p.symbolic, std::string("y[1,1] − output[1,1]"));
        QCOMPARE(p.numeric, std::string("1 − 2"));
        QCOMPARE(p.value, -1.0);
        QCOMPARE(inputsOf(p), cells({{"y", 0, 0}, {"output", 0, 0}}));
    }

    void step7Slopes() {
        const Trace t = handTrace();
        QCOMPARE(inputsOf(provenanceOf(t, {"slope_hidden_layer", 0, 1})),
                 cells({{"hidden_layer_input", 0, 1}}));
        // sigmoid slopes come from the activation, relu slopes from z
        const Trace s = handTrace(Activation::Sigmoid);
        const Provenance sig = provenanceOf(s, {"slope_hidden_layer", 0, 0});
        QCOMPARE(inputsOf(sig), cells({{"hiddenlayer_activations", 0, 0}}));
        QCOMPARE(sig.symbolic,
                 std::string("hiddenlayer_activations[1,1]·(1 − hiddenlayer_activations[1,1])"));
        const Provenance relu =
            provenanceOf(handTrace(Activation::Relu), {"slope_hidden_layer", 0, 0});
        QCOMPARE(relu.numeric, std::string("2.5 > 0 → 1"));
        QVERIFY(relu.symbolic.empty()); // "1 if hidden_layer_input[1,1] > 0 else 0", in words
        QCOMPARE(relu.wording,
                 ProvenancePhrase({ProvenanceWords::ReluSlope, {"hidden_layer_input[1,1]", "0"}}));
        QCOMPARE(inputsOf(relu), cells({{"hidden_layer_input", 0, 0}}));
    }

    void step8OutputDelta() {
        const Provenance p = provenanceOf(handTrace(), {"d_output", 0, 0});
        QCOMPARE(p.numeric, std::string("(-1)·1"));
        QCOMPARE(inputsOf(p), cells({{"E", 0, 0}, {"slope_output_layer", 0, 0}}));
    }

    void step9UsesTheTransposeOfTheOldWout() {
        // Error_at_hidden_layer[1,2] = Σₘ d_output[1,m]·woutᵀ[m,2] = d_output[1,1]·wout[2,1]
        const Provenance p = provenanceOf(handTrace(), {"Error_at_hidden_layer", 0, 1});
        QCOMPARE(p.numeric, std::string("(-1)·(-1)"));
        QCOMPARE(p.value, 1.0);
        QCOMPARE(inputsOf(p), cells({{"d_output", 0, 0}, {"wout", 1, 0}}));
        QCOMPARE(p.notes, std::vector<ProvenancePhrase>(
                              {{ProvenanceWords::UsesWeightsBeforeUpdate, {"wout"}}}));
    }

    void step10HiddenDelta() {
        const Provenance p = provenanceOf(handTrace(), {"d_hiddenlayer", 0, 1});
        QCOMPARE(inputsOf(p),
                 cells({{"Error_at_hidden_layer", 0, 1}, {"slope_hidden_layer", 0, 1}}));
    }

    void step11UsesTransposes() {
        const Trace t = handTrace();
        // wout_updated[1,1] = wout[1,1] + (Σᵢ aᵀ[1,i]·d_output[i,1])·lr, aᵀ[1,i] = a[i,1]
        const Provenance w = provenanceOf(t, {"wout_updated", 0, 0});
        QCOMPARE(w.numeric, std::string("1 + (2.5·(-1) + 1·0)·0.5"));
        QCOMPARE(w.value, -0.25);
        QCOMPARE(inputsOf(w), cells({{"wout", 0, 0},
                                     {"hiddenlayer_activations", 0, 0},
                                     {"hiddenlayer_activations", 1, 0},
                                     {"d_output", 0, 0},
                                     {"d_output", 1, 0}}));
        // wh_updated[2,1] = wh[2,1] + (X[1,2]·d[1,1] + X[2,2]·d[2,1])·lr = 1 + (2·(−1) + 1·0)·0.5
        const Provenance h = provenanceOf(t, {"wh_updated", 1, 0});
        QCOMPARE(h.numeric, std::string("1 + (2·(-1) + 1·0)·0.5"));
        QCOMPARE(h.value, 0.0);
        QCOMPARE(inputsOf(h), cells({{"wh", 1, 0},
                                     {"X", 0, 1},
                                     {"X", 1, 1},
                                     {"d_hiddenlayer", 0, 0},
                                     {"d_hiddenlayer", 1, 0}}));
    }

    void step12SumsOverRows() {
        const Provenance b = provenanceOf(handTrace(), {"bh_updated", 0, 1});
        QCOMPARE(b.numeric, std::string("1 + (1 + 0)·0.5"));
        QCOMPARE(b.value, 1.5);
        QCOMPARE(inputsOf(b),
                 cells({{"bh", 0, 1}, {"d_hiddenlayer", 0, 1}, {"d_hiddenlayer", 1, 1}}));
        const Provenance frozen =
            provenanceOf(handTrace(Activation::Linear, false), {"bout_updated", 0, 0});
        QCOMPARE(inputsOf(frozen), cells({{"bout", 0, 0}}));
        QCOMPARE(frozen.notes,
                 std::vector<ProvenancePhrase>({{ProvenanceWords::FrozenBiases, {}}}));
    }

    void softmaxDependsOnTheWholeRow() {
        NetworkSpec net{1, {1}, 3, {Activation::Linear}, {Activation::Softmax}};
        TrainingConfig cfg;
        cfg.loss = Loss::CrossEntropy;
        Parameters p;
        p.layers = {{Matrix::Ones(1, 1), Matrix::Zero(1, 1)},
                    {Matrix::Ones(1, 3), Matrix::Zero(1, 3)}};
        Dataset d;
        d.X = Matrix::Ones(1, 1);
        d.y = Matrix::Zero(1, 3);
        d.y(0, 1) = 1;
        d.featureNames = {"x"};
        d.targetNames = {"a", "b", "c"};
        const Trace t = buildTrace(net, cfg, p, d, {0});
        QCOMPARE(inputsOf(provenanceOf(t, {"output", 0, 2})),
                 cells({{"output_layer_input", 0, 0},
                        {"output_layer_input", 0, 1},
                        {"output_layer_input", 0, 2}}));
        const Provenance delta = provenanceOf(t, {"d_output", 0, 1});
        QCOMPARE(inputsOf(delta), cells({{"E", 0, 1}}));
        QCOMPARE(delta.notes, std::vector<ProvenancePhrase>(
                                  {{ProvenanceWords::SlopeCancels, {"cross_entropy", "softmax"}}}));
    }

    void longSumsAreAbbreviated() {
        NetworkSpec net{20, {1}, 1, {Activation::Linear}, {Activation::Linear}};
        TrainingConfig cfg;
        Parameters p;
        p.layers = {{Matrix::Ones(20, 1), Matrix::Zero(1, 1)},
                    {Matrix::Ones(1, 1), Matrix::Zero(1, 1)}};
        Dataset d;
        d.X = Matrix::Ones(1, 20);
        d.y = Matrix::Zero(1, 1);
        d.featureNames = std::vector<std::string>(20, "x");
        d.targetNames = {"y"};
        const Provenance z =
            provenanceOf(buildTrace(net, cfg, p, d, {0}), {"hidden_layer_input", 0, 0});
        QCOMPARE(z.numeric, std::string("1·1 + 1·1 + 1·1 + 1·1 + … + 1·1 + 0"));
        // 20 products shown as 4 + … + 1: "…" stands for the other 15
        QCOMPARE(z.notes, std::vector<ProvenancePhrase>({{ProvenanceWords::TermsLeftOut, {"15"}}}));
        QCOMPARE(z.inputs.size(), size_t(41)); // 20 inputs, 20 weights, 1 bias
    }

    // Steps 11–12 through G, worked out by hand on the same network: a = hidden_layer_input =
    // [[2.5, 1], [1, 1.5]], output = [2, 0], E = d_output = [−1, 0], so
    // G_wout = aᵀ·d_output = [−2.5, −1] (and −λ·wout with weight decay).
    void optimizerCells() {
        TrainingConfig momentum;
        momentum.learningRate = 0.5;
        momentum.optimizer.kind = OptimizerSpec::Kind::Momentum;
        momentum.weightDecay = 0.1;
        const Trace m = handTrace(Activation::Linear, true, momentum);
        const Provenance g = provenanceOf(m, {"G_wout", 0, 0});
        QCOMPARE(g.value, -2.5 - 0.1 * 1.0); // G − λ·wout[1,1]
        QCOMPARE(inputsOf(g), cells({{"hiddenlayer_activations", 0, 0},
                                     {"hiddenlayer_activations", 1, 0},
                                     {"d_output", 0, 0},
                                     {"d_output", 1, 0},
                                     {"wout", 0, 0}}));
        QVERIFY2(g.symbolic.find("λ·wout[1,1]") != std::string::npos, g.symbolic.c_str());
        const Provenance v = provenanceOf(m, {"velocity_wout_updated", 0, 0});
        QCOMPARE(v.value, -2.6); // β·0 + G before any update
        QCOMPARE(inputsOf(v), cells({{"velocity_wout", 0, 0}, {"G_wout", 0, 0}}));
        QCOMPARE(v.numeric, std::string("0.9·0 + (-2.6)"));
        const Provenance w = provenanceOf(m, {"wout_updated", 0, 0});
        QCOMPARE(w.value, 1 + 0.5 * -2.6);
        QCOMPARE(inputsOf(w), cells({{"wout", 0, 0}, {"velocity_wout_updated", 0, 0}}));

        TrainingConfig adam;
        adam.learningRate = 0.5;
        adam.optimizer.kind = OptimizerSpec::Kind::Adam;
        const Trace a = handTrace(Activation::Linear, true, adam);
        // t = 1: m = 0.1·G, v = 0.001·G², m̂ = G, v̂ = G², so the step is lr·G/(|G| + ε)
        QCOMPARE(provenanceOf(a, {"m_wout_updated", 0, 0}).value, 0.1 * -2.5);
        QVERIFY(std::abs(provenanceOf(a, {"v_wout_updated", 1, 0}).value - 0.001) < 1e-18);
        QVERIFY(std::abs(provenanceOf(a, {"m_hat_wout", 0, 0}).value + 2.5) < 1e-15);
        QVERIFY(std::abs(provenanceOf(a, {"v_hat_wout", 0, 0}).value - 6.25) < 1e-14);
        const Provenance hat = provenanceOf(a, {"m_hat_wout", 0, 0});
        QCOMPARE(inputsOf(hat), cells({{"m_wout_updated", 0, 0}}));
        QCOMPARE(hat.numeric, std::string("(-0.25)/(1 − 0.9^1)"));
        const Provenance step = provenanceOf(a, {"wout_updated", 0, 0});
        QVERIFY(std::abs(step.value - (0.5 + 2e-9)) < 1e-15); // 1 − 0.5·2.5/(2.5 + 1e-8)
        QCOMPARE(inputsOf(step),
                 cells({{"wout", 0, 0}, {"m_hat_wout", 0, 0}, {"v_hat_wout", 0, 0}}));
        const Provenance before = provenanceOf(a, {"v_bout", 0, 0});
        QCOMPARE(before.value, 0.0);
        QVERIFY(before.inputs.empty());
    }

    void unknownCellsThrow() {
        const Trace t = handTrace();
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, provenanceOf(t, {"wh", 5, 0}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, provenanceOf(t, {"nope", 0, 0}));
    }
};

QTEST_APPLESS_MAIN(ProvenanceTest)
#include "tst_provenance.moc"
