// SPDX-License-Identifier: MIT
// Provenance of the cells of steps 11–12 when the lesson trains through G: weight decay,
// momentum and Adam (the formulas of optimizer.h, with this iteration's numbers).
#include "provenance_text.h"

#include <cmath>

namespace backstep::provenance_detail {

namespace {

class OptimizerProvenance : public ProvenanceText {
public:
    using ProvenanceText::ProvenanceText;

    void write() {
        const int r = p_.cell.row, c = p_.cell.column;
        const TraceMatrix& here = *matrix_;
        const bool ofBias = here.role == MatrixRole::BiasUpdated || here.ofBias;
        const std::string parameter =
            traceName(ofBias ? MatrixRole::Bias : MatrixRole::Weights, here.layer, layerCount());
        switch (here.role) {
        case MatrixRole::OptimizerState:
            say(ProvenanceWords::RememberedFromLast);
            note(ProvenanceWords::StateOfIterationBefore,
                 {optimizerMatrixName(here.term, parameter, true)});
            return;
        case MatrixRole::WeightsUpdated:
        case MatrixRole::BiasUpdated:
            updated(r, c, parameter);
            return;
        default:
            break;
        }
        switch (here.term) {
        case OptimizerTerm::Gradient:
            gradient(r, c, here.layer, ofBias);
            return;
        case OptimizerTerm::Velocity:
            velocity(r, c, parameter);
            return;
        case OptimizerTerm::FirstMoment:
        case OptimizerTerm::SecondMoment:
            moment(r, c, parameter, here.term == OptimizerTerm::SecondMoment);
            return;
        case OptimizerTerm::FirstMomentCorrected:
        case OptimizerTerm::SecondMomentCorrected:
            corrected(r, c, parameter, here.term == OptimizerTerm::SecondMomentCorrected);
            return;
        case OptimizerTerm::None:
            return;
        }
    }

    Provenance result() const { return p_; }

private:
    int layerCount() const { return trace_.network.layerCount(); }
    const OptimizerSpec& spec() const { return trace_.config.optimizer; }
    const TraceMatrix& term(OptimizerTerm t, const std::string& parameter, bool updated) const {
        return named(optimizerMatrixName(t, parameter, updated));
    }
    // Uses one cell and returns its name.
    std::string cell(const TraceMatrix& m, int r, int c) {
        use(m, r, c);
        return cellName(m.name, r, c);
    }

    // G_w = a_prevᵀ·delta (/B) − λ·w;  G_b = Σrows(delta) (/B)
    void gradient(int r, int c, int l, bool ofBias) {
        const TraceMatrix& d = m(MatrixRole::Delta, l);
        const auto N = static_cast<int>(d.values.rows());
        const std::string over = meanLoss() ? ")/B" : ")";
        const std::string overNumber = meanLoss() ? ")/" + std::to_string(N) : ")";
        if (ofBias) {
            p_.symbolic = "(Σᵢ " + d.name + "[i," + index1(c) + "]" + over;
            p_.numeric =
                "(" + sumOfTerms(N, [&](int i) { return factor(d.values(i, c)); }) + overNumber;
            note(ProvenanceWords::GradientOfBias);
            for (int i = 0; i < N; ++i)
                use(d, i, c);
        } else {
            const TraceMatrix& P = previous(l);
            p_.symbolic = "(Σᵢ " + P.name + "ᵀ[" + index1(r) + ",i]·" + d.name + "[i," + index1(c) +
                          "]" + over;
            p_.numeric =
                "(" +
                sumOfTerms(
                    N,
                    [&](int i) { return factor(P.values(i, r)) + "·" + factor(d.values(i, c)); }) +
                overNumber;
            note(ProvenanceWords::GradientOfWeights);
            for (int i = 0; i < N; ++i)
                use(P, i, r);
            for (int i = 0; i < N; ++i)
                use(d, i, c);
            const double lambda = trace_.config.weightDecay;
            if (lambda != 0) {
                const TraceMatrix& W = m(MatrixRole::Weights, l);
                p_.symbolic += " − λ·" + cell(W, r, c);
                p_.numeric += " − " + num(lambda) + "·" + factor(W.values(r, c));
                note(ProvenanceWords::WeightDecay);
            }
        }
        if (meanLoss()) note(ProvenanceWords::BatchRows, {std::to_string(N)});
    }

    // velocity = β·velocity + G
    void velocity(int r, int c, const std::string& parameter) {
        const TraceMatrix& before = term(OptimizerTerm::Velocity, parameter, false);
        const TraceMatrix& G = term(OptimizerTerm::Gradient, parameter, false);
        p_.symbolic = "β·" + cell(before, r, c) + " + " + cell(G, r, c);
        p_.numeric =
            num(spec().beta) + "·" + factor(before.values(r, c)) + " + " + factor(G.values(r, c));
        note(ProvenanceWords::Velocity);
    }

    // m = β1·m + (1−β1)·G;  v = β2·v + (1−β2)·G²
    void moment(int r, int c, const std::string& parameter, bool second) {
        const OptimizerTerm t = second ? OptimizerTerm::SecondMoment : OptimizerTerm::FirstMoment;
        const TraceMatrix& before = term(t, parameter, false);
        const TraceMatrix& G = term(OptimizerTerm::Gradient, parameter, false);
        const double beta = second ? spec().beta2 : spec().beta1;
        const std::string b = second ? "β2" : "β1";
        const std::string g = cell(G, r, c);
        p_.symbolic = b + "·" + cell(before, r, c) + " + (1 − " + b + ")·" + (second ? g + "²" : g);
        p_.numeric = num(beta) + "·" + factor(before.values(r, c)) + " + " + num(1 - beta) + "·" +
                     factor(G.values(r, c)) + (second ? "²" : "");
        note(second ? ProvenanceWords::SecondMoment : ProvenanceWords::FirstMoment);
    }

    // m̂ = m/(1−β1ᵗ);  v̂ = v/(1−β2ᵗ)
    void corrected(int r, int c, const std::string& parameter, bool second) {
        const TraceMatrix& moment = term(
            second ? OptimizerTerm::SecondMoment : OptimizerTerm::FirstMoment, parameter, true);
        const double beta = second ? spec().beta2 : spec().beta1;
        const std::string t = std::to_string(trace_.update);
        p_.symbolic = cell(moment, r, c) + "/(1 − " + (second ? "β2" : "β1") + "^t)";
        p_.numeric = factor(moment.values(r, c)) + "/(1 − " + num(beta) + "^" + t + ")";
        note(ProvenanceWords::BiasCorrection, {t});
    }

    // θ + lr·G, θ + lr·velocity, θ + lr·m̂/(√v̂ + ε)
    void updated(int r, int c, const std::string& parameter) {
        const TraceMatrix& before = named(parameter);
        const std::string lr = num(trace_.config.learningRate);
        const std::string theta = cell(before, r, c);
        const std::string thetaValue = num(before.values(r, c));
        if (!trace_.config.updateBiases && matrix_->role == MatrixRole::BiasUpdated) {
            p_.symbolic = theta;
            p_.numeric = thetaValue;
            note(ProvenanceWords::FrozenBiases);
            return;
        }
        switch (spec().kind) {
        case OptimizerSpec::Kind::Sgd: {
            const TraceMatrix& G = term(OptimizerTerm::Gradient, parameter, false);
            p_.symbolic = theta + " + lr·" + cell(G, r, c);
            p_.numeric = thetaValue + " + " + lr + "·" + factor(G.values(r, c));
            break;
        }
        case OptimizerSpec::Kind::Momentum: {
            const TraceMatrix& v = term(OptimizerTerm::Velocity, parameter, true);
            p_.symbolic = theta + " + lr·" + cell(v, r, c);
            p_.numeric = thetaValue + " + " + lr + "·" + factor(v.values(r, c));
            break;
        }
        case OptimizerSpec::Kind::Adam: {
            const TraceMatrix& mHat = term(OptimizerTerm::FirstMomentCorrected, parameter, false);
            const TraceMatrix& vHat = term(OptimizerTerm::SecondMomentCorrected, parameter, false);
            p_.symbolic = theta + " + lr·" + cell(mHat, r, c) + "/(√" + cell(vHat, r, c) + " + ε)";
            p_.numeric = thetaValue + " + " + lr + "·" + factor(mHat.values(r, c)) + "/(√" +
                         num(vHat.values(r, c)) + " + " + num(spec().epsilon) + ")";
            note(ProvenanceWords::AdamStepSize);
            break;
        }
        }
        if (trace_.config.learningRateDecay.active()) note(ProvenanceWords::DecayedLearningRate);
    }
};

} // namespace

void explainOptimizerCell(const Trace& trace, const CellRef& cell, int digits, bool fixedDecimals,
                          Provenance& out) {
    OptimizerProvenance writer(trace, cell, digits, fixedDecimals);
    writer.write();
    out = writer.result();
}

} // namespace backstep::provenance_detail
