// SPDX-License-Identifier: MIT
// Lessons the tests share: the shipped ones by their path in the repository, and a two-moons
// lesson for the sweep's tests (the model's against backstep-cli, the dock's as a user drives
// it), written out as files.
#pragma once

#include "io/lesson_loader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace backstep::test {

// A lesson of the repository, e.g. "lessons/01-three-samples.json"; a test cannot go on
// without it, so a lesson that does not load ends the test run with its errors.
inline Lesson loadLesson(const QString& relative) {
    Loaded<Lesson> r = loadLessonFile(QStringLiteral(BACKSTEP_SOURCE_DIR "/") + relative);
    if (!r.value) qFatal("%s", qPrintable(r.errors.join('\n')));
    return *r.value;
}

// Two moons with a quarter held out for testing, a 2–4–1 tanh/sigmoid network trained in
// batches of 16 on the mean binary cross-entropy for 50 epochs.
inline QJsonObject moonsSweepLesson(int samples = 240, const QString& title = QString()) {
    QJsonObject l = QJsonDocument::fromJson(R"({"format": "backstep-lesson", "version": 1,
        "data": {"generator": "moons", "samples": 240, "noise": 0.2, "seed": 3, "test_fraction": 0.25},
        "network": {"hidden": 4, "hidden_activation": "tanh", "output_activation": "sigmoid"},
        "training": {"learning_rate": 0.5, "epochs": 50, "loss": "bce", "loss_reduction": "mean", "batch": 16, "seed": 4},
        "init": {"method": "normal", "seed": 2, "std": 0.5}})")
                        .object();
    if (!title.isEmpty()) l["title"] = title;
    QJsonObject data = l["data"].toObject();
    data["samples"] = samples;
    l["data"] = data;
    return l;
}

// Writes `json` to `path` and returns the path.
inline QString writeJsonFile(const QString& path, const QJsonObject& json) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json).toJson()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace backstep::test
