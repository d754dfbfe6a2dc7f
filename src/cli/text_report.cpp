// SPDX-License-Identifier: MIT
#include "text_report.h"

#include "command_support.h"
#include "display_width.h"

#include "core/provenance.h"
#include "io/core_wording.h"
#include "io/step_titles.h"
#include "models/matrix_table_model.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace backstep {

using cli::alignedFields;
using cli::Cli;
using cli::leftAligned;
using cli::rightAligned;

namespace {

QString s(const std::string& text) {
    return QString::fromStdString(text);
}

// "full batch", "sgd", "mini-batch 4"
QString batchText(const BatchSpec& batch) {
    switch (batch.kind) {
    case BatchSpec::Kind::Full:
        return Cli::tr("full batch");
    case BatchSpec::Kind::Sgd:
        return QStringLiteral("sgd");
    case BatchSpec::Kind::MiniBatch:
        return Cli::tr("mini-batch %1").arg(batch.size);
    }
    return {};
}

// "adam (β1 0.9, β2 0.999, ε 1e-08), weight decay 0.01", or empty for plain steps.
QString updatesText(const TrainingConfig& config) {
    QStringList parts;
    const OptimizerSpec& o = config.optimizer;
    if (o.kind == OptimizerSpec::Kind::Momentum)
        parts << QStringLiteral("momentum (β %1)").arg(o.beta);
    else if (o.kind == OptimizerSpec::Kind::Adam)
        parts
            << QStringLiteral("adam (β1 %1, β2 %2, ε %3)").arg(o.beta1).arg(o.beta2).arg(o.epsilon);
    if (config.weightDecay != 0) parts << Cli::tr("weight decay %1").arg(config.weightDecay);
    if (config.learningRateDecay.active())
        parts << Cli::tr("learning rate ×%1 every %2 epochs")
                     .arg(config.learningRateDecay.factor)
                     .arg(config.learningRateDecay.every);
    return parts.join(QStringLiteral(", "));
}

QString dataSourceText(const Lesson& lesson) {
    switch (lesson.source.kind) {
    case DataSource::Kind::Inline:
        return QStringLiteral("inline");
    case DataSource::Kind::Generator:
        return Cli::tr("generator %1 (noise %2, seed %3)")
            .arg(s(generatorName(lesson.source.generator.kind)))
            .arg(lesson.source.generator.noise)
            .arg(lesson.source.generator.seed);
    case DataSource::Kind::Csv:
        return Cli::tr("csv %1").arg(lesson.source.csvPath);
    case DataSource::Kind::Dataset:
        return Cli::tr("dataset %1 (the first %2 training and %3 test samples)")
            .arg(lesson.source.dataset)
            .arg(lesson.source.trainSamples)
            .arg(lesson.source.testSamples);
    }
    return {};
}

QString matrixText(const TraceMatrix& m) {
    const int maxRows = 6, maxCols = 8, width = 11;
    QString text;
    // Labels are cut to the column width; numbers never are (cellText keeps them short).
    // Widths are terminal columns: a Chinese label's characters take two each.
    const auto pad = [&](const QString& cell) { return rightAligned(cell, width, true) + ' '; };
    text += QString(12, ' ');
    for (Index c = 0; c < std::min<Index>(m.values.cols(), maxCols); ++c)
        text += pad(MatrixTableModel::displayLabel(m.columnLabels[static_cast<size_t>(c)]));
    text += m.values.cols() > maxCols ? QStringLiteral("…\n") : QStringLiteral("\n");
    for (Index r = 0; r < std::min<Index>(m.values.rows(), maxRows); ++r) {
        text += leftAligned(MatrixTableModel::displayLabel(m.rowLabels[static_cast<size_t>(r)]), 12,
                            true);
        for (Index c = 0; c < std::min<Index>(m.values.cols(), maxCols); ++c)
            text += rightAligned(cellText(m.values(r, c)), width) + ' ';
        text += m.values.cols() > maxCols ? QStringLiteral("…\n") : QStringLiteral("\n");
    }
    if (m.values.rows() > maxRows)
        text += Cli::tr("            … %1 more rows\n").arg(m.values.rows() - maxRows);
    return text;
}

} // namespace

QString cellText(double value) {
    if (std::isnan(value)) return QStringLiteral("nan");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    const double size = std::abs(value);
    if (size == 0.0 || (size >= 1e-4 && size < 1e5)) return QString::number(value, 'f', 4);
    return QString::number(value, 'e', 3);
}

QString terminalSafe(const QString& text) {
    QString safe;
    safe.reserve(text.size());
    for (const QChar ch : text) {
        const bool control = ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
                             ch == QChar::ParagraphSeparator;
        if (control && ch != QLatin1Char('\n'))
            safe += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            safe += ch;
    }
    return safe;
}

QString lessonSummary(const Lesson& lesson) {
    const Dataset& d = lesson.data;
    const TrainingConfig& t = lesson.training;
    QList<std::pair<QString, QString>> fields;
    const QString title = lesson.title.text(QLocale().name()); // the user's language
    fields.append({Cli::tr("title:"), title.isEmpty() ? Cli::tr("(untitled)") : title});
    fields.append({Cli::tr("data:"),
                   Cli::tr("%1 samples, %2 inputs, %3 targets (%4)%5")
                       .arg(d.samples())
                       .arg(d.inputs())
                       .arg(d.outputs())
                       .arg(dataSourceText(lesson),
                            d.isClassification() ? Cli::tr(", classification") : QString())});
    if (lesson.test.samples() > 0)
        fields.append(
            {Cli::tr("test set:"), Cli::tr("%1 samples held out").arg(lesson.test.samples())});
    if (lesson.normalise != Normalisation::None)
        fields.append({Cli::tr("inputs:"), lesson.normalise == Normalisation::Standardise
                                               ? Cli::tr("standardised")
                                               : Cli::tr("min–max scaled")});
    fields.append({Cli::tr("network:"), s(lesson.network.describe())});
    fields.append(
        {Cli::tr("training:"),
         Cli::tr("loss %1 (%7), %2 (%3 iterations per epoch), learning rate %4, %5 epochs%6%8")
             .arg(s(lossName(t.loss)), batchText(t.batch))
             .arg(t.batch.iterationsPerEpoch(d.samples()))
             .arg(t.learningRate)
             .arg(t.epochs)
             .arg(t.updateBiases ? QString() : Cli::tr(", biases frozen"),
                  t.reduction == LossReduction::Mean ? Cli::tr("mean over the batch")
                                                     : Cli::tr("summed"),
                  t.stopAtLoss ? Cli::tr(", stop at loss %1").arg(*t.stopAtLoss) : QString())});
    if (const QString updates = updatesText(t); !updates.isEmpty())
        fields.append({Cli::tr("updates:"), updates});
    fields.append({Cli::tr("init:"), lesson.explicitInit
                                         ? Cli::tr("explicit matrices")
                                         : Cli::tr("%1, seed %2")
                                               .arg(s(initMethodName(lesson.initSpec.method)))
                                               .arg(lesson.initSpec.seed)});
    return alignedFields(fields);
}

QString traceSummary(const Trace& trace, int iteration) {
    QString text =
        Cli::tr("Trace of iteration %1 (%2 samples in the batch); loss before the update %3\n")
            .arg(iteration)
            .arg(trace.sampleIndices.size())
            .arg(trace.loss, 0, 'g', 10);
    for (const TraceStage& stage : trace.stages) {
        text += Cli::tr("\n== step %1: %2 — %3\n")
                    .arg(stage.step)
                    .arg(stepTitleText(stage.step),
                         CoreWording::stepFormula(
                             stepFormula(stage.step, stage.layer, trace.network, trace.config)));
        for (int index : stage.matrices) {
            const TraceMatrix& m = trace.matrices[static_cast<size_t>(index)];
            text += QStringLiteral("%1  (%2×%3)\n")
                        .arg(s(m.name))
                        .arg(m.values.rows())
                        .arg(m.values.cols());
            text += matrixText(m);
        }
    }
    return text;
}

QString gradientCheckReport(const GradientCheckResult& result, double tolerance) {
    // Columns of at least 12, 12, 12, 22 and 26 terminal columns, wider where a heading is
    // (a Chinese heading's characters take two columns each), the numbers right-aligned.
    const QStringList headings{Cli::tr("parameter"), Cli::tr("max error"), Cli::tr("worst cell"),
                               Cli::tr("update"), Cli::tr("−lr·∂L/∂θ (finite diff.)")};
    int widths[] = {12, 12, 12, 22, 26};
    const bool numbers[] = {false, true, false, true, true};
    for (int i = 0; i < 5; ++i)
        widths[i] = std::max(widths[i], cli::displayWidth(headings[i]));
    const auto line = [&](const QStringList& cells) {
        QStringList aligned;
        for (int i = 0; i < 5; ++i)
            aligned << (numbers[i] ? rightAligned(cells[i], widths[i])
                                   : leftAligned(cells[i], widths[i]));
        return aligned.join(' ') + '\n';
    };
    QString text = line(headings);
    for (const GradientCheckMatrix& m : result.matrices) {
        if (m.frozen) {
            text += Cli::tr("%1 frozen (update_biases: false)\n")
                        .arg(leftAligned(s(m.name), widths[0]));
            continue;
        }
        text += line({s(m.name), QString::number(m.maxError, 'e', 2),
                      QStringLiteral("[%1,%2]").arg(m.worstRow + 1).arg(m.worstColumn + 1),
                      QString::number(m.worstUpdate, 'g', 12),
                      QString::number(m.worstExpected, 'g', 12)});
    }
    text +=
        result.passed(tolerance)
            ? Cli::tr("PASS: every update equals −lr·∂L/∂θ within %1\n").arg(tolerance)
            : Cli::tr("FAIL: largest error %1 is above %2\n").arg(result.maxError).arg(tolerance);
    return text;
}

} // namespace backstep
