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

} // namespace backstep
