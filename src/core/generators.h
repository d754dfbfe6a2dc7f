// SPDX-License-Identifier: MIT
// Seeded toy data sets for two-input lessons. The same spec gives the same numbers on
// every machine (see random.h).
#pragma once

#include "dataset.h"

#include <cstdint>
#include <optional>
#include <string>

namespace backstep {

struct GeneratorSpec {
    enum class Kind {
        Xor,     // the four corners of the unit square, labelled x1 XOR x2, cycled
        Blobs,   // Gaussian clusters at (−1,−1), (0,0), (1,1), σ = noise; middle = class 1
        Moons,   // two interleaving half circles
        Circles, // a circle of radius 1 (class 0) around one of radius 0.5 (class 1)
        Spiral,  // `classes` interleaved spiral arms
    };
    Kind kind = Kind::Xor;
    int samples = 4;
    double noise = 0.0; // σ of the Gaussian noise added to each coordinate
    std::uint64_t seed = 1;
    int classes = 2; // spiral only; more than 2 gives one-hot targets
};

std::string generatorName(GeneratorSpec::Kind kind);
std::optional<GeneratorSpec::Kind> generatorFromName(const std::string& name);
// Noise used when a lesson gives none: 0 for xor, 0.5 for blobs, 0.1 for moons/circles,
// 0.2 for spiral.
double defaultNoise(GeneratorSpec::Kind kind);

// samples ≥ 1. Inputs are named x1, x2; targets "class" (or class1…classK when one-hot).
Dataset generate(const GeneratorSpec& spec);

} // namespace backstep
