// SPDX-License-Identifier: MIT
// Seeded initial weights (step 2).
#pragma once

#include "network.h"

#include <cstdint>
#include <string>

namespace backstep {

struct InitSpec {
    enum class Method {
        Uniform, // weights and biases from U[low, high), the tutorial's np.random.uniform
        Normal,  // weights and biases from N(mean, std²)
        Xavier,  // weights from U[−√(6/(fanIn+fanOut)), +√(…)), biases 0
    };
    Method method = Method::Uniform;
    std::uint64_t seed = 1;
    double low = 0.0, high = 1.0; // uniform
    double mean = 0.0, std = 1.0; // normal
    // Biases start at 0 and draw nothing from the generator (xavier always does this).
    bool zeroBiases = false;
};

std::string initMethodName(InitSpec::Method method);

// Draws the parameters layer by layer, weights then bias, each matrix row by row
// (wh, bh, wout, bout for the canonical network), from one generator seeded with spec.seed.
Parameters initialise(const NetworkSpec& network, const InitSpec& spec);

} // namespace backstep
