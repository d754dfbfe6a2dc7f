// SPDX-License-Identifier: MIT
// Every word a handout prints, in one place, in the user's language (the translator installed
// when a HandoutTexts is made).
#pragma once

#include <QCoreApplication>
#include <QString>

namespace backstep {

struct HandoutTexts {
    // Header line: "%1" lesson title, "%2" iteration, "%3" step, "%4" the step count (12).
    QString header =
        QCoreApplication::translate("HandoutTexts", "%1 · iteration %2 · step %3 of %4");
    QString answerKey = QCoreApplication::translate("HandoutTexts", "ANSWER KEY");
    QString nameField = QCoreApplication::translate("HandoutTexts", "Name: ____________________");
    QString page = QCoreApplication::translate("HandoutTexts", "page %1 of %2");
    QString untitled = QCoreApplication::translate("HandoutTexts", "Untitled lesson");
    // "Step 3 · Hidden layer input"; "%3" is " (layer 2)" for repeated steps of deeper networks.
    QString stepHeading = QCoreApplication::translate("HandoutTexts", "Step %1 · %2%3");
    QString layerSuffix = QCoreApplication::translate("HandoutTexts", " (layer %1)");
    QString continued = QCoreApplication::translate("HandoutTexts", "(continued)");
    QString given = QCoreApplication::translate("HandoutTexts", "Given");
    QString givenNothingComputed =
        QCoreApplication::translate("HandoutTexts", "Given (nothing to compute in this step)");
    QString compute =
        QCoreApplication::translate("HandoutTexts", "Compute (write each value in its box)");
    QString answers = QCoreApplication::translate("HandoutTexts", "Answers");
    // Caption of a grid: "%1" name, "%2" rows, "%3" columns.
    QString caption = QCoreApplication::translate("HandoutTexts", "%1 (%2×%3)");
    QString rowsPart = QCoreApplication::translate("HandoutTexts", ", rows %1–%2");
    QString columnsPart = QCoreApplication::translate("HandoutTexts", ", columns %1–%2");
    QString rowsNotShown = QCoreApplication::translate("HandoutTexts", "rows %1–%2 not shown");
    QString columnsNotShown =
        QCoreApplication::translate("HandoutTexts", "columns %1–%2 not shown");
    QString example = QCoreApplication::translate("HandoutTexts",
                                                  "Example: %1 is computed from the orange cells:");
    // "%1" the hidden layers' activation f, "%2" the output layer's g ("sigmoid", "tanh", …)
    QString activations = QCoreApplication::translate(
        "HandoutTexts", "f = %1 (hidden layers), g = %2 (output layer)");
    QString learningRate = QCoreApplication::translate("HandoutTexts", "learning rate lr = %1");
    QString batchRows = QCoreApplication::translate("HandoutTexts", "B = %1 rows in this batch");
    QString work = QCoreApplication::translate("HandoutTexts", "Working");
};

} // namespace backstep
