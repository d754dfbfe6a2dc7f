// SPDX-License-Identifier: MIT
#include "trace_export.h"

#include "csv.h"
#include "file_writer.h"

#include <QCoreApplication>
#include <QDir>

namespace backstep {

namespace {

QString ensureFolder(const QString& folder) {
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("TraceExport", "%1: cannot create the folder")
            .arg(folder);
    return {};
}

} // namespace

std::vector<std::string> layerUnitLabels(const NetworkSpec& network, int layer,
                                         const Dataset& data) {
    if (layer == network.layerCount() - 1) return data.targetNames;
    std::vector<std::string> labels;
    for (int u = 0; u < network.fanOut(layer); ++u)
        labels.push_back(hiddenUnitLabel(layer, u));
    return labels;
}

Saved writeTraceCsvs(const Trace& trace, const QString& folder) {
    if (QString error = ensureFolder(folder); !error.isEmpty()) return Saved::failed(error);
    const QDir dir(folder);
    std::vector<std::pair<QString, QByteArray>> files;
    for (const TraceMatrix& m : trace.matrices)
        files.emplace_back(dir.filePath(QString::fromStdString(m.name) + ".csv"),
                           matrixToCsv(m.values, m.columnLabels));
    return writeFilesAtomically(files);
}

Saved writeParametersCsvs(const Parameters& params, const NetworkSpec& network, const Dataset& data,
                          const QString& folder) {
    if (QString error = ensureFolder(folder); !error.isEmpty()) return Saved::failed(error);
    const QDir dir(folder);
    std::vector<std::pair<QString, QByteArray>> files;
    const int count = network.layerCount();
    for (int l = 0; l < count; ++l) {
        const std::vector<std::string> labels = layerUnitLabels(network, l, data);
        const Layer& layer = params.layers[static_cast<size_t>(l)];
        for (const auto& [role, values] : {std::pair{MatrixRole::Weights, &layer.weights},
                                           std::pair{MatrixRole::Bias, &layer.bias}}) {
            const QString name = QString::fromStdString(traceName(role, l, count)) + ".csv";
            files.emplace_back(dir.filePath(name), matrixToCsv(*values, labels));
        }
    }
    return writeFilesAtomically(files);
}

} // namespace backstep
