// SPDX-License-Identifier: MIT
// What the 2-D views say about their colours and samples in words: the legend of the sample
// colours (one entry per class named after the lesson's targets, or the colour scale of a
// regression target), and what a sample's tooltip tells beyond its position (its target and
// the prediction of the weights drawn). No widgets.
#pragma once

#include "core/dataset.h"
#include "core/network.h"

#include <QColor>
#include <QString>
#include <QVector>

namespace backstep {

struct LegendEntry {
    QColor low, high; // equal for a class; a colour scale from low to high otherwise
    QString text;
};

// The legend of the samples' colours for a lesson's training data (as targetColour paints
// them), in the application's language.
QVector<LegendEntry> sampleLegend(const Dataset& train);

// Row `row` of the training samples followed by the test samples: its class or target and
// the prediction of `params`, one line each ("Class: …", "Prediction: … (0.83)").
QString describeSample(const NetworkSpec& network, const Parameters& params, const Dataset& train,
                       const Dataset& test, int row);

} // namespace backstep
