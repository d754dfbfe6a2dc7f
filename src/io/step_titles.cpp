// SPDX-License-Identifier: MIT
#include "step_titles.h"

#include <QCoreApplication>

#include <array>

namespace backstep {

namespace {

// Steps 1–12 in order.
constexpr std::array<const char*, 12> kTitles = {
    QT_TRANSLATE_NOOP("StepTitle", "Read inputs and targets"),
    QT_TRANSLATE_NOOP("StepTitle", "Initial weights and biases"),
    QT_TRANSLATE_NOOP("StepTitle", "Hidden layer input"),
    QT_TRANSLATE_NOOP("StepTitle", "Hidden layer activations"),
    QT_TRANSLATE_NOOP("StepTitle", "Output layer"),
    QT_TRANSLATE_NOOP("StepTitle", "Error at the output"),
    QT_TRANSLATE_NOOP("StepTitle", "Slopes of the activations"),
    QT_TRANSLATE_NOOP("StepTitle", "Delta at the output layer"),
    QT_TRANSLATE_NOOP("StepTitle", "Error at the hidden layer"),
    QT_TRANSLATE_NOOP("StepTitle", "Delta at the hidden layer"),
    QT_TRANSLATE_NOOP("StepTitle", "Update the weights"),
    QT_TRANSLATE_NOOP("StepTitle", "Update the biases"),
};

const char* titleOf(int step) {
    if (step < 1 || step > static_cast<int>(kTitles.size())) return nullptr;
    return kTitles[static_cast<size_t>(step - 1)];
}

} // namespace

std::string stepTitleEnglish(int step) {
    const char* title = titleOf(step);
    return title ? title : "?";
}

QString stepTitleText(int step) {
    const char* title = titleOf(step);
    return title ? QCoreApplication::translate("StepTitle", title) : QStringLiteral("?");
}

} // namespace backstep
