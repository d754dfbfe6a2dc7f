// SPDX-License-Identifier: MIT
// One full trace of tiny networks, every number worked out by hand in the comments.
#include "core/trace.h"

#include <QRegularExpression>
#include <QTest>

using namespace backstep;

namespace {

Matrix m(std::initializer_list<std::initializer_list<double>> rows) {
    Matrix result(static_cast<Index>(rows.size()), static_cast<Index>(rows.begin()->size()));
    Index r = 0;
    for (const auto& row : rows) {
        Index c = 0;
        for (double v : row)
            result(r, c++) = v;
        ++r;
    }
    return result;
}

void expectMatrix(const Trace& trace, const char* name, const Matrix& expected, double tol = 0.0) {
    const TraceMatrix* found = trace.find(name);
    QVERIFY2(found, name);
    QCOMPARE(found->values.rows(), expected.rows());
    QCOMPARE(found->values.cols(), expected.cols());
    for (Index r = 0; r < expected.rows(); ++r)
        for (Index c = 0; c < expected.cols(); ++c)
            QVERIFY2(std::abs(found->values(r, c) - expected(r, c)) <= tol,
                     qPrintable(QStringLiteral("%1[%2,%3] = %4, expected %5")
                                    .arg(name)
                                    .arg(r + 1)
                                    .arg(c + 1)
                                    .arg(found->values(r, c), 0, 'g', 17)
                                    .arg(expected(r, c), 0, 'g', 17)));
}

Dataset dataset(const Matrix& X, const Matrix& y) {
    Dataset d;
    d.X = X;
    d.y = y;
    d.featureNames = defaultNames("x", static_cast<int>(X.cols()), true);
    d.targetNames = defaultNames("y", static_cast<int>(y.cols()), false);
    return d;
}

} // namespace

class TraceTest : public QObject {
    Q_OBJECT
private slots:
    // The mean loss: 1–1–1 linear, mse, lr 0.5, two samples (B = 2); exact in binary.
    //   z = a = output = X·1 + 0 = [1, 3];  E = y − output = [1 − 1, 0 − 3] = [0, −3]
    //   loss = ½·(0² + 3²)/2 = 2.25;  d_output = E; Error_at_hidden_layer = d_hiddenlayer = E·1
    //   wout + (aᵀ·d)·lr/B = 1 + (1·0 + 3·(−3))·0.5/2 = −1.25;  bout + (0 − 3)·0.25 = −0.75
    //   wh  + (Xᵀ·d)·lr/B = 1 + (1·0 + 3·(−3))·0.25 = −1.25;    bh  = −0.75
    void meanLossDividesTheUpdatesByTheBatchRows() {
        NetworkSpec net{1, {1}, 1, {Activation::Linear}, {Activation::Linear}};
        TrainingConfig cfg;
        cfg.learningRate = 0.5;
        cfg.reduction = LossReduction::Mean;
        Parameters p;
        p.layers.push_back({m({{1}}), m({{0}})});
        p.layers.push_back({m({{1}}), m({{0}})});
        const Trace t = buildTrace(net, cfg, p, dataset(m({{1}, {3}}), m({{1}, {0}})), {0, 1});
        QCOMPARE(t.loss, 2.25);
        expectMatrix(t, "d_output", m({{0}, {-3}}));
        expectMatrix(t, "d_hiddenlayer", m({{0}, {-3}}));
        expectMatrix(t, "wout_updated", m({{-1.25}}));
        expectMatrix(t, "bout_updated", m({{-0.75}}));
        expectMatrix(t, "wh_updated", m({{-1.25}}));
        expectMatrix(t, "bh_updated", m({{-0.75}}));
        QCOMPARE(
            stepFormula(11, net, cfg),
            std::string(
                "wout += hiddenlayer_activationsᵀ·d_output·lr/B;  wh += Xᵀ·d_hiddenlayer·lr/B"));
        // the same batch with the sum: the step is B = 2 times larger
        cfg.reduction = LossReduction::Sum;
        const Trace sum = buildTrace(net, cfg, p, dataset(m({{1}, {3}}), m({{1}, {0}})), {0, 1});
        QCOMPARE(sum.loss, 4.5);
        expectMatrix(sum, "wout_updated", m({{-3.5}}));
    }

    // 2–2–1, linear/linear, mse, lr 0.5: every value is exact in binary floating point.
    void linearNetworkByHand() {
        NetworkSpec net{2, {2}, 1, {Activation::Linear}, {Activation::Linear}};
        TrainingConfig cfg;
        cfg.learningRate = 0.5;
        Parameters p;
        p.layers.push_back({m({{0.5, -1}, {1, 0.5}}), m({{0, 1}})}); // wh, bh
        p.layers.push_back({m({{1}, {-1}}), m({{0.5}})});            // wout, bout
        const Dataset d = dataset(m({{1, 2}, {0, 1}}), m({{1}, {0}}));
        const Trace t = buildTrace(net, cfg, p, d, {0, 1});

        // step 3: X·wh + bh
        //   row 1: [1·0.5 + 2·1 + 0, 1·(−1) + 2·0.5 + 1] = [2.5, 1]
        //   row 2: [0·0.5 + 1·1 + 0, 0·(−1) + 1·0.5 + 1] = [1, 1.5]
        expectMatrix(t, "hidden_layer_input", m({{2.5, 1}, {1, 1.5}}));
        expectMatrix(t, "hiddenlayer_activations", m({{2.5, 1}, {1, 1.5}})); // linear
        // step 5: row 1: 2.5·1 + 1·(−1) + 0.5 = 2;  row 2: 1·1 + 1.5·(−1) + 0.5 = 0
        expectMatrix(t, "output_layer_input", m({{2}, {0}}));
        expectMatrix(t, "output", m({{2}, {0}}));
        // step 6: E = y − output = [1 − 2, 0 − 0]
        expectMatrix(t, "E", m({{-1}, {0}}));
        // step 7: linear slopes are 1
        expectMatrix(t, "slope_output_layer", m({{1}, {1}}));
        expectMatrix(t, "slope_hidden_layer", m({{1, 1}, {1, 1}}));
        // step 8: d_output = E ⊙ 1
        expectMatrix(t, "d_output", m({{-1}, {0}}));
        // step 9: d_output · woutᵀ: row 1: −1·[1, −1] = [−1, 1]; row 2: 0
        expectMatrix(t, "Error_at_hidden_layer", m({{-1, 1}, {0, 0}}));
        expectMatrix(t, "d_hiddenlayer", m({{-1, 1}, {0, 0}}));
        // step 11: aᵀ·d_output = [2.5·(−1) + 1·0, 1·(−1) + 1.5·0] = [−2.5, −1]; ·0.5 = [−1.25,
        // −0.5]
        //   wout_updated = [1 − 1.25, −1 − 0.5]
        expectMatrix(t, "wout_updated", m({{-0.25}, {-1.5}}));
        //   Xᵀ·d_hiddenlayer = [[1,0],[2,1]]·[[−1,1],[0,0]] = [[−1,1],[−2,2]]; ·0.5 added to wh
        expectMatrix(t, "wh_updated", m({{0, -0.5}, {0, 1.5}}));
        // step 12: bout + (−1 + 0)·0.5 = 0;  bh + [−1, 1]·0.5 = [−0.5, 1.5]
        expectMatrix(t, "bout_updated", m({{0}}));
        expectMatrix(t, "bh_updated", m({{-0.5, 1.5}}));
        // L = ½·((−1)² + 0²)
        QCOMPARE(t.loss, 0.5);
    }

    // 2–2–1 sigmoid/sigmoid with every z = 0, so a = ½ and slopes = ¼ exactly. lr 1.
    void sigmoidNetworkByHand() {
        NetworkSpec net{2, {2}, 1, {Activation::Sigmoid}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        cfg.learningRate = 1.0;
        Parameters p;
        p.layers.push_back({m({{1, 1}, {1, 1}}), m({{0, 0}})});
        p.layers.push_back({m({{2}, {-2}}), m({{0}})});
        const Dataset d = dataset(m({{1, -1}}), m({{1}}));
        const Trace t = buildTrace(net, cfg, p, d, {0});
        // z = [1 − 1, 1 − 1] = [0, 0]; σ(0) = 0.5
        expectMatrix(t, "hidden_layer_input", m({{0, 0}}));
        expectMatrix(t, "hiddenlayer_activations", m({{0.5, 0.5}}));
        // 0.5·2 + 0.5·(−2) + 0 = 0 → output 0.5; E = 1 − 0.5
        expectMatrix(t, "output", m({{0.5}}));
        expectMatrix(t, "E", m({{0.5}}));
        // slopes 0.5·(1 − 0.5) = 0.25; d_output = 0.5·0.25 = 0.125
        expectMatrix(t, "slope_output_layer", m({{0.25}}));
        expectMatrix(t, "slope_hidden_layer", m({{0.25, 0.25}}));
        expectMatrix(t, "d_output", m({{0.125}}));
        // Error_at_hidden_layer = 0.125·[2, −2]; d_hiddenlayer = that · 0.25
        expectMatrix(t, "Error_at_hidden_layer", m({{0.25, -0.25}}));
        expectMatrix(t, "d_hiddenlayer", m({{0.0625, -0.0625}}));
        // wout += [0.5, 0.5]ᵀ·0.125 = [2.0625, −1.9375]
        expectMatrix(t, "wout_updated", m({{2.0625}, {-1.9375}}));
        // wh += [1, −1]ᵀ·[0.0625, −0.0625]
        expectMatrix(t, "wh_updated", m({{1.0625, 0.9375}, {0.9375, 1.0625}}));
        expectMatrix(t, "bout_updated", m({{0.125}}));
        expectMatrix(t, "bh_updated", m({{0.0625, -0.0625}}));
        QCOMPARE(t.loss, 0.125); // ½·0.5²
    }

    // The same network with bce: the slope cancels, d_output = E = 0.5, L = ln 2.
    void bceSlopeCancels() {
        NetworkSpec net{2, {2}, 1, {Activation::Sigmoid}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        cfg.learningRate = 1.0;
        cfg.loss = Loss::Bce;
        cfg.updateBiases = false;
        Parameters p;
        p.layers.push_back({m({{1, 1}, {1, 1}}), m({{0, 0}})});
        p.layers.push_back({m({{2}, {-2}}), m({{0}})});
        const Trace t = buildTrace(net, cfg, p, dataset(m({{1, -1}}), m({{1}})), {0});
        expectMatrix(t, "slope_output_layer", m({{0.25}})); // still shown
        expectMatrix(t, "d_output", m({{0.5}}));            // = E
        expectMatrix(t, "Error_at_hidden_layer", m({{1.0, -1.0}}));
        expectMatrix(t, "d_hiddenlayer", m({{0.25, -0.25}}));
        expectMatrix(t, "wout_updated", m({{2.25}, {-1.75}})); // 2 + 0.5·0.5
        expectMatrix(t, "bout_updated", m({{0}}));             // frozen
        expectMatrix(t, "bh_updated", m({{0, 0}}));
        QVERIFY(std::abs(t.loss - std::log(2.0)) < 1e-15);
    }

    // Softmax of z = [0, ln 3] is [¼, ¾]; with cross-entropy and y = [0, 1], E = [−¼, ¼].
    void softmaxCrossEntropy() {
        NetworkSpec net{1, {1}, 2, {Activation::Linear}, {Activation::Softmax}};
        TrainingConfig cfg;
        cfg.learningRate = 1.0;
        cfg.loss = Loss::CrossEntropy;
        Parameters p;
        p.layers.push_back({m({{1}}), m({{0}})});
        p.layers.push_back({m({{0, std::log(3.0)}}), m({{0, 0}})});
        const Trace t = buildTrace(net, cfg, p, dataset(m({{1}}), m({{0, 1}})), {0});
        expectMatrix(t, "output", m({{0.25, 0.75}}), 1e-15);
        expectMatrix(t, "d_output", m({{-0.25, 0.25}}), 1e-15);
        // L = −ln ¾
        QVERIFY(std::abs(t.loss + std::log(0.75)) < 1e-15);
        // Error_at_hidden_layer = −¼·0 + ¼·ln 3
        expectMatrix(t, "Error_at_hidden_layer", m({{0.25 * std::log(3.0)}}), 1e-15);
    }

    void namesLabelsAndStages() {
        NetworkSpec net{2, {3}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        Parameters p;
        p.layers.push_back({Matrix::Constant(2, 3, 0.1), Matrix::Constant(1, 3, 0.2)});
        p.layers.push_back({Matrix::Constant(3, 1, 0.3), Matrix::Constant(1, 1, 0.4)});
        const Trace t = buildTrace(
            net, cfg, p, dataset(m({{1, 2}, {3, 4}, {5, 6}}), m({{1}, {0}, {1}})), {2, 0});
        QCOMPARE(int(t.stages.size()), 12);
        for (int s = 0; s < 12; ++s)
            QCOMPARE(t.stages[size_t(s)].step, s + 1);
        const QStringList expected = {"X",
                                      "y",
                                      "wh",
                                      "bh",
                                      "wout",
                                      "bout",
                                      "hidden_layer_input",
                                      "hiddenlayer_activations",
                                      "output_layer_input",
                                      "output",
                                      "E",
                                      "slope_output_layer",
                                      "slope_hidden_layer",
                                      "d_output",
                                      "Error_at_hidden_layer",
                                      "d_hiddenlayer",
                                      "wout_updated",
                                      "wh_updated",
                                      "bout_updated",
                                      "bh_updated"};
        QStringList names;
        for (const TraceMatrix& tm : t.matrices)
            names << QString::fromStdString(tm.name);
        QCOMPARE(names, expected);
        const TraceMatrix& X = t.at("X");
        QCOMPARE(X.rowLabels, (std::vector<std::string>{"sample 3", "sample 1"})); // batch order
        QCOMPARE(X.values(0, 0), 5.0);
        QCOMPARE(t.at("wh").rowLabels, (std::vector<std::string>{"x1", "x2"}));
        QCOMPARE(t.at("wh").columnLabels, (std::vector<std::string>{"h1", "h2", "h3"}));
        QCOMPARE(t.at("bh").rowLabels, (std::vector<std::string>{"bias"}));
        QCOMPARE(t.at("d_hiddenlayer").step, 10);
        QCOMPARE(t.at("Error_at_hidden_layer").step, 9);
    }

    void deeperNetworkRepeatsHiddenSteps() {
        NetworkSpec net{2, {3, 2}, 1, {Activation::Relu}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        Parameters p;
        p.layers.push_back({Matrix::Constant(2, 3, 0.1), Matrix::Constant(1, 3, 0.0)});
        p.layers.push_back({Matrix::Constant(3, 2, 0.2), Matrix::Constant(1, 2, 0.0)});
        p.layers.push_back({Matrix::Constant(2, 1, 0.3), Matrix::Constant(1, 1, 0.0)});
        const Trace t = buildTrace(net, cfg, p, dataset(m({{1, 1}}), m({{1}})), {0});
        QList<int> steps;
        for (const TraceStage& s : t.stages)
            steps << s.step;
        QCOMPARE(steps, (QList<int>{1, 2, 3, 4, 3, 4, 5, 6, 7, 8, 9, 10, 9, 10, 11, 12}));
        // layer 1: z = 1·0.1 + 1·0.1 = 0.2 per unit; layer 2: 3·0.2·0.2 = 0.12 per unit
        expectMatrix(t, "hidden_layer_input_2", m({{0.12, 0.12}}), 1e-15);
        QVERIFY(t.find("wh_2") && t.find("Error_at_hidden_layer_2") && t.find("bh_2_updated"));
        QCOMPARE(t.at("wh_2").columnLabels, (std::vector<std::string>{"h2_1", "h2_2"}));
    }

    // Each stage's formula names its own layer's matrices, as the sheet names them; every name
    // a formula uses is a matrix of the trace.
    void deeperFormulasNameEachLayer() {
        NetworkSpec net{2, {4, 3}, 1, {Activation::Tanh}, {Activation::Sigmoid}};
        TrainingConfig cfg;
        QCOMPARE(stepFormula(2, 0, net, cfg), std::string("wh, bh, wh_2, bh_2, wout, bout"));
        QCOMPARE(stepFormula(3, 0, net, cfg), std::string("hidden_layer_input = X·wh + bh"));
        QCOMPARE(stepFormula(3, 1, net, cfg),
                 std::string("hidden_layer_input_2 = hiddenlayer_activations·wh_2 + bh_2"));
        QCOMPARE(stepFormula(4, 1, net, cfg),
                 std::string("hiddenlayer_activations_2 = f(hidden_layer_input_2)"));
        QCOMPARE(stepFormula(5, 2, net, cfg),
                 std::string("output = g(hiddenlayer_activations_2·wout + bout)"));
        QCOMPARE(stepFormula(9, 1, net, cfg),
                 std::string("Error_at_hidden_layer_2 = d_output · woutᵀ"));
        QCOMPARE(stepFormula(9, 0, net, cfg),
                 std::string("Error_at_hidden_layer = d_hiddenlayer_2 · wh_2ᵀ"));
        QCOMPARE(stepFormula(10, 1, net, cfg),
                 std::string("d_hiddenlayer_2 = Error_at_hidden_layer_2 ⊙ slope_hidden_layer_2"));
        QCOMPARE(stepFormula(11, 2, net, cfg),
                 std::string("wout += hiddenlayer_activations_2ᵀ·d_output·lr;  "
                             "wh_2 += hiddenlayer_activationsᵀ·d_hiddenlayer_2·lr;  "
                             "wh += Xᵀ·d_hiddenlayer·lr"));
        QCOMPARE(stepFormula(12, 2, net, cfg),
                 std::string("bout += Σrows(d_output)·lr;  bh_2 += Σrows(d_hiddenlayer_2)·lr;  "
                             "bh += Σrows(d_hiddenlayer)·lr"));
        cfg.dropout = 0.5;
        QCOMPARE(stepFormula(4, 1, net, cfg),
                 std::string("hiddenlayer_activations_2 = f(hidden_layer_input_2);  "
                             "dropped_activations_2 = hiddenlayer_activations_2 ⊙ "
                             "dropout_mask_2/(1−p)"));
        QCOMPARE(stepFormula(3, 1, net, cfg),
                 std::string("hidden_layer_input_2 = dropped_activations·wh_2 + bh_2"));
        QCOMPARE(stepFormula(10, 0, net, cfg),
                 std::string("d_hiddenlayer = Error_at_hidden_layer ⊙ dropout_mask/(1−p) ⊙ "
                             "slope_hidden_layer"));
        cfg.optimizer.kind = OptimizerSpec::Kind::Momentum;
        cfg.updateBiases = false;
        QCOMPARE(stepFormula(11, 2, net, cfg),
                 std::string("G_wout = dropped_activations_2ᵀ·d_output, G_wh_2, G_wh{likewise};  "
                             "velocity = β·velocity + G;  wout += lr·velocity_wout_updated"));
        QCOMPARE(stepFormula(12, 2, net, cfg), std::string("bout, bh_2, bh{unchanged}"));

        // Every matrix name in every stage's formula is one of the trace's.
        cfg = TrainingConfig{};
        cfg.dropout = 0.5;
        Parameters p;
        p.layers.push_back({Matrix::Constant(2, 4, 0.1), Matrix::Constant(1, 4, 0.0)});
        p.layers.push_back({Matrix::Constant(4, 3, 0.2), Matrix::Constant(1, 3, 0.0)});
        p.layers.push_back({Matrix::Constant(3, 1, 0.3), Matrix::Constant(1, 1, 0.0)});
        const Trace t = buildTrace(net, cfg, p, dataset(m({{1, 1}}), m({{1}})), {0});
        const QRegularExpression word(QStringLiteral("[A-Za-z_]+[A-Za-z_0-9]*"));
        for (const TraceStage& s : t.stages) {
            const QString f =
                QString::fromStdString(stepFormula(s.step, s.layer, t.network, t.config));
            for (auto it = word.globalMatch(f); it.hasNext();) {
                const std::string w = it.next().captured().toStdString();
                if (w == "f" || w == "g" || w == "p" || w == "lr" || w == "Σrows" || w == "rows" ||
                    w == "slope" || w == "each_layer")
                    continue;
                QVERIFY2(
                    t.find(w),
                    qPrintable(
                        QStringLiteral("step %1: %2").arg(s.step).arg(QString::fromStdString(w))));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TraceTest)
#include "tst_trace.moc"
