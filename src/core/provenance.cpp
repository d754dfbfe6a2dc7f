// SPDX-License-Identifier: MIT
#include "provenance.h"
#include "provenance_text.h"

#include <cstdio>
#include <stdexcept>
#include <tuple>

namespace backstep {

bool CellRef::operator<(const CellRef& other) const {
    return std::tie(matrix, row, column) < std::tie(other.matrix, other.row, other.column);
}

std::string formatNumber(double value, int significantDigits) {
    char buffer[64];
    if (value == 0.0) value = 0.0; // no "-0"
    std::snprintf(buffer, sizeof buffer, "%.*g", significantDigits, value);
    return buffer;
}

std::string formatDecimals(double value, int decimals) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    // a tiny negative number rounds to "-0.000": its sign says nothing at these decimals
    if (text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

namespace {

using namespace provenance_detail;

// Builds the formula of one cell from the matrices of the trace.
class ProvenanceWriter : public ProvenanceText {
public:
    using ProvenanceText::ProvenanceText;

    Provenance write() {
        const int r = p_.cell.row, c = p_.cell.column, l = matrix_->layer;
        const int last = trace_.network.layerCount() - 1;
        switch (matrix_->role) {
        case MatrixRole::Input:
        case MatrixRole::Target:
            say(ProvenanceWords::GivenByLesson);
            break;
        case MatrixRole::Weights:
        case MatrixRole::Bias:
            say(ProvenanceWords::ValueBeforeIteration);
            note(ProvenanceWords::InitialThenLastUpdate);
            break;
        case MatrixRole::LayerInput:
            layerInput(r, c, l);
            break;
        case MatrixRole::Activation:
            activation(r, c, l);
            break;
        case MatrixRole::DropoutMask:
            dropoutMask();
            break;
        case MatrixRole::Dropped:
            dropped(r, c, l);
            break;
        case MatrixRole::BackError:
            if (l == last)
                outputError(r, c);
            else
                hiddenError(r, c, l);
            break;
        case MatrixRole::Slope:
            slope(r, c, l);
            break;
        case MatrixRole::Delta:
            delta(r, c, l, l == last);
            break;
        case MatrixRole::WeightsUpdated:
        case MatrixRole::BiasUpdated:
            if (!trace_.config.plainUpdates()) {
                explainOptimizerCell(trace_, p_.cell, digits_, fixedDecimals_, p_);
                break;
            }
            if (matrix_->role == MatrixRole::WeightsUpdated)
                weightsUpdated(r, c, l);
            else
                biasUpdated(c, l);
            break;
        case MatrixRole::OptimizerState:
        case MatrixRole::OptimizerUpdate:
            explainOptimizerCell(trace_, p_.cell, digits_, fixedDecimals_, p_);
            break;
        }
        return p_;
    }

private:
    void layerInput(int r, int c, int l) {
        const TraceMatrix& P = previous(l);
        const TraceMatrix& W = m(MatrixRole::Weights, l);
        const TraceMatrix& b = m(MatrixRole::Bias, l);
        const auto n = static_cast<int>(P.values.cols());
        p_.symbolic = "Σⱼ " + P.name + "[" + index1(r) + ",j]·" + W.name + "[j," + index1(c) +
                      "] + " + cellName(b.name, 0, c);
        p_.numeric =
            sumOfTerms(
                n, [&](int j) { return factor(P.values(r, j)) + "·" + factor(W.values(j, c)); }) +
            " + " + factor(b.values(0, c));
        for (int j = 0; j < n; ++j)
            use(P, r, j);
        for (int j = 0; j < n; ++j)
            use(W, j, c);
        use(b, 0, c);
    }

    void activation(int r, int c, int l) {
        const TraceMatrix& z = m(MatrixRole::LayerInput, l);
        const ActivationSpec& f = trace_.network.activation(l);
        if (f.kind == Activation::Softmax) {
            const auto k = static_cast<int>(z.values.cols());
            p_.symbolic =
                "e^" + cellName(z.name, r, c) + " / Σⱼ e^" + z.name + "[" + index1(r) + ",j]";
            p_.numeric = "e^" + factor(z.values(r, c)) + " / (" +
                         sumOfTerms(k, [&](int j) { return "e^" + factor(z.values(r, j)); }) + ")";
            for (int j = 0; j < k; ++j)
                use(z, r, j);
            return;
        }
        const std::string name = activationName(f.kind);
        p_.symbolic = name + "(" + cellName(z.name, r, c) + ")";
        p_.numeric = name + "(" + num(z.values(r, c)) + ")";
        if (f.kind == Activation::LeakyRelu)
            note(ProvenanceWords::Formula, {"α = " + num(f.leakyAlpha)});
        use(z, r, c);
    }

    void outputError(int r, int c) {
        const TraceMatrix& y = m(MatrixRole::Target, 0);
        const TraceMatrix& out = m(MatrixRole::Activation, trace_.network.layerCount() - 1);
        p_.symbolic = cellName(y.name, r, c) + " − " + cellName(out.name, r, c);
        p_.numeric = num(y.values(r, c)) + " − " + factor(out.values(r, c));
        note(ProvenanceWords::OutputErrorSign);
        use(y, r, c);
        use(out, r, c);
    }

    void hiddenError(int r, int c, int l) {
        const TraceMatrix& d = m(MatrixRole::Delta, l + 1);
        const TraceMatrix& W = m(MatrixRole::Weights, l + 1);
        const auto k = static_cast<int>(d.values.cols());
        p_.symbolic = "Σₘ " + d.name + "[" + index1(r) + ",m]·" + W.name + "ᵀ[m," + index1(c) +
                      "]  (" + W.name + "ᵀ[m," + index1(c) + "] = " + W.name + "[" + index1(c) +
                      ",m])";
        p_.numeric = sumOfTerms(
            k, [&](int j) { return factor(d.values(r, j)) + "·" + factor(W.values(c, j)); });
        note(ProvenanceWords::UsesWeightsBeforeUpdate, {W.name});
        for (int j = 0; j < k; ++j)
            use(d, r, j);
        for (int j = 0; j < k; ++j)
            use(W, c, j);
    }

    void slope(int r, int c, int l) {
        const ActivationSpec& f = trace_.network.activation(l);
        const TraceMatrix& a = m(MatrixRole::Activation, l);
        const TraceMatrix& z = m(MatrixRole::LayerInput, l);
        const std::string aCell = cellName(a.name, r, c), zCell = cellName(z.name, r, c);
        const double av = a.values(r, c), zv = z.values(r, c);
        switch (f.kind) {
        case Activation::Sigmoid:
        case Activation::Softmax:
            p_.symbolic = aCell + "·(1 − " + aCell + ")";
            p_.numeric = num(av) + "·(1 − " + factor(av) + ")";
            if (f.kind == Activation::Softmax) note(ProvenanceWords::SoftmaxDiagonal);
            use(a, r, c);
            return;
        case Activation::Tanh:
            p_.symbolic = "1 − " + aCell + "²";
            p_.numeric = "1 − " + factor(av) + "²";
            use(a, r, c);
            return;
        case Activation::Relu:
        case Activation::LeakyRelu:
        case Activation::Step:
        case Activation::Linear: {
            const std::string otherwise = f.kind == Activation::LeakyRelu ? "α" : "0";
            if (f.kind == Activation::Step) {
                say(ProvenanceWords::StepIsFlat, {zCell}, "0");
                note(ProvenanceWords::StepUnitCannotLearn);
            } else if (f.kind == Activation::Linear) {
                say(ProvenanceWords::LinearSlope, {}, "1");
            } else {
                say(ProvenanceWords::ReluSlope, {zCell, otherwise});
                p_.numeric = zv > 0 ? num(zv) + " > 0 → 1" : num(zv) + " ≤ 0 → " + otherwise;
                if (f.kind == Activation::LeakyRelu)
                    note(ProvenanceWords::Formula, {"α = " + num(f.leakyAlpha)});
            }
            use(z, r, c);
            return;
        }
        }
    }

    void delta(int r, int c, int l, bool output) {
        const TraceMatrix& e = m(MatrixRole::BackError, l);
        const TraceMatrix& s = m(MatrixRole::Slope, l);
        if (output && slopeCancels(trace_.config.loss)) {
            p_.symbolic = cellName(e.name, r, c);
            p_.numeric = num(e.values(r, c));
            note(ProvenanceWords::SlopeCancels,
                 {lossName(trace_.config.loss),
                  activationName(trace_.network.outputActivation.kind)});
            use(e, r, c);
            return;
        }
        if (const TraceMatrix* mask = trace_.find(MatrixRole::DropoutMask, l); mask && !output) {
            // a dropped unit passed nothing forward, so nothing comes back through it
            const double keep = 1 - trace_.config.dropout;
            p_.symbolic = cellName(e.name, r, c) + "·" + cellName(mask->name, r, c) + "/(1 − p)·" +
                          cellName(s.name, r, c);
            p_.numeric = factor(e.values(r, c)) + "·" + num(mask->values(r, c)) + "/" + num(keep) +
                         "·" + factor(s.values(r, c));
            note(ProvenanceWords::DropoutErrorBack);
            use(e, r, c);
            use(*mask, r, c);
            use(s, r, c);
            return;
        }
        p_.symbolic = cellName(e.name, r, c) + "·" + cellName(s.name, r, c);
        p_.numeric = factor(e.values(r, c)) + "·" + factor(s.values(r, c));
        use(e, r, c);
        use(s, r, c);
    }

    void dropoutMask() {
        say(ProvenanceWords::DropoutMaskDraw);
        note(ProvenanceWords::DropoutDrawn,
             {num(trace_.config.dropout), std::to_string(trace_.update)});
    }

    void dropped(int r, int c, int l) {
        const TraceMatrix& a = m(MatrixRole::Activation, l);
        const TraceMatrix& mask = m(MatrixRole::DropoutMask, l);
        p_.symbolic = cellName(a.name, r, c) + "·" + cellName(mask.name, r, c) + "/(1 − p)";
        p_.numeric = factor(a.values(r, c)) + "·" + num(mask.values(r, c)) + "/" +
                     num(1 - trace_.config.dropout);
        note(ProvenanceWords::DropoutScaling);
        use(a, r, c);
        use(mask, r, c);
    }

    void weightsUpdated(int r, int c, int l) {
        const TraceMatrix& W = m(MatrixRole::Weights, l);
        const TraceMatrix& P = previous(l);
        const TraceMatrix& d = m(MatrixRole::Delta, l);
        const auto N = static_cast<int>(P.values.rows());
        p_.symbolic = cellName(W.name, r, c) + " + (Σᵢ " + P.name + "ᵀ[" + index1(r) + ",i]·" +
                      d.name + "[i," + index1(c) + "])·" + rateSymbol();
        p_.numeric =
            num(W.values(r, c)) + " + (" +
            sumOfTerms(
                N, [&](int i) { return factor(P.values(i, r)) + "·" + factor(d.values(i, c)); }) +
            ")·" + rateNumbers(N);
        note(ProvenanceWords::Formula,
             {P.name + "ᵀ[" + index1(r) + ",i] = " + P.name + "[i," + index1(r) + "]"});
        if (meanLoss()) note(ProvenanceWords::BatchMean, {std::to_string(N)});
        use(W, r, c);
        for (int i = 0; i < N; ++i)
            use(P, i, r);
        for (int i = 0; i < N; ++i)
            use(d, i, c);
    }

    void biasUpdated(int c, int l) {
        const TraceMatrix& b = m(MatrixRole::Bias, l);
        const TraceMatrix& d = m(MatrixRole::Delta, l);
        use(b, 0, c);
        if (!trace_.config.updateBiases) {
            p_.symbolic = cellName(b.name, 0, c);
            p_.numeric = num(b.values(0, c));
            note(ProvenanceWords::FrozenBiases);
            return;
        }
        const auto N = static_cast<int>(d.values.rows());
        p_.symbolic =
            cellName(b.name, 0, c) + " + (Σᵢ " + d.name + "[i," + index1(c) + "])·" + rateSymbol();
        p_.numeric = num(b.values(0, c)) + " + (" +
                     sumOfTerms(N, [&](int i) { return factor(d.values(i, c)); }) + ")·" +
                     rateNumbers(N);
        note(ProvenanceWords::BiasSumsRows);
        if (meanLoss()) note(ProvenanceWords::BatchMean, {std::to_string(N)});
        for (int i = 0; i < N; ++i)
            use(d, i, c);
    }
};

} // namespace

Provenance provenanceOf(const Trace& trace, const CellRef& cell, int significantDigits) {
    return ProvenanceWriter(trace, cell, significantDigits, false).write();
}

Provenance provenanceWithDecimals(const Trace& trace, const CellRef& cell, int decimals) {
    return ProvenanceWriter(trace, cell, decimals, true).write();
}

} // namespace backstep
