// SPDX-License-Identifier: MIT
// A hyper-parameter grid: KEY=V1,V2,… axes over a lesson's settings, every combination of
// them a configuration. Configurations that differ only in their epoch counts are trained
// once and read at each count.
#pragma once

#include "io_report.h"
#include "lesson.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace backstep {

struct SweepAxis {
    QString key;        // "hidden", "learning_rate", …
    QStringList values; // as typed: "8x4", "0.1", "tanh"
};

// The keys an axis may sweep, in the order the results list them.
const QStringList& sweepKeys();

// "learning_rate=0.1,0.01" → {learning_rate, [0.1, 0.01]}; nullopt with `error` naming what is
// wrong ("--grid hidden=: no values").
std::optional<SweepAxis> parseSweepAxis(const QString& text, QString& error);

// The lesson setting ("set" object of lesson paths) for one value of a key, or nullopt with
// `error` saying why ("hidden=0: expected a unit count from 1 …, or layers as 8x4").
std::optional<QJsonObject> sweepSetting(const QString& key, const QString& value, QString& error);

// One training run: a lesson and the epoch counts at which it is read. The lesson is kept as
// its file (checked when the plan is made) and read again when the run starts, so a sweep
// holds one run's samples at a time per thread.
struct SweepRun {
    QByteArray lessonJson;
    QString folder;                            // CSV paths are relative to it
    std::vector<int> epochs;                   // ascending, distinct
    std::vector<std::vector<QString>> choices; // per epoch count: the value of every axis
    std::vector<int> configuration;            // per epoch count: its number in grid order

    // The lesson, or its first error without the file's name ("network: softmax needs …").
    Loaded<Lesson> load() const;
};

struct SweepPlan {
    std::vector<SweepRun> runs;
    int configurations = 0;
    QString error; // when the plan could not be made: the first configuration refused, and why
};

// Every combination of the axes applied to `lesson` (changed through its lesson file, so each
// is checked like a loaded lesson). At most `maxConfigurations`.
SweepPlan planSweep(const Lesson& lesson, const std::vector<SweepAxis>& axes,
                    int maxConfigurations = 10000);

} // namespace backstep
