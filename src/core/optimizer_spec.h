// SPDX-License-Identifier: MIT
// How steps 11–12 turn the summed products into new weights: plain gradient steps, momentum or
// Adam, with optional L2 weight decay and a learning rate that shrinks every few epochs.
#pragma once

#include <optional>
#include <string>

namespace backstep {

struct OptimizerSpec {
    enum class Kind { Sgd, Momentum, Adam };
    Kind kind = Kind::Sgd;
    double beta = 0.9;     // momentum: how much of the last velocity stays
    double beta1 = 0.9;    // Adam: decay of the mean of G (m)
    double beta2 = 0.999;  // Adam: decay of the mean of G⊙G (v)
    double epsilon = 1e-8; // Adam: keeps the division finite
    bool operator==(const OptimizerSpec& o) const {
        return kind == o.kind && beta == o.beta && beta1 == o.beta1 && beta2 == o.beta2 &&
               epsilon == o.epsilon;
    }
    bool operator!=(const OptimizerSpec& o) const { return !(*this == o); }
};

// "sgd", "momentum", "adam"
std::string optimizerName(OptimizerSpec::Kind kind);
std::optional<OptimizerSpec::Kind> optimizerKindFromName(const std::string& name);

// The learning rate is multiplied by `factor` every `every` epochs (every = 0: never).
struct LearningRateDecay {
    int every = 0;
    double factor = 1.0;
    bool active() const { return every > 0 && factor != 1.0; }
    bool operator==(const LearningRateDecay& o) const {
        return every == o.every && factor == o.factor;
    }
};

} // namespace backstep
