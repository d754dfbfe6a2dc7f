// SPDX-License-Identifier: MIT
#include "exercise.h"

#include <QJsonArray>

#include <algorithm>

namespace backstep {

std::optional<Exercise> parseExercise(JsonFields& f, const QJsonValue& value, const QString& path) {
    const auto o = f.object(value, path);
    if (!o) return std::nullopt;
    f.checkKeys(*o, path, {"iteration", "steps", "decimals", "variants"});
    Exercise exercise;
    bool ok = true;
    if (o->contains("iteration")) {
        const auto iteration =
            f.integer((*o)["iteration"], path + ".iteration", 1, ExerciseLimits::maxIteration);
        ok = ok && iteration;
        exercise.iteration = iteration.value_or(1);
    }
    if (o->contains("decimals")) {
        const auto decimals =
            f.integer((*o)["decimals"], path + ".decimals", 0, ExerciseLimits::maxDecimals);
        ok = ok && decimals;
        exercise.decimals = static_cast<int>(decimals.value_or(3));
    }
    if (o->contains("variants")) {
        const auto variants = f.boolean((*o)["variants"], path + ".variants");
        ok = ok && variants;
        exercise.variants = variants.value_or(false);
    }
    if (!o->contains("steps")) {
        for (int s = ExerciseLimits::firstStep; s <= ExerciseLimits::lastStep; ++s)
            exercise.steps.push_back(s);
    } else if (const QJsonValue steps = (*o)["steps"];
               !steps.isArray() || steps.toArray().isEmpty()) {
        f.error(path + ".steps",
                JsonFields::tr("expected a non-empty array of step numbers from %1 to %2, got %3")
                    .arg(ExerciseLimits::firstStep)
                    .arg(ExerciseLimits::lastStep)
                    .arg(steps.isArray() ? JsonFields::tr("an empty array") : jsonKind(steps)));
        ok = false;
    } else {
        const QJsonArray list = steps.toArray();
        for (qsizetype i = 0; i < list.size() && i <= ExerciseLimits::lastStep; ++i) {
            const QString at = QStringLiteral("%1.steps[%2]").arg(path).arg(i);
            if (list[i].isDouble() && list[i].toDouble() >= 1 &&
                list[i].toDouble() < ExerciseLimits::firstStep) {
                f.error(at, JsonFields::tr("step %1 computes nothing to practise; use steps "
                                           "from %2 to %3")
                                .arg(list[i].toDouble())
                                .arg(ExerciseLimits::firstStep)
                                .arg(ExerciseLimits::lastStep));
                ok = false;
                continue;
            }
            const auto step =
                f.integer(list[i], at, ExerciseLimits::firstStep, ExerciseLimits::lastStep);
            if (!step) {
                ok = false;
                continue;
            }
            if (std::find(exercise.steps.begin(), exercise.steps.end(), *step) !=
                exercise.steps.end()) {
                f.error(at, JsonFields::tr("step %1 is listed twice").arg(*step));
                ok = false;
                continue;
            }
            exercise.steps.push_back(static_cast<int>(*step));
        }
        std::sort(exercise.steps.begin(), exercise.steps.end());
    }
    if (!ok) return std::nullopt;
    return exercise;
}

QJsonObject exerciseObject(const Exercise& exercise) {
    QJsonArray steps;
    for (int s : exercise.steps)
        steps.append(s);
    return QJsonObject{{"iteration", static_cast<double>(exercise.iteration)},
                       {"steps", steps},
                       {"decimals", exercise.decimals},
                       {"variants", exercise.variants}};
}

std::uint64_t variantSeed(const QString& studentName) {
    const QByteArray bytes =
        studentName.trimmed().toCaseFolded().normalized(QString::NormalizationForm_C).toUtf8();
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char byte : bytes) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

Lesson lessonVariant(const Lesson& lesson, const QString& studentName) {
    Lesson variant = lesson;
    InitSpec spec = lesson.explicitInit ? InitSpec{} : lesson.initSpec;
    if (lesson.explicitInit) { // U[0, 1) for weights and biases, as the tutorial draws them
        spec.method = InitSpec::Method::Uniform;
        spec.low = 0.0;
        spec.high = 1.0;
        spec.zeroBiases = false;
    }
    spec.seed = variantSeed(studentName) >> 11;
    variant.explicitInit = false;
    variant.initSpec = spec;
    variant.initial = initialise(lesson.network, spec);
    return variant;
}

} // namespace backstep
