// SPDX-License-Identifier: MIT
#include "generators.h"

#include "random.h"

#include <cmath>

namespace backstep {

std::string generatorName(GeneratorSpec::Kind kind) {
    switch (kind) {
    case GeneratorSpec::Kind::Xor:
        return "xor";
    case GeneratorSpec::Kind::Blobs:
        return "blobs";
    case GeneratorSpec::Kind::Moons:
        return "moons";
    case GeneratorSpec::Kind::Circles:
        return "circles";
    case GeneratorSpec::Kind::Spiral:
        return "spiral";
    }
    return "?";
}

std::optional<GeneratorSpec::Kind> generatorFromName(const std::string& name) {
    using K = GeneratorSpec::Kind;
    for (K k : {K::Xor, K::Blobs, K::Moons, K::Circles, K::Spiral})
        if (generatorName(k) == name) return k;
    return std::nullopt;
}

double defaultNoise(GeneratorSpec::Kind kind) {
    switch (kind) {
    case GeneratorSpec::Kind::Xor:
        return 0.0;
    case GeneratorSpec::Kind::Blobs:
        return 0.5;
    case GeneratorSpec::Kind::Moons:
    case GeneratorSpec::Kind::Circles:
        return 0.1;
    case GeneratorSpec::Kind::Spiral:
        return 0.2;
    }
    return 0.0;
}

namespace {

// Evenly spaced values from `from` to `to` (both included unless `endpoint` is false).
double spaced(int i, int count, double from, double to, bool endpoint = true) {
    const int intervals = endpoint ? count - 1 : count;
    return intervals <= 0 ? from : from + (to - from) * i / intervals;
}

} // namespace

Dataset generate(const GeneratorSpec& spec) {
    using K = GeneratorSpec::Kind;
    const int N = spec.samples;
    const bool oneHot = spec.kind == K::Spiral && spec.classes > 2;
    Dataset data;
    data.X.resize(N, 2);
    data.y = Matrix::Zero(N, oneHot ? spec.classes : 1);
    data.featureNames = {"x1", "x2"};
    data.targetNames =
        oneHot ? defaultNames("class", spec.classes, true) : std::vector<std::string>{"class"};
    Random random(spec.seed);
    const auto setSample = [&](int i, double x1, double x2, int label) {
        data.X(i, 0) = x1 + spec.noise * random.normal();
        data.X(i, 1) = x2 + spec.noise * random.normal();
        if (oneHot)
            data.y(i, label) = 1.0;
        else
            data.y(i, 0) = label;
    };

    switch (spec.kind) {
    case K::Xor:
        for (int i = 0; i < N; ++i) {
            const int a = (i / 2) % 2, b = i % 2; // (0,0) (0,1) (1,0) (1,1) …
            setSample(i, a, b, a ^ b);
        }
        break;
    case K::Blobs: {
        // Half the samples in the middle cluster (class 1), the rest alternating between
        // the outer clusters (class 0): a band that no single line separates.
        const int middle = N / 2;
        for (int i = 0; i < N; ++i) {
            if (i < middle)
                setSample(i, 0.0, 0.0, 1);
            else if ((i - middle) % 2 == 0)
                setSample(i, -1.0, -1.0, 0);
            else
                setSample(i, 1.0, 1.0, 0);
        }
        break;
    }
    case K::Moons: {
        const int outer = N / 2, inner = N - outer;
        for (int i = 0; i < outer; ++i) {
            const double t = spaced(i, outer, 0.0, M_PI);
            setSample(i, std::cos(t), std::sin(t), 0);
        }
        for (int i = 0; i < inner; ++i) {
            const double t = spaced(i, inner, 0.0, M_PI);
            setSample(outer + i, 1.0 - std::cos(t), 0.5 - std::sin(t), 1);
        }
        break;
    }
    case K::Circles: {
        const int outer = N / 2, inner = N - outer;
        for (int i = 0; i < outer; ++i) {
            const double t = spaced(i, outer, 0.0, 2 * M_PI, false);
            setSample(i, std::cos(t), std::sin(t), 0);
        }
        for (int i = 0; i < inner; ++i) {
            const double t = spaced(i, inner, 0.0, 2 * M_PI, false);
            setSample(outer + i, 0.5 * std::cos(t), 0.5 * std::sin(t), 1);
        }
        break;
    }
    case K::Spiral: {
        // Arm j: radius from 0 to 1 while the angle turns from 4j to 4j + 4 radians,
        // the angle jittered by `noise` (the inputs themselves get no extra noise).
        int i = 0;
        for (int c = 0; c < spec.classes; ++c) {
            const int count = N / spec.classes + (c < N % spec.classes ? 1 : 0);
            for (int s = 0; s < count; ++s, ++i) {
                const double radius = spaced(s, count, 0.0, 1.0);
                const double angle = 4.0 * c + 4.0 * radius + spec.noise * random.normal();
                data.X(i, 0) = radius * std::sin(angle);
                data.X(i, 1) = radius * std::cos(angle);
                if (oneHot)
                    data.y(i, c) = 1.0;
                else
                    data.y(i, 0) = c;
            }
        }
        break;
    }
    }
    return data;
}

} // namespace backstep
