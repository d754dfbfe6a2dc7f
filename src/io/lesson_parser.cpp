// SPDX-License-Identifier: MIT
#include "lesson_parser.h"

#include "csv.h"
#include "lesson_loader.h"

#include "core/trace_names.h"

#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace backstep {

namespace {

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> result;
    for (const QString& s : list)
        result.push_back(s.toStdString());
    return result;
}

} // namespace

std::optional<Lesson> LessonParser::parse(const QJsonObject& root) {
    Lesson lesson;
    f_.checkKeys(root, QString(), {"format", "version", "title", "description", "notes",
                                   "experiments", "data", "network", "training", "init"});
    if (root.value("format").toString() != QStringLiteral("backstep-lesson")) {
        f_.error("format", QStringLiteral("expected \"backstep-lesson\", got %1; is this a Backstep lesson?")
                               .arg(jsonKind(root.value("format"))));
        return std::nullopt;
    }
    if (const auto version = f_.integer(root.value("version"), "version", 1, 1000000); !version) {
        return std::nullopt;
    } else if (*version != 1) {
        f_.error("version", QStringLiteral("version %1 is newer than this Backstep reads (1); "
                                           "update Backstep").arg(*version));
        return std::nullopt;
    }
    parseHeader(root, lesson);
    if (!root.contains("data")) {
        f_.error("data", QStringLiteral("missing; give {\"X\": […], \"y\": […]}, a generator or a csv file"));
        return std::nullopt;
    }
    const bool haveData = parseData(root.value("data"), lesson);
    const bool haveNetwork = parseNetwork(root.value("network"), lesson, haveData);
    const bool haveTraining = parseTraining(root.value("training"), lesson);
    if (haveNetwork && haveTraining)
        if (const auto why = incompatibility(lesson.network, lesson.training.loss))
            f_.error(QStringLiteral("network"), QString::fromStdString(*why));
    if (haveData && haveNetwork && haveTraining && f_.errors.isEmpty()) {
        checkTargets(lesson);
        if (lesson.training.batch.kind == BatchSpec::Kind::MiniBatch &&
            lesson.training.batch.size >= lesson.data.samples())
            f_.warning("training.batch", QStringLiteral("%1 is not smaller than the %2 samples: "
                                                        "every iteration uses all of them")
                                             .arg(lesson.training.batch.size).arg(lesson.data.samples()));
        parseInit(root.value("init"), lesson);
    }
    if (!f_.errors.isEmpty())
        return std::nullopt;
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
                    f_.error("notes." + it.key(), QStringLiteral("keys are step numbers from \"1\" to \"12\""));
                    continue;
                }
                if (const auto text = f_.text(it.value(), "notes." + it.key()))
                    lesson.stepNotes[step] = *text;
            }
        }
    }
    if (root.contains("experiments")) {
        if (!root["experiments"].isArray()) {
            f_.error("experiments", QStringLiteral("expected an array of texts, got %1").arg(jsonKind(root["experiments"])));
        } else {
            const QJsonArray list = root["experiments"].toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                if (const auto text = f_.text(list[i], QStringLiteral("experiments[%1]").arg(i)))
                    lesson.experiments.push_back(*text);
        }
    }
}

bool LessonParser::parseData(const QJsonValue& value, Lesson& lesson) {
    const auto data = f_.object(value, "data");
    if (!data)
        return false;
    bool ok = false;
    if (data->contains("generator"))
        ok = parseGeneratedData(*data, lesson);
    else if (data->contains("csv"))
        ok = parseCsvData(*data, lesson);
    else if (data->contains("X") || data->contains("y"))
        ok = parseInlineData(*data, lesson);
    else
        f_.error("data", QStringLiteral("expected inline \"X\" and \"y\", a \"generator\" or a \"csv\" file"));
    if (!ok)
        return false;
    if (lesson.data.samples() > LessonLimits::maxSamples) {
        f_.error("data", QStringLiteral("%1 samples is more than the limit of %2")
                             .arg(lesson.data.samples()).arg(LessonLimits::maxSamples));
        return false;
    }
    if (lesson.data.inputs() > LessonLimits::maxUnitsPerLayer || lesson.data.outputs() > LessonLimits::maxUnitsPerLayer) {
        f_.error("data", QStringLiteral("more than %1 input or target columns").arg(LessonLimits::maxUnitsPerLayer));
        return false;
    }
    return true;
}

bool LessonParser::parseInlineData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data", {"X", "y", "feature_names", "target_names"});
    const auto X = f_.matrix(data.value("X"), "data.X", -1, -1, LessonLimits::maxCellsPerMatrix);
    if (!X)
        return false;
    const auto y = f_.matrix(data.value("y"), "data.y", X->rows(), -1, LessonLimits::maxCellsPerMatrix);
    if (!y)
        return false;
    lesson.data.X = *X;
    lesson.data.y = *y;
    lesson.data.featureNames = defaultNames("x", static_cast<int>(X->cols()), true);
    lesson.data.targetNames = defaultNames("y", static_cast<int>(y->cols()), false);
    if (data.contains("feature_names")) {
        const auto names = f_.stringList(data["feature_names"], "data.feature_names", static_cast<int>(X->cols()));
        if (!names)
            return false;
        lesson.data.featureNames = toStd(*names);
    }
    if (data.contains("target_names")) {
        const auto names = f_.stringList(data["target_names"], "data.target_names", static_cast<int>(y->cols()));
        if (!names)
            return false;
        lesson.data.targetNames = toStd(*names);
    }
    lesson.source.kind = DataSource::Kind::Inline;
    return true;
}

bool LessonParser::parseGeneratedData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data", {"generator", "samples", "noise", "seed", "classes"});
    const auto name = f_.string(data["generator"], "data.generator");
    if (!name)
        return false;
    const auto kind = generatorFromName(name->toStdString());
    if (!kind) {
        f_.error("data.generator", QStringLiteral("unknown generator \"%1\"; use xor, blobs, moons, circles or spiral").arg(*name));
        return false;
    }
    GeneratorSpec spec;
    spec.kind = *kind;
    spec.samples = *kind == GeneratorSpec::Kind::Xor ? 4 : 200;
    spec.noise = defaultNoise(*kind);
    bool ok = true;
    if (data.contains("samples")) {
        const auto samples = f_.integer(data["samples"], "data.samples", 1, LessonLimits::maxSamples);
        ok = ok && samples;
        spec.samples = static_cast<int>(samples.value_or(1));
    }
    if (data.contains("noise")) {
        const auto noise = f_.number(data["noise"], "data.noise", 0.0, 100.0);
        ok = ok && noise;
        spec.noise = noise.value_or(0.0);
    }
    if (data.contains("seed")) {
        const auto seed = f_.integer(data["seed"], "data.seed", 0, 1LL << 53);
        ok = ok && seed;
        spec.seed = static_cast<std::uint64_t>(seed.value_or(0));
    }
    if (data.contains("classes")) {
        if (*kind != GeneratorSpec::Kind::Spiral)
            f_.warning("data.classes", QStringLiteral("only the spiral generator has a class count; ignored"));
        const auto classes = f_.integer(data["classes"], "data.classes", 2, 10);
        ok = ok && classes;
        spec.classes = static_cast<int>(classes.value_or(2));
    }
    if (!ok)
        return false;
    lesson.source.kind = DataSource::Kind::Generator;
    lesson.source.generator = spec;
    lesson.data = generate(spec);
    return true;
}

std::optional<QString> LessonParser::resolveInsideLessonFolder(const QString& relative, const QString& path) {
    if (relative.isEmpty()) {
        f_.error(path, QStringLiteral("the file name is empty"));
        return std::nullopt;
    }
    if (QDir::isAbsolutePath(relative) || relative.startsWith('/') || relative.startsWith('\\')) {
        f_.error(path, QStringLiteral("\"%1\" is an absolute path; give a path relative to the lesson's folder").arg(relative));
        return std::nullopt;
    }
    const QDir base(baseDir_);
    const QString baseCanonical = QFileInfo(baseDir_).canonicalFilePath();
    const QString candidate = QDir::cleanPath(base.absoluteFilePath(relative));
    const QString cleanBase = QDir::cleanPath(base.absolutePath());
    const QString canonical = QFileInfo(candidate).canonicalFilePath(); // follows links
    const auto inside = [](const QString& file, const QString& folder) {
        return !folder.isEmpty() && file.startsWith(folder + '/');
    };
    if (!inside(candidate, cleanBase) || (!canonical.isEmpty() && !inside(canonical, baseCanonical))) {
        f_.error(path, QStringLiteral("\"%1\" leaves the lesson's folder; keep data files next to "
                                      "the lesson or in a folder below it").arg(relative));
        return std::nullopt;
    }
    if (canonical.isEmpty() || !QFileInfo(canonical).isFile()) {
        f_.error(path, QStringLiteral("\"%1\" does not exist next to the lesson (looked in %2)").arg(relative, cleanBase));
        return std::nullopt;
    }
    return canonical;
}

bool LessonParser::parseCsvData(const QJsonObject& data, Lesson& lesson) {
    f_.checkKeys(data, "data", {"csv", "targets", "features"});
    const auto relative = f_.string(data["csv"], "data.csv");
    if (!relative)
        return false;
    const auto targets = data.contains("targets") ? f_.stringList(data["targets"], "data.targets") : std::nullopt;
    if (!data.contains("targets"))
        f_.error("data.targets", QStringLiteral("missing; name the target column(s), e.g. [\"price\"]"));
    if (!targets)
        return false;
    if (targets->isEmpty()) {
        f_.error("data.targets", QStringLiteral("name at least one target column"));
        return false;
    }
    std::optional<QStringList> features;
    if (data.contains("features") && !(features = f_.stringList(data["features"], "data.features")))
        return false;
    const auto file = resolveInsideLessonFolder(*relative, "data.csv");
    if (!file)
        return false;
    const CsvReadResult csv = readCsvFile(*file, *relative);
    if (!csv.table) {
        f_.error("data.csv", csv.error);
        return false;
    }
    const QStringList& header = csv.table->header;
    const auto columnOf = [&](const QString& column, const QString& path) -> int {
        const int index = static_cast<int>(header.indexOf(column));
        if (index < 0)
            f_.error(path, QStringLiteral("no column \"%1\" in %2 (its columns: %3)").arg(column, *relative, header.join(", ")));
        return index;
    };
    std::vector<int> targetColumns, featureColumns;
    for (qsizetype i = 0; i < targets->size(); ++i)
        targetColumns.push_back(columnOf((*targets)[i], QStringLiteral("data.targets[%1]").arg(i)));
    if (features) {
        for (qsizetype i = 0; i < features->size(); ++i)
            featureColumns.push_back(columnOf((*features)[i], QStringLiteral("data.features[%1]").arg(i)));
    } else {
        for (int c = 0; c < header.size(); ++c)
            if (!targets->contains(header[c]))
                featureColumns.push_back(c);
    }
    if (std::find(targetColumns.begin(), targetColumns.end(), -1) != targetColumns.end() ||
        std::find(featureColumns.begin(), featureColumns.end(), -1) != featureColumns.end())
        return false;
    if (featureColumns.empty()) {
        f_.error("data.features", QStringLiteral("no input columns are left besides the targets"));
        return false;
    }
    const auto rows = static_cast<Index>(csv.table->rows.size());
    Dataset& d = lesson.data;
    d.X.resize(rows, static_cast<Index>(featureColumns.size()));
    d.y.resize(rows, static_cast<Index>(targetColumns.size()));
    for (Index r = 0; r < rows; ++r) {
        const auto& row = csv.table->rows[static_cast<size_t>(r)];
        for (size_t c = 0; c < featureColumns.size(); ++c)
            d.X(r, static_cast<Index>(c)) = row[static_cast<size_t>(featureColumns[c])];
        for (size_t c = 0; c < targetColumns.size(); ++c)
            d.y(r, static_cast<Index>(c)) = row[static_cast<size_t>(targetColumns[c])];
    }
    d.featureNames.clear();
    for (int c : featureColumns)
        d.featureNames.push_back(header[c].toStdString());
    d.targetNames = toStd(*targets);
    lesson.source.kind = DataSource::Kind::Csv;
    lesson.source.csvPath = *relative;
    lesson.source.targets = *targets;
    lesson.source.features = features.value_or(QStringList());
    return true;
}

bool LessonParser::parseNetwork(const QJsonValue& value, Lesson& lesson, bool haveData) {
    NetworkSpec& net = lesson.network;
    net.hidden = {3};
    if (value.isUndefined()) {
        // Defaults: 3 sigmoid hidden units and a sigmoid output, as in the tutorial.
    } else {
        const auto o = f_.object(value, "network");
        if (!o)
            return false;
        f_.checkKeys(*o, "network", {"hidden", "hidden_activation", "output_activation", "leaky_alpha"});
        bool ok = true;
        if (o->contains("hidden")) {
            const QJsonValue hidden = (*o)["hidden"];
            net.hidden.clear();
            if (hidden.isArray()) {
                const QJsonArray layers = hidden.toArray();
                if (layers.isEmpty() || layers.size() > LessonLimits::maxHiddenLayers) {
                    f_.error("network.hidden", QStringLiteral("expected 1 to %1 hidden layers, got %2")
                                                   .arg(LessonLimits::maxHiddenLayers).arg(layers.size()));
                    ok = false;
                }
                for (qsizetype i = 0; ok && i < layers.size(); ++i) {
                    const auto units = f_.integer(layers[i], QStringLiteral("network.hidden[%1]").arg(i), 1, LessonLimits::maxUnitsPerLayer);
                    ok = ok && units;
                    net.hidden.push_back(static_cast<int>(units.value_or(1)));
                }
            } else {
                const auto units = f_.integer(hidden, "network.hidden", 1, LessonLimits::maxUnitsPerLayer);
                ok = ok && units;
                net.hidden.push_back(static_cast<int>(units.value_or(1)));
            }
        }
        const auto activation = [&](const char* key, Activation fallback, bool output) -> Activation {
            if (!o->contains(key))
                return fallback;
            const QString path = QStringLiteral("network.") + key;
            const auto name = f_.string((*o)[key], path);
            const auto kind = name ? activationFromName(name->toStdString()) : std::nullopt;
            if (name && !kind)
                f_.error(path, QStringLiteral("unknown activation \"%1\"; use %2").arg(*name,
                               output ? QStringLiteral("sigmoid, linear or softmax")
                                      : QStringLiteral("sigmoid, tanh, relu, leaky_relu, linear or step")));
            ok = ok && kind;
            return kind.value_or(fallback);
        };
        net.hiddenActivation.kind = activation("hidden_activation", Activation::Sigmoid, false);
        net.outputActivation.kind = activation("output_activation", Activation::Sigmoid, true);
        if (o->contains("leaky_alpha")) {
            const auto alpha = f_.number((*o)["leaky_alpha"], "network.leaky_alpha", 0.0, 1.0);
            ok = ok && alpha;
            net.hiddenActivation.leakyAlpha = net.outputActivation.leakyAlpha = alpha.value_or(0.01);
        }
        if (!ok)
            return false;
    }
    if (!haveData)
        return true;
    net.inputs = lesson.data.inputs();
    net.outputs = lesson.data.outputs();
    const qint64 samples = lesson.data.samples();
    for (size_t l = 0; l < net.hidden.size(); ++l) {
        if (samples * net.hidden[l] > LessonLimits::maxCellsPerMatrix ||
            static_cast<qint64>(net.fanIn(static_cast<int>(l))) * net.hidden[l] > LessonLimits::maxCellsPerMatrix) {
            f_.error("network.hidden", QStringLiteral("%1 samples × %2 hidden units is more than the "
                                                      "limit of %3 cells per matrix")
                                           .arg(samples).arg(net.hidden[l]).arg(LessonLimits::maxCellsPerMatrix));
            return false;
        }
    }
    return true;
}

bool LessonParser::parseTraining(const QJsonValue& value, Lesson& lesson) {
    TrainingConfig& t = lesson.training;
    t.epochs = 1000;
    if (value.isUndefined())
        return true;
    const auto o = f_.object(value, "training");
    if (!o)
        return false;
    f_.checkKeys(*o, "training", {"learning_rate", "epochs", "loss", "batch", "update_biases", "seed"});
    bool ok = true;
    if (o->contains("learning_rate")) {
        const auto lr = f_.number((*o)["learning_rate"], "training.learning_rate", 0.0, 1e6, true);
        ok = ok && lr;
        t.learningRate = lr.value_or(0.1);
    }
    if (o->contains("epochs")) {
        const auto epochs = f_.integer((*o)["epochs"], "training.epochs", 1, LessonLimits::maxEpochs);
        ok = ok && epochs;
        t.epochs = static_cast<int>(epochs.value_or(1));
    }
    if (o->contains("loss")) {
        const auto name = f_.string((*o)["loss"], "training.loss");
        const auto loss = name ? lossFromName(name->toStdString()) : std::nullopt;
        if (name && !loss)
            f_.error("training.loss", QStringLiteral("unknown loss \"%1\"; use mse, bce or cross_entropy").arg(*name));
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
            f_.error("training.batch", QStringLiteral("expected \"full\", \"sgd\" or a positive whole number, got %1").arg(jsonKind(batch)));
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
    return ok;
}

bool LessonParser::parseInit(const QJsonValue& value, Lesson& lesson) {
    const NetworkSpec& net = lesson.network;
    lesson.initSpec.seed = lesson.training.seed;
    if (value.isUndefined()) {
        lesson.initial = initialise(net, lesson.initSpec);
        return true;
    }
    const auto o = f_.object(value, "init");
    if (!o)
        return false;
    if (o->contains("method")) {
        f_.checkKeys(*o, "init", {"method", "seed", "low", "high", "mean", "std"});
        InitSpec& spec = lesson.initSpec;
        const auto name = f_.string((*o)["method"], "init.method");
        if (!name)
            return false;
        if (*name == "uniform")
            spec.method = InitSpec::Method::Uniform;
        else if (*name == "normal")
            spec.method = InitSpec::Method::Normal;
        else if (*name == "xavier")
            spec.method = InitSpec::Method::Xavier;
        else {
            f_.error("init.method", QStringLiteral("unknown method \"%1\"; use uniform, normal or xavier, "
                                                   "or give the matrices").arg(*name));
            return false;
        }
        bool ok = true;
        const auto read = [&](const char* key, double& target, double min, double max) {
            if (!o->contains(key))
                return;
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
        if (ok && spec.low > spec.high) {
            f_.error("init.low", QStringLiteral("low (%1) is above high (%2)").arg(spec.low).arg(spec.high));
            ok = false;
        }
        if (ok)
            lesson.initial = initialise(net, spec);
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
        for (const auto& [key, target, rows] : {std::tuple{w, &layer.weights, net.fanIn(l)},
                                                std::tuple{b, &layer.bias, 1}}) {
            if (!o->contains(key)) {
                f_.error("init." + key, QStringLiteral("missing; give a %1 matrix or use {\"method\": \"uniform\"}")
                                            .arg(shapeText(rows, net.fanOut(l))));
                ok = false;
                continue;
            }
            const auto m = f_.matrix((*o)[key], "init." + key, rows, net.fanOut(l), LessonLimits::maxCellsPerMatrix);
            ok = ok && m;
            if (m)
                *target = *m;
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
    const Matrix& y = lesson.data.y;
    const Loss loss = lesson.training.loss;
    for (Index r = 0; r < y.rows(); ++r) {
        if (loss == Loss::Bce && ((y.row(r).array() < 0.0).any() || (y.row(r).array() > 1.0).any())) {
            f_.error(QStringLiteral("data.y[%1]").arg(r), QStringLiteral("loss bce needs targets from 0 to 1"));
            return;
        }
        if (loss == Loss::CrossEntropy &&
            ((y.row(r).array() < 0.0).any() || std::abs(y.row(r).sum() - 1.0) > 1e-9)) {
            f_.error(QStringLiteral("data.y[%1]").arg(r),
                     QStringLiteral("loss cross_entropy needs each target row to sum to 1 (one-hot: one 1, the rest 0)"));
            return;
        }
    }
}

} // namespace backstep
