// SPDX-License-Identifier: MIT
// Numeric CSV files: a header line of column labels, then one line per matrix row.
// Numbers are written in the shortest form that reads back as the exact same double.
#pragma once

#include "core/matrix.h"
#include "io_report.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace backstep {

// Shortest round-trip text of a double ("0.1", "1e-300", "-3"); "nan"/"inf" for the rest.
QString formatCsvNumber(double value);

// The CSV text of a matrix with one header line.
QByteArray matrixToCsv(const Matrix& values, const std::vector<std::string>& columnLabels);

// "epoch,loss[,accuracy][,test_loss[,test_accuracy]]" then one line per epoch (each column
// only when given: accuracy for classification, the test columns with a test set).
QByteArray lossHistoryCsv(const std::vector<double>& loss, const std::vector<double>& accuracy,
                          const std::vector<double>& testLoss = {},
                          const std::vector<double>& testAccuracy = {});

// The fields of one CSV line (RFC 4180 quoting within the line), or nullopt when a quote is
// not closed.
std::optional<QList<QByteArray>> splitCsvLine(const QByteArray& line);
// A field as a finite number, or nullopt.
std::optional<double> csvNumber(const QByteArray& field);

struct CsvTable {
    QStringList header;
    std::vector<std::vector<double>> rows; // every row has header.size() numbers
    // Columns of words (class names such as "Coat"), only when the scan keeps text: their
    // numbers in `rows` are 0, and text[j][r] is row r's field of column textColumns[j].
    std::vector<int> textColumns;
    std::vector<std::vector<QString>> text;
};

// Limits that keep a hostile file from exhausting memory. They are checked line by line while
// reading, so a file is refused at the first line that breaks one.
constexpr qint64 maxCsvBytes = 256LL * 1024 * 1024;
constexpr int maxCsvRows = 100000;
constexpr int maxCsvColumns = 10000;
constexpr qint64 maxCsvCells = 10000000; // data rows × columns; LessonLimits::maxCellsPerMatrix
constexpr qsizetype maxCsvLineBytes = 1024 * 1024;
constexpr int maxCsvProblems = 100; // a forgiving scan stops after this many bad rows

// One pass over comma-separated text with a header line: the rows that read as numbers, the
// others as (line, what is wrong), and a fatal problem (line > 0) when there is no usable
// header or too much data. With `stopAtFirstProblem` the scan ends at the first bad row.
// Every message is one line (control characters are escaped).
struct CsvScan {
    CsvTable table;
    std::vector<std::pair<int, QString>> problems;
    std::vector<std::pair<int, QString>> warnings; // (line, "column \"a\" appears twice …")
    std::pair<int, QString> fatal{0, QString()};
    QString fileError; // the file could not be read at all ("is a folder"), else empty
};
// With `keepText`, the columns whose field in the first readable row is not a number (when
// that row has at least one number) are kept as text (CsvTable::textColumns), not reported.
CsvScan scanCsv(const QByteArray& text, bool stopAtFirstProblem, bool keepText = false);
// The same scan of a file, read in blocks; only what is kept (the numbers) stays in memory.
CsvScan scanCsvFile(const QString& path, bool stopAtFirstProblem, bool keepText = false);

// Why `path` is no file to read ("cannot open the file: it does not exist", "is a folder, not
// a CSV file", "is not a regular file (a pipe, device or socket)"), or an empty string. Looks
// without opening, since opening a named pipe waits for a writer.
QString csvFileProblem(const QString& path);

// Parses comma-separated text with a header line; fields may be quoted ("a, b").
// A UTF-8 BOM and Windows line ends are accepted; blank lines are skipped. The first thing
// wrong is the error ("houses.csv line 7: expected 5 fields, got 4"); warnings do not stop
// the read ("houses.csv line 1: column \"price\" appears twice (columns 2 and 5); the first
// is used").
Loaded<CsvTable> parseCsv(const QByteArray& text, const QString& displayName);
// With `keepText`, columns of words are kept as text (see scanCsv).
Loaded<CsvTable> readCsvFile(const QString& path, const QString& displayName,
                             bool keepText = false);

} // namespace backstep
