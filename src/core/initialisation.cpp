// SPDX-License-Identifier: MIT
#include "initialisation.h"

#include "random.h"

#include <cmath>

namespace backstep {

std::string initMethodName(InitSpec::Method method) {
    switch (method) {
    case InitSpec::Method::Uniform:
        return "uniform";
    case InitSpec::Method::Normal:
        return "normal";
    case InitSpec::Method::Xavier:
        return "xavier";
    }
    return "?";
}

namespace {

template <typename Draw> void fillRowByRow(Matrix& m, Draw draw) {
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c)
            m(r, c) = draw();
}

} // namespace

Parameters initialise(const NetworkSpec& network, const InitSpec& spec) {
    Random random(spec.seed);
    Parameters params;
    for (int l = 0; l < network.layerCount(); ++l) {
        Layer layer;
        layer.weights.resize(network.fanIn(l), network.fanOut(l));
        layer.bias.resize(1, network.fanOut(l));
        switch (spec.method) {
        case InitSpec::Method::Uniform:
            fillRowByRow(layer.weights, [&] { return random.uniform(spec.low, spec.high); });
            if (spec.zeroBiases)
                layer.bias.setZero();
            else
                fillRowByRow(layer.bias, [&] { return random.uniform(spec.low, spec.high); });
            break;
        case InitSpec::Method::Normal:
            fillRowByRow(layer.weights, [&] { return spec.mean + spec.std * random.normal(); });
            if (spec.zeroBiases)
                layer.bias.setZero();
            else
                fillRowByRow(layer.bias, [&] { return spec.mean + spec.std * random.normal(); });
            break;
        case InitSpec::Method::Xavier: {
            const double limit = std::sqrt(6.0 / (network.fanIn(l) + network.fanOut(l)));
            fillRowByRow(layer.weights, [&] { return random.uniform(-limit, limit); });
            layer.bias.setZero();
            break;
        }
        }
        params.layers.push_back(std::move(layer));
    }
    return params;
}

} // namespace backstep
