// SPDX-License-Identifier: MIT
// Messages in the user's language: the words of a cell's provenance, worked out by hand on the
// 2–2–1 network of tst_provenance, in English (no translator) and in Chinese (the shipped
// zh_CN translation); no English sentence is left in Chinese, only matrix names and formulas.
#include "common/hand_network.h"
#include "core/provenance.h"
#include "io/core_wording.h"
#include "io/csv.h"
#include "io/lesson_loader.h"
#include "models/provenance_wording.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace backstep;

namespace {

using test::handTrace; // common/hand_network.h

// Two English words in a row ("the value", "uses wout from"): a sentence left untranslated.
// Matrix names (wout_updated), formulas (np.sum(d, axis=0)) and single names pass.
QString englishWords(const QString& text) {
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z]{2,}(?: [A-Za-z]{2,})+\\b"));
    return words.match(text).captured();
}

// Every word of every cell of the trace: its symbolic side and its notes.
QStringList allWords(const Trace& trace) {
    QStringList texts;
    for (const TraceMatrix& m : trace.matrices)
        for (int r = 0; r < m.values.rows(); ++r)
            for (int c = 0; c < m.values.cols(); ++c) {
                const Provenance p = provenanceOf(trace, {m.name, r, c});
                texts << ProvenanceWording::symbolic(p) << ProvenanceWording::notes(p);
            }
    return texts;
}

// A bce lesson with the given epochs and targets.
QByteArray bceLesson(const char* epochs, const char* y) {
    return QStringLiteral(R"({
      "format": "backstep-lesson", "version": 1, "title": "t",
      "data": {"X": [[1,0],[0,1]], "y": %2},
      "network": {"hidden": 2, "hidden_activation": "sigmoid", "output_activation": "sigmoid"},
      "training": {"learning_rate": 0.1, "epochs": %1, "loss": "bce", "batch": "full"},
      "init": {"method": "uniform", "seed": 1}
    })")
        .arg(epochs, y)
        .toUtf8();
}

// The errors of two lessons: training.epochs 2.5 (not a whole number), a bce target of 2
// (outside 0…1).
QStringList twoLessonErrors() {
    return parseLesson(bceLesson("2.5", "[[0],[1]]"), QString(), "lesson.json").errors +
           parseLesson(bceLesson("10", "[[2],[1]]"), QString(), "lesson.json").errors;
}

std::vector<Trace> tracesOfEveryKind() {
    std::vector<Trace> traces{handTrace(Activation::Relu), handTrace(Activation::Step)};
    TrainingConfig mean;
    mean.reduction = LossReduction::Mean;
    mean.updateBiases = false;
    traces.push_back(handTrace(Activation::LeakyRelu, mean));
    TrainingConfig adam;
    adam.optimizer.kind = OptimizerSpec::Kind::Adam;
    adam.weightDecay = 0.1;
    adam.reduction = LossReduction::Mean;
    adam.learningRateDecay.factor = 0.5;
    adam.learningRateDecay.every = 10;
    traces.push_back(handTrace(Activation::Sigmoid, adam));
    TrainingConfig momentum;
    momentum.optimizer.kind = OptimizerSpec::Kind::Momentum;
    momentum.dropout = 0.5;
    traces.push_back(handTrace(Activation::Tanh, momentum));
    // softmax and cross-entropy: one sample, three classes
    NetworkSpec net{1, {1}, 3, {Activation::Linear}, {Activation::Softmax}};
    TrainingConfig cfg;
    cfg.loss = Loss::CrossEntropy;
    Parameters p;
    p.layers = {{Matrix::Ones(1, 1), Matrix::Zero(1, 1)}, {Matrix::Ones(1, 3), Matrix::Zero(1, 3)}};
    Dataset d;
    d.X = Matrix::Ones(1, 1);
    d.y = Matrix::Zero(1, 3);
    d.y(0, 1) = 1;
    d.featureNames = {"x"};
    d.targetNames = {"a", "b", "c"};
    traces.push_back(buildTrace(net, cfg, p, d, {0}));
    // twenty inputs: a sum too long to show whole
    NetworkSpec wide{20, {1}, 1, {Activation::Linear}, {Activation::Linear}};
    Parameters q;
    q.layers = {{Matrix::Ones(20, 1), Matrix::Zero(1, 1)},
                {Matrix::Ones(1, 1), Matrix::Zero(1, 1)}};
    Dataset e;
    e.X = Matrix::Ones(1, 20);
    e.y = Matrix::Zero(1, 1);
    e.featureNames = std::vector<std::string>(20, "x");
    e.targetNames = {"y"};
    traces.push_back(buildTrace(wide, TrainingConfig{}, q, e, {0}));
    // no hidden layer (steps 3–4 and 9–10 do not exist), biases frozen
    NetworkSpec flat{2, {}, 1, {Activation::Sigmoid}, {Activation::Sigmoid}};
    Parameters r;
    r.layers = {{Matrix::Ones(2, 1), Matrix::Zero(1, 1)}};
    Dataset f;
    f.X = Matrix::Ones(1, 2);
    f.y = Matrix::Zero(1, 1);
    f.featureNames = {"x1", "x2"};
    f.targetNames = {"y"};
    TrainingConfig frozen;
    frozen.updateBiases = false;
    traces.push_back(buildTrace(flat, frozen, r, f, {0}));
    return traces;
}

} // namespace

class TranslatedMessagesTest : public QObject {
    Q_OBJECT
private slots:
    void englishWithoutATranslator() {
        const Trace t = handTrace(Activation::Relu);
        // z = X·wh + bh: row 1 = [1·0.5 + 2·1 + 0, 1·(−1) + 2·0.5 + 1] = [2.5, 1]
        QCOMPARE(
            ProvenanceWording::line(provenanceOf(t, {"hidden_layer_input", 0, 0})),
            QStringLiteral(
                "hidden_layer_input[1,1] = Σⱼ X[1,j]·wh[j,1] + bh[1,1] = 1·0.5 + 2·1 + 0 = 2.5"));
        const Provenance slope = provenanceOf(t, {"slope_hidden_layer", 0, 0});
        QCOMPARE(ProvenanceWording::symbolic(slope),
                 QStringLiteral("1 if hidden_layer_input[1,1] > 0 else 0"));
        QCOMPARE(ProvenanceWording::notes(provenanceOf(t, {"Error_at_hidden_layer", 0, 1})),
                 QStringLiteral("uses wout from before the update of step 11"));
        const Provenance step =
            provenanceOf(handTrace(Activation::Step), {"slope_hidden_layer", 0, 0});
        QCOMPARE(ProvenanceWording::symbolic(step),
                 QStringLiteral(
                     "0 (the step function is flat on both sides of hidden_layer_input[1,1])"));
        // the mean over B = 2 rows
        TrainingConfig mean;
        mean.reduction = LossReduction::Mean;
        const Provenance w =
            provenanceOf(handTrace(Activation::Linear, mean), {"wout_updated", 0, 0});
        QCOMPARE(ProvenanceWording::notes(w),
                 QStringLiteral("hiddenlayer_activationsᵀ[1,i] = hiddenlayer_activations[i,1]; "
                                "B = 2, the rows of this batch (the loss is their mean)"));
    }

    void chineseNotes() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/backstep_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const Trace t = handTrace(Activation::Relu);
        QCOMPARE(ProvenanceWording::notes(provenanceOf(t, {"Error_at_hidden_layer", 0, 1})),
                 QStringLiteral("用的是第 11 步更新之前的 wout"));
        QCOMPARE(ProvenanceWording::symbolic(provenanceOf(t, {"slope_hidden_layer", 0, 0})),
                 QStringLiteral("若 hidden_layer_input[1,1] > 0 则为 1，否则为 0"));
        const Provenance step =
            provenanceOf(handTrace(Activation::Step), {"slope_hidden_layer", 0, 0});
        QCOMPARE(ProvenanceWording::symbolic(step),
                 QStringLiteral("0（阶跃函数在 hidden_layer_input[1,1] 两侧都是平的）"));
        QCOMPARE(ProvenanceWording::notes(step),
                 QStringLiteral("导数（斜率）为零，不回传梯度：阶跃单元无法学习"));
        TrainingConfig mean;
        mean.reduction = LossReduction::Mean;
        const Provenance w =
            provenanceOf(handTrace(Activation::Linear, mean), {"wout_updated", 0, 0});
        QCOMPARE(ProvenanceWording::notes(w),
                 QStringLiteral("hiddenlayer_activationsᵀ[1,i] = hiddenlayer_activations[i,1]；"
                                "B = 2，即本批次的行数（损失取它们的平均）"));
        for (const Trace& trace : tracesOfEveryKind())
            for (const QString& text : allWords(trace))
                QVERIFY2(englishWords(text).isEmpty(), qPrintable(text));
        QCoreApplication::removeTranslator(&zh);
    }

    // The step list's formulas: names and symbols, and their few words in Chinese.
    void chineseStepFormulas() {
        QCOMPARE(CoreWording::stepFormula(stepFormula(7)),
                 QStringLiteral("slope = f′ of each layer"));
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/backstep_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        QCOMPARE(CoreWording::stepFormula(stepFormula(7)), QStringLiteral("slope = f′（每一层）"));
        // Every word a formula carries has its Chinese, and no token is left in any formula.
        for (FormulaRemark remark : allFormulaRemarks)
            QVERIFY2(englishWords(CoreWording::formulaRemark(remark)).isEmpty(),
                     qPrintable(CoreWording::formulaRemark(remark)));
        TrainingConfig frozen;
        frozen.updateBiases = false;
        std::vector<Trace> traces = tracesOfEveryKind();
        traces.push_back(handTrace(Activation::Linear, frozen));
        for (const Trace& trace : traces) {
            for (int step = 1; step <= 12; ++step) {
                const QString text =
                    CoreWording::stepFormula(stepFormula(step, trace.network, trace.config));
                QVERIFY2(englishWords(text).isEmpty() && !text.contains(u'{'), qPrintable(text));
            }
            for (const TraceStage& stage : trace.stages) {
                const QString text = CoreWording::stepFormula(
                    stepFormula(stage.step, stage.layer, trace.network, trace.config));
                QVERIFY2(englishWords(text).isEmpty(), qPrintable(text));
            }
        }
        QCoreApplication::removeTranslator(&zh);
    }

    void englishLoadErrors() {
        QCOMPARE(twoLessonErrors(),
                 QStringList({"lesson.json: training.epochs: expected a whole number from 1 to "
                              "10000000, got the number 2.5",
                              "lesson.json: data.y[0]: loss bce needs targets from 0 to 1"}));
        QCOMPARE(parseCsv("a,b\n1,x\n", "data.csv").errorText(),
                 QStringLiteral("data.csv line 2: column 'b': 'x' is not a number"));
    }

    void chineseLoadErrors() {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/backstep_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const QStringList errors = twoLessonErrors();
        QCOMPARE(errors,
                 QStringList(
                     {"lesson.json: training.epochs: 应为 1 到 10000000 之间的整数，实际为数字 2.5",
                      "lesson.json: data.y[0]: 损失 bce 要求目标值在 0 到 1 之间"}));
        const QString csv = parseCsv("a,b\n1,x\n", "data.csv").errorText();
        QCOMPARE(csv, QStringLiteral("data.csv 第 2 行：列“b”：“x”不是数字"));
        for (const QString& text : errors + QStringList{csv})
            QVERIFY2(englishWords(text).isEmpty(), qPrintable(text));
        QCoreApplication::removeTranslator(&zh);
    }
};

QTEST_GUILESS_MAIN(TranslatedMessagesTest)
#include "tst_translated_messages.moc"
