// SPDX-License-Identifier: MIT
// Every word a handout prints, in one place: a translation layer fills another HandoutTexts.
#pragma once

#include <QString>

namespace backstep {

struct HandoutTexts {
    // Header line: "%1" lesson title, "%2" iteration, "%3" step, "%4" the step count (12).
    QString header = QStringLiteral("%1 · iteration %2 · step %3 of %4");
    QString answerKey = QStringLiteral("ANSWER KEY");
    QString nameField = QStringLiteral("Name: ____________________");
    QString page = QStringLiteral("page %1 of %2");
    QString untitled = QStringLiteral("Untitled lesson");
    // "Step 3 · Hidden layer input"; "%3" is " (layer 2)" for repeated steps of deeper networks.
    QString stepHeading = QStringLiteral("Step %1 · %2%3");
    QString layerSuffix = QStringLiteral(" (layer %1)");
    QString continued = QStringLiteral("(continued)");
    QString given = QStringLiteral("Given");
    QString givenNothingComputed = QStringLiteral("Given (nothing to compute in this step)");
    QString compute = QStringLiteral("Compute (write each value in its box)");
    QString answers = QStringLiteral("Answers");
    // Caption of a grid: "%1" name, "%2" rows, "%3" columns.
    QString caption = QStringLiteral("%1 (%2×%3)");
    QString rowsPart = QStringLiteral(", rows %1–%2");
    QString columnsPart = QStringLiteral(", columns %1–%2");
    QString rowsNotShown = QStringLiteral("rows %1–%2 not shown");
    QString columnsNotShown = QStringLiteral("columns %1–%2 not shown");
    QString example = QStringLiteral("Example: %1 is computed from the orange cells:");
    // "%1" the hidden layers' activation f, "%2" the output layer's g ("sigmoid", "tanh", …)
    QString activations = QStringLiteral("f = %1 (hidden layers), g = %2 (output layer)");
    QString learningRate = QStringLiteral("learning rate lr = %1");
    QString batchRows = QStringLiteral("B = %1 rows in this batch");
    QString work = QStringLiteral("Working");
};

} // namespace backstep
