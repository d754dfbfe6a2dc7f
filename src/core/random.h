// SPDX-License-Identifier: MIT
// A small, fully specified random generator (xoshiro256** seeded by SplitMix64).
// Its output is identical on every compiler and standard library, unlike
// std::uniform_real_distribution, so lessons reproduce everywhere.
#pragma once

#include <cstdint>
#include <vector>

namespace backstep {

class Random {
public:
    explicit Random(std::uint64_t seed);

    std::uint64_t nextU64();
    // Uniform double in [0, 1): the top 53 bits of nextU64() times 2^-53.
    double uniform();
    // Uniform double in [low, high).
    double uniform(double low, double high);
    // Standard normal by the Box–Muller transform (uses two uniforms per pair, caches the second).
    double normal();
    // Uniform integer in [0, bound) without modulo bias (rejection sampling); bound > 0.
    std::uint64_t below(std::uint64_t bound);

    // Fisher–Yates: from the last position down, swap with a position below(i + 1).
    void shuffle(std::vector<int>& values);

private:
    std::uint64_t state_[4];
    bool hasSpareNormal_ = false;
    double spareNormal_ = 0.0;
};

} // namespace backstep
