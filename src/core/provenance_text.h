// SPDX-License-Identifier: MIT
// Internal to the provenance files: the text helpers every cell's explanation uses.
#pragma once

#include "provenance.h"

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace backstep::provenance_detail {

inline std::string index1(int i) {
    return std::to_string(i + 1);
}

inline std::string cellName(const std::string& matrix, int row, int column) {
    return matrix + "[" + index1(row) + "," + index1(column) + "]";
}

// The explanation of one cell being written: its trace, the cell's matrix, and the numbers'
// digits. Derived writers fill p_ (symbolic, numeric, note, inputs).
class ProvenanceText {
public:
    // `fixedDecimals`: numbers with `digits` decimals (as a grid shows them), else with
    // `digits` significant digits.
    ProvenanceText(const Trace& trace, const CellRef& cell, int digits, bool fixedDecimals)
        : trace_(trace), digits_(digits), fixedDecimals_(fixedDecimals) {
        const TraceMatrix& m = trace.at(cell.matrix);
        if (cell.row < 0 || cell.column < 0 || cell.row >= m.values.rows() ||
            cell.column >= m.values.cols())
            throw std::out_of_range("no cell " + cellName(cell.matrix, cell.row, cell.column));
        p_.cell = cell;
        p_.cellName = cellName(cell.matrix, cell.row, cell.column);
        p_.value = m.values(cell.row, cell.column);
        matrix_ = &m;
    }

protected:
    const TraceMatrix& m(MatrixRole role, int layer) const {
        const TraceMatrix* found = trace_.find(role, layer);
        if (!found) throw std::out_of_range("incomplete trace");
        return *found;
    }
    // The matrix that feeds weight layer `l`: X for the first, the previous activations after
    // (their dropped_activations while training with dropout).
    const TraceMatrix& previous(int l) const {
        if (l == 0) return m(MatrixRole::Input, 0);
        const TraceMatrix* dropped = trace_.find(MatrixRole::Dropped, l - 1); // with dropout
        return dropped ? *dropped : m(MatrixRole::Activation, l - 1);
    }
    std::string num(double v) const {
        return fixedDecimals_ ? formatDecimals(v, digits_) : formatNumber(v, digits_);
    }
    // A number as it appears inside a product: negative numbers in parentheses.
    std::string factor(double v) const { return v < 0 ? "(" + num(v) + ")" : num(v); }
    void use(const TraceMatrix& matrix, int row, int column) {
        p_.inputs.push_back(CellRef{matrix.name, row, column});
    }

    // Adds a note: a sentence the layers above word.
    void note(ProvenanceWords words, std::vector<std::string> args = {}) {
        p_.notes.push_back(ProvenancePhrase{words, std::move(args)});
    }
    // Words in place of the formula (or after `symbolic`, as "0 (…)").
    void say(ProvenanceWords words, std::vector<std::string> args = {}, std::string symbolic = {}) {
        p_.symbolic = std::move(symbolic);
        p_.wording = ProvenancePhrase{words, std::move(args)};
    }

    // "a·b + c·d + … + y·z" over `count` terms, abbreviated in the middle when long (with a
    // note of how many terms "…" stands for).
    template <typename Term> std::string sumOfTerms(int count, Term term) {
        const int shown = 6;
        std::string text;
        for (int i = 0; i < count; ++i) {
            if (count > shown && i == shown - 2) {
                text += " + …";
                note(ProvenanceWords::TermsLeftOut, {std::to_string(count - shown + 1)});
                i = count - 1;
            }
            text += (text.empty() ? "" : " + ") + term(i);
        }
        return text;
    }

    // The factor of steps 11 and 12: lr, or lr/B when the lesson's loss is the batch mean.
    bool meanLoss() const { return trace_.config.reduction == LossReduction::Mean; }
    std::string rateSymbol() const { return meanLoss() ? "lr/B" : "lr"; }
    std::string rateNumbers(int rows) const {
        return num(trace_.config.learningRate) +
               (meanLoss() ? "/" + std::to_string(rows) : std::string());
    }
    const TraceMatrix& named(const std::string& name) const { return trace_.at(name); }

    const Trace& trace_;
    const TraceMatrix* matrix_ = nullptr;
    int digits_;
    bool fixedDecimals_;
    Provenance p_;
};

// Steps 11–12 through G and an optimiser (momentum, Adam, weight decay): the cells of
// G, the optimiser's state and the updated parameters. Defined in provenance_optimizer.cpp.
void explainOptimizerCell(const Trace& trace, const CellRef& cell, int digits, bool fixedDecimals,
                          Provenance& out);

} // namespace backstep::provenance_detail
