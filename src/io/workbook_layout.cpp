// SPDX-License-Identifier: MIT
#include "workbook_layout.h"

#include <QtGlobal> // QT_TRANSLATE_NOOP: the band titles are translated where written

#include <algorithm>
#include <stdexcept>

namespace backstep {

std::string columnName(int column) {
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
    return name;
}

std::string cellName(int row, int column, bool absolute) {
    const std::string dollar = absolute ? "$" : "";
    return dollar + columnName(column) + dollar + std::to_string(row + 1);
}

std::string rangeName(int firstRow, int firstColumn, int lastRow, int lastColumn, bool absolute) {
    if (firstRow == lastRow && firstColumn == lastColumn)
        return cellName(firstRow, firstColumn, absolute);
    return cellName(firstRow, firstColumn, absolute) + ":" +
           cellName(lastRow, lastColumn, absolute);
}

std::string sheetPrefix(const std::string& sheetName) {
    return "'" + sheetName + "'!";
}

const MatrixPlacement* SheetLayout::find(const std::string& name) const {
    for (const MatrixPlacement& m : matrices)
        if (m.name == name) return &m;
    return nullptr;
}

const MatrixPlacement& SheetLayout::at(const std::string& name) const {
    if (const MatrixPlacement* m = find(name)) return *m;
    throw std::out_of_range("no matrix named " + name + " on the sheet");
}

const MatrixPlacement& SheetLayout::at(MatrixRole role, int layer) const {
    for (const MatrixPlacement& m : matrices)
        if (m.role == role &&
            (m.layer == layer || role == MatrixRole::Input || role == MatrixRole::Target))
            return m;
    throw std::out_of_range("no matrix of that role and layer on the sheet");
}

namespace {

struct Entry {
    MatrixRole role;
    int layer; // weight layer
    OptimizerTerm term = OptimizerTerm::None;
    bool ofBias = false;
};

// The bands of the app's sheet (src/ui/sheet_widget.cpp), without the "before" copies of the
// weights in the updates band: each matrix appears once, so its defined name is one range.
std::vector<std::pair<std::string, std::vector<Entry>>> bandsOf(const NetworkSpec& network,
                                                                const TrainingConfig& training) {
    const int last = network.layerCount() - 1;
    std::vector<std::pair<std::string, std::vector<Entry>>> bands;
    std::vector<Entry> hidden{{MatrixRole::Input, 0}};
    for (int l = 0; l < last; ++l) {
        for (MatrixRole role : {MatrixRole::Weights, MatrixRole::Bias, MatrixRole::LayerInput,
                                MatrixRole::Activation})
            hidden.push_back({role, l});
        if (training.dropout > 0) { // the mask and what it lets through, step 4
            hidden.push_back({MatrixRole::DropoutMask, l});
            hidden.push_back({MatrixRole::Dropped, l});
        }
    }
    bands.emplace_back(last > 1 ? QT_TRANSLATE_NOOP("WorkbookText", "Forward pass: hidden layers")
                                : QT_TRANSLATE_NOOP("WorkbookText", "Forward pass: hidden layer"),
                       hidden);
    std::vector<Entry> output;
    for (MatrixRole role :
         {MatrixRole::Weights, MatrixRole::Bias, MatrixRole::LayerInput, MatrixRole::Activation})
        output.push_back({role, last});
    bands.emplace_back(QT_TRANSLATE_NOOP("WorkbookText", "Forward pass: output layer"), output);
    std::vector<Entry> error{{MatrixRole::Target, 0}, {MatrixRole::BackError, last}};
    for (int l = last; l >= 0; --l)
        error.push_back({MatrixRole::Slope, l});
    bands.emplace_back(QT_TRANSLATE_NOOP("WorkbookText", "Error and slopes"), error);
    std::vector<Entry> backward{{MatrixRole::Delta, last}};
    for (int l = last - 1; l >= 0; --l) {
        backward.push_back({MatrixRole::BackError, l});
        backward.push_back({MatrixRole::Delta, l});
    }
    bands.emplace_back(QT_TRANSLATE_NOOP("WorkbookText", "Backward pass"), backward);
    // Each parameter after what the optimiser remembers and computes for it (in trace order).
    std::vector<Entry> updates;
    for (const bool ofBias : {false, true})
        for (int l = last; l >= 0; --l) {
            if (!ofBias || training.updateBiases) {
                for (OptimizerTerm term : rememberedTerms(training))
                    updates.push_back({MatrixRole::OptimizerState, l, term, ofBias});
                for (OptimizerTerm term : computedTerms(training))
                    updates.push_back({MatrixRole::OptimizerUpdate, l, term, ofBias});
            }
            updates.push_back({ofBias ? MatrixRole::BiasUpdated : MatrixRole::WeightsUpdated, l});
        }
    bands.emplace_back(
        QT_TRANSLATE_NOOP("WorkbookText", "Updates: weights and biases after the iteration"),
        updates);
    return bands;
}

std::pair<int, int> shapeOf(const NetworkSpec& network, MatrixRole role, int layer, int batchRows) {
    switch (role) {
    case MatrixRole::Input:
        return {batchRows, network.inputs};
    case MatrixRole::Target:
        return {batchRows, network.outputs};
    case MatrixRole::Weights:
    case MatrixRole::WeightsUpdated:
        return {network.fanIn(layer), network.fanOut(layer)};
    case MatrixRole::Bias:
    case MatrixRole::BiasUpdated:
        return {1, network.fanOut(layer)};
    case MatrixRole::OptimizerState: // with the parameter's shape (set by the caller)
    case MatrixRole::OptimizerUpdate:
        return {network.fanIn(layer), network.fanOut(layer)};
    default:
        return {batchRows, network.fanOut(layer)};
    }
}

} // namespace

SheetLayout layoutSheet(const NetworkSpec& network, int batchRows, const TrainingConfig& training) {
    SheetLayout layout;
    const int layerCount = network.layerCount();
    int row = layout.noteRow + 2; // a blank row after the parameter block
    layout.columnCount = layout.legendColumn + 2;
    for (const auto& [title, entries] : bandsOf(network, training)) {
        layout.bands.push_back({title, row});
        int column = 0;
        int tallest = 0;
        for (const Entry& e : entries) {
            MatrixPlacement m;
            const bool optimizer =
                e.role == MatrixRole::OptimizerState || e.role == MatrixRole::OptimizerUpdate;
            m.name = optimizer ? optimizerMatrixName(
                                     e.term,
                                     traceName(e.ofBias ? MatrixRole::Bias : MatrixRole::Weights,
                                               e.layer, layerCount),
                                     e.role == MatrixRole::OptimizerUpdate)
                               : traceName(e.role, e.layer, layerCount);
            m.role = e.role;
            m.layer = e.layer;
            m.term = e.term;
            m.ofBias = e.ofBias;
            std::tie(m.rows, m.columns) = shapeOf(network, e.role, e.layer, batchRows);
            if (optimizer && e.ofBias) m.rows = 1;
            m.titleRow = row + 1;
            m.labelColumn = column;
            m.firstRow = row + 3; // title, column labels, values
            m.firstColumn = column + 1;
            column += m.columns + 2; // row labels, values, a blank column
            tallest = std::max(tallest, m.rows);
            layout.matrices.push_back(std::move(m));
        }
        layout.columnCount = std::max(layout.columnCount, column - 1);
        row += 3 + tallest + 1; // heading, title, labels, values, a blank row
    }
    layout.rowCount = row - 1;
    return layout;
}

std::int64_t numberCellCount(const NetworkSpec& network, int batchRows,
                             const TrainingConfig& training) {
    const std::int64_t rows = batchRows;
    std::int64_t cells =
        3 + rows * (network.inputs + network.outputs); // lr, batch_rows, loss; X, y
    // per parameter: before and after, and the optimiser's matrices
    const auto perParameter = static_cast<std::int64_t>(2 + rememberedTerms(training).size() +
                                                        computedTerms(training).size());
    for (int l = 0; l < network.layerCount(); ++l) {
        const std::int64_t units = network.fanOut(l);
        const std::int64_t weights = static_cast<std::int64_t>(network.fanIn(l)) * units + units;
        cells += 5 * rows * units; // z, a, error, slope, delta
        if (training.dropout > 0 && l + 1 < network.layerCount())
            cells += 2 * rows * units; // the mask and the kept activations
        cells += perParameter * weights;
    }
    return cells;
}

} // namespace backstep
