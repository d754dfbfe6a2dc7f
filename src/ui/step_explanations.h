// SPDX-License-Identifier: MIT
// What each step does and why, in plain words, for the explanation pane.
#pragma once

#include "core/trace.h"

#include <QString>

namespace backstep {

// HTML for one step of `trace` (its network, loss and settings decide some sentences), at
// weight layer `layer` (the stage's: steps 3, 4, 9 and 10 repeat per hidden layer).
QString stepExplanation(int step, int layer, const Trace& trace);

} // namespace backstep
