// SPDX-License-Identifier: MIT
// Plain-text summaries for the terminal: a lesson, a trace, a gradient check.
#pragma once

#include "core/gradcheck.h"
#include "core/trace.h"
#include "io/lesson.h"

#include <QString>

namespace backstep {

QString lessonSummary(const Lesson& lesson);
// Every stage of the trace with its formula and, for small matrices, the numbers.
QString traceSummary(const Trace& trace, int iteration);
QString gradientCheckReport(const GradientCheckResult& result, double tolerance);

// Text that is safe to print on a terminal: control characters other than line ends (escape
// sequences, NUL, …) from a lesson's titles and names are shown as \u001b and the like.
QString terminalSafe(const QString& text);
// A matrix cell in at most 11 characters without losing its magnitude: "0.1235",
// "-12345.6789", "1.000e+308", "-2.500e-07", "nan".
QString cellText(double value);

} // namespace backstep
