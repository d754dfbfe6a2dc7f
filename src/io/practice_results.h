// SPDX-License-Identifier: MIT
// A student's practice results as CSV, one row per cell practised:
//     student,lesson,iteration,step,cell,answer,expected,right,hints
//     Anna,"Three samples, four
//     inputs",1,3,"hidden_layer_input[1,1]",1.707,1.7067397503414834,yes,0
// `answer` is the last answer typed as typed (empty when none), `expected` the exact value
// (shortest form that reads back the same double), `right` yes or no, `hints` the help levels
// shown (1 formula, 2 formula with numbers, 3 answer revealed). UTF-8, RFC 4180 quoting.
#pragma once

#include "io_report.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace backstep {

struct PracticeResultRow {
    QString student;
    QString lesson;
    qint64 iteration = 1;
    int step = 3;
    QString cell; // "hidden_layer_input[1,2]", 1-based like the formula bar
    QString answer;
    double expected = 0.0;
    bool right = false;
    int hints = 0;
};

QByteArray practiceResultsCsv(const std::vector<PracticeResultRow>& rows);
// Writes the CSV through file_writer.h; an error is one line naming the file.
Saved writePracticeResults(const QString& path, const std::vector<PracticeResultRow>& rows);

} // namespace backstep
