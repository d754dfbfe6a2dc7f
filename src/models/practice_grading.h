// SPDX-License-Identifier: MIT
// How practice mode reads and grades a student's answer.
//
// An answer is read as a decimal number: spaces around it and one leading "=" are ignored, a
// decimal comma is read as a point, and scientific notation (1.5e-3) is accepted. Anything
// else is not an answer (it is neither right nor wrong and costs nothing).
//
// An answer a is right for the expected value e shown with d decimals when either
//   1. a and e give the same text rounded to d decimal places, where a value that rounds
//      to zero counts as zero whatever its sign ("-0.000" is "0.000"), or
//   2. |a − e| ≤ 1e-3 · |e| (a relative 1e-3, which covers values too large or too small for
//      the decimals shown, and numbers worked out from the rounded values on the sheet).
// With d = −1 (full precision shown) only the second rule applies. A non-finite expected
// value (a diverged lesson) is matched only by the same value ("inf", "-inf", "nan").
#pragma once

#include <QString>

#include <optional>

namespace backstep {

constexpr double practiceRelativeTolerance = 1e-3;

std::optional<double> parsePracticeAnswer(const QString& text);
bool isRightAnswer(double answer, double expected, int decimals);
// `value` rounded to `decimals` places as the grading compares it ("0.000" for −0.0001).
QString roundedText(double value, int decimals);

} // namespace backstep
