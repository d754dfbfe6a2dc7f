// SPDX-License-Identifier: MIT
// tanh and the logistic sigmoid over arrays of doubles, on the CPU's vector registers.
// This file includes no Eigen, so it may be compiled for wider vectors (AVX-512) than
// the rest of the core.
#pragma once

#include <cstddef>

namespace backstep {

// a[i] = tanh(z[i]) for i < n, within a few units in the last place of std::tanh.
// NaN stays NaN; ±inf gives ±1. `a` may equal `z`.
void tanhElements(const double* z, double* a, std::ptrdiff_t n);

// a[i] = 1/(1 + e^−z[i]) for i < n: the tutorial's formula, to a few units in the last
// place. NaN stays NaN; −inf gives 0, +inf gives 1. `a` may equal `z`.
void sigmoidElements(const double* z, double* a, std::ptrdiff_t n);

// Whether z[0], …, z[n − 1] are all finite (no NaN, no infinity).
bool allFiniteElements(const double* z, std::ptrdiff_t n);

// Doubles per vector register these functions use (2, 4 or 8): for reports.
int vectorMathWidth();

} // namespace backstep
