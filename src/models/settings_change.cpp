// SPDX-License-Identifier: MIT
#include "settings_change.h"

#include "io/core_wording.h"
#include "io/lesson_loader.h"
#include "io/lesson_settings.h"
#include "io/lesson_writer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace backstep {

namespace {
// The context of this file's messages.
struct SettingsRefusal {
    Q_DECLARE_TR_FUNCTIONS(SettingsRefusal)
};
} // namespace

QJsonObject lessonSettings(const Lesson& lesson, bool dataEdited) {
    const QJsonObject written =
        QJsonDocument::fromJson(lessonToJson(lesson, lesson.initial, !dataEdited)).object();
    if (lesson.sourceJson.isEmpty() || dataEdited) return written; // the numbers as they are now
    // The file as read (raw data with its normalisation, CSV paths), with the weights as they
    // start now (drawn anew with another seed, or edited).
    QJsonObject json = lesson.sourceJson;
    json["init"] = written["init"];
    return json;
}

bool continuesTraining(const QJsonObject& set) {
    // Settings that keep the matrices of the sheet: anything that adds or removes matrices
    // (the optimiser, weight decay's G) restarts the lesson.
    static const QStringList live{"training.learning_rate",  "training.batch",
                                  "training.loss_reduction", "training.epochs",
                                  "training.stop_at_loss",   "training.lr_decay"};
    for (auto it = set.begin(); it != set.end(); ++it)
        if (!live.contains(it.key())) return false;
    return true;
}

SettingsChange changedLesson(const Lesson& current, bool dataEdited, const QJsonObject& set) {
    SettingsChange change;
    for (auto it = set.begin(); it != set.end(); ++it)
        if (!settablePaths().contains(it.key())) {
            change.error =
                SettingsRefusal::tr("%1: not a setting that can be changed here").arg(it.key());
            return change;
        }
    QJsonObject json = withSettings(lessonSettings(current, dataEdited), set);
    // The lesson's experiments were checked against the lesson as loaded; against a changed
    // one they may not all apply (a softmax lesson cannot go back to 1 output), so they are
    // carried over as they are rather than checked again.
    const QJsonValue experiments = json.take(QStringLiteral("experiments"));
    const QString folder =
        current.sourcePath.isEmpty() ? QString() : QFileInfo(current.sourcePath).absolutePath();
    Loaded<Lesson> result = parseLesson(QJsonDocument(json).toJson(QJsonDocument::Compact), folder,
                                        QStringLiteral("lesson"));
    if (!result) {
        // "lesson: network: softmax needs at least 2 outputs" → "network: softmax needs …"
        change.error = result.errors.value(0).section(QStringLiteral(": "), 1);
        return change;
    }
    result->sourcePath = current.sourcePath;
    result->experiments = current.experiments;
    if (!experiments.isUndefined())
        result->sourceJson.insert(QStringLiteral("experiments"), experiments);
    change.lesson = std::move(result.value);
    return change;
}

QString settingsRefusal(const Lesson& current, bool dataEdited, const QJsonObject& set) {
    static const QStringList quick{"network.hidden_activation", "network.output_activation",
                                   "training.loss", "training.loss_reduction"};
    NetworkSpec network = current.network;
    TrainingConfig training = current.training;
    for (auto it = set.begin(); it != set.end(); ++it) {
        const std::string value = it.value().toString().toStdString();
        const auto activation = activationFromName(value);
        if (!quick.contains(it.key()) || !it.value().isString())
            return changedLesson(current, dataEdited, set).error; // read the lesson again
        if (it.key() == QLatin1String("network.hidden_activation") && activation)
            network.hiddenActivation.kind = *activation;
        else if (it.key() == QLatin1String("network.output_activation") && activation)
            network.outputActivation.kind = *activation;
        else if (it.key() == QLatin1String("training.loss") && lossFromName(value))
            training.loss = *lossFromName(value);
        else if (it.key() != QLatin1String("training.loss_reduction") || !reductionFromName(value))
            return changedLesson(current, dataEdited, set)
                .error; // an unknown name: the parser words it
    }
    if (const auto why = incompatibility(network, training.loss)) // as the lesson parser words it
        return QStringLiteral("network: ") + CoreWording::incompatibility(*why, network);
    if (const auto problem = targetProblem(training.loss, current.data.y)) // as the parser words it
        return QStringLiteral("data.y[%1]: %2")
            .arg(problem->row)
            .arg(CoreWording::targetProblem(*problem));
    return {};
}

} // namespace backstep
