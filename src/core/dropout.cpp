// SPDX-License-Identifier: MIT
#include "dropout.h"

#include "random.h"

namespace backstep {

std::vector<Matrix> drawDropoutMasks(const NetworkSpec& network, const TrainingConfig& config,
                                     Index rows, std::int64_t update) {
    Random random(config.seed ^ (static_cast<std::uint64_t>(update) * 0xD1B54A32D192ED03ULL));
    std::vector<Matrix> masks;
    for (int l = 0; l + 1 < network.layerCount(); ++l) {
        Matrix mask(rows, network.fanOut(l));
        for (Index r = 0; r < rows; ++r)
            for (Index c = 0; c < mask.cols(); ++c)
                mask(r, c) = random.uniform() >= config.dropout ? 1.0 : 0.0;
        masks.push_back(std::move(mask));
    }
    return masks;
}

} // namespace backstep
