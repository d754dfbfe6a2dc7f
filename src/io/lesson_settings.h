// SPDX-License-Identifier: MIT
// Changing a lesson's settings by their paths in the lesson file ("training.learning_rate",
// "network.hidden", "data.noise"): what an experiment's "set" does and what the settings
// panel does. The change is made to the lesson's JSON, which is then read again, so a changed
// lesson is checked exactly like a loaded one.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace backstep {

// The paths a "set" may change.
const QStringList& settablePaths();

// `lesson` with every path of `set` changed (members created where missing). When the network's
// shape changes and the lesson gave its initial weights as matrices, they no longer fit: the
// weights are drawn instead (uniform, with the training seed) unless `set` says how.
QJsonObject withSettings(QJsonObject lesson, const QJsonObject& set);

} // namespace backstep
