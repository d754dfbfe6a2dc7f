// SPDX-License-Identifier: MIT
// The titles of the 12 steps ("Hidden layer input"), defined once: English for what stays
// English (the workbook), the user's language for the window, the command line and handouts.
#pragma once

#include <QString>

#include <string>

namespace backstep {

// The step's title as the tutorial words it, "Hidden layer input"; "?" outside 1–12.
std::string stepTitleEnglish(int step);

// The step's title in the user's language (translation context "StepTitle"); "?" outside 1–12.
QString stepTitleText(int step);

} // namespace backstep
