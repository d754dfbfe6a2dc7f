// SPDX-License-Identifier: MIT
#include "provenance_wording.h"

#include <QStringList>

namespace backstep {

namespace {

QString template_(ProvenanceWords words) {
    using W = ProvenanceWords;
    switch (words) {
    case W::GivenByLesson:
        return ProvenanceWording::tr("given by the lesson");
    case W::ValueBeforeIteration:
        return ProvenanceWording::tr("the value before this iteration");
    case W::RememberedFromLast:
        return ProvenanceWording::tr("remembered from the last iteration");
    case W::StepIsFlat:
        return ProvenanceWording::tr("the step function is flat on both sides of %1");
    case W::LinearSlope:
        return ProvenanceWording::tr("the slope of linear(z) = z");
    case W::ReluSlope:
        return ProvenanceWording::tr("1 if %1 > 0 else %2");
    case W::DropoutMaskDraw:
        return ProvenanceWording::tr(
            "1 (kept) with probability 1 − p, 0 (dropped) with probability p");
    case W::Formula:
        return QStringLiteral("%1");
    case W::InitialThenLastUpdate:
        return ProvenanceWording::tr(
            "the lesson's initial value in iteration 1, the last update's result after");
    case W::OutputErrorSign:
        return ProvenanceWording::tr("E = y − output, so the updates of steps 11–12 add (+=)");
    case W::UsesWeightsBeforeUpdate:
        return ProvenanceWording::tr("uses %1 from before the update of step 11");
    case W::SoftmaxDiagonal:
        return ProvenanceWording::tr(
            "the diagonal of the softmax Jacobian; with cross-entropy it cancels");
    case W::StepUnitCannotLearn:
        return ProvenanceWording::tr(
            "a zero slope passes no gradient back: a step unit cannot learn");
    case W::SlopeCancels:
        return ProvenanceWording::tr("with %1 and %2 the slope cancels: d_output = E");
    case W::DropoutErrorBack:
        return ProvenanceWording::tr(
            "dropout: the unit's share of the error goes back only if it was kept");
    case W::DropoutDrawn:
        return ProvenanceWording::tr("p = %1; drawn anew for every iteration from the lesson's "
                                     "seeded generator (update %2); only while training");
    case W::DropoutScaling:
        return ProvenanceWording::tr("kept units are scaled by 1/(1 − p), so the next layer sees "
                                     "the same total on average; tests and the 2-D views use no "
                                     "dropout");
    case W::BatchMean:
        return ProvenanceWording::tr("B = %1, the rows of this batch (the loss is their mean)");
    case W::BatchRows:
        return ProvenanceWording::tr("B = %1, the rows of this batch");
    case W::FrozenBiases:
        return ProvenanceWording::tr("this lesson freezes the biases (update_biases: false)");
    case W::BiasSumsRows:
        return ProvenanceWording::tr(
            "the sum runs over the rows (samples), like np.sum(d, axis=0)");
    case W::TermsLeftOut:
        return ProvenanceWording::tr("… stands for %1 more terms");
    case W::StateOfIterationBefore:
        return ProvenanceWording::tr("%1 of the iteration before; zero before the first update");
    case W::GradientOfBias:
        return ProvenanceWording::tr("G is what step 12 adds before the learning rate (−∂loss/∂b)");
    case W::GradientOfWeights:
        return ProvenanceWording::tr("G is what step 11 adds before the learning rate (−∂loss/∂w)");
    case W::WeightDecay:
        return ProvenanceWording::tr("weight decay λ pulls every weight towards 0");
    case W::Velocity:
        return ProvenanceWording::tr("velocity keeps a share β of the last steps, so steps in a "
                                     "steady direction grow and zig-zags cancel");
    case W::FirstMoment:
        return ProvenanceWording::tr(
            "m is a running mean of G: the direction the weight keeps moving in");
    case W::SecondMoment:
        return ProvenanceWording::tr(
            "v remembers the squares of past G, so a weight that has moved a lot takes smaller "
            "steps");
    case W::BiasCorrection:
        return ProvenanceWording::tr("t = %1, this update's number; m and v start at 0, and the "
                                     "division undoes that early pull towards 0");
    case W::AdamStepSize:
        return ProvenanceWording::tr(
            "each weight gets its own step size: about lr when G keeps its sign");
    case W::DecayedLearningRate:
        return ProvenanceWording::tr("lr is this epoch's learning rate (lr_decay)");
    }
    return {};
}

} // namespace

QString ProvenanceWording::phrase(const ProvenancePhrase& phrase) {
    QString text = template_(phrase.words);
    for (const std::string& arg : phrase.args)
        text = text.arg(QString::fromStdString(arg));
    return text;
}

QString ProvenanceWording::symbolic(const Provenance& p) {
    const QString formula = QString::fromStdString(p.symbolic);
    if (!p.wording) return formula;
    const QString words = phrase(*p.wording);
    //: a value and why: "0 (the step function is flat on both sides of z[1,1])"
    return formula.isEmpty() ? words : tr("%1 (%2)").arg(formula, words);
}

QString ProvenanceWording::notes(const Provenance& p) {
    QStringList parts;
    for (const ProvenancePhrase& note : p.notes)
        parts << phrase(note);
    //: between two notes of a cell's formula
    return parts.join(tr("; "));
}

QString ProvenanceWording::line(const Provenance& p) {
    QString text = QString::fromStdString(p.cellName) + QStringLiteral(" = ") + symbolic(p);
    if (!p.numeric.empty()) text += QStringLiteral(" = ") + QString::fromStdString(p.numeric);
    return text + QStringLiteral(" = ") + QString::number(p.value, 'g', 17);
}

} // namespace backstep
