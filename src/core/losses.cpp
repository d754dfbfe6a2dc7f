// SPDX-License-Identifier: MIT
#include "losses.h"

#include <cmath>

namespace backstep {

std::string lossName(Loss loss) {
    switch (loss) {
    case Loss::Mse:
        return "mse";
    case Loss::Bce:
        return "bce";
    case Loss::CrossEntropy:
        return "cross_entropy";
    }
    return "?";
}

std::optional<Loss> lossFromName(const std::string& name) {
    for (Loss l : {Loss::Mse, Loss::Bce, Loss::CrossEntropy})
        if (lossName(l) == name) return l;
    return std::nullopt;
}

std::string lossFormula(Loss loss) {
    switch (loss) {
    case Loss::Mse:
        return "L = ½·Σ E²";
    case Loss::Bce:
        return "L = −Σ [y·ln(output) + (1−y)·ln(1−output)]";
    case Loss::CrossEntropy:
        return "L = −Σ y·ln(output)";
    }
    return "?";
}

bool slopeCancels(Loss loss) {
    return loss != Loss::Mse;
}

double lossValue(Loss loss, ConstMatrixRef y, ConstMatrixRef output, ConstMatrixRef z) {
    switch (loss) {
    case Loss::Mse:
        return 0.5 * (y - output).squaredNorm(); // ½·Σ (y − output)²
    case Loss::Bce: {
        // −[y·ln σ(z) + (1−y)·ln(1−σ(z))] = max(z,0) − y·z + ln(1 + e^−|z|)
        const auto za = z.array();
        // ln(1 + u) for u = e^−|z| in (0, 1], on whole packets: with w = 1 + u rounded,
        // ln(w)·u/(w − 1) is ln(1 + u) to a few units in the last place (w = 1: u itself).
        const Eigen::ArrayXXd u = (-za.abs()).exp();
        const Eigen::ArrayXXd w = 1.0 + u;
        const Eigen::ArrayXXd log1pU = (w == 1.0).select(u, w.log() * u / (w - 1.0));
        return (za.max(0.0) - y.array() * za + log1pU).sum();
    }
    case Loss::CrossEntropy: {
        // −Σⱼ yⱼ·ln softmax(z)ⱼ = Σⱼ yⱼ·(logsumexp(z) − zⱼ), per row
        const Eigen::VectorXd rowMax = z.rowwise().maxCoeff();
        const Eigen::VectorXd logSumExp =
            rowMax.array() + (z.colwise() - rowMax).array().exp().rowwise().sum().log();
        const Matrix shifted = (-z).colwise() + logSumExp; // logsumexp − z, N×k
        return (y.array() * shifted.array()).sum();
    }
    }
    return std::nan("");
}

std::optional<TargetProblem> targetProblem(Loss loss, const Matrix& y) {
    for (Index r = 0; r < y.rows(); ++r) {
        if (loss == Loss::Bce && ((y.row(r).array() < 0.0).any() || (y.row(r).array() > 1.0).any()))
            return TargetProblem{r, TargetProblem::Why::BceOutsideZeroToOne};
        if (loss == Loss::CrossEntropy &&
            ((y.row(r).array() < 0.0).any() || std::abs(y.row(r).sum() - 1.0) > 1e-9))
            return TargetProblem{r, TargetProblem::Why::CrossEntropyRowNotOne};
    }
    return std::nullopt;
}

} // namespace backstep
