// SPDX-License-Identifier: MIT
#include "workbook_writer.h"

#include "core_wording.h"
#include "file_writer.h"
#include "step_titles.h"
#include "workbook_formulas.h"
#include "workbook_layout.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cerrno>
#include <map>
#include <optional>
#include <set>

namespace backstep {

namespace {
// The context of the messages of writing a workbook.
struct WorkbookWriterText {
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriterText)
};
// The context of the workbook's own words (titles, labels, notes), in the user's language;
// matrix names, formulas, defined names and the sheet names stay as in the tutorial.
struct WorkbookText {
    Q_DECLARE_TR_FUNCTIONS(WorkbookText)
};

std::string utf8(const QString& text) {
    return text.toStdString();
}

// A row label of the trace in the user's language ("sample 2", "bias"); names stay.
std::string rowLabel(const std::string& label) {
    static const std::string sample = "sample ";
    if (label.rfind(sample, 0) == 0)
        return utf8(
            WorkbookText::tr("sample %1").arg(QString::fromStdString(label.substr(sample.size()))));
    if (label == "bias") return utf8(WorkbookText::tr("bias"));
    return label;
}

// A step's formula with its few words in the user's language (names and symbols stay).
std::string formulaOf(int step, const NetworkSpec& network, const TrainingConfig& config) {
    return utf8(CoreWording::stepFormula(stepFormula(step, network, config)));
}
} // namespace

namespace {

QString thousands(std::int64_t n) {
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(n)).replace(',', ' ');
}

std::string sheetName(std::int64_t iteration) {
    return "Iteration " + std::to_string(iteration);
}

enum class Mark { None, Yellow, Orange };

// One libxlsxwriter workbook being written; remembers the first error of any call.
class Writer {
public:
    Writer(lxw_workbook* workbook) : workbook_(workbook) {
        title_ = format([](lxw_format* f) {
            format_set_bold(f);
            format_set_font_size(f, 13);
        });
        band_ = format([](lxw_format* f) {
            format_set_bold(f);
            format_set_font_color(f, 0x1A4D80);
        });
        matrixTitle_ = format([](lxw_format* f) { format_set_bold(f); });
        label_ = format([](lxw_format* f) {
            format_set_italic(f);
            format_set_font_color(f, 0x555555);
        });
        yellow_ = format([](lxw_format* f) { // the cells the step computes
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, 0xFFE866);
            format_set_border(f, LXW_BORDER_THIN);
        });
        orange_ = format([](lxw_format* f) { // their inputs: orange with a dashed border
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, 0xFFB066);
            format_set_border(f, LXW_BORDER_DASHED);
        });
    }

    lxw_error error() const { return error_; }
    void check(lxw_error e) {
        if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
    }

    void writeSheet(const Trace& trace, const WorkbookOptions& options, int index,
                    const SheetLayout& layout, const SheetLayout* previous,
                    std::map<int, SampleOrigin>& origins);

private:
    template <typename Setup> lxw_format* format(Setup setup) {
        lxw_format* f = workbook_add_format(workbook_);
        setup(f);
        return f;
    }
    lxw_format* markFormat(Mark mark) const {
        return mark == Mark::Yellow ? yellow_ : mark == Mark::Orange ? orange_ : nullptr;
    }
    void text(int row, int column, const std::string& value, lxw_format* f = nullptr) {
        check(worksheet_write_string(sheet_, static_cast<lxw_row_t>(row),
                                     static_cast<lxw_col_t>(column), value.c_str(), f));
    }
    void value(int row, int column, const std::optional<CellFormula>& formula, double cached,
               lxw_format* f) {
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        if (!formula)
            check(worksheet_write_number(sheet_, r, c, cached, f));
        else if (formula->array)
            check(worksheet_write_array_formula_num(sheet_, r, c, r, c, formula->text.c_str(), f,
                                                    cached));
        else
            check(worksheet_write_formula_num(sheet_, r, c, formula->text.c_str(), f, cached));
    }
    void comment(int row, int column, const std::string& note) {
        check(worksheet_write_comment(sheet_, static_cast<lxw_row_t>(row),
                                      static_cast<lxw_col_t>(column), note.c_str()));
    }
    void defineName(const std::string& sheet, const std::string& name, const std::string& range) {
        const std::string scoped = sheetPrefix(sheet) + name; // sheet-scoped: 'Iteration 2'!wh
        check(workbook_define_name(workbook_, scoped.c_str(),
                                   ("=" + sheetPrefix(sheet) + range).c_str()));
    }
    void writeMatrix(const Trace& trace, const TraceMatrix& values, const MatrixPlacement& m,
                     const SheetFormulas& formulas, Mark mark);

    lxw_workbook* workbook_;
    lxw_worksheet* sheet_ = nullptr;
    lxw_error error_ = LXW_NO_ERROR;
    lxw_format *title_, *band_, *matrixTitle_, *label_, *yellow_, *orange_;
};

void Writer::writeMatrix(const Trace& trace, const TraceMatrix& values, const MatrixPlacement& m,
                         const SheetFormulas& formulas, Mark mark) {
    text(m.titleRow, m.labelColumn,
         utf8(WorkbookText::tr("%1  (%2×%3, step %4)")
                  .arg(QString::fromStdString(m.name))
                  .arg(m.rows)
                  .arg(m.columns)
                  .arg(values.step)),
         matrixTitle_);
    comment(m.titleRow, m.labelColumn,
            utf8(WorkbookText::tr("Step %1: %2").arg(values.step).arg(stepTitleText(values.step))) +
                "\n" + formulaOf(values.step, trace.network, trace.config));
    for (int c = 0; c < m.columns; ++c)
        text(m.titleRow + 1, m.column(c), values.columnLabels[static_cast<size_t>(c)], label_);
    lxw_format* f = markFormat(mark);
    for (int r = 0; r < m.rows; ++r) {
        text(m.row(r), m.labelColumn, rowLabel(values.rowLabels[static_cast<size_t>(r)]), label_);
        for (int c = 0; c < m.columns; ++c)
            value(m.row(r), m.column(c), formulas.cell(m, r, c), values.values(r, c), f);
    }
}

void Writer::writeSheet(const Trace& trace, const WorkbookOptions& options, int index,
                        const SheetLayout& layout, const SheetLayout* previous,
                        std::map<int, SampleOrigin>& origins) {
    const std::string sheet = sheetName(options.firstIteration + index);
    const std::string previousName =
        index > 0 ? sheetName(options.firstIteration + index - 1) : std::string();
    sheet_ = workbook_add_worksheet(workbook_, sheet.c_str());
    if (!sheet_) {
        check(LXW_ERROR_MEMORY_MALLOC_FAILED);
        return;
    }
    const SheetFormulas formulas(trace, layout, previous, previousName,
                                 sheetName(options.firstIteration), origins);

    // Yellow: the matrices step S computes; orange: the matrices they are computed from.
    std::set<std::string> yellow, orange;
    bool rateOrange = false;
    for (const TraceMatrix& m : trace.matrices)
        if (m.step == options.step) {
            yellow.insert(m.name);
            for (const std::string& input : inputMatrices(trace, m))
                orange.insert(input);
            rateOrange = rateOrange || usesLearningRate(trace, m.role);
        }
    const auto markOf = [&](const std::string& matrix) {
        return yellow.count(matrix)   ? Mark::Yellow
               : orange.count(matrix) ? Mark::Orange
                                      : Mark::None;
    };
    const bool mean = trace.config.reduction == LossReduction::Mean;

    check(worksheet_set_column(sheet_, 0, static_cast<lxw_col_t>(layout.columnCount), 11, nullptr));
    check(worksheet_set_column(sheet_, 0, 0, 18, nullptr));
    text(layout.titleRow, 0,
         utf8(WorkbookText::tr("%1: iteration %2 (batch of %3)")
                  .arg(options.title.empty() ? QStringLiteral("Backstep")
                                             : QString::fromStdString(options.title))
                  .arg(options.firstIteration + index)
                  .arg(trace.sampleIndices.size())),
         title_);
    const int v = layout.valueColumn;
    text(layout.learningRateRow, 0, utf8(WorkbookText::tr("learning rate (lr)")), label_);
    value(layout.learningRateRow, v,
          formulas.learningRate()
              ? std::optional<CellFormula>(CellFormula{*formulas.learningRate()})
              : std::nullopt,
          trace.config.learningRate, rateOrange ? orange_ : nullptr);
    text(layout.batchRowsRow, 0, utf8(WorkbookText::tr("batch rows (batch_rows)")), label_);
    value(layout.batchRowsRow, v, CellFormula{formulas.batchRows()},
          static_cast<double>(trace.sampleIndices.size()), rateOrange && mean ? orange_ : nullptr);
    text(layout.lossRow, 0, utf8(WorkbookText::tr("loss (loss)")), label_);
    value(layout.lossRow, v, CellFormula{formulas.loss()}, trace.loss, nullptr);
    const QString loss = QString::fromStdString(lossFormula(trace.config.loss));
    comment(
        layout.lossRow, 0,
        utf8(mean
                 ? WorkbookText::tr("%1, divided by batch_rows (mean), before the update").arg(loss)
                 : WorkbookText::tr("%1, before the update").arg(loss)));
    text(layout.noteRow, 0,
         utf8(index == 0 ? WorkbookText::tr("Every computed cell is a formula of the cells it "
                                            "comes from: edit X, y, the weights or lr and the "
                                            "workbook recomputes.")
                         : WorkbookText::tr("Starts from the updated weights of '%1'; samples "
                                            "seen on an earlier sheet refer to their first X "
                                            "and y.")
                               .arg(QString::fromStdString(previousName))),
         label_);
    const int legend = layout.legendColumn;
    check(worksheet_write_blank(sheet_, static_cast<lxw_row_t>(layout.learningRateRow),
                                static_cast<lxw_col_t>(legend), yellow_));
    text(layout.learningRateRow, legend + 1,
         utf8(WorkbookText::tr("step %1 (%2): the cells it computes  —  %3")
                  .arg(options.step)
                  .arg(stepTitleText(options.step),
                       QString::fromStdString(
                           formulaOf(options.step, trace.network, trace.config)))));
    check(worksheet_write_blank(sheet_, static_cast<lxw_row_t>(layout.batchRowsRow),
                                static_cast<lxw_col_t>(legend), orange_));
    text(layout.batchRowsRow, legend + 1,
         utf8(WorkbookText::tr("the cells they are computed from")));

    for (const BandPlacement& band : layout.bands)
        text(band.row, 0,
             QCoreApplication::translate("WorkbookText", band.title.c_str()).toStdString(), band_);
    for (const MatrixPlacement& m : layout.matrices) {
        writeMatrix(trace, trace.at(m.name), m, formulas, markOf(m.name));
        defineName(sheet, m.name, m.range(true));
    }
    defineName(sheet, "lr", layout.learningRateCell());
    defineName(sheet, "batch_rows", layout.batchRowsCell());
    defineName(sheet, "loss", cellName(layout.lossRow, v, true));

    const MatrixPlacement& x = layout.at(MatrixRole::Input, 0);
    const MatrixPlacement& y = layout.at(MatrixRole::Target, 0);
    for (size_t r = 0; r < trace.sampleIndices.size(); ++r)
        origins.emplace(trace.sampleIndices[r],
                        SampleOrigin{sheet, x.row(static_cast<int>(r)), x.column(0),
                                     y.row(static_cast<int>(r)), y.column(0)});
}

} // namespace

QString workbookSizeProblem(const NetworkSpec& network, int batchRows, int iterations,
                            const TrainingConfig& training) {
    if (iterations > kWorkbookMaxIterations)
        return WorkbookWriterText::tr(
                   "workbook: %1 iterations are more sheets than the limit of %2; "
                   "use fewer iterations")
            .arg(iterations)
            .arg(kWorkbookMaxIterations);
    const SheetLayout layout = layoutSheet(network, batchRows, training);
    if (layout.rowCount > kSheetMaxRows)
        return WorkbookWriterText::tr(
                   "workbook: a sheet would need %1 rows, a spreadsheet has at most %2; "
                   "use a smaller batch (training.batch)")
            .arg(thousands(layout.rowCount), thousands(kSheetMaxRows));
    if (layout.columnCount > kSheetMaxColumns)
        return WorkbookWriterText::tr(
                   "workbook: a sheet would need %1 columns, a spreadsheet has at most "
                   "%2; use fewer units or hidden layers")
            .arg(thousands(layout.columnCount), thousands(kSheetMaxColumns));
    const std::int64_t perSheet = numberCellCount(network, batchRows, training);
    const std::int64_t cells = perSheet * iterations;
    if (cells > kWorkbookMaxCells) {
        const std::int64_t fit = kWorkbookMaxCells / perSheet;
        return (fit > 0 ? WorkbookWriterText::tr(
                              "workbook: %1 iteration(s) would need %2 cells, the limit is %3; "
                              "use at most %4 iterations")
                        : WorkbookWriterText::tr(
                              "workbook: %1 iteration(s) would need %2 cells, the limit is %3; "
                              "use a smaller batch or fewer units"))
            .arg(iterations)
            .arg(thousands(cells), thousands(kWorkbookMaxCells))
            .arg(fit);
    }
    return {};
}

Saved writeWorkbook(const std::vector<Trace>& traces, const WorkbookOptions& options,
                    const QString& path) {
    if (traces.empty())
        return Saved::failed(WorkbookWriterText::tr("%1: no iteration to write").arg(path));
    if (options.step < 1 || options.step > 12)
        return Saved::failed(
            WorkbookWriterText::tr("workbook: step %1 does not exist; steps are 1 to 12")
                .arg(options.step));
    for (const Trace& trace : traces)
        for (const TraceMatrix& m : trace.matrices)
            if (!m.values.allFinite())
                return Saved::failed(
                    WorkbookWriterText::tr("workbook: %1 holds a value that is not finite; a "
                                           "spreadsheet cannot hold it, so export fewer iterations")
                        .arg(QString::fromStdString(m.name)));
    // libxlsxwriter writes into a private folder; the finished file then goes through the one
    // writer that checks every byte and replaces the target only on success.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Saved::failed(WorkbookWriterText::tr("%1: cannot create a temporary folder: %2")
                                 .arg(path, scratch.errorString()));
    const QByteArray scratchPath = QFile::encodeName(scratch.path());
    const QByteArray file = QFile::encodeName(scratch.filePath(QStringLiteral("workbook.xlsx")));
    std::vector<char> tmpdir(scratchPath.begin(), scratchPath.end());
    tmpdir.push_back('\0');
    lxw_workbook_options lxwOptions{};
    lxwOptions.tmpdir = tmpdir.data();
    lxwOptions.use_zip64 = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(file.constData(), &lxwOptions);
    if (!workbook)
        return Saved::failed(
            WorkbookWriterText::tr("%1: cannot start the workbook (out of memory?)").arg(path));

    lxw_error error = LXW_NO_ERROR;
    {
        Writer writer(workbook);
        std::vector<SheetLayout> layouts;
        layouts.reserve(traces.size());
        std::map<int, SampleOrigin> origins;
        for (size_t i = 0; i < traces.size() && writer.error() == LXW_NO_ERROR; ++i) {
            layouts.push_back(layoutSheet(traces[i].network,
                                          static_cast<int>(traces[i].sampleIndices.size()),
                                          traces[i].config));
            writer.writeSheet(traces[i], options, static_cast<int>(i), layouts.back(),
                              i > 0 ? &layouts[i - 1] : nullptr, origins);
        }
        error = writer.error();
    }
    errno = 0;
    const lxw_error closed = workbook_close(workbook); // writes the file and frees the workbook
    const int systemError = errno;
    if (error == LXW_NO_ERROR) error = closed;
    if (error != LXW_NO_ERROR) {
        // libxlsxwriter's own text ("Zip generic error ZIP_ERRNO …"), and the system's reason
        // ("No space left on device") where there is one.
        QString why = QString::fromUtf8(lxw_strerror(error)).trimmed();
        if (why.endsWith('.')) why.chop(1);
        if (systemError != 0) why += QStringLiteral(" (") + qt_error_string(systemError) + ')';
        return Saved::failed(
            WorkbookWriterText::tr(
                "%1: cannot write the workbook: %2; the earlier file (if any) is unchanged")
                .arg(path, why));
    }
    QFile written(QFile::decodeName(file));
    if (!written.open(QIODevice::ReadOnly))
        return Saved::failed(WorkbookWriterText::tr("%1: cannot read the written workbook back: %2")
                                 .arg(path, written.errorString()));
    return writeFileAtomically(path, written.readAll());
}

Saved writeWorkbookFromTrainer(const Trainer& trainer, int iterations, WorkbookOptions options,
                               const QString& path) {
    const int batchRows = trainer.config().batch.samplesPerIteration(trainer.data().samples());
    if (QString problem = workbookSizeProblem(trainer.network(), batchRows, iterations);
        !problem.isEmpty())
        return Saved::failed(problem);
    options.firstIteration = trainer.iterationsCompleted() + 1;
    std::vector<Trace> traces{traceOfNextIteration(trainer)};
    if (iterations > 1) { // later iterations train on a copy; the caller's trainer stays put
        Trainer copy = trainer;
        for (int i = 1; i < iterations; ++i) {
            if (!copy.runIteration())
                return Saved::failed(WorkbookWriterText::tr("workbook: %1; export fewer iterations")
                                         .arg(CoreWording::trainingStop(*copy.stop())));
            traces.push_back(traceOfNextIteration(copy));
        }
    }
    return writeWorkbook(traces, options, path);
}

} // namespace backstep
