// SPDX-License-Identifier: MIT
#include "dropped_cells.h"

namespace backstep {

namespace {

// Index of hidden layer `layer`'s mask in the trace, or −1.
int maskIndex(const Trace& trace, int layer) {
    return trace.indexOf(traceName(MatrixRole::DropoutMask, layer, trace.network.layerCount()));
}

} // namespace

std::optional<DroppedUnit> DroppedCells::UnitAxis::at(int unit) const {
    if (layer < 0 || unit < 0 || unit >= static_cast<int>(wholeBatch.size()) ||
        !wholeBatch[static_cast<size_t>(unit)])
        return std::nullopt;
    return DroppedUnit{layer, unit, true};
}

DroppedCells::DroppedCells(const Trace& trace, const std::string& matrix) {
    const TraceMatrix* m = trace.find(matrix);
    const int hiddenLayers = trace.network.layerCount() - 1;
    if (!m || trace.config.dropout <= 0 || hiddenLayers <= 0) return;
    if (m->role == MatrixRole::DropoutMask || m->role == MatrixRole::Dropped ||
        (m->role == MatrixRole::Delta && m->layer < hiddenLayers)) { // d_hiddenlayer, not d_output
        perSample_ = true;
        perSampleLayer_ = m->layer;
        mask_ = maskIndex(trace, m->layer);
        perSample_ = mask_ >= 0;
        return;
    }
    const bool gradient =
        m->role == MatrixRole::OptimizerUpdate && m->term == OptimizerTerm::Gradient;
    const bool weights = m->role == MatrixRole::WeightsUpdated || (gradient && !m->ofBias);
    const bool bias = m->role == MatrixRole::BiasUpdated || (gradient && m->ofBias);
    const auto axis = [&](int layer) {
        UnitAxis a;
        const int index = maskIndex(trace, layer);
        if (index < 0) return a;
        const Matrix& mask = trace.matrices[static_cast<size_t>(index)].values;
        a.layer = layer;
        a.wholeBatch.resize(static_cast<size_t>(mask.cols()));
        for (Index j = 0; j < mask.cols(); ++j)
            a.wholeBatch[static_cast<size_t>(j)] = (mask.col(j).array() == 0.0).all() ? 1 : 0;
        return a;
    };
    if (weights && m->layer > 0) rows_ = axis(m->layer - 1); // from the hidden layer below
    if ((weights || bias) && m->layer < hiddenLayers) columns_ = axis(m->layer); // its own units
}

std::optional<DroppedUnit> DroppedCells::at(const Trace& trace, int row, int column) const {
    if (perSample_) {
        // A trace replaced before this was rebuilt may hold anything at mask_: check.
        if (mask_ >= static_cast<int>(trace.matrices.size()) ||
            trace.matrices[static_cast<size_t>(mask_)].role != MatrixRole::DropoutMask)
            return std::nullopt;
        const Matrix& mask = trace.matrices[static_cast<size_t>(mask_)].values;
        if (row < 0 || column < 0 || row >= mask.rows() || column >= mask.cols() ||
            mask(row, column) != 0.0)
            return std::nullopt;
        return DroppedUnit{perSampleLayer_, column, false};
    }
    if (auto unit = columns_.at(column)) return unit;
    return rows_.at(row);
}

} // namespace backstep
