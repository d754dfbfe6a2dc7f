// SPDX-License-Identifier: MIT
#include "step_explanations.h"

#include "io/core_wording.h"

#include <QCoreApplication>

namespace backstep {

namespace {

// Steps 11–12 through G: weight decay, momentum, Adam and a decaying learning rate.
QString optimizerExplanation(int step, const Trace& trace) {
    const TrainingConfig& config = trace.config;
    const bool mean = config.reduction == LossReduction::Mean;
    if (step == 12) {
        if (!config.updateBiases)
            return QCoreApplication::translate(
                "StepExplanation",
                "<p>This lesson <b>freezes the biases</b>, as some textbook examples do: "
                "they stay as they are. The iteration is complete.</p>");
        QString text = QCoreApplication::translate(
            "StepExplanation", "<p>The biases move the same way as the weights in step 11, with "
                               "<b>G</b> = the sum of the deltas over the samples");
        if (mean) text += QCoreApplication::translate("StepExplanation", ", divided by B");
        text += QCoreApplication::translate(
            "StepExplanation",
            ". Weight decay never touches a bias. The iteration is complete; the next one "
            "starts from these weights and from what the optimiser remembers.</p>");
        return text;
    }
    QString text = QCoreApplication::translate(
        "StepExplanation",
        "<p>First <b>G</b>, what the tutorial adds before the learning rate: each "
        "weight's input times the delta it feeds, summed over the samples");
    if (mean)
        text += QCoreApplication::translate("StepExplanation",
                                            " and divided by B, the %1 rows of this batch")
                    .arg(trace.sampleIndices.size());
    if (config.weightDecay != 0)
        text += QCoreApplication::translate(
                    "StepExplanation",
                    ", minus λ·w: weight decay (λ = %1) pulls every weight towards zero, so "
                    "only weights the data keeps asking for stay large")
                    .arg(config.weightDecay);
    text += QCoreApplication::translate("StepExplanation", ".</p>");
    const QString lr = QString::number(config.learningRate);
    switch (config.optimizer.kind) {
    case OptimizerSpec::Kind::Sgd:
        text += QCoreApplication::translate("StepExplanation",
                                            "<p>Then each weight moves by lr·G (lr = %1).</p>")
                    .arg(lr);
        break;
    case OptimizerSpec::Kind::Momentum:
        text += QCoreApplication::translate(
                    "StepExplanation",
                    "<p><b>Momentum</b> keeps a velocity per weight: velocity = β·velocity + G "
                    "(β = %1), and the weight moves by lr·velocity (lr = %2). Steps in a steady "
                    "direction add up and grow; steps that keep changing sign cancel, so "
                    "zig-zags calm down.</p>")
                    .arg(config.optimizer.beta)
                    .arg(lr);
        break;
    case OptimizerSpec::Kind::Adam:
        text += QCoreApplication::translate(
                    "StepExplanation",
                    "<p><b>Adam</b> keeps two running means per weight: <b>m</b> of G (β1 = %1), "
                    "the direction the weight keeps moving in, and <b>v</b> of G⊙G (β2 = %2), "
                    "how large its changes have been. Both start at 0, so m̂ and v̂ divide by "
                    "1 − β1ᵗ and 1 − β2ᵗ to undo that early pull towards 0 (t = %3 here). Each "
                    "weight then moves by lr·m̂/(√v̂ + ε) (lr = %4): about lr while G keeps its "
                    "sign, whatever its size, so a weight that has moved a lot takes smaller "
                    "steps than plain gradient steps would, and one with a tiny G still "
                    "moves.</p>")
                    .arg(config.optimizer.beta1)
                    .arg(config.optimizer.beta2)
                    .arg(trace.update)
                    .arg(lr);
        break;
    }
    if (config.learningRateDecay.active())
        text += QCoreApplication::translate(
                    "StepExplanation",
                    "<p>The learning rate is multiplied by %1 every %2 epochs; in this epoch it "
                    "is %3.</p>")
                    .arg(config.learningRateDecay.factor)
                    .arg(config.learningRateDecay.every)
                    .arg(lr);
    return text;
}

// The text of a network with one hidden layer.
QString oneLayerExplanation(int step, const Trace& trace) {
    const bool cancels = slopeCancels(trace.config.loss);
    const QString lr = QString::number(trace.config.learningRate);
    switch (step) {
    case 1:
        return QCoreApplication::translate(
            "StepExplanation",
            "<p><b>X</b> holds one sample per row and one input per column; <b>y</b> holds the "
            "targets the network should learn to output for each sample.</p>");
    case 2:
        return QCoreApplication::translate("StepExplanation",
                                           "<p>The network's knowledge is in its weights: "
                                           "<b>wh</b> connects every input to every "
                                           "hidden unit, <b>bh</b> is one bias per hidden "
                                           "unit, <b>wout</b> and <b>bout</b> do "
                                           "the "
                                           "same for the output. In iteration 1 they are the "
                                           "lesson's starting values; after that "
                                           "they are whatever the last update made them.</p>");
    case 3:
        return QCoreApplication::translate("StepExplanation",
                                           "<p>Each hidden unit adds up its inputs, each "
                                           "multiplied by its weight, and adds its bias: "
                                           "a matrix product <b>X·wh</b> does this for all samples "
                                           "and units at once. The same bias "
                                           "row is added to every sample.</p>");
    case 4:
        if (trace.network.hiddenActivation.kind == Activation::Linear)
            return QCoreApplication::translate(
                "StepExplanation",
                "<p>This lesson's hidden activation is <b>linear</b>: the activations are the "
                "sums "
                "themselves. Nothing is bent, so the whole network can only draw straight "
                "boundaries.</p>");
        return QCoreApplication::translate("StepExplanation",
                                           "<p>The activation function bends the sums so the "
                                           "network can learn curved boundaries. "
                                           "It is applied to every cell on its own.</p>");
    case 5:
        if (trace.network.hidden.empty())
            return QCoreApplication::translate(
                "StepExplanation",
                "<p>This network has <b>no hidden layer</b>: the output is a weighted sum of "
                "the "
                "inputs <b>X</b> with <b>wout</b> and <b>bout</b>, then the output activation "
                "(a perceptron, or linear regression with a linear output). Steps 3–4 and 9–10 "
                "do not exist, and the boundary it can draw between classes is a straight "
                "line.</p>");
        return QCoreApplication::translate(
            "StepExplanation",
            "<p>The output layer repeats steps 3 and 4 on the hidden activations: a weighted "
            "sum "
            "with "
            "<b>wout</b> and <b>bout</b>, then the output activation. This is the network's "
            "prediction; the forward pass is done.</p>");
    case 6:
        return QCoreApplication::translate(
            "StepExplanation",
            "<p><b>E = y − output</b>: positive where the prediction is too low, negative "
            "where it "
            "is "
            "too high. Because E is written this way round, the updates in steps 11 and 12 "
            "<b>add</b> (+=): together they are gradient descent on the loss.</p>");
    case 7:
        return QCoreApplication::translate("StepExplanation",
                                           "<p>The slope of each activation tells how much a "
                                           "small change of a unit's input would "
                                           "change its output. Flat places (a saturated "
                                           "sigmoid, a ReLU below zero, a step) pass "
                                           "little or nothing back.</p>");
    case 8:
        return (cancels ? QCoreApplication::translate(
                              "StepExplanation", "<p>With this loss and output activation the "
                                                 "slope <b>cancels</b>: the derivative of the "
                                                 "loss with respect to the output layer's input is "
                                                 "exactly −E, so <b>d_output = E</b>. "
                                                 "slope_output_layer is shown but not used.</p>")
                        : QCoreApplication::translate(
                              "StepExplanation",
                              "<p><b>d_output = E ⊙ slope_output_layer</b>: how strongly, and in "
                              "which direction, each "
                              "output unit's input should move. ⊙ multiplies cell by cell.</p>")) +
               QCoreApplication::translate(
                   "StepExplanation",
                   "<p>Some drawings of this step multiply by the learning rate here; the code "
                   "they "
                   "come with does not. The learning rate enters only in steps 11 and 12.</p>");
    case 9:
        return QCoreApplication::translate(
            "StepExplanation",
            "<p>The error is sent back along the same connections: each hidden unit gets the "
            "output "
            "deltas weighted by the weights that connect it to them, <b>d_output · woutᵀ</b>. "
            "This "
            "uses <b>wout as it was before step 11</b> changes it.</p>");
    case 10:
        return QCoreApplication::translate(
            "StepExplanation",
            "<p>As in step 8, the hidden error is scaled by the slope of the hidden "
            "activation: "
            "<b>d_hiddenlayer = Error_at_hidden_layer ⊙ slope_hidden_layer</b>.</p>");
    case 11:
        if (trace.config.reduction == LossReduction::Mean)
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p>Each weight moves by its input times the delta it feeds, summed "
                       "over "
                       "the "
                       "samples, times the learning rate (here %1) divided by <b>B</b>, the %2 "
                       "rows of "
                       "this batch, because this lesson's loss is their <b>mean</b>: "
                       "<b>wout += hiddenlayer_activationsᵀ·d_output·lr/B</b> and "
                       "<b>wh += Xᵀ·d_hiddenlayer·lr/B</b>. The deltas are the same as with a "
                       "summed "
                       "loss; only the step is B times smaller.</p>")
                .arg(lr)
                .arg(trace.sampleIndices.size());
        return QCoreApplication::translate("StepExplanation",
                                           "<p>Each weight moves by its input times the delta it "
                                           "feeds, summed over the samples, "
                                           "times the learning rate (here %1): <b>wout += "
                                           "hiddenlayer_activationsᵀ·d_output·lr</b> and "
                                           "<b>wh += Xᵀ·d_hiddenlayer·lr</b>. The learning rate "
                                           "enters only here and in step 12.</p>")
            .arg(lr);
    case 12:
        return trace.config.updateBiases
                   ? QCoreApplication::translate(
                         "StepExplanation",
                         "<p>A bias acts like a weight on an input that is always 1, so its "
                         "update "
                         "is the sum of "
                         "the deltas over the samples (the rows), times the learning rate. The "
                         "iteration is "
                         "complete; the next one starts from these weights.</p>") +
                         (trace.config.reduction == LossReduction::Mean
                              ? QCoreApplication::translate("StepExplanation",
                                                            "<p>As in step 11 the sum is "
                                                            "divided by B, the batch's rows: "
                                                            "the loss is their mean.</p>")
                              : QString())
                   : QCoreApplication::translate("StepExplanation",
                                                 "<p>This lesson <b>freezes the biases</b>, as "
                                                 "some textbook examples do: they stay as "
                                                 "they are. The iteration is complete.</p>");
    }
    return {};
}

// Sentences of a network with more than one hidden layer, or with dropout, that name the
// stage's own layer; empty where the one-hidden-layer text says it all.
QString layeredExplanation(int step, int layer, const Trace& trace) {
    const NetworkSpec& network = trace.network;
    const int layers = network.layerCount();
    const bool deeper = layers > 2;
    const auto name = [&](MatrixRole role, int l) {
        return QStringLiteral("<b>%1</b>").arg(QString::fromStdString(traceName(role, l, layers)));
    };
    const auto formula = [&] {
        return QStringLiteral("<b>%1</b>")
            .arg(CoreWording::stepFormula(stepFormula(step, layer, network, trace.config))
                     .toHtmlEscaped());
    };
    switch (step) {
    case 2:
        if (deeper)
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p>This network has %1 hidden layers; each has its own weights and "
                       "biases: %2.</p>")
                .arg(layers - 1)
                .arg(formula());
        break;
    case 3:
        if (deeper && layer > 0)
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p>Hidden layer %1 does the same with what hidden layer %2 passes on: "
                       "%3. Its inputs are the activations of the layer below, not X.</p>")
                .arg(layer + 1)
                .arg(layer)
                .arg(formula());
        break;
    case 4:
        if (trace.config.dropout > 0)
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p><b>Dropout</b> (p = %1): in this training iteration each unit of "
                       "each "
                       "sample is kept with probability 1 − p (%2 is 1) or left out (0; its "
                       "cells "
                       "are greyed here and in the steps that follow). The kept ones are "
                       "divided "
                       "by 1 − p, so the next layer gets as much on average: it reads %3. Test "
                       "loss, accuracy and the 2-D views use no dropout.</p>")
                .arg(trace.config.dropout)
                .arg(name(MatrixRole::DropoutMask, layer), name(MatrixRole::Dropped, layer));
        break;
    case 9:
        if (deeper && layer < layers - 2)
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p>The error is sent back one layer further: each unit of hidden layer "
                       "%1 "
                       "gets the deltas of hidden layer %2 weighted by the weights that "
                       "connect "
                       "it to them, %3. This uses %4 as it was before step 11 changes it.</p>")
                .arg(layer + 1)
                .arg(layer + 2)
                .arg(formula(), name(MatrixRole::Weights, layer + 1));
        break;
    case 10: {
        QString text;
        if (deeper || trace.config.dropout > 0)
            text = QCoreApplication::translate("StepExplanation",
                                               "<p>As in step 8, the error of hidden layer %1 is "
                                               "scaled by the slope of its activation: %2.</p>")
                       .arg(layer + 1)
                       .arg(formula());
        if (trace.config.dropout > 0)
            text +=
                QCoreApplication::translate(
                    "StepExplanation",
                    "<p>A unit that dropout left out passed nothing on, so it gets no error "
                    "back: %1/(1 − p) makes its delta 0 (greyed), whatever %2 says.</p>")
                    .arg(name(MatrixRole::DropoutMask, layer), name(MatrixRole::BackError, layer));
        return text;
    }
    case 11:
        if (deeper && trace.config.plainUpdates())
            return QCoreApplication::translate(
                       "StepExplanation",
                       "<p>Layer by layer, each weight moves by its input times the delta it "
                       "feeds, summed over the samples, times the learning rate (here %1): %2. "
                       "The learning rate enters only here and in step 12.</p>")
                .arg(trace.config.learningRate)
                .arg(formula());
        break;
    }
    return {};
}

// Step 11 with dropout: which weights the greyed units leave alone.
QString droppedUpdateExplanation(const Trace& trace) {
    return QCoreApplication::translate(
               "StepExplanation",
               "<p>With dropout (p = %1), a unit left out in every sample of this batch gets "
               "nothing from the batch's error: its column in the weights into its layer and "
               "its "
               "row in the weights out of it are greyed, in G as well.</p>")
        .arg(trace.config.dropout);
}

} // namespace

QString stepExplanation(int step, int layer, const Trace& trace) {
    QString text;
    if ((step == 11 || step == 12) &&
        (!trace.config.plainUpdates() || trace.config.learningRateDecay.active())) {
        text = optimizerExplanation(step, trace);
    } else {
        // A layer's own sentences replace those of the one-hidden-layer text, except for
        // steps 2 and 4, where they add to it.
        const QString layered = layeredExplanation(step, layer, trace);
        text = layered.isEmpty() || step == 2 || step == 4
                   ? oneLayerExplanation(step, trace) + layered
                   : layered;
    }
    if (step == 11 && trace.config.dropout > 0 && !trace.network.hidden.empty())
        text += droppedUpdateExplanation(trace);
    return text;
}

} // namespace backstep
