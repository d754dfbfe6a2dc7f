// SPDX-License-Identifier: MIT
// One configuration of a sweep as a lesson of its own (the run's lesson with its epoch
// count), and how a trained configuration does on data it has never seen: the lesson's
// generator drawn again with another seed and sample count.
#pragma once

#include "io/sweep_grid.h"

#include <QMetaType>

#include <atomic>
#include <cstdint>
#include <optional>

namespace backstep {

// The lesson of the `checkpoint`-th epoch count of `run`, its title naming the swept values
// (`axes` in grid order). nullopt with `error` when it cannot be read.
std::optional<Lesson> configurationLesson(const SweepRun& run, size_t checkpoint,
                                          const std::vector<SweepAxis>& axes, QString& error);

struct FreshDataScore {
    int correct = 0;
    int samples = 0;
    int epochs = 0; // trained before scoring
    double accuracy() const { return samples > 0 ? double(correct) / samples : 0.0; }
};

// Trains `lesson` for its epochs (one core, as the sweep does), draws `samples` new samples
// from its generator with `seed`, scales them as the lesson scaled its own and counts the
// right predictions. nullopt with `error` when the lesson's data is not generated, it is not
// a classification, training stops on a non-finite value or `cancel` is set.
std::optional<FreshDataScore> scoreOnFreshData(const Lesson& lesson, std::uint64_t seed,
                                               int samples, const std::atomic<bool>& cancel,
                                               QString& error);

} // namespace backstep

Q_DECLARE_METATYPE(backstep::FreshDataScore)
