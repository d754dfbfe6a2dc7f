// SPDX-License-Identifier: MIT
#include "lesson_writer.h"

#include "csv.h"
#include "exercise.h"
#include "file_writer.h"
#include "lesson_comparison.h"
#include "trace_export.h"

#include "core/trace_names.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstep {

namespace {

// English alone as a plain string, several languages as {"en": …, "zh_CN": …, "ru": …}.
QJsonValue text(const LocalizedText& t) {
    if (t.byLanguage.size() == 1 && t.byLanguage.count(QStringLiteral("en"))) return t.in("en");
    QJsonObject o;
    for (const auto& [code, value] : t.byLanguage)
        if (!value.isEmpty()) o[code] = value;
    return o;
}

QJsonArray matrix(const Matrix& m) {
    QJsonArray rows;
    for (Index r = 0; r < m.rows(); ++r) {
        QJsonArray row;
        for (Index c = 0; c < m.cols(); ++c)
            row.append(m(r, c));
        rows.append(row);
    }
    return rows;
}

QJsonArray names(const std::vector<std::string>& list) {
    QJsonArray a;
    for (const std::string& s : list)
        a.append(QString::fromStdString(s));
    return a;
}

QJsonObject expectationObject(const Expectation& e) {
    QJsonObject o;
    for (const auto& [key, value] :
         {std::pair{"accuracy", &e.accuracy}, std::pair{"accuracy_at_most", &e.accuracyAtMost},
          std::pair{"test_accuracy", &e.testAccuracy},
          std::pair{"test_accuracy_at_most", &e.testAccuracyAtMost},
          std::pair{"loss_below", &e.lossBelow}, std::pair{"loss_above", &e.lossAbove},
          std::pair{"test_loss_below", &e.testLossBelow},
          std::pair{"test_loss_above", &e.testLossAbove}})
        if (*value) o[key] = **value;
    if (e.stops) o["stops"] = true;
    if (!e.unchanged.isEmpty()) o["unchanged"] = QJsonArray::fromStringList(e.unchanged);
    return o;
}

// A plain text, or {"text": …, "set": {…}, "expect": {…}}.
QJsonValue experimentValue(const Experiment& e) {
    if (e.set.isEmpty() && e.expect.isEmpty()) return text(e.text);
    QJsonObject o{{"text", text(e.text)}};
    if (!e.set.isEmpty()) o["set"] = e.set;
    if (!e.expect.isEmpty()) o["expect"] = expectationObject(e.expect);
    return o;
}

bool sameNumbers(const Parameters& a, const Parameters& b) {
    if (a.layers.size() != b.layers.size()) return false;
    for (size_t l = 0; l < a.layers.size(); ++l)
        if (a.layers[l].weights != b.layers[l].weights || a.layers[l].bias != b.layers[l].bias)
            return false;
    return true;
}

// {"method": "normal", "seed": 0, "mean": 0, "std": 0.01, "biases": "zero"}: draws the same
// weights.
QJsonObject initSpecObject(const InitSpec& spec) {
    QJsonObject init{{"method", QString::fromStdString(initMethodName(spec.method))},
                     {"seed", static_cast<double>(spec.seed)}};
    if (spec.method == InitSpec::Method::Uniform) {
        init["low"] = spec.low;
        init["high"] = spec.high;
    } else if (spec.method == InitSpec::Method::Normal) {
        init["mean"] = spec.mean;
        init["std"] = spec.std;
    }
    if (spec.zeroBiases && spec.method != InitSpec::Method::Xavier) init["biases"] = "zero";
    return init;
}

// Where matrices too large for the JSON go: CSV files named after the lesson, next to it.
struct DataFolder {
    QString folder, baseName; // empty folder: everything inline
    std::vector<std::pair<QString, QByteArray>> files;
    bool enabled() const { return !folder.isEmpty(); }
    // Adds "<lesson>.<suffix>.csv" and returns its name relative to the lesson.
    QString add(const QString& suffix, const QByteArray& csv) {
        const QString name = baseName + '.' + suffix + QStringLiteral(".csv");
        files.emplace_back(folder + '/' + name, csv);
        return name;
    }
};

// Column names that read back as the same columns: trimmed, one line, none empty, no two alike.
QStringList uniqueColumnNames(const std::vector<std::string>& features,
                              const std::vector<std::string>& targets) {
    QStringList result;
    for (const auto* list : {&features, &targets}) {
        for (const std::string& raw : *list) {
            QString name = QString::fromStdString(raw);
            for (QChar& ch : name)
                if (ch.category() == QChar::Other_Control) ch = QLatin1Char(' ');
            name = name.simplified();
            if (name.isEmpty()) name = QStringLiteral("column");
            const QString stem = name;
            for (int n = 2; result.contains(name); ++n)
                name = QStringLiteral("%1_%2").arg(stem).arg(n);
            result << name;
        }
    }
    return result;
}

std::vector<std::string> toStd(const QStringList& list) {
    std::vector<std::string> result;
    for (const QString& s : list)
        result.push_back(s.toStdString());
    return result;
}

// X and y side by side as one CSV: the inputs, then the targets.
QByteArray samplesCsv(const Dataset& d, const QStringList& header) {
    Matrix both(d.samples(), d.inputs() + d.outputs());
    both << d.X, d.y;
    return matrixToCsv(both, toStd(header));
}

QJsonObject dataInCsvFiles(const Lesson& lesson, DataFolder& out) {
    const QStringList header = uniqueColumnNames(lesson.data.featureNames, lesson.data.targetNames);
    const auto inputs = static_cast<qsizetype>(lesson.data.inputs());
    QJsonObject data{{"csv", out.add(QStringLiteral("data"), samplesCsv(lesson.data, header))},
                     {"features", QJsonArray::fromStringList(header.mid(0, inputs))},
                     {"targets", QJsonArray::fromStringList(header.mid(inputs))}};
    if (lesson.test.samples() > 0)
        data["test_csv"] = out.add(QStringLiteral("test"), samplesCsv(lesson.test, header));
    return data;
}

QJsonObject lessonObject(const Lesson& lesson, const Parameters& weights, bool keepGenerator,
                         DataFolder& out) {
    QJsonObject root{{"format", "backstep-lesson"}, {"version", 1}};
    if (!lesson.title.isEmpty()) root["title"] = text(lesson.title);
    if (!lesson.description.isEmpty()) root["description"] = text(lesson.description);
    if (!lesson.stepNotes.empty()) {
        QJsonObject notes;
        for (const auto& [step, note] : lesson.stepNotes)
            notes[QString::number(step)] = text(note);
        root["notes"] = notes;
    }
    if (!lesson.experiments.empty()) {
        QJsonArray list;
        for (const Experiment& e : lesson.experiments)
            list.append(experimentValue(e));
        root["experiments"] = list;
    }
    if (keepGenerator && lesson.source.kind == DataSource::Kind::Generator) {
        const GeneratorSpec& g = lesson.source.generator;
        QJsonObject data{{"generator", QString::fromStdString(generatorName(g.kind))},
                         {"samples", g.samples},
                         {"noise", g.noise},
                         {"seed", static_cast<double>(g.seed)}};
        if (g.kind == GeneratorSpec::Kind::Spiral) data["classes"] = g.classes;
        if (lesson.normalise != Normalisation::None)
            data["normalise"] =
                lesson.normalise == Normalisation::Standardise ? "standardise" : "minmax";
        if (lesson.testFraction > 0) {
            data["test_fraction"] = lesson.testFraction;
            data["split_seed"] = static_cast<double>(lesson.splitSeed);
        }
        root["data"] = data;
    } else if (keepGenerator && lesson.source.kind == DataSource::Kind::Dataset) {
        QJsonObject data{{"dataset", lesson.source.dataset},
                         {"train_samples", lesson.source.trainSamples},
                         {"test_samples", lesson.source.testSamples}};
        if (lesson.normalise != Normalisation::None)
            data["normalise"] =
                lesson.normalise == Normalisation::Standardise ? "standardise" : "minmax";
        root["data"] = data;
    } else if (out.enabled() && lesson.data.X.size() + lesson.data.y.size() + lesson.test.X.size() +
                                        lesson.test.y.size() >
                                    inlineCells) {
        root["data"] = dataInCsvFiles(lesson, out); // as trained on, like the inline numbers below
    } else {
        // The numbers as trained on: already normalised and split, so neither is repeated.
        QJsonObject data{{"X", matrix(lesson.data.X)},
                         {"y", matrix(lesson.data.y)},
                         {"feature_names", names(lesson.data.featureNames)},
                         {"target_names", names(lesson.data.targetNames)}};
        if (lesson.test.samples() > 0) {
            data["test_X"] = matrix(lesson.test.X);
            data["test_y"] = matrix(lesson.test.y);
        }
        root["data"] = data;
    }
    if (!lesson.expect.isEmpty()) root["expect"] = expectationObject(lesson.expect);
    if (lesson.exercise) root["exercise"] = exerciseObject(*lesson.exercise);
    if (const auto compare = lessonComparison(lesson); !compare.empty())
        root["compare"] = comparisonObject(compare);
    const NetworkSpec& net = lesson.network;
    QJsonArray hidden;
    for (int h : net.hidden)
        hidden.append(h);
    QJsonObject network{
        {"hidden", net.hidden.size() == 1 ? QJsonValue(net.hidden[0]) : QJsonValue(hidden)},
        {"hidden_activation", QString::fromStdString(activationName(net.hiddenActivation.kind))},
        {"output_activation", QString::fromStdString(activationName(net.outputActivation.kind))}};
    if (net.hiddenActivation.kind == Activation::LeakyRelu)
        network["leaky_alpha"] = net.hiddenActivation.leakyAlpha;
    root["network"] = network;
    const TrainingConfig& t = lesson.training;
    QJsonValue batch = QStringLiteral("full");
    if (t.batch.kind == BatchSpec::Kind::Sgd)
        batch = QStringLiteral("sgd");
    else if (t.batch.kind == BatchSpec::Kind::MiniBatch)
        batch = t.batch.size;
    QJsonObject training{{"learning_rate", t.learningRate},
                         {"epochs", t.epochs},
                         {"loss", QString::fromStdString(lossName(t.loss))},
                         {"batch", batch},
                         {"update_biases", t.updateBiases},
                         {"seed", static_cast<double>(t.seed)}};
    if (t.reduction != LossReduction::Sum)
        training["loss_reduction"] = QString::fromStdString(reductionName(t.reduction));
    if (t.stopAtLoss) training["stop_at_loss"] = *t.stopAtLoss;
    if (t.optimizer != OptimizerSpec{}) {
        QJsonObject optimizer{{"name", QString::fromStdString(optimizerName(t.optimizer.kind))}};
        if (t.optimizer.kind == OptimizerSpec::Kind::Momentum) optimizer["beta"] = t.optimizer.beta;
        if (t.optimizer.kind == OptimizerSpec::Kind::Adam) {
            optimizer["beta1"] = t.optimizer.beta1;
            optimizer["beta2"] = t.optimizer.beta2;
            optimizer["epsilon"] = t.optimizer.epsilon;
        }
        training["optimizer"] = optimizer;
    }
    if (t.weightDecay != 0) training["weight_decay"] = t.weightDecay;
    if (t.dropout != 0) training["dropout"] = t.dropout;
    if (t.learningRateDecay.every > 0)
        training["lr_decay"] = QJsonObject{{"every", t.learningRateDecay.every},
                                           {"factor", t.learningRateDecay.factor}};
    root["training"] = training;
    if (!lesson.explicitInit && sameNumbers(weights, lesson.initial)) { // the seeded start itself
        root["init"] = initSpecObject(lesson.initSpec);
        return root;
    }
    QJsonObject init;
    const int count = net.layerCount();
    for (int l = 0; l < count; ++l) {
        const Layer& layer = weights.layers[static_cast<size_t>(l)];
        for (const auto& [role, values] : {std::pair{MatrixRole::Weights, &layer.weights},
                                           std::pair{MatrixRole::Bias, &layer.bias}}) {
            const QString name = QString::fromStdString(traceName(role, l, count));
            if (out.enabled() && values->size() > inlineCells) // a large layer: its own CSV file
                init[name] =
                    out.add(name, matrixToCsv(*values, layerUnitLabels(net, l, lesson.data)));
            else
                init[name] = matrix(*values);
        }
    }
    root["init"] = init;
    return root;
}

} // namespace

QByteArray lessonToJson(const Lesson& lesson, const Parameters& weights, bool keepGenerator) {
    DataFolder inlineOnly;
    return QJsonDocument(lessonObject(lesson, weights, keepGenerator, inlineOnly))
        .toJson(QJsonDocument::Indented);
}

LessonFiles lessonToFiles(const QString& lessonPath, const Lesson& lesson,
                          const Parameters& weights, bool keepGenerator) {
    const QFileInfo info(lessonPath);
    DataFolder out{info.absolutePath(), info.completeBaseName(), {}};
    LessonFiles files;
    files.json = QJsonDocument(lessonObject(lesson, weights, keepGenerator, out))
                     .toJson(QJsonDocument::Indented);
    files.dataFiles = std::move(out.files);
    return files;
}

Saved saveLessonFile(const QString& path, const Lesson& lesson, const Parameters& weights,
                     bool keepGenerator) {
    LessonFiles files = lessonToFiles(path, lesson, weights, keepGenerator);
    files.dataFiles.emplace_back(path, files.json); // the lesson last, after the data it names
    return writeFilesAtomically(files.dataFiles);
}

} // namespace backstep
