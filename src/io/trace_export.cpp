// SPDX-License-Identifier: MIT
#include "trace_export.h"

#include "csv.h"

#include <QDir>

namespace backstep {

namespace {

QString ensureFolder(const QString& folder) {
    if (!QDir().mkpath(folder))
        return folder + QStringLiteral(": cannot create the folder");
    return {};
}

} // namespace

QString writeTraceCsvs(const Trace& trace, const QString& folder) {
    if (QString error = ensureFolder(folder); !error.isEmpty())
        return error;
    const QDir dir(folder);
    for (const TraceMatrix& m : trace.matrices) {
        const QString error = writeMatrixCsv(dir.filePath(QString::fromStdString(m.name) + ".csv"),
                                             m.values, m.columnLabels);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString writeParametersCsvs(const Parameters& params, const NetworkSpec& network,
                            const Dataset& data, const QString& folder) {
    if (QString error = ensureFolder(folder); !error.isEmpty())
        return error;
    const QDir dir(folder);
    const int count = network.layerCount();
    for (int l = 0; l < count; ++l) {
        std::vector<std::string> labels;
        if (l == count - 1)
            labels = data.targetNames;
        else
            for (int u = 0; u < network.fanOut(l); ++u)
                labels.push_back(hiddenUnitLabel(l, u));
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        for (const auto& [role, values] : {std::pair{MatrixRole::Weights, &layer.weights},
                                           std::pair{MatrixRole::Bias, &layer.bias}}) {
            const QString name = QString::fromStdString(traceName(role, l, count)) + ".csv";
            if (QString error = writeMatrixCsv(dir.filePath(name), *values, labels); !error.isEmpty())
                return error;
        }
    }
    return {};
}

} // namespace backstep
