// SPDX-License-Identifier: MIT
// Test helpers for the live workbook, independent of libxlsxwriter: LibreOffice headless
// recalculating every formula on load and exporting every sheet as CSV, a CSV grid reader, and
// reading or replacing the parts of an .xlsx (a zip) with the unzip and zip tools.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace spreadsheet {

// Empty when soffice, zip and unzip are there, else which Debian package to install.
QString missingTools();

// Opens each workbook in LibreOffice with a throw-away profile that recalculates every formula
// on load (OOXMLRecalcMode = always), and writes every sheet of `book.xlsx` as
// `outDir/book-SHEET.csv` (15 significant digits). One soffice run for all. Returns "" or why not.
QString recalculateToCsv(const QStringList& workbooks, const QString& outDir,
                         const QString& scratchDir);

// A CSV file as a grid of cells (row, column), 0-based; empty when it cannot be read.
using Grid = std::vector<std::vector<QString>>;
Grid readGrid(const QString& path);
// The number at (row, column), or NaN when the cell is empty or not a number.
double number(const Grid& grid, int row, int column);

// One part of the zip (e.g. "xl/worksheets/sheet1.xml"), or empty.
QByteArray xlsxPart(const QString& xlsx, const QString& part);
// Every cell (0-based row, column) of a worksheet's XML: whether it holds a formula (<f>), an
// array formula, and its style index (the s attribute; 0 without one).
struct CellInfo {
    bool formula = false;
    bool array = false;
    int style = 0;
};
std::map<std::pair<int, int>, CellInfo> cells(const QByteArray& sheetXml);
// Defined names of xl/workbook.xml: (sheet index or −1 for global, name) → reference.
std::map<std::pair<int, QString>, QString> definedNames(const QByteArray& workbookXml);
// The sheet XML with the value of plain cell `cell` ("C10") replaced; empty if not found.
QByteArray withCellValue(const QByteArray& sheetXml, const QString& cell, double value);
// Copies `xlsx` to `copy` with `part` replaced by `contents`. Returns "" or why not.
QString replacePart(const QString& xlsx, const QString& copy, const QString& part,
                    const QByteArray& contents, const QString& scratchDir);

} // namespace spreadsheet
