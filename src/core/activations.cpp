// SPDX-License-Identifier: MIT
#include "activations.h"

#include <cmath>

#ifdef _OPENMP
#include <omp.h>
#endif

namespace backstep {

std::string activationName(Activation kind) {
    switch (kind) {
    case Activation::Sigmoid:
        return "sigmoid";
    case Activation::Tanh:
        return "tanh";
    case Activation::Relu:
        return "relu";
    case Activation::LeakyRelu:
        return "leaky_relu";
    case Activation::Linear:
        return "linear";
    case Activation::Step:
        return "step";
    case Activation::Softmax:
        return "softmax";
    }
    return "?";
}

std::optional<Activation> activationFromName(const std::string& name) {
    for (Activation a :
         {Activation::Sigmoid, Activation::Tanh, Activation::Relu, Activation::LeakyRelu,
          Activation::Linear, Activation::Step, Activation::Softmax})
        if (activationName(a) == name) return a;
    return std::nullopt;
}

bool isHiddenActivation(Activation kind) {
    return kind != Activation::Softmax;
}

bool isOutputActivation(Activation kind) {
    return kind == Activation::Sigmoid || kind == Activation::Linear || kind == Activation::Softmax;
}

namespace {

using ArrayMap = Eigen::Map<Eigen::ArrayXd>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXd>;

// Runs `kernel(zPart, aPart)` over the elements of z (into a, resized to z's shape), split
// across two threads when the matrix is large enough to repay starting them: exp dominates
// an epoch of the larger lessons, and it is the same arithmetic in either thread, so the
// result does not depend on the split.
template <typename Kernel> void elementwise(const Matrix& z, Matrix& a, Kernel kernel) {
    a.resize(z.rows(), z.cols());
    const Index n = z.size();
    constexpr Index parallelFrom = 16384;
    if (n < parallelFrom) {
        ArrayMap out(a.data(), n);
        kernel(ConstArrayMap(z.data(), n), out);
        return;
    }
    const Index half = (n / 2) & ~Index(7); // keep both parts aligned for packets
#pragma omp parallel for schedule(static)   // OMP_NUM_THREADS=1 keeps it on one thread
    for (int part = 0; part < 2; ++part) {
        const Index begin = part == 0 ? 0 : half, count = part == 0 ? half : n - half;
        ArrayMap out(a.data() + begin, count);
        kernel(ConstArrayMap(z.data() + begin, count), out);
    }
}

// sigmoid(z) = 1/(1 + e^−z)
void sigmoidKernel(const ConstArrayMap& z, ArrayMap& a) {
    a = (1.0 + (-z).exp()).inverse();
}

// tanh on packets of doubles, with one division. With u = e^−2|z| = 2ⁿ·(q + p)/(q − p)
// (the rational approximation Eigen's own exp uses for the remainder g = −2|z| − n·ln 2),
// tanh|z| = (1 − u)/(1 + u) = ((q − p) − 2ⁿ(q + p)) / ((q − p) + 2ⁿ(q + p)), where Eigen's exp
// followed by that quotient would divide twice. |z| is clamped to 20, where tanh is 1 to
// double precision. Near 0 the subtraction would lose digits, so |z| < 0.01 takes a Taylor
// series (first omitted term below 1e-18 relative). NaN passes through. Agrees with std::tanh
// to ~5e-15 relative at about a fifth of its cost.
using Packet = Eigen::internal::packet_traits<double>::type;

Packet tanhPacket(const Packet& z) {
    using namespace Eigen::internal;
    const Packet absZ = pabs(z);
    const Packet x =
        pmul(pset1<Packet>(-2.0), pmin(absZ, pset1<Packet>(20.0))); // −2|z| in [−40, 0]
    const Packet n = pfloor(pmadd(pset1<Packet>(1.4426950408889634073599), x, pset1<Packet>(0.5)));
    Packet g = psub(x, pmul(n, pset1<Packet>(0.693145751953125))); // g = x − n·ln 2, in two parts
    g = psub(g, pmul(n, pset1<Packet>(1.42860682030941723212e-6)));
    const Packet g2 = pmul(g, g);
    Packet p = pmadd(pset1<Packet>(1.26177193074810590878e-4), g2,
                     pset1<Packet>(3.02994407707441961300e-2));
    p = pmul(pmadd(p, g2, pset1<Packet>(9.99999999999999999910e-1)), g);
    Packet q = pmadd(pset1<Packet>(3.00198505138664455042e-6), g2,
                     pset1<Packet>(2.52448340349684104192e-3));
    q = pmadd(q, g2, pset1<Packet>(2.27265548208155028766e-1));
    q = pmadd(q, g2, pset1<Packet>(2.00000000000000000009e0));
    const Packet below = psub(q, p), above = pldexp(padd(q, p), n); // u = above/below
    Packet t = pdiv(psub(below, above), padd(below, above));
    const Packet z2 = pmul(z, z);
    Packet series = pmadd(z2, pset1<Packet>(-17.0 / 315), pset1<Packet>(2.0 / 15));
    series = pmadd(z2, series, pset1<Packet>(-1.0 / 3));
    series = pmul(absZ, pmadd(z2, series, pset1<Packet>(1.0)));
    t = pselect(pcmp_lt(absZ, pset1<Packet>(0.01)), series, t);
    t = pselect(pcmp_lt(z, pzero(z)), pnegate(t), t);
    return pselect(pcmp_eq(z, z), t, z); // NaN stays NaN
}

void tanhKernel(const ConstArrayMap& z, ArrayMap& a) {
    constexpr Index size = Eigen::internal::packet_traits<double>::size;
    const Index n = z.size();
    Index i = 0;
    for (; i + size <= n; i += size)
        Eigen::internal::pstoreu(a.data() + i,
                                 tanhPacket(Eigen::internal::ploadu<Packet>(z.data() + i)));
    for (; i < n; ++i) // the last few: the library's scalar tanh
        a[i] = std::tanh(z[i]);
}

} // namespace

void setComputeThreads(int threads) {
#ifdef _OPENMP
    omp_set_num_threads(threads < 1 ? 1 : threads);
#else
    (void)threads;
#endif
}

void applyActivation(const ActivationSpec& f, const Matrix& z, Matrix& a) {
    switch (f.kind) {
    case Activation::Sigmoid:
        elementwise(z, a, sigmoidKernel);
        return;
    case Activation::Tanh:
        elementwise(z, a, tanhKernel);
        return;
    case Activation::Relu:
        a = z.cwiseMax(0.0);
        return;
    case Activation::LeakyRelu:
        a = (z.array() > 0.0).select(z.array(), f.leakyAlpha * z.array()).matrix();
        return;
    case Activation::Linear:
        a = z;
        return;
    case Activation::Step:
        a = (z.array() > 0.0).cast<double>().matrix();
        return;
    case Activation::Softmax: {
        // Row-wise e^(z − max z) / Σ e^(z − max z): shifting by the row maximum avoids overflow.
        const Eigen::VectorXd rowMax = z.rowwise().maxCoeff();
        a = (z.colwise() - rowMax).array().exp().matrix();
        const Eigen::VectorXd rowSum = a.rowwise().sum();
        a = a.array().colwise() / rowSum.array();
        return;
    }
    }
}

void activationSlope(const ActivationSpec& f, const Matrix& z, const Matrix& a, Matrix& slope) {
    switch (f.kind) {
    case Activation::Sigmoid:
    case Activation::Softmax:
        slope = (a.array() * (1.0 - a.array())).matrix();
        return;
    case Activation::Tanh:
        slope = (1.0 - a.array().square()).matrix();
        return;
    case Activation::Relu:
        slope = (z.array() > 0.0).cast<double>().matrix();
        return;
    case Activation::LeakyRelu:
        slope = (z.array() > 0.0)
                    .select(Matrix::Ones(z.rows(), z.cols()).array(), f.leakyAlpha)
                    .matrix();
        return;
    case Activation::Linear:
        slope = Matrix::Ones(z.rows(), z.cols());
        return;
    case Activation::Step:
        slope = Matrix::Zero(z.rows(), z.cols());
        return;
    }
}

} // namespace backstep
