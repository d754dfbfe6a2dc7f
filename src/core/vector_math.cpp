// SPDX-License-Identifier: MIT
#include "vector_math.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace backstep {

namespace {

// A vector register of doubles in GCC's vector extension: the compiler emits the
// instructions of whatever the file is compiled for (SSE2, AVX2, AVX-512).
#if defined(__AVX512F__)
constexpr int kWidth = 8;
#elif defined(__AVX__)
constexpr int kWidth = 4;
#else
constexpr int kWidth = 2;
#endif
using Doubles = double __attribute__((vector_size(kWidth * sizeof(double))));
using Bits = std::int64_t __attribute__((vector_size(kWidth * sizeof(double))));

Doubles load(const double* from) {
    Doubles v;
    std::memcpy(&v, from, sizeof v);
    return v;
}

void store(double* to, Doubles v) {
    std::memcpy(to, &v, sizeof v);
}

Bits bitsOf(Doubles v) {
    Bits b;
    std::memcpy(&b, &v, sizeof b);
    return b;
}

Doubles doublesOf(Bits b) {
    Doubles v;
    std::memcpy(&v, &b, sizeof v);
    return v;
}

bool anyLane(Bits mask) {
    std::int64_t any = 0;
    for (int i = 0; i < kWidth; ++i)
        any |= mask[i];
    return any != 0;
}

constexpr std::int64_t kSignBit = INT64_MIN;

// e^x = s·(q + p)/(q − p) for x in [−708, 708], in the parts the callers combine with a
// single division. n = round(x·log₂e) and s = 2ⁿ; g = x − n·ln 2 (ln 2 in two pieces, so
// n·ln 2 is exact to well below an ulp), |g| ≤ ½·ln 2; then e^g = (q + p)/(q − p) with the
// rational approximation of Cephes (p odd, q even in g), accurate to about 1e-16, as in
// Eigen's own exp.
struct ExpParts {
    Doubles s, p, q;
};

ExpParts expParts(Doubles x) {
    constexpr double roundingShift = 0x1.8p52; // adding it rounds to an integer in the low bits
    const Doubles shifted = x * 1.4426950408889634073599 + roundingShift;
    const Doubles n = shifted - roundingShift;
    Doubles g = x - n * 0.693145751953125;
    g = g - n * 1.42860682030941723212e-6;
    const Doubles g2 = g * g;
    const Doubles p = ((1.26177193074810590878e-4 * g2 + 3.02994407707441961300e-2) * g2 +
                       9.99999999999999999910e-1) *
                      g;
    const Doubles q = ((3.00198505138664455042e-6 * g2 + 2.52448340349684104192e-3) * g2 +
                       2.27265548208155028766e-1) *
                          g2 +
                      2.00000000000000000009e0;
    // The low 12 bits of `shifted` hold n (two's complement); n + 1023 in the exponent
    // field is 2ⁿ.
    const Doubles s = doublesOf((bitsOf(shifted) + 1023) << 52);
    return {s, p, q};
}

// tanh|z| = (1 − u)/(1 + u) with u = e^−2|z| = s·(q + p)/(q − p):
//   = (q·(1 − s) − p·(1 + s)) / (q·(1 + s) − p·(1 − s)).
// For |z| < 0.35, n = 0 and s = 1, so it is −p/q: no cancellation near 0. |z| is clamped
// to 20, where tanh is 1 to double precision; NaN passes the clamp and stays NaN.
Doubles tanhOf(Doubles z) {
    const Bits sign = bitsOf(z) & kSignBit;
    Doubles absZ = doublesOf(bitsOf(z) & ~kSignBit);
    absZ = absZ > 20.0 ? Doubles{} + 20.0 : absZ;
    const ExpParts e = expParts(-2.0 * absZ);
    const Doubles below = 1.0 - e.s, above = 1.0 + e.s;
    const Doubles t = (e.q * below - e.p * above) / (e.q * above - e.p * below);
    return doublesOf(bitsOf(t) | sign);
}

// 1/(1 + e^x) with x = −z clamped below at −40 (1 + e^−40 is 1 in double precision):
// = (q − p)/((q − p) + s·(q + p)). The caller handles x > 708.
Doubles sigmoidOf(Doubles z) {
    Doubles x = -z;
    x = x < -40.0 ? Doubles{} - 40.0 : x;
    const ExpParts e = expParts(x);
    const Doubles below = e.q - e.p;
    return below / (below + e.s * (e.q + e.p));
}

double sigmoidScalar(double z) {
    return 1.0 / (1.0 + std::exp(-z));
}

// The last `count` (< kWidth) values through the same vector formula, padded with zeros, so
// every element of a matrix is computed the same way however its rows are cut.
template <typename Formula>
void throughPaddedVector(const double* z, double* a, std::ptrdiff_t count, Formula formula) {
    double in[kWidth] = {};
    double out[kWidth];
    std::memcpy(in, z, static_cast<size_t>(count) * sizeof(double));
    store(out, formula(load(in)));
    std::memcpy(a, out, static_cast<size_t>(count) * sizeof(double));
}

// sigmoid of one vector: the formula as written where e^−z is near overflow, else sigmoidOf.
Doubles sigmoidOfAnything(Doubles v) {
    if (!anyLane(v < -708.0)) return sigmoidOf(v);
    Doubles a;
    for (int k = 0; k < kWidth; ++k)
        a[k] = sigmoidScalar(v[k]);
    return a;
}

} // namespace

void tanhElements(const double* z, double* a, std::ptrdiff_t n) {
    std::ptrdiff_t i = 0;
    for (; i + kWidth <= n; i += kWidth)
        store(a + i, tanhOf(load(z + i)));
    if (i < n) throughPaddedVector(z + i, a + i, n - i, tanhOf);
}

void sigmoidElements(const double* z, double* a, std::ptrdiff_t n) {
    std::ptrdiff_t i = 0;
    for (; i + kWidth <= n; i += kWidth)
        store(a + i, sigmoidOfAnything(load(z + i)));
    if (i < n) throughPaddedVector(z + i, a + i, n - i, sigmoidOfAnything);
}

bool allFiniteElements(const double* z, std::ptrdiff_t n) {
    // 0·x is 0 for a finite x and NaN for NaN or ±inf; four independent sums keep the
    // additions from waiting on each other.
    Doubles sum[4] = {};
    std::ptrdiff_t i = 0;
    for (; i + 4 * kWidth <= n; i += 4 * kWidth)
        for (int k = 0; k < 4; ++k)
            sum[k] += load(z + i + k * kWidth) * 0.0;
    for (; i + kWidth <= n; i += kWidth)
        sum[0] += load(z + i) * 0.0;
    double total = 0.0;
    for (; i < n; ++i)
        total += z[i] * 0.0;
    const Doubles all = (sum[0] + sum[1]) + (sum[2] + sum[3]);
    for (int k = 0; k < kWidth; ++k)
        total += all[k];
    return total == 0.0;
}

int vectorMathWidth() {
    return kWidth;
}

} // namespace backstep
