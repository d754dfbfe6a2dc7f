// SPDX-License-Identifier: MIT
#include "activations.h"

#include "elementwise.h"
#include "vector_math.h"

#include <cmath>

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

// Runs `kernel(z, a, n)` over every column of the block (columns are contiguous in memory).
template <typename Kernel> void byColumn(ConstMatrixRef z, MatrixRef a, Kernel kernel) {
    if (z.outerStride() == z.rows() && a.outerStride() == a.rows()) { // one contiguous run
        kernel(z.data(), a.data(), z.size());
        return;
    }
    for (Index c = 0; c < z.cols(); ++c)
        kernel(z.col(c).data(), a.col(c).data(), z.rows());
}

} // namespace

void applyActivation(const ActivationSpec& f, const Matrix& z, Matrix& a) {
    a.resize(z.rows(), z.cols());
    applyActivationTo(f, z, a);
}

void applyActivationTo(const ActivationSpec& f, ConstMatrixRef z, MatrixRef a) {
    switch (f.kind) {
    case Activation::Sigmoid: // 1/(1 + e^−z)
        byColumn(z, a, sigmoidElements);
        return;
    case Activation::Tanh:
        byColumn(z, a, tanhElements);
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
    slope.resize(z.rows(), z.cols());
    activationSlopeTo(f, z, a, slope);
}

void activationSlopeTo(const ActivationSpec& f, ConstMatrixRef z, ConstMatrixRef a,
                       MatrixRef slope) {
    switch (f.kind) {
    case Activation::Sigmoid:
    case Activation::Softmax:
        elementwise([](auto s, auto y) { s = y * (1.0 - y); }, slope, a); // σ′ = a·(1 − a)
        return;
    case Activation::Tanh:
        elementwise([](auto s, auto y) { s = 1.0 - y.square(); }, slope, a); // tanh′ = 1 − a²
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
        slope.setOnes();
        return;
    case Activation::Step:
        slope.setZero();
        return;
    }
}

} // namespace backstep
