// SPDX-License-Identifier: MIT
// Element-wise formulas over blocks of a batch's rows, run on flat arrays: once over the
// whole block when every block is one run in memory (a whole batch, or a single column),
// else column by column. A block of one row then costs one call instead of one per column.
#pragma once

#include "matrix.h"

namespace backstep {

using ArrayMap = Eigen::Map<Eigen::ArrayXd>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXd>;

// Whether the block's cells lie one after another in memory.
template <typename Block> bool isOneRun(const Block& block) {
    return block.cols() <= 1 || block.outerStride() == block.rows();
}

// Calls op(out, in…) with every block as a 1-D array (ArrayMap, ConstArrayMap), where `op`
// assigns to `out` cell by cell, e.g. [](auto d, auto e, auto s) { d = e * s; }. Every block
// has the shape of `out`.
template <typename Op, typename... Blocks>
void elementwise(Op op, MatrixRef out, const Blocks&... in) {
    if (isOneRun(out) && (isOneRun(in) && ...)) {
        op(ArrayMap(out.data(), out.size()), ConstArrayMap(in.data(), in.size())...);
        return;
    }
    for (Index c = 0; c < out.cols(); ++c)
        op(ArrayMap(out.col(c).data(), out.rows()), ConstArrayMap(in.col(c).data(), in.rows())...);
}

} // namespace backstep
