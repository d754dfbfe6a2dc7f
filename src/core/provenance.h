// SPDX-License-Identifier: MIT
// Where every number of a trace comes from: the cells it was computed from and its
// formula, in symbols and with the actual numbers. Pure functions of the trace.
#pragma once

#include "trace.h"

#include <string>
#include <vector>

namespace backstep {

struct CellRef {
    std::string matrix; // trace name, e.g. "wh"
    int row = 0;        // 0-based
    int column = 0;     // 0-based

    bool operator==(const CellRef& other) const {
        return matrix == other.matrix && row == other.row && column == other.column;
    }
    bool operator<(const CellRef& other) const;
};

struct Provenance {
    CellRef cell;
    std::string cellName; // "hidden_layer_input[1,2]" (1-based, like the labels)
    double value = 0.0;
    std::vector<CellRef> inputs; // the cells this one was computed from (the orange cells)
    std::string symbolic;        // "Σⱼ X[1,j]·wh[j,2] + bh[1,2]"
    std::string numeric;         // "1·0.42 + 0·0.72 + 1·0.3 + 0·0.15 + 0.19"
    std::string note;            // a convention worth stating here, or empty

    // "hidden_layer_input[1,2] = Σⱼ … = 1·0.42 + … = 1.234"
    std::string text() const;
};

// Provenance of one cell. Throws std::out_of_range for an unknown matrix or cell.
// Numbers in `numeric` are written with `significantDigits` digits.
Provenance provenanceOf(const Trace& trace, const CellRef& cell, int significantDigits = 4);

// The same with every number of `numeric` written with `decimals` digits after the point, as
// a printed worksheet shows its cells ("1.0000·0.7036 + …").
Provenance provenanceWithDecimals(const Trace& trace, const CellRef& cell, int decimals);

// A number with `decimals` digits after the point ("0.4170", "-3.0000"; never "-0.0000").
std::string formatDecimals(double value, int decimals);

// A number in at most `significantDigits` significant digits ("0.4172", "-3", "1.2e-05").
std::string formatNumber(double value, int significantDigits);

} // namespace backstep
