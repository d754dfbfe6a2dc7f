// SPDX-License-Identifier: MIT
// libFuzzer harness for CSV files: the strict reader (parseCsv), the forgiving scan and the
// import into a new lesson. A table that reads must write and read back the same; an imported
// lesson must save and load again.
#include "io/csv.h"
#include "io/csv_import.h"
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"

#include <QByteArray>
#include <QDir>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

using namespace backstep;

// Imported lessons larger than this skip the save-and-reload check.
constexpr qint64 maxRoundTripCells = 100000;

[[noreturn]] void fail(const char* what, const QString& detail = QString()) {
    std::fprintf(stderr, "fuzz_csv: %s %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    __builtin_trap();
}

bool rectangular(const QStringList& header, const std::vector<std::vector<double>>& rows) {
    for (const std::vector<double>& row : rows) {
        if (row.size() != static_cast<size_t>(header.size())) return false;
        for (double v : row)
            if (!std::isfinite(v)) return false;
    }
    return true;
}

Matrix toMatrix(const CsvTable& table) {
    Matrix m(static_cast<Index>(table.rows.size()), static_cast<Index>(table.header.size()));
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c)
            m(r, c) = table.rows[static_cast<size_t>(r)][static_cast<size_t>(c)];
    return m;
}

// A table read strictly is written with matrixToCsv and must read back unchanged.
void checkWriteAndRead(const CsvTable& table) {
    std::vector<std::string> labels;
    for (const QString& name : table.header)
        labels.push_back(name.toStdString());
    const QByteArray written = matrixToCsv(toMatrix(table), labels);
    const Loaded<CsvTable> again = parseCsv(written, QStringLiteral("written.csv"));
    if (!again.value)
        fail("a written table does not read back:",
             again.errorText() + "\n" + QString::fromUtf8(written.left(2000)));
    if (again.value->header != table.header || again.value->rows != table.rows)
        fail("a written table reads back differently:", QString::fromUtf8(written.left(2000)));
}

void checkImport(const QByteArray& bytes) {
    const Loaded<CsvImport> imported = importCsv(bytes);
    if (imported.ok() != imported.errors.isEmpty())
        fail("importCsv returned a table and an error, or neither");
    if (!imported.ok()) return;
    const CsvImport& table = *imported;
    if (!rectangular(table.header, table.rows))
        fail("importCsv kept a row that does not match the header");
    if (table.header.isEmpty()) return;
    // Like the import dialog: the last column (or the last two) as targets, the rest as inputs.
    QStringList targets{table.header.last()};
    if (table.header.size() >= 3 && bytes.size() % 2 == 1)
        targets.prepend(table.header[table.header.size() - 2]);
    targets.removeDuplicates(); // a dialog lists a repeated column name once
    const auto normalise = static_cast<Normalisation>(bytes.size() % 3);
    const Loaded<Lesson> lesson = lessonFromCsv(table, targets, normalise, QStringLiteral("fuzz"));
    if (!lesson) {
        if (lesson.errors.isEmpty()) fail("lessonFromCsv failed without a message");
        return;
    }
    const Lesson& l = *lesson;
    // One output per target column, or one per class when a single column holds class labels.
    const auto targetColumns = static_cast<int>(targets.size());
    const bool classLabels = l.data.outputs() != targetColumns;
    if (l.data.samples() != static_cast<int>(table.rows.size()) ||
        l.network.inputs != l.data.inputs() || l.network.outputs != l.data.outputs() ||
        l.data.inputs() + targetColumns > table.header.size() ||
        (classLabels && (targetColumns != 1 || l.data.outputs() < 2)))
        fail("lessonFromCsv made a lesson of the wrong shape");
    if (static_cast<qint64>(l.data.samples()) * table.header.size() > maxRoundTripCells) return;
    const QByteArray saved = lessonToJson(l, l.initial, false);
    const Loaded<Lesson> reloaded =
        parseLesson(saved, QDir::tempPath(), QStringLiteral("imported.json"));
    if (!reloaded.ok())
        fail("an imported lesson does not load again:",
             reloaded.errors.join('\n') + "\n" + QString::fromUtf8(saved.left(4000)));
    const Lesson& again = *reloaded.value;
    if (again.data.X.rows() != l.data.X.rows() || again.data.X.cols() != l.data.X.cols() ||
        again.data.y.rows() != l.data.y.rows() || again.data.y.cols() != l.data.y.cols() ||
        again.network.hidden != l.network.hidden)
        fail("an imported lesson loads with other shapes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const Loaded<CsvTable> strict = parseCsv(bytes, QStringLiteral("fuzz.csv"));
    const CsvScan scan = scanCsv(bytes, false);
    if (!rectangular(scan.table.header, scan.table.rows))
        fail("scanCsv kept a row that does not match the header");
    if (strict.value) {
        if (!strict.errorText().isEmpty()) fail("parseCsv returned a table and an error");
        // The forgiving scan must agree with a strict read that found nothing wrong.
        if (scan.fatal.first > 0 || !scan.problems.empty() ||
            scan.table.header != strict.value->header || scan.table.rows != strict.value->rows)
            fail("scanCsv disagrees with parseCsv");
        checkWriteAndRead(*strict.value);
    } else if (strict.errorText().isEmpty()) {
        fail("parseCsv failed without a message");
    }

    checkImport(bytes);
    return 0;
}
