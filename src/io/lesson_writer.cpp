// SPDX-License-Identifier: MIT
#include "lesson_writer.h"

#include "csv.h"

#include "core/trace_names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace backstep {

namespace {

QJsonValue text(const LocalizedText& t) {
    if (t.zhCN.isEmpty())
        return t.en;
    QJsonObject o{{"zh_CN", t.zhCN}};
    if (!t.en.isEmpty())
        o["en"] = t.en;
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

} // namespace

QByteArray lessonToJson(const Lesson& lesson, const Parameters& weights, bool keepGenerator) {
    QJsonObject root{{"format", "backstep-lesson"}, {"version", 1}};
    if (!lesson.title.isEmpty())
        root["title"] = text(lesson.title);
    if (!lesson.description.isEmpty())
        root["description"] = text(lesson.description);
    if (!lesson.stepNotes.empty()) {
        QJsonObject notes;
        for (const auto& [step, note] : lesson.stepNotes)
            notes[QString::number(step)] = text(note);
        root["notes"] = notes;
    }
    if (!lesson.experiments.empty()) {
        QJsonArray list;
        for (const LocalizedText& e : lesson.experiments)
            list.append(text(e));
        root["experiments"] = list;
    }
    if (keepGenerator && lesson.source.kind == DataSource::Kind::Generator) {
        const GeneratorSpec& g = lesson.source.generator;
        QJsonObject data{{"generator", QString::fromStdString(generatorName(g.kind))}, {"samples", g.samples},
                         {"noise", g.noise}, {"seed", static_cast<double>(g.seed)}};
        if (g.kind == GeneratorSpec::Kind::Spiral)
            data["classes"] = g.classes;
        if (lesson.normalise != Normalisation::None)
            data["normalise"] = lesson.normalise == Normalisation::Standardise ? "standardise" : "minmax";
        if (lesson.testFraction > 0) {
            data["test_fraction"] = lesson.testFraction;
            data["split_seed"] = static_cast<double>(lesson.splitSeed);
        }
        root["data"] = data;
    } else {
        // The numbers as trained on: already normalised and split, so neither is repeated.
        QJsonObject data{{"X", matrix(lesson.data.X)}, {"y", matrix(lesson.data.y)},
                         {"feature_names", names(lesson.data.featureNames)}, {"target_names", names(lesson.data.targetNames)}};
        if (lesson.test.samples() > 0) {
            data["test_X"] = matrix(lesson.test.X);
            data["test_y"] = matrix(lesson.test.y);
        }
        root["data"] = data;
    }
    if (!lesson.expect.isEmpty()) {
        QJsonObject expect;
        if (lesson.expect.accuracy)
            expect["accuracy"] = *lesson.expect.accuracy;
        if (lesson.expect.lossBelow)
            expect["loss_below"] = *lesson.expect.lossBelow;
        if (lesson.expect.stops)
            expect["stops"] = true;
        if (!lesson.expect.unchanged.isEmpty())
            expect["unchanged"] = QJsonArray::fromStringList(lesson.expect.unchanged);
        root["expect"] = expect;
    }
    const NetworkSpec& net = lesson.network;
    QJsonArray hidden;
    for (int h : net.hidden)
        hidden.append(h);
    QJsonObject network{{"hidden", net.hidden.size() == 1 ? QJsonValue(net.hidden[0]) : QJsonValue(hidden)},
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
    root["training"] = QJsonObject{{"learning_rate", t.learningRate}, {"epochs", t.epochs},
                                   {"loss", QString::fromStdString(lossName(t.loss))}, {"batch", batch},
                                   {"update_biases", t.updateBiases}, {"seed", static_cast<double>(t.seed)}};
    QJsonObject init;
    const int count = net.layerCount();
    for (int l = 0; l < count; ++l) {
        init[QString::fromStdString(traceName(MatrixRole::Weights, l, count))] = matrix(weights.layers[static_cast<size_t>(l)].weights);
        init[QString::fromStdString(traceName(MatrixRole::Bias, l, count))] = matrix(weights.layers[static_cast<size_t>(l)].bias);
    }
    root["init"] = init;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveLessonFile(const QString& path, const Lesson& lesson, const Parameters& weights, bool keepGenerator) {
    return writeTextFileAtomically(path, lessonToJson(lesson, weights, keepGenerator));
}

} // namespace backstep
