// SPDX-License-Identifier: MIT
// The spreadsheet formula of every computed cell of the live workbook: each refers to exactly
// the cells it is computed from (so "trace precedents" shows its inputs), in formulas that
// Excel and LibreOffice both evaluate without array entry, except one-cell MMULT array
// formulas for products with a large fan-in. Pure text; nothing here touches a file.
#pragma once

#include "workbook_layout.h"

#include "core/trace.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace backstep {

// Where a sample's X and y rows first appeared: later sheets refer to them there, so editing
// an input changes it in every iteration that uses the sample.
struct SampleOrigin {
    std::string sheet;
    int xRow = 0, xColumn = 0; // the sample's first cell of X on that sheet
    int yRow = 0, yColumn = 0; // and of y
};

struct CellFormula {
    std::string text;   // "=1/(1+EXP(-B12))"
    bool array = false; // a one-cell array formula ({=MMULT(…)})
};

// Products with more terms than this are written as SUMPRODUCT or MMULT instead of a·b + c·d.
constexpr int kExplicitTerms = 8;

class SheetFormulas {
public:
    // `previous` (with `previousSheet`) is the sheet of the iteration before, or null for the
    // first sheet; `firstSheet` holds the learning rate; `origins` maps dataset rows to their
    // first appearance on an earlier sheet.
    SheetFormulas(const Trace& trace, const SheetLayout& layout, const SheetLayout* previous,
                  std::string previousSheet, std::string firstSheet,
                  const std::map<int, SampleOrigin>& origins);

    // The formula of value (r, c) of `m`, or nullopt when the cell is a plain value (X and y
    // where their sample first appears, the first sheet's initial weights).
    std::optional<CellFormula> cell(const MatrixPlacement& m, int r, int c) const;

    std::optional<std::string> learningRate() const; // on later sheets: the first sheet's
    std::string batchRows() const;                   // =ROWS(X)
    std::string loss() const;                        // in the lesson's loss and reduction

private:
    std::string rate() const; // lr, or lr/B for the mean
    std::string product(const std::vector<std::string>& left,
                        const std::vector<std::string>& right) const;
    CellFormula layerInput(const MatrixPlacement& m, int r, int c) const;
    std::string activation(const MatrixPlacement& m, int r, int c) const;
    std::string slope(const MatrixPlacement& m, int r, int c) const;
    std::string hiddenError(const MatrixPlacement& m, int r, int c) const;
    std::string weightsUpdated(const MatrixPlacement& m, int r, int c) const;
    std::string productSum(const MatrixPlacement& m, int r, int c) const; // Σᵢ a_prev·delta
    std::string parameterName(const MatrixPlacement& m) const;
    std::string optimizerTerm(const MatrixPlacement& m, int r, int c) const;
    std::string optimizerStep(const MatrixPlacement& m, int r, int c) const;
    const MatrixPlacement& previousLayerOutput(int layer) const; // X or the activations before

    const Trace& trace_;
    const SheetLayout& layout_;
    const SheetLayout* previous_;
    std::string previousSheet_, firstSheet_;
    const std::map<int, SampleOrigin>& origins_;
    int last_;
};

// The matrices a matrix is computed from (the orange ones when it is yellow); for the
// learning rate and batch rows see usesLearningRate.
std::vector<std::string> inputMatrices(const Trace& trace, MatrixRole role, int layer);
// … for any matrix of the trace, including the optimiser's and dropout's (from provenance).
std::vector<std::string> inputMatrices(const Trace& trace, const TraceMatrix& matrix);
bool usesLearningRate(const Trace& trace, MatrixRole role);

// A double as formula text that reads back as the same number ("0.01", "1e-05").
std::string formulaNumber(double value);

} // namespace backstep
