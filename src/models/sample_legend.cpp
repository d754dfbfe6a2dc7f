// SPDX-License-Identifier: MIT
#include "sample_legend.h"

#include "space_pictures.h"

#include "core/iteration.h"

#include <QCoreApplication>

namespace backstep {

namespace {
QString targetName(const Dataset& data, int column) {
    return column < static_cast<int>(data.targetNames.size())
               ? QString::fromStdString(data.targetNames[static_cast<size_t>(column)])
               : QStringLiteral("y%1").arg(column + 1);
}

QString number(double value) {
    return QString::number(value, 'g', 4);
}
} // namespace

QVector<LegendEntry> sampleLegend(const Dataset& train) {
    QVector<LegendEntry> entries;
    if (train.y.size() == 0) return entries;
    if (train.outputs() > 1) { // the colour of the largest target
        for (int c = 0; c < train.outputs(); ++c)
            entries.push_back({classColour(c), classColour(c), targetName(train, c)});
        return entries;
    }
    const QString name = targetName(train, 0);
    if (train.isClassification()) {
        for (int c = 0; c < 2; ++c)
            entries.push_back(
                {classColour(c), classColour(c), QStringLiteral("%1 = %2").arg(name).arg(c)});
        return entries;
    }
    entries.push_back({classColour(0), classColour(1),
                       QCoreApplication::translate("backstep::SampleLegend", "%1 from %2 to %3")
                           .arg(name, number(train.y.minCoeff()), number(train.y.maxCoeff()))});
    return entries;
}

QString describeSample(const NetworkSpec& network, const Parameters& params, const Dataset& train,
                       const Dataset& test, int row) {
    const bool inTest = row >= train.samples();
    const Dataset& data = inTest ? test : train;
    const Index r = inTest ? row - train.samples() : row;
    if (r < 0 || r >= data.samples()) return {};
    IterationWork work;
    forwardPass(network, params, Matrix(data.X.row(r)), work);
    const Matrix& output = work.layers.back().activation; // 1×k
    const auto y = data.y.row(r);
    if (data.outputs() > 1) {
        Index target, predicted;
        y.maxCoeff(&target);
        const double p = output.row(0).maxCoeff(&predicted);
        return QCoreApplication::translate("backstep::SampleLegend", "Class: %1")
                   .arg(targetName(data, static_cast<int>(target))) +
               QLatin1Char('\n') +
               QCoreApplication::translate("backstep::SampleLegend", "Prediction: %1 (%2)")
                   .arg(targetName(data, static_cast<int>(predicted)), number(p));
    }
    const QString name = targetName(data, 0);
    if (train.isClassification()) {
        const double p = output(0, 0);
        return QCoreApplication::translate("backstep::SampleLegend", "Class: %1")
                   .arg(QStringLiteral("%1 = %2").arg(name).arg(y(0) >= 0.5 ? 1 : 0)) +
               QLatin1Char('\n') +
               QCoreApplication::translate("backstep::SampleLegend", "Prediction: %1 (%2)")
                   .arg(QStringLiteral("%1 = %2").arg(name).arg(p >= 0.5 ? 1 : 0), number(p));
    }
    return QCoreApplication::translate("backstep::SampleLegend", "Target: %1 = %2")
               .arg(name, number(y(0))) +
           QLatin1Char('\n') +
           QCoreApplication::translate("backstep::SampleLegend", "Prediction: %1")
               .arg(number(output(0, 0)));
}

} // namespace backstep
