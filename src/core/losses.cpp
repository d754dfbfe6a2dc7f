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

double lossValue(Loss loss, const Matrix& y, const Matrix& output, const Matrix& z) {
    switch (loss) {
    case Loss::Mse:
        return 0.5 * (y - output).squaredNorm(); // ½·Σ (y − output)²
    case Loss::Bce: {
        // −[y·ln σ(z) + (1−y)·ln(1−σ(z))] = max(z,0) − y·z + ln(1 + e^−|z|)
        const auto za = z.array();
        return (za.max(0.0) - y.array() * za + (-za.abs()).exp().log1p()).sum();
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

} // namespace backstep
