// SPDX-License-Identifier: MIT
#include "sweep_configuration.h"

#include "core/evaluation.h"
#include "core/generators.h"
#include "core/iteration.h"
#include "core/parallel_chunks.h"
#include "core/trainer.h"
#include "io/core_wording.h"
#include "io/lesson_loader.h"
#include "io/lesson_settings.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace backstep {

namespace {
// The context of this file's messages.
struct SweepConfiguration {
    Q_DECLARE_TR_FUNCTIONS(SweepConfiguration)
};
} // namespace

std::optional<Lesson> configurationLesson(const SweepRun& run, size_t checkpoint,
                                          const std::vector<SweepAxis>& axes, QString& error) {
    if (checkpoint >= run.epochs.size()) {
        error = SweepConfiguration::tr("no such configuration");
        return std::nullopt;
    }
    QJsonObject json = QJsonDocument::fromJson(run.lessonJson).object();
    json = withSettings(json,
                        QJsonObject{{QStringLiteral("training.epochs"), run.epochs[checkpoint]}});
    QStringList given;
    for (size_t a = 0; a < axes.size() && a < run.choices[checkpoint].size(); ++a)
        given << axes[a].key + '=' + run.choices[checkpoint][a];
    const QString title = json.value(QStringLiteral("title")).isString()
                              ? json.value(QStringLiteral("title")).toString()
                              : QStringLiteral("Sweep");
    json[QStringLiteral("title")] = QStringLiteral("%1 (%2)").arg(title, given.join(", "));
    Loaded<Lesson> loaded = parseLesson(QJsonDocument(json).toJson(QJsonDocument::Compact),
                                        run.folder, QStringLiteral("lesson"));
    if (!loaded) error = loaded.errors.value(0).section(QStringLiteral(": "), 1);
    return std::move(loaded.value);
}

std::optional<FreshDataScore> scoreOnFreshData(const Lesson& lesson, std::uint64_t seed,
                                               int samples, const std::atomic<bool>& cancel,
                                               QString& error) {
    if (lesson.source.kind != DataSource::Kind::Generator) {
        error = SweepConfiguration::tr(
            "the lesson's data is not generated, so no fresh data can be drawn");
        return std::nullopt;
    }
    if (samples < 1) {
        error = SweepConfiguration::tr("fresh data needs at least 1 sample");
        return std::nullopt;
    }
    setComputeThreads(1); // a worker of its own: one core, as the sweep trains
    Trainer trainer(lesson.network, lesson.training, lesson.data, lesson.initial, lesson.test);
    if (!trainer.isClassification()) {
        error = SweepConfiguration::tr("the lesson is not a classification, so it has no accuracy");
        return std::nullopt;
    }
    while (trainer.epochsCompleted() < lesson.training.epochs && !trainer.targetReached()) {
        if (cancel.load()) {
            error = QStringLiteral("cancelled");
            return std::nullopt;
        }
        if (!trainer.runEpoch()) {
            error = CoreWording::trainingStop(*trainer.stop());
            return std::nullopt;
        }
    }
    GeneratorSpec spec = lesson.source.generator;
    spec.seed = seed;
    spec.samples = samples;
    Dataset fresh = generate(spec);
    for (Index c = 0; c < fresh.X.cols(); ++c) // the lesson's own scale, not one of its own
        if (static_cast<size_t>(c) < lesson.normalisation.size()) {
            const auto [shift, scale] = lesson.normalisation[static_cast<size_t>(c)];
            fresh.X.col(c) = (fresh.X.col(c).array() - shift) / scale;
        }
    IterationWork work;
    forwardPass(lesson.network, trainer.parameters(), fresh.X, work);
    FreshDataScore score;
    score.correct = correctPredictions(fresh.y, work.layers.back().activation);
    score.samples = static_cast<int>(fresh.samples());
    score.epochs = trainer.epochsCompleted();
    return score;
}

} // namespace backstep
