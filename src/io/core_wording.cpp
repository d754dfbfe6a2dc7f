// SPDX-License-Identifier: MIT
#include "core_wording.h"

#include "core/activations.h"

namespace backstep {

QString CoreWording::incompatibility(Incompatibility why, const NetworkSpec& network) {
    switch (why) {
    case Incompatibility::HiddenActivationOnlyForOutput:
        return tr("hidden_activation %1 is only for the output layer; use sigmoid, tanh, relu, "
                  "leaky_relu, linear or step")
            .arg(QString::fromStdString(activationName(network.hiddenActivation.kind)));
    case Incompatibility::NotAnOutputActivation:
        return tr("output_activation %1 is not an output activation; use sigmoid, linear or "
                  "softmax")
            .arg(QString::fromStdString(activationName(network.outputActivation.kind)));
    case Incompatibility::SoftmaxNeedsTwoOutputs:
        return tr("softmax needs at least 2 outputs (one per class); use sigmoid for one output");
    case Incompatibility::SoftmaxNeedsCrossEntropy:
        return tr("softmax output needs loss cross_entropy");
    case Incompatibility::CrossEntropyNeedsSoftmax:
        return tr("loss cross_entropy needs output_activation softmax");
    case Incompatibility::BceNeedsSigmoid:
        return tr("loss bce needs output_activation sigmoid");
    }
    return {};
}

QString CoreWording::targetProblem(const TargetProblem& problem) {
    switch (problem.why) {
    case TargetProblem::Why::BceOutsideZeroToOne:
        return tr("loss bce needs targets from 0 to 1");
    case TargetProblem::Why::CrossEntropyRowNotOne:
        return tr("loss cross_entropy needs each target row to sum to 1 (one-hot: one 1, the "
                  "rest 0)");
    }
    return {};
}

QString CoreWording::formulaRemark(FormulaRemark remark) {
    switch (remark) {
    case FormulaRemark::SlopeCancels:
        return tr(" (the loss's derivative cancels the output slope)");
    case FormulaRemark::LinearNothingBends:
        return tr(" (linear: nothing bends)");
    case FormulaRemark::BiasesUnchanged:
        return tr(" unchanged (update_biases: false)");
    case FormulaRemark::EachLayer:
        return tr(" of each layer");
    case FormulaRemark::Likewise:
        return tr(" likewise");
    case FormulaRemark::NoHiddenLayer:
        return tr(" (no hidden layer)");
    case FormulaRemark::NoHiddenLayerSteps:
        return tr("  (no hidden layer: steps 3–4 and 9–10 do not exist)");
    }
    return QString();
}

QString CoreWording::stepFormula(const std::string& formula) {
    // The core writes a token where a formula has words (core/trace.h): put the words there.
    QString text = QString::fromStdString(formula);
    for (FormulaRemark remark : allFormulaRemarks)
        text.replace(QString::fromStdString(formulaToken(remark)), formulaRemark(remark));
    return text;
}

QString CoreWording::trainingStop(const TrainingStop& stop) {
    return tr("training stopped: a non-finite value (NaN or infinity) appeared in %1 at step %2 "
              "of epoch %3, iteration %4; try a smaller learning_rate or standardised inputs")
        .arg(QString::fromStdString(stop.matrix))
        .arg(stop.step)
        .arg(stop.epoch)
        .arg(stop.iteration);
}

QString CoreWording::memoryEstimate(const MemoryEstimate& memory) {
    const auto size = [](std::uint64_t bytes) {
        return QString::fromStdString(byteSizeText(bytes));
    };
    return tr("about %1 (weights %2, one iteration %3, data %4, test set %5)")
        .arg(size(memory.total()), size(memory.weights), size(memory.iteration), size(memory.data),
             size(memory.testSet));
}

} // namespace backstep
