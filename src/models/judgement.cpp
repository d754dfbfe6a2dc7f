// SPDX-License-Identifier: MIT
#include "judgement.h"

#include "core/evaluation.h"
#include "core/iteration.h"

#include <algorithm>
#include <utility>

namespace backstep {

Judgement judge(const NetworkSpec& network, const Parameters& params, const Dataset& train,
                const Dataset& test, bool classification) {
    Judgement j;
    j.classification = classification;
    j.haveTest = test.samples() > 0;
    j.targetNames = train.targetNames;
    const auto outputs = [&](const Dataset& d) {
        IterationWork work;
        forwardPass(network, params, d.X, work);
        return work.layers.back().activation;
    };
    if (classification) {
        j.trainCounts = confusionMatrix(train.y, outputs(train));
        if (j.haveTest) j.testCounts = confusionMatrix(test.y, outputs(test));
        return j;
    }
    for (auto [points, data] :
         {std::pair{&j.trainPoints, &train}, std::pair{&j.testPoints, &test}}) {
        if (data->samples() == 0) continue;
        const Matrix predicted = outputs(*data);
        for (Index r = 0; r < data->y.rows(); ++r) {
            const double actual = data->y(r, 0), guess = predicted(r, 0);
            if (!std::isfinite(actual) || !std::isfinite(guess)) continue; // a diverged model
            *points << QPointF(actual, guess);
            j.low = std::min({j.low, actual, guess});
            j.high = std::max({j.high, actual, guess});
        }
    }
    return j;
}

} // namespace backstep
