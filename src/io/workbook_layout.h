// SPDX-License-Identifier: MIT
// Where everything goes on one iteration's worksheet of the live workbook: the parameter
// cells at the top, then the matrices in the sheet's reading order, in bands (the hidden
// layer, the output layer, error and slopes, the backward pass, the updates), each matrix
// with a title row, a row of column labels and a column of row labels. Pure: depends only
// on the network and the batch's row count, so sizes can be checked before anything is
// computed.
#pragma once

#include "core/network.h"
#include "core/trace.h"
#include "core/trace_names.h"

#include <cstdint>
#include <string>
#include <vector>

namespace backstep {

// Excel's sheet size (LibreOffice 7.4 reads as many rows, and up to 16 384 columns too).
constexpr std::int64_t kSheetMaxRows = 1048576;
constexpr std::int64_t kSheetMaxColumns = 16384;

// "A", "Z", "AA", … for a 0-based column.
std::string columnName(int column);
// "B7" (or "$B$7") for a 0-based row and column.
std::string cellName(int row, int column, bool absolute = false);
// "B7:D9", or a single cell's name when the range is one cell.
std::string rangeName(int firstRow, int firstColumn, int lastRow, int lastColumn,
                      bool absolute = false);
// "'Iteration 3'!" — the prefix that refers to another sheet.
std::string sheetPrefix(const std::string& sheetName);

struct MatrixPlacement {
    std::string name; // the trace's name: "hidden_layer_input_2"
    MatrixRole role = MatrixRole::Input;
    int layer = 0;
    OptimizerTerm term = OptimizerTerm::None; // optimiser matrices: what they hold
    bool ofBias = false;                      // … of the layer's biases (else its weights)
    int rows = 0, columns = 0;
    int titleRow = 0;                  // name and shape, at (titleRow, labelColumn)
    int labelColumn = 0;               // row labels; column labels on titleRow + 1
    int firstRow = 0, firstColumn = 0; // the cell of value (0, 0)

    int row(int r) const { return firstRow + r; }
    int column(int c) const { return firstColumn + c; }
    std::string cell(int r, int c) const { return cellName(row(r), column(c)); }
    std::string rowRange(int r) const {
        return rangeName(row(r), column(0), row(r), column(columns - 1));
    }
    std::string columnRange(int c) const {
        return rangeName(row(0), column(c), row(rows - 1), column(c));
    }
    std::string range(bool absolute = false) const {
        return rangeName(row(0), column(0), row(rows - 1), column(columns - 1), absolute);
    }
};

struct BandPlacement {
    std::string title; // "Forward pass: hidden layer", English (translated in "WorkbookText")
    int row = 0;
};

struct SheetLayout {
    // The parameter block (label in column A, value in column B).
    int titleRow = 0;
    int learningRateRow = 1; // named lr
    int batchRowsRow = 2;    // named batch_rows: =ROWS(X)
    int lossRow = 3;         // named loss
    int noteRow = 4;
    int valueColumn = 1;
    int legendColumn = 3; // the yellow and orange swatches, on the learning-rate and batch rows

    std::vector<BandPlacement> bands;
    std::vector<MatrixPlacement> matrices; // in reading order, each trace matrix once
    int rowCount = 0;                      // rows used
    int columnCount = 0;                   // columns used

    const MatrixPlacement* find(const std::string& name) const;
    const MatrixPlacement& at(const std::string& name) const; // throws std::out_of_range
    const MatrixPlacement& at(MatrixRole role, int layer) const;
    std::string learningRateCell() const { return cellName(learningRateRow, valueColumn, true); }
    std::string batchRowsCell() const { return cellName(batchRowsRow, valueColumn, true); }
};

// `training` adds the optimiser's matrices to the updates band and dropout's to the hidden band.
SheetLayout layoutSheet(const NetworkSpec& network, int batchRows,
                        const TrainingConfig& training = {});

// The cells of one sheet that hold a number (a formula or a value): every matrix and the three
// parameter cells. Nearly all are formulas; X, y and the first sheet's weights are values.
std::int64_t numberCellCount(const NetworkSpec& network, int batchRows,
                             const TrainingConfig& training = {});

} // namespace backstep
