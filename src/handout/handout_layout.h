// SPDX-License-Identifier: MIT
// The worksheet of one or all steps of an iteration, laid out on pages without painting:
// which matrices a step reads (filled in) and computes (empty boxes, or the answers), the
// example cell and its orange inputs, where grids split across pages, and the room to write.
// All sizes are in points (1/72 inch); text is measured by the monospaced advance width, so
// the layout is exact and the same for the worksheet and its answer key.
#pragma once

#include "handout_texts.h"

#include "core/trace.h"

#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace backstep {

enum class HandoutFont {
    Header,  // the line at the top of every page, 10 pt
    Heading, // the step's title, 14 pt bold
    Section, // "Given", "Compute", 11 pt bold
    Mono,    // formulas, numbers, labels, 10 pt monospaced
    Note,    // "rows 11–2000 not shown", the page number, 9 pt
};

// Point size of each font. Nothing is printed under 9 pt.
double handoutPointSize(HandoutFont font);

struct HandoutText {
    QRectF rect;
    QString text;
    HandoutFont font = HandoutFont::Mono;
    bool alignRight = false;
    bool emphasis = false; // drawn in the answer key's colour
};

// One rectangular piece of a matrix: some rows and columns with their labels.
struct HandoutGrid {
    QString matrix;        // trace name
    bool computed = false; // computed by the step: yellow outlined boxes
    QString caption;       // "wh (4×3)", ", rows 21–40" when split
    QString note;          // "rows 11–2000 not shown", or empty
    QPointF origin;        // top left of the caption
    double labelWidth = 0, cellWidth = 0, rowHeight = 0;
    int firstRow = 0, firstColumn = 0; // 0-based, of the whole matrix
    std::vector<QString> rowLabels, columnLabels;
    std::vector<std::vector<QString>> cells;    // [row][column]; empty text = a box to fill in
    std::vector<std::pair<int, int>> orange;    // (row, column) of the matrix: the example's inputs
    std::optional<std::pair<int, int>> example; // (row, column): the example cell

    int rows() const { return static_cast<int>(rowLabels.size()); }
    int columns() const { return static_cast<int>(columnLabels.size()); }
    QRectF captionRect() const;
    QRectF cellRect(int row, int column) const; // row, column within this piece (0-based)
    QRectF columnLabelRect(int column) const;
    QRectF rowLabelRect(int row) const;
    QRectF noteRect() const;
    QRectF bounds() const;
};

struct HandoutPage {
    int step = 1;
    QLineF rule; // under the header line
    std::vector<HandoutText> texts;
    std::vector<HandoutGrid> grids;
    std::optional<QRectF> workArea;
};

struct HandoutSettings {
    QString lessonTitle;
    qint64 iteration = 1;
    int step = 3;                     // 1–12, or 0 for all steps
    bool answers = false;             // fill in the computed cells (the answer key)
    int decimals = 4;                 // digits after the point
    QSizeF pageSize{595.276, 841.89}; // A4 in points
};

struct HandoutDocument {
    QSizeF pageSize;
    QString title; // for the PDF's metadata
    std::vector<HandoutPage> pages;
};

// Matrices with more rows than this show only their first kHandoutRowsOfLarge rows and a
// note; up to this many rows are all printed, split across pages by rows when needed.
constexpr int kHandoutMaxWholeRows = 40;
constexpr int kHandoutRowsOfLarge = 10;
// Matrices with more columns show the first kHandoutMaxColumns; the shown columns are split
// into pieces as wide as the page.
constexpr int kHandoutMaxColumns = 24;
constexpr int kHandoutMinDecimals = 0;
constexpr int kHandoutMaxDecimals = 8;

// A number as the handout prints it: `decimals` digits after the point ("0.4170", never
// "-0.0000"); beyond a million in scientific notation.
QString handoutCellText(double value, int decimals);

// Indices into trace.stages of `step` (1–12; deeper networks repeat some), or all for 0.
std::vector<int> handoutStages(const Trace& trace, int step);

// The matrices (indices into trace.matrices) that `stage` reads, in trace order: those the
// provenance of its cells names, the stage's own matrices excepted. Steps 1 and 2 read
// none: their matrices are given.
std::vector<int> matricesReadByStage(const Trace& trace, int stage);

HandoutDocument layoutHandout(const Trace& trace, const HandoutSettings& settings,
                              const HandoutTexts& texts = {});

} // namespace backstep
