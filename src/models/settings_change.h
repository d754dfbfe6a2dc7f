// SPDX-License-Identifier: MIT
// A change of a lesson's settings, as the settings panel or an experiment makes it: the paths
// of the lesson file with their new values ({"training.learning_rate": 5}). The lesson as it
// is now is written to JSON, changed and read again, so a changed lesson is checked exactly
// like a loaded one and the reason it cannot train is known before anything changes.
#pragma once

#include "io/lesson.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace backstep {

// The lesson's settings as its file holds them (the data as given, with its normalisation and
// CSV paths), with the initial weights as they are now; after an edit of X or y, the numbers.
QJsonObject lessonSettings(const Lesson& lesson, bool dataEdited);

// Whether every path of `set` can change while training goes on from the current iteration
// (learning rate, batch, loss reduction, epochs, stop at loss); anything else restarts.
bool continuesTraining(const QJsonObject& set);

struct SettingsChange {
    std::optional<Lesson> lesson; // the changed lesson, or nothing with `error`
    QString error;                // one line: why the change cannot be made
};
SettingsChange changedLesson(const Lesson& current, bool dataEdited, const QJsonObject& set);

// Why `set` cannot be made ("" when it can): the answer of changedLesson, worked out without
// reading the lesson again where the set changes only the activations, the loss or its
// reduction (the settings panel asks this for every item of its menus; reading a lesson of
// 100 000 rows again each time would stall the window).
QString settingsRefusal(const Lesson& current, bool dataEdited, const QJsonObject& set);

} // namespace backstep
