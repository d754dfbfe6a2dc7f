// SPDX-License-Identifier: MIT
#include "lesson_parser.h"

#include "core_wording.h"
#include "csv.h"
#include "exercise.h"
#include "lesson_comparison.h"
#include "lesson_loader.h"
#include "lesson_settings.h"

#include "core/memory_budget.h"
#include "core/optimizer.h"
#include "core/trace_names.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace backstep {

std::optional<Lesson> LessonParser::parse(const QJsonObject& root) {
    Lesson lesson;
    lesson.sourceJson = root;
    f_.checkKeys(root, QString(),
                 {"format", "version", "title", "description", "notes", "experiments", "data",
                  "network", "training", "init", "expect", "exercise", "compare"});
    if (root.value("format").toString() != QStringLiteral("backstep-lesson")) {
        f_.error("format", tr("expected \"backstep-lesson\", got %1; is this a Backstep lesson?")
                               .arg(jsonKind(root.value("format"))));
        return std::nullopt;
    }
    if (const auto version = f_.integer(root.value("version"), "version", 1, 1000000); !version) {
        return std::nullopt;
    } else if (*version != 1) {
        f_.error("version", tr("version %1 is newer than this Backstep reads (1); "
                               "update Backstep")
                                .arg(*version));
        return std::nullopt;
    }
    parseHeader(root, lesson);
    if (root.contains("compare")) parseComparison(root);
    if (root.contains("expect"))
        lesson.expect = parseExpectation(root["expect"], "expect").value_or(Expectation{});
    if (root.contains("exercise")) lesson.exercise = parseExercise(f_, root["exercise"]);
    if (!root.contains("data")) {
        f_.error("data", tr("missing; give {\"X\": […], \"y\": […]}, a generator or a csv file"));
        return std::nullopt;
    }
    const bool haveData = parseData(root.value("data"), lesson);
    const bool haveNetwork = parseNetwork(root.value("network"), lesson, haveData);
    const bool haveTraining = parseTraining(root.value("training"), lesson);
    if (haveNetwork && haveTraining)
        if (const auto why = incompatibility(lesson.network, lesson.training.loss))
            f_.error(QStringLiteral("network"), CoreWording::incompatibility(*why, lesson.network));
    if (haveData && haveNetwork && haveTraining && f_.errors.isEmpty() && checkSizes(lesson)) {
        checkTargets(lesson);
        if (lesson.training.batch.kind == BatchSpec::Kind::MiniBatch &&
            lesson.training.batch.size >= lesson.data.samples())
            f_.warning("training.batch", tr("%1 is not smaller than the %2 samples: "
                                            "every iteration uses all of them")
                                             .arg(lesson.training.batch.size)
                                             .arg(lesson.data.samples()));
        parseInit(root.value("init"), lesson);
    }
    if (!f_.errors.isEmpty()) return std::nullopt;
    return lesson;
}

void LessonParser::parseHeader(const QJsonObject& root, Lesson& lesson) {
    if (root.contains("title"))
        lesson.title = f_.text(root["title"], "title").value_or(LocalizedText{});
    if (root.contains("description"))
        lesson.description = f_.text(root["description"], "description").value_or(LocalizedText{});
    if (root.contains("notes")) {
        if (const auto notes = f_.object(root["notes"], "notes")) {
            for (auto it = notes->begin(); it != notes->end(); ++it) {
                bool ok = false;
                const int step = it.key().toInt(&ok);
                if (!ok || step < 1 || step > 12) {
                    f_.error("notes." + it.key(), tr("keys are step numbers from \"1\" to \"12\""));
                    continue;
                }
                if (const auto text = f_.text(it.value(), "notes." + it.key()))
                    lesson.stepNotes[step] = *text;
            }
        }
    }
    if (root.contains("experiments")) {
        if (!root["experiments"].isArray()) {
            f_.error("experiments",
                     tr("expected an array of texts, got %1").arg(jsonKind(root["experiments"])));
        } else {
            const QJsonArray list = root["experiments"].toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (f_.errorsFull() && !list[i].isObject()) { // count the rest cheaply
                    f_.moreErrors += list[i].isString() ? 0 : 1;
                    continue;
                }
                if (const auto experiment =
                        parseExperiment(root, list[i], QStringLiteral("experiments[%1]").arg(i)))
                    lesson.experiments.push_back(*experiment);
            }
        }
    }
}

std::optional<Experiment> LessonParser::parseExperiment(const QJsonObject& root,
                                                        const QJsonValue& value,
                                                        const QString& path) {
    if (!value.isObject() || !value.toObject().contains("text")) { // a plain text
        const auto text = f_.text(value, path);
        return text ? std::optional<Experiment>(Experiment{*text, {}, {}}) : std::nullopt;
    }
    const QJsonObject o = value.toObject();
    f_.checkKeys(o, path, {"text", "set", "expect"});
    const auto text = f_.text(o["text"], path + ".text");
    if (!text) return std::nullopt;
    Experiment experiment{*text, {}, {}};
    if (o.contains("expect"))
        experiment.expect = parseExpectation(o["expect"], path + ".expect").value_or(Expectation{});
    if (!o.contains("set")) return experiment;
    const auto set = f_.object(o["set"], path + ".set");
    if (!set) return std::nullopt;
    if (++experimentsWithSettings_ > LessonLimits::maxExperimentsWithSettings) {
        f_.error(path + ".set",
                 tr("more than %1 experiments change settings; keep the others as text")
                     .arg(LessonLimits::maxExperimentsWithSettings));
        return std::nullopt;
    }
    for (auto it = set->begin(); it != set->end(); ++it) {
        if (!settablePaths().contains(it.key())) {
            f_.error(path + ".set." + it.key(),
                     tr("not a setting an experiment can change (these can: %1)")
                         .arg(settablePaths().join(", ")));
            return std::nullopt;
        }
    }
    // The changed lesson must load like any other: checked now, not when a student clicks.
    QJsonObject changed = withSettings(root, *set);
    changed.remove("experiments");
    changed.remove("compare");
    JsonFields nested;
    LessonParser(nested, baseDir_).parse(changed);
    if (!nested.errors.isEmpty()) {
        f_.error(path + ".set",
                 tr("the changed lesson would not load: %1").arg(nested.errors.first()));
        return std::nullopt;
    }
    experiment.set = *set;
    return experiment;
}

void LessonParser::parseComparison(const QJsonObject& root) {
    QString path, error;
    auto axes = parseComparisonAxes(root["compare"], path, error);
    if (!axes) {
        f_.error(path, error);
        return;
    }
    // Every configuration must load like any other: checked now, not when a student clicks.
    for (const auto& [set, values] : comparisonSettings(*axes)) {
        QJsonObject changed = withSettings(root, set);
        changed.remove("experiments");
        changed.remove("compare");
        JsonFields nested;
        LessonParser(nested, baseDir_).parse(changed);
        if (!nested.errors.isEmpty()) {
            QStringList given;
            for (size_t a = 0; a < axes->size(); ++a)
                given << (*axes)[a].key + '=' + values[static_cast<qsizetype>(a)];
            f_.error("compare", QStringLiteral("%1 would not load: %2")
                                    .arg(given.join(' '), nested.errors.first()));
            return;
        }
    }
}

bool LessonParser::parseNetwork(const QJsonValue& value, Lesson& lesson, bool haveData) {
    NetworkSpec& net = lesson.network;
    net.hidden = {3};
    if (value.isUndefined()) {
        // Defaults: 3 sigmoid hidden units and a sigmoid output, as in the tutorial.
    } else {
        const auto o = f_.object(value, "network");
        if (!o) return false;
        f_.checkKeys(*o, "network",
                     {"hidden", "hidden_activation", "output_activation", "leaky_alpha"});
        bool ok = true;
        if (o->contains("hidden")) {
            const QJsonValue hidden = (*o)["hidden"];
            net.hidden.clear();
            if (hidden.isArray()) {
                const QJsonArray layers = hidden.toArray();
                // [] is a network without a hidden layer (a perceptron, linear regression)
                if (layers.size() > LessonLimits::maxHiddenLayers) {
                    f_.error("network.hidden", tr("expected at most %1 hidden layers, got %2")
                                                   .arg(LessonLimits::maxHiddenLayers)
                                                   .arg(layers.size()));
                    ok = false;
                }
                for (qsizetype i = 0; ok && i < layers.size(); ++i) {
                    const auto units =
                        f_.integer(layers[i], QStringLiteral("network.hidden[%1]").arg(i), 1,
                                   LessonLimits::maxUnitsPerLayer);
                    ok = ok && units;
                    net.hidden.push_back(static_cast<int>(units.value_or(1)));
                }
            } else { // a unit count; 0 for no hidden layer
                const auto units =
                    f_.integer(hidden, "network.hidden", 0, LessonLimits::maxUnitsPerLayer);
                ok = ok && units;
                if (units.value_or(1) > 0)
                    net.hidden.push_back(static_cast<int>(units.value_or(1)));
            }
        }
        const auto activation = [&](const char* key, Activation fallback,
                                    bool output) -> Activation {
            if (!o->contains(key)) return fallback;
            const QString path = QStringLiteral("network.") + key;
            const auto name = f_.string((*o)[key], path);
            const auto kind = name ? activationFromName(name->toStdString()) : std::nullopt;
            if (name && !kind)
                f_.error(path,
                         tr("unknown activation \"%1\"; use %2")
                             .arg(*name,
                                  output ? tr("sigmoid, linear or softmax")
                                         : tr("sigmoid, tanh, relu, leaky_relu, linear or step")));
            ok = ok && kind;
            return kind.value_or(fallback);
        };
        net.hiddenActivation.kind = activation("hidden_activation", Activation::Sigmoid, false);
        net.outputActivation.kind = activation("output_activation", Activation::Sigmoid, true);
        if (o->contains("leaky_alpha")) {
            const auto alpha = f_.number((*o)["leaky_alpha"], "network.leaky_alpha", 0.0, 1.0);
            ok = ok && alpha;
            net.hiddenActivation.leakyAlpha = net.outputActivation.leakyAlpha =
                alpha.value_or(0.01);
        }
        if (!ok) return false;
    }
    if (!haveData) return true;
    net.inputs = lesson.data.inputs();
    net.outputs = lesson.data.outputs();
    return true;
}

bool LessonParser::checkSizes(const Lesson& lesson) {
    const NetworkSpec& net = lesson.network;
    const qint64 limit = LessonLimits::maxCellsPerMatrix;
    const qint64 rows = std::max(lesson.data.samples(), lesson.test.samples());
    for (int l = 0; l < net.layerCount(); ++l) {
        const bool output = l == net.layerCount() - 1;
        const QString path = output ? QStringLiteral("network") : QStringLiteral("network.hidden");
        const qint64 fanIn = net.fanIn(l), fanOut = net.fanOut(l);
        const QString units =
            output ? tr("%1 outputs").arg(fanOut) : tr("%1 hidden units").arg(fanOut);
        if (rows * fanOut > limit) {
            f_.error(path, tr("%1 samples × %2 is more than the limit of %3 cells per matrix; "
                              "use fewer samples or units")
                               .arg(rows)
                               .arg(units)
                               .arg(limit));
            return false;
        }
        if (fanIn * fanOut > limit) {
            f_.error(path,
                     tr("a %1 weight matrix (%2 inputs × %3) is more than the limit of %4 cells; "
                        "use fewer units")
                         .arg(shapeText(fanIn, fanOut))
                         .arg(fanIn)
                         .arg(units)
                         .arg(limit));
            return false;
        }
    }
    const auto samples = static_cast<std::uint64_t>(lesson.data.samples());
    const auto batch = static_cast<std::uint64_t>(
        lesson.training.batch.samplesPerIteration(lesson.data.samples()));
    const MemoryEstimate memory = estimateTrainingMemory(
        net, samples, batch, static_cast<std::uint64_t>(lesson.test.samples()),
        optimizerStateCopies(lesson.training));
    if (memory.total() > maxTrainingBytes) {
        f_.error("network", tr("training %1 on %2 samples would need %3, more than the %4 "
                               "Backstep allows for a lesson; use fewer or smaller layers, "
                               "fewer samples or smaller batches")
                                .arg(QString::fromStdString(net.describe()))
                                .arg(samples)
                                .arg(CoreWording::memoryEstimate(memory),
                                     QString::fromStdString(byteSizeText(maxTrainingBytes))));
        return false;
    }
    return true;
}

bool LessonParser::parseTraining(const QJsonValue& value, Lesson& lesson) {
    TrainingConfig& t = lesson.training;
    t.epochs = 1000;
    if (value.isUndefined()) return true;
    const auto o = f_.object(value, "training");
    if (!o) return false;
    f_.checkKeys(*o, "training",
                 {"learning_rate", "epochs", "loss", "loss_reduction", "batch", "update_biases",
                  "seed", "stop_at_loss", "optimizer", "weight_decay", "lr_decay", "dropout"});
    if (o->contains("loss_reduction")) {
        const auto name = f_.string((*o)["loss_reduction"], "training.loss_reduction");
        const auto reduction = name ? reductionFromName(name->toStdString()) : std::nullopt;
        if (name && !reduction)
            f_.error(
                "training.loss_reduction",
                tr("unknown reduction \"%1\"; use sum (the tutorial's ½·ΣE²) or mean").arg(*name));
        if (!reduction) return false;
        t.reduction = *reduction;
    }
    if (o->contains("stop_at_loss")) {
        const auto target =
            f_.number((*o)["stop_at_loss"], "training.stop_at_loss", 0.0, 1e300, true);
        if (!target) return false;
        t.stopAtLoss = *target;
    }
    bool ok = true;
    if (o->contains("learning_rate")) {
        const auto lr = f_.number((*o)["learning_rate"], "training.learning_rate", 0.0, 1e6, true);
        ok = ok && lr;
        t.learningRate = lr.value_or(0.1);
    }
    if (o->contains("epochs")) {
        const auto epochs =
            f_.integer((*o)["epochs"], "training.epochs", 1, LessonLimits::maxEpochs);
        ok = ok && epochs;
        t.epochs = static_cast<int>(epochs.value_or(1));
    }
    if (o->contains("loss")) {
        const auto name = f_.string((*o)["loss"], "training.loss");
        const auto loss = name ? lossFromName(name->toStdString()) : std::nullopt;
        if (name && !loss)
            f_.error("training.loss",
                     tr("unknown loss \"%1\"; use mse, bce or cross_entropy").arg(*name));
        ok = ok && loss;
        t.loss = loss.value_or(Loss::Mse);
    }
    if (o->contains("batch")) {
        const QJsonValue batch = (*o)["batch"];
        if (batch.isString() && batch.toString() == QStringLiteral("full")) {
            t.batch = BatchSpec{BatchSpec::Kind::Full, 0};
        } else if (batch.isString() && batch.toString() == QStringLiteral("sgd")) {
            t.batch = BatchSpec{BatchSpec::Kind::Sgd, 1};
        } else if (batch.isDouble()) {
            const auto size = f_.integer(batch, "training.batch", 1, LessonLimits::maxSamples);
            ok = ok && size;
            t.batch = BatchSpec{BatchSpec::Kind::MiniBatch, static_cast<int>(size.value_or(1))};
        } else {
            f_.error("training.batch",
                     tr("expected \"full\", \"sgd\" or a positive whole number, got %1")
                         .arg(jsonKind(batch)));
            ok = false;
        }
    }
    if (o->contains("update_biases")) {
        const auto update = f_.boolean((*o)["update_biases"], "training.update_biases");
        ok = ok && update;
        t.updateBiases = update.value_or(true);
    }
    if (o->contains("seed")) {
        const auto seed = f_.integer((*o)["seed"], "training.seed", 0, 1LL << 53);
        ok = ok && seed;
        t.seed = static_cast<std::uint64_t>(seed.value_or(1));
    }
    return parseOptimizer(*o, t) && ok;
}

bool LessonParser::parseInit(const QJsonValue& value, Lesson& lesson) {
    const NetworkSpec& net = lesson.network;
    lesson.initSpec.seed = lesson.training.seed;
    if (value.isUndefined()) {
        lesson.initial = initialise(net, lesson.initSpec);
        return true;
    }
    const auto o = f_.object(value, "init");
    if (!o) return false;
    if (o->contains("method")) {
        f_.checkKeys(*o, "init", {"method", "seed", "low", "high", "mean", "std", "biases"});
        InitSpec& spec = lesson.initSpec;
        const auto name = f_.string((*o)["method"], "init.method");
        if (!name) return false;
        if (*name == "uniform")
            spec.method = InitSpec::Method::Uniform;
        else if (*name == "normal")
            spec.method = InitSpec::Method::Normal;
        else if (*name == "xavier")
            spec.method = InitSpec::Method::Xavier;
        else {
            f_.error("init.method", tr("unknown method \"%1\"; use uniform, normal or xavier, "
                                       "or give the matrices")
                                        .arg(*name));
            return false;
        }
        bool ok = true;
        const auto read = [&](const char* key, double& target, double min, double max) {
            if (!o->contains(key)) return;
            const auto v = f_.number((*o)[key], QStringLiteral("init.") + key, min, max);
            ok = ok && v;
            target = v.value_or(target);
        };
        if (o->contains("seed")) {
            const auto seed = f_.integer((*o)["seed"], "init.seed", 0, 1LL << 53);
            ok = ok && seed;
            spec.seed = static_cast<std::uint64_t>(seed.value_or(1));
        }
        read("low", spec.low, -1e6, 1e6);
        read("high", spec.high, -1e6, 1e6);
        read("mean", spec.mean, -1e6, 1e6);
        read("std", spec.std, 0.0, 1e6);
        if (o->contains("biases")) {
            const QJsonValue biases = (*o)["biases"];
            if (biases == QJsonValue("zero") || biases == QJsonValue("random")) {
                spec.zeroBiases = biases == QJsonValue("zero");
            } else {
                f_.error("init.biases",
                         tr("expected \"random\" or \"zero\", got %1").arg(jsonKind(biases)));
                ok = false;
            }
        }
        if (ok && spec.low > spec.high) {
            f_.error("init.low", tr("low (%1) is above high (%2)").arg(spec.low).arg(spec.high));
            ok = false;
        }
        if (ok) lesson.initial = initialise(net, spec);
        return ok;
    }
    // Explicit matrices: one weight matrix and one bias row per layer.
    QStringList known;
    for (int l = 0; l < net.layerCount(); ++l)
        known << QString::fromStdString(traceName(MatrixRole::Weights, l, net.layerCount()))
              << QString::fromStdString(traceName(MatrixRole::Bias, l, net.layerCount()));
    f_.checkKeys(*o, "init", known);
    Parameters params;
    bool ok = true;
    for (int l = 0; l < net.layerCount(); ++l) {
        const QString w = known[2 * l], b = known[2 * l + 1];
        Layer layer;
        for (const auto& [key, target, rows] :
             {std::tuple{w, &layer.weights, net.fanIn(l)}, std::tuple{b, &layer.bias, 1}}) {
            if (!o->contains(key)) {
                f_.error("init." + key,
                         tr("missing; give a %1 matrix or use {\"method\": \"uniform\"}")
                             .arg(shapeText(rows, net.fanOut(l))));
                ok = false;
                continue;
            }
            const QJsonValue given = (*o)[key];
            const auto m = given.isString()
                               ? readCsvMatrix(given.toString(), "init." + key, rows, net.fanOut(l))
                               : f_.matrix(given, "init." + key, rows, net.fanOut(l),
                                           LessonLimits::maxCellsPerMatrix);
            ok = ok && m;
            if (m) *target = *m;
        }
        params.layers.push_back(std::move(layer));
    }
    if (ok) {
        lesson.explicitInit = true;
        lesson.initial = std::move(params);
    }
    return ok;
}

void LessonParser::checkTargets(const Lesson& lesson) {
    if (const auto problem = targetProblem(lesson.training.loss, lesson.data.y))
        f_.error(QStringLiteral("data.y[%1]").arg(problem->row),
                 CoreWording::targetProblem(*problem));
}

} // namespace backstep
