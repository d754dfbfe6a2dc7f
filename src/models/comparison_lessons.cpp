// SPDX-License-Identifier: MIT
#include "comparison_lessons.h"

#include "sweep_configuration.h"

#include "io/lesson_comparison.h"
#include "io/sweep_grid.h"

namespace backstep {

std::optional<ComparisonLessons> comparisonLessons(const Lesson& lesson, QString& error) {
    const std::vector<SweepAxis> axes = lessonComparison(lesson);
    if (axes.empty()) {
        error = QStringLiteral("the lesson compares nothing (no \"compare\" object)");
        return std::nullopt;
    }
    const SweepPlan plan = planSweep(lesson, axes, maxComparedConfigurations);
    if (!plan.error.isEmpty()) {
        error = plan.error;
        return std::nullopt;
    }
    std::vector<std::optional<Lesson>> byConfiguration(static_cast<size_t>(plan.configurations));
    QStringList titles;
    for (int c = 0; c < plan.configurations; ++c)
        titles << QString();
    for (const SweepRun& run : plan.runs)
        for (size_t c = 0; c < run.configuration.size(); ++c) {
            auto configuration = configurationLesson(run, c, axes, error);
            if (!configuration) return std::nullopt;
            const auto at = static_cast<size_t>(run.configuration[c]);
            byConfiguration[at] = std::move(configuration);
            titles[static_cast<qsizetype>(at)] =
                QStringList(run.choices[c].begin(), run.choices[c].end())
                    .join(QStringLiteral(" · "));
        }
    ComparisonLessons result;
    result.titles = titles;
    for (auto& one : byConfiguration)
        result.lessons.push_back(std::move(*one));
    return result;
}

QString comparisonSummary(const std::vector<SweepAxis>& axes) {
    QStringList parts;
    for (const SweepAxis& axis : axes)
        parts << axis.key + QLatin1Char(' ') + axis.values.join(QStringLiteral(", "));
    return parts.join(QStringLiteral(" × "));
}

} // namespace backstep
