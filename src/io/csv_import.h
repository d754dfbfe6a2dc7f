// SPDX-License-Identifier: MIT
// Bringing a CSV file of one's own into a lesson: a forgiving read that keeps the good rows
// and reports the bad ones by line number, and a lesson built from the chosen columns.
#pragma once

#include "io_report.h"
#include "lesson.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace backstep {

struct CsvImport {
    QStringList header;
    std::vector<std::vector<double>> rows; // the rows that read cleanly
    // Columns of words: those whose field in the first readable row is not a number (see
    // scanCsv); text[j][r] is row r's field of column textColumns[j], its number in rows 0.
    std::vector<int> textColumns;
    std::vector<std::vector<QString>> text;
    int rowsLeftOut = 0; // the rows that did not read; the last this many warnings name them
};

// Reads comma-separated text with a header line (BOM, CRLF and quotes accepted). Warnings
// name repeated columns ("line 1: column \"price\" appears twice (columns 2 and 5); the first
// is used"), then every row left out ("line 7: expected 3 fields, got 2; skipped"), also when
// nothing usable is left (the error).
Loaded<CsvImport> importCsv(const QByteArray& text);
// The same read of a file, in blocks: a folder, a pipe or a file over the size limit is an
// error ("houses.csv: is a folder, not a CSV file") without being read.
Loaded<CsvImport> importCsvFile(const QString& path, const QString& displayName);

// A new lesson from the imported table: the `targets` columns are y, the others X, scaled by
// `normalise`. Targets that are all 0 or 1 make a classification lesson (sigmoid output with
// bce, or softmax with cross-entropy for one-hot rows); anything else a regression (linear
// output, mse). A single target column of class labels becomes one-hot targets over its
// classes (softmax, cross-entropy), one output per class named by it:
// - words (a text column, at most maxCsvClasses distinct): the classes in the order they first
//   appear in the file;
// - whole numbers from 0 to 9 with at least three distinct values (0/1 alone stays one
//   sigmoid output): the values that occur, in numeric order, named "0", "1", ….
// A text column cannot be an input. A column name that appears twice stands for its first
// column; the later ones are left out. No lesson, with the reason as the error, when the
// choice cannot make one.
constexpr int maxCsvClasses = 100;
// The class of each word: the words already in `names` keep their numbers, new ones are
// appended in the order they first appear. nullopt when that makes more than maxCsvClasses.
std::optional<std::vector<int>> classesOfWords(const std::vector<QString>& words,
                                               QStringList& names);
Loaded<Lesson> lessonFromCsv(const CsvImport& table, const QStringList& targets,
                             Normalisation normalise, const QString& title);

} // namespace backstep
