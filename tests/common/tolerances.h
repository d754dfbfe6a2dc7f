// SPDX-License-Identifier: MIT
// How closely the tests expect Backstep's numbers to match numpy's (tests/data): the same
// operations, summed in another order, differ in the last bits only.
#pragma once

#include <algorithm>
#include <cmath>

namespace backstep::test {

constexpr double numpyRelativeTolerance = 1e-12;
constexpr double numpyAbsoluteFloor = 1e-15; // for values that cancel to about 0

// |a − b| ≤ 1e-12·max(|a|, |b|), or at most 1e-15 apart.
inline bool agreesWithNumpy(double actual, double expected) {
    return std::abs(actual - expected) <=
           std::max(numpyRelativeTolerance * std::max(std::abs(actual), std::abs(expected)),
                    numpyAbsoluteFloor);
}

} // namespace backstep::test
