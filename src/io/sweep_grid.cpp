// SPDX-License-Identifier: MIT
#include "sweep_grid.h"

#include "lesson_loader.h"
#include "lesson_settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <map>

namespace backstep {

namespace {

// The context of the refusals of a sweep's grid.
struct SweepGrid {
    Q_DECLARE_TR_FUNCTIONS(SweepGrid)
};

// The keys an axis may sweep, in the order the results list them, and the lesson path each sets.
const std::vector<std::pair<QString, QString>>& keyPaths() {
    static const std::vector<std::pair<QString, QString>> paths{
        {"hidden", "network.hidden"},
        {"hidden_activation", "network.hidden_activation"},
        {"output_activation", "network.output_activation"},
        {"learning_rate", "training.learning_rate"},
        {"epochs", "training.epochs"},
        {"batch", "training.batch"},
        {"loss_reduction", "training.loss_reduction"},
        {"optimizer", "training.optimizer"},
        {"weight_decay", "training.weight_decay"},
        {"dropout", "training.dropout"},
        {"samples", "data.samples"},
        {"noise", "data.noise"},
        {"seed", "data.seed"},
    };
    return paths;
}

std::optional<qint64> wholeNumber(const QString& text, qint64 least, qint64 most) {
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < least || n > most) return std::nullopt;
    return n;
}

} // namespace

const QStringList& sweepKeys() {
    static const QStringList keys = [] {
        QStringList list;
        for (const auto& entry : keyPaths())
            list << entry.first;
        return list;
    }();
    return keys;
}

std::optional<SweepAxis> parseSweepAxis(const QString& text, QString& error) {
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        error = SweepGrid::tr("--grid %1: expected KEY=V1,V2,… (keys: %2)")
                    .arg(text, sweepKeys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    SweepAxis axis{text.left(equals).trimmed(), {}};
    if (!sweepKeys().contains(axis.key)) {
        error = SweepGrid::tr("--grid %1: unknown key \"%2\"; use %3")
                    .arg(text, axis.key, sweepKeys().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    for (const QString& value : text.mid(equals + 1).split(QLatin1Char(',')))
        if (!value.trimmed().isEmpty() && !axis.values.contains(value.trimmed()))
            axis.values << value.trimmed();
    if (axis.values.isEmpty()) {
        error = SweepGrid::tr("--grid %1: no values").arg(text);
        return std::nullopt;
    }
    return axis;
}

std::optional<QJsonObject> sweepSetting(const QString& key, const QString& value, QString& error) {
    const auto path = std::find_if(keyPaths().begin(), keyPaths().end(),
                                   [&](const auto& entry) { return entry.first == key; });
    if (path == keyPaths().end()) {
        error = SweepGrid::tr("unknown key \"%1\"").arg(key);
        return std::nullopt;
    }
    const auto refuse = [&](const QString& expected) {
        error = SweepGrid::tr("%1=%2: expected %3").arg(key, value, expected);
        return std::nullopt;
    };
    QJsonValue json;
    if (key == "hidden") { // "8" or "8x4"
        QJsonArray layers;
        for (const QString& part : value.split(QLatin1Char('x'))) {
            const auto units = wholeNumber(part, 1, LessonLimits::maxUnitsPerLayer);
            if (!units)
                return refuse(SweepGrid::tr("a unit count from 1 to %1, or layers as 8x4")
                                  .arg(LessonLimits::maxUnitsPerLayer));
            layers.append(*units);
        }
        json = layers.size() == 1 ? layers[0] : QJsonValue(layers);
    } else if (key == "epochs" || key == "samples" || key == "seed") {
        const qint64 most = key == "epochs"    ? LessonLimits::maxEpochs
                            : key == "samples" ? LessonLimits::maxSamples
                                               : (1LL << 53);
        const auto n = wholeNumber(value, key == "seed" ? 0 : 1, most);
        if (!n) return refuse(SweepGrid::tr("a whole number up to %1").arg(most));
        json = *n;
    } else if (key == "learning_rate" || key == "noise" || key == "weight_decay" ||
               key == "dropout") {
        bool ok = false;
        const double x = value.toDouble(&ok);
        if (!ok || !std::isfinite(x) || x < 0 || (key == "learning_rate" && x == 0))
            return refuse(key == "learning_rate" ? SweepGrid::tr("a number > 0")
                                                 : SweepGrid::tr("a number ≥ 0"));
        json = x;
    } else if (key == "batch") { // "full", "sgd" or a size
        if (value == "full" || value == "sgd")
            json = value;
        else if (const auto size = wholeNumber(value, 1, LessonLimits::maxSamples))
            json = *size;
        else
            return refuse(SweepGrid::tr("full, sgd or a batch size"));
    } else {
        json = value; // activations and the reduction: the lesson reader checks the names
    }
    return QJsonObject{{path->second, json}};
}

Loaded<Lesson> SweepRun::load() const {
    Loaded<Lesson> loaded = parseLesson(lessonJson, folder, QStringLiteral("lesson"));
    if (!loaded.ok()) // "lesson: network: softmax needs …" → "network: softmax needs …"
        return Loaded<Lesson>::failed(loaded.errors.value(0).section(QStringLiteral(": "), 1));
    return loaded;
}

SweepPlan planSweep(const Lesson& lesson, const std::vector<SweepAxis>& axes,
                    int maxConfigurations) {
    SweepPlan plan;
    qint64 count = 1;
    for (const SweepAxis& axis : axes)
        count *= axis.values.size();
    if (count > maxConfigurations) {
        plan.error = SweepGrid::tr("%1 configurations are more than the limit of %2; sweep "
                                   "fewer values")
                         .arg(count)
                         .arg(maxConfigurations);
        return plan;
    }
    for (const SweepAxis& axis : axes) // the data keys need a generated data set
        if (axis.key == "samples" || axis.key == "noise" || axis.key == "seed")
            if (lesson.source.kind != DataSource::Kind::Generator) {
                plan.error = SweepGrid::tr("--grid %1: the lesson's data is not generated, so "
                                           "it has no %1")
                                 .arg(axis.key);
                return plan;
            }
    const QString folder =
        lesson.sourcePath.isEmpty() ? QString() : QFileInfo(lesson.sourcePath).absolutePath();
    std::map<QByteArray, size_t> runOf; // the settings other than epochs → index of its run
    std::vector<int> position(axes.size(), 0);
    for (qint64 c = 0; c < count; ++c) {
        // The c-th combination, the last axis changing fastest.
        qint64 rest = c;
        for (size_t a = axes.size(); a-- > 0;) {
            position[a] = static_cast<int>(rest % axes[a].values.size());
            rest /= axes[a].values.size();
        }
        QJsonObject set;
        std::vector<QString> choice;
        int epochs = lesson.training.epochs;
        for (size_t a = 0; a < axes.size(); ++a) {
            const QString& value = axes[a].values[position[a]];
            choice.push_back(value);
            const auto setting = sweepSetting(axes[a].key, value, plan.error);
            if (!setting) return plan;
            if (axes[a].key == "epochs") // read at a checkpoint of the shared run
                epochs = value.toInt();
            else
                for (auto it = setting->begin(); it != setting->end(); ++it)
                    set.insert(it.key(), it.value());
        }
        const QByteArray key = QJsonDocument(set).toJson(QJsonDocument::Compact);
        auto found = runOf.find(key);
        if (found == runOf.end()) {
            QJsonObject json = withSettings(lesson.sourceJson, set);
            json.remove(QStringLiteral("experiments"));
            json.remove(QStringLiteral("compare"));
            SweepRun run{QJsonDocument(json).toJson(QJsonDocument::Compact), folder, {}, {}, {}};
            if (const Loaded<Lesson> loaded = run.load(); !loaded.ok()) {
                QStringList given;
                for (size_t a = 0; a < axes.size(); ++a)
                    if (axes[a].key != "epochs") given << axes[a].key + '=' + choice[a];
                plan.error =
                    QStringLiteral("%1: %2").arg(given.join(QLatin1Char(' ')), loaded.errorText());
                return plan;
            }
            found = runOf.emplace(key, plan.runs.size()).first;
            plan.runs.push_back(std::move(run));
        }
        SweepRun& run = plan.runs[found->second];
        run.epochs.push_back(epochs);
        run.choices.push_back(choice);
        run.configuration.push_back(plan.configurations++);
    }
    for (SweepRun& run : plan.runs) { // ascending epochs, choices kept alongside
        std::vector<size_t> order(run.epochs.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return run.epochs[a] < run.epochs[b]; });
        SweepRun sorted{std::move(run.lessonJson), std::move(run.folder), {}, {}, {}};
        for (size_t i : order) {
            sorted.epochs.push_back(run.epochs[i]);
            sorted.choices.push_back(run.choices[i]);
            sorted.configuration.push_back(run.configuration[i]);
        }
        run = std::move(sorted);
    }
    return plan;
}

} // namespace backstep
