// SPDX-License-Identifier: MIT
#include "handout_layout.h"

#include "core/provenance.h"
#include "io/core_wording.h"
#include "io/step_titles.h"
#include "models/matrix_table_model.h"
#include "models/provenance_wording.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <set>

namespace backstep {

namespace {

constexpr double kMargin = 36;          // all four sides: half an inch
constexpr double kFooterHeight = 16;    // the page number under the content
constexpr double kHeaderHeight = 26;    // the header line and the rule under it
constexpr double kMonoAdvance = 0.6021; // DejaVu Sans Mono: 1233/2048 em per character
constexpr double kMonoLine = 14;        // a line of 10 pt monospaced text
constexpr double kNoteLine = 12;        // a line of 9 pt text
constexpr double kHeadingLine = 22;
constexpr double kSectionLine = 20;
constexpr double kGivenRow = 15;
constexpr double kComputedRow = 22; // room to write a number by hand
constexpr double kComputedMinCell = 62;
constexpr double kCellPadding = 10;
constexpr double kGap = 14; // between grids, and between a grid and what follows
constexpr double kMinWorkHeight = 110;
constexpr int kMaxLabelChars = 14;

double monoWidth(int characters, HandoutFont font = HandoutFont::Mono) {
    return characters * kMonoAdvance * handoutPointSize(font);
}

int monoCharacters(double width, HandoutFont font = HandoutFont::Mono) {
    return std::max(1, static_cast<int>(std::floor(width / monoWidth(1, font))));
}

// Greedy wrapping at spaces; words longer than a line are cut.
QStringList wrap(const QString& text, int characters) {
    QStringList lines;
    QString line;
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (word.size() > characters) {
            if (!line.isEmpty()) lines << line, line.clear();
            lines << word.left(characters);
            word = word.mid(characters);
        }
        if (line.isEmpty())
            line = word;
        else if (line.size() + 1 + word.size() <= characters)
            line += QLatin1Char(' ') + word;
        else
            lines << line, line = word;
    }
    if (!line.isEmpty() || lines.isEmpty()) lines << line;
    return lines;
}

QString label(const std::string& text) {
    const QString full = MatrixTableModel::displayLabel(text); // "sample 3" in the user's language
    return full.size() > kMaxLabelChars ? full.left(kMaxLabelChars - 1) + QChar(0x2026) : full;
}

class Layouter {
public:
    Layouter(const Trace& trace, const HandoutSettings& settings, const HandoutTexts& texts)
        : trace_(trace), settings_(settings), texts_(texts) {
        doc_.pageSize = settings.pageSize;
        doc_.title = settings.lessonTitle.isEmpty() ? texts.untitled : settings.lessonTitle;
        left_ = kMargin;
        right_ = settings.pageSize.width() - kMargin;
        bottom_ = settings.pageSize.height() - kMargin - kFooterHeight;
    }

    HandoutDocument run() {
        for (int stage : handoutStages(trace_, settings_.step))
            layoutStage(stage);
        const int count = static_cast<int>(doc_.pages.size());
        for (int i = 0; i < count; ++i)
            doc_.pages[static_cast<size_t>(i)].texts.push_back(
                {QRectF(left_, bottom_ + 2, right_ - left_, kFooterHeight - 2),
                 texts_.page.arg(i + 1).arg(count), HandoutFont::Note, true});
        return std::move(doc_);
    }

private:
    double width() const { return right_ - left_; }

    void newPage(bool continued) {
        doc_.pages.emplace_back();
        HandoutPage& page = doc_.pages.back();
        page.step = stageStep();
        const double ruleY = kMargin + kHeaderHeight - 6;
        page.rule = QLineF(left_, ruleY, right_, ruleY);
        const QString header =
            texts_.header.arg(doc_.title).arg(settings_.iteration).arg(stageStep()).arg(12);
        const QRectF line(left_, kMargin, width(), kHeaderHeight - 8);
        page.texts.push_back({line, header, HandoutFont::Header});
        page.texts.push_back({line, settings_.answers ? texts_.answerKey : texts_.nameField,
                              HandoutFont::Header, true, settings_.answers});
        x_ = left_;
        y_ = shelfBottom_ = kMargin + kHeaderHeight;
        if (continued) {
            addText(heading() + QLatin1Char(' ') + texts_.continued, HandoutFont::Heading,
                    kHeadingLine);
        }
        fresh_ = true;
    }

    int stageStep() const { return trace_.stages[static_cast<size_t>(stage_)].step; }

    QString heading() const {
        const TraceStage& s = trace_.stages[static_cast<size_t>(stage_)];
        const bool repeated =
            std::count_if(trace_.stages.begin(), trace_.stages.end(),
                          [&](const TraceStage& t) { return t.step == s.step; }) > 1;
        return texts_.stepHeading.arg(s.step)
            .arg(stepTitleText(s.step))
            .arg(repeated ? texts_.layerSuffix.arg(s.layer + 1) : QString());
    }

    HandoutPage& page() { return doc_.pages.back(); }

    void endShelf() {
        if (x_ > left_) y_ = shelfBottom_ + kGap;
        x_ = left_;
        shelfBottom_ = y_;
    }

    // Starts a new page when `height` does not fit below.
    void ensureSpace(double height) {
        endShelf();
        if (y_ + height > bottom_ && !fresh_) newPage(true);
    }

    void addText(const QString& text, HandoutFont font, double lineHeight, bool emphasis = false) {
        page().texts.push_back(
            {QRectF(left_, y_, width(), lineHeight), text, font, false, emphasis});
        y_ += lineHeight;
        shelfBottom_ = y_;
    }

    // Monospaced text wrapped to the page width, continued lines indented.
    void addWrapped(const QString& text, HandoutFont font = HandoutFont::Mono,
                    bool emphasis = false) {
        const double line = font == HandoutFont::Note ? kNoteLine : kMonoLine;
        const QStringList lines = wrap(text, monoCharacters(width(), font) - 4);
        for (int i = 0; i < lines.size(); ++i) {
            ensureSpace(line);
            addText((i == 0 ? QString() : QStringLiteral("    ")) + lines[i], font, line, emphasis);
        }
    }

    void layoutStage(int stage) {
        stage_ = stage;
        const TraceStage& s = trace_.stages[static_cast<size_t>(stage)];
        newPage(false);
        addText(heading(), HandoutFont::Heading, kHeadingLine);
        addWrapped(
            CoreWording::stepFormula(stepFormula(s.step, s.layer, trace_.network, trace_.config)));
        if (s.step == 4 || s.step == 5 || s.step == 7)
            addWrapped(texts_.activations.arg(
                QString::fromStdString(activationName(trace_.network.hiddenActivation.kind)),
                QString::fromStdString(activationName(trace_.network.outputActivation.kind))));
        if (s.step == 11 || s.step == 12) {
            QString rate = texts_.learningRate.arg(trace_.config.learningRate);
            if (trace_.config.reduction == LossReduction::Mean)
                rate += QStringLiteral(", ") +
                        texts_.batchRows.arg(static_cast<qlonglong>(trace_.sampleIndices.size()));
            addWrapped(rate);
        }
        y_ += 6;

        std::optional<Provenance> example;
        const std::vector<int> read = matricesReadByStage(trace_, stage);
        if (!read.empty() && !s.matrices.empty())
            example = provenanceWithDecimals(
                trace_, CellRef{trace_.matrices[size_t(s.matrices[0])].name, 0, 0},
                settings_.decimals);
        std::set<CellRef> orange;
        if (example) orange.insert(example->inputs.begin(), example->inputs.end());

        if (read.empty()) {
            section(texts_.givenNothingComputed, s.matrices.front(), false);
            for (int m : s.matrices)
                placeMatrix(m, false, orange, std::nullopt);
        } else {
            section(texts_.given, read.front(), false);
            for (int m : read)
                placeMatrix(m, false, orange, std::nullopt);
            endShelf();
            y_ += 4;
            section(settings_.answers ? texts_.answers : texts_.compute, s.matrices.front(), true);
            for (size_t i = 0; i < s.matrices.size(); ++i)
                placeMatrix(s.matrices[i], true, orange,
                            i == 0 && example ? std::optional(std::pair(0, 0)) : std::nullopt);
        }
        endShelf();
        if (example) {
            y_ += 2;
            ensureSpace(kSectionLine + 2 * kMonoLine);
            addText(texts_.example.arg(QString::fromStdString(example->cellName)),
                    HandoutFont::Section, kSectionLine);
            addWrapped(QString::fromStdString(example->cellName) + QStringLiteral(" = ") +
                       ProvenanceWording::symbolic(*example));
            if (!example->numeric.empty())
                addWrapped(QStringLiteral("= ") + QString::fromStdString(example->numeric));
            addWrapped(QStringLiteral("= ") +
                           (settings_.answers ? handoutCellText(example->value, settings_.decimals)
                                              : QStringLiteral("____________")),
                       HandoutFont::Mono, settings_.answers);
            if (!example->notes.empty())
                addWrapped(ProvenanceWording::notes(*example), HandoutFont::Note);
        }
        y_ += kGap;
        if (bottom_ - y_ < kMinWorkHeight) newPage(true);
        page().workArea = QRectF(left_, y_, width(), bottom_ - y_);
        page().texts.push_back({QRectF(left_ + 6, y_ + 4, width() - 12, kSectionLine), texts_.work,
                                HandoutFont::Section});
    }

    // A section's title stays on the page of the first rows of its first matrix.
    void section(const QString& title, int firstMatrix, bool computed) {
        const MatrixShape shape = shapeOf(firstMatrix, computed);
        const double whole = kMonoLine + kGivenRow + shape.rowsShown * shape.rowHeight +
                             (shape.note.isEmpty() ? 0 : kNoteLine);
        const double freshPage = bottom_ - (kMargin + kHeaderHeight + kHeadingLine);
        // placeMatrix moves a piece that fits on a new page there whole, else splits it
        const double first =
            kSectionLine + whole <= freshPage
                ? whole
                : kMonoLine + kGivenRow + std::min(shape.rowsShown, 3) * shape.rowHeight;
        ensureSpace(kSectionLine + first);
        addText(title, HandoutFont::Section, kSectionLine);
    }

    struct MatrixShape {
        int rowsShown = 0, columnsShown = 0;
        double labelWidth = 0, cellWidth = 0, rowHeight = 0;
        int perPiece = 1; // columns in one piece: as many as fit, the pieces about equal
        QString note;     // what is not shown
    };

    MatrixShape shapeOf(int index, bool computed) const {
        const TraceMatrix& m = trace_.matrices[static_cast<size_t>(index)];
        const int rows = static_cast<int>(m.values.rows());
        const int columns = static_cast<int>(m.values.cols());
        MatrixShape shape;
        const int rowsShown = rows <= kHandoutMaxWholeRows ? rows : kHandoutRowsOfLarge;
        const int columnsShown = std::min(columns, kHandoutMaxColumns);
        QStringList notes;
        if (rowsShown < rows) notes << texts_.rowsNotShown.arg(rowsShown + 1).arg(rows);
        if (columnsShown < columns)
            notes << texts_.columnsNotShown.arg(columnsShown + 1).arg(columns);
        shape.note = notes.join(QStringLiteral("; "));
        shape.rowsShown = rowsShown;
        shape.columnsShown = columnsShown;

        // Widths from every shown value, computed or not: the worksheet and its key agree.
        int cellChars = 1, labelChars = 1;
        for (int r = 0; r < rowsShown; ++r) {
            labelChars = std::max<int>(labelChars, label(m.rowLabels[size_t(r)]).size());
            for (int c = 0; c < columnsShown; ++c)
                cellChars = std::max<int>(
                    cellChars, handoutCellText(m.values(r, c), settings_.decimals).size());
        }
        for (int c = 0; c < columnsShown; ++c)
            cellChars = std::max<int>(cellChars, label(m.columnLabels[size_t(c)]).size());
        shape.labelWidth = monoWidth(labelChars) + kCellPadding;
        shape.cellWidth = monoWidth(cellChars) + kCellPadding;
        if (computed) shape.cellWidth = std::max(shape.cellWidth, kComputedMinCell);
        shape.rowHeight = computed ? kComputedRow : kGivenRow;
        const int fit = std::max(
            1, static_cast<int>(std::floor((width() - shape.labelWidth) / shape.cellWidth)));
        const int pieces = (columnsShown + fit - 1) / fit;
        shape.perPiece = (columnsShown + pieces - 1) / pieces;
        return shape;
    }

    void placeMatrix(int index, bool computed, const std::set<CellRef>& orange,
                     std::optional<std::pair<int, int>> example) {
        const TraceMatrix& m = trace_.matrices[static_cast<size_t>(index)];
        const int rows = static_cast<int>(m.values.rows());
        const int columns = static_cast<int>(m.values.cols());
        const MatrixShape shape = shapeOf(index, computed);
        const int rowsShown = shape.rowsShown, columnsShown = shape.columnsShown;
        const double labelWidth = shape.labelWidth, cellWidth = shape.cellWidth,
                     rowHeight = shape.rowHeight;
        const int perPiece = shape.perPiece;
        const QString& note = shape.note;
        const bool splitColumns = columnsShown > perPiece;

        for (int c0 = 0; c0 < columnsShown; c0 += perPiece) {
            const int pieceColumns = std::min(perPiece, columnsShown - c0);
            int r0 = 0;
            while (r0 < rowsShown) {
                const int left = rowsShown - r0;
                const auto height = [&](int n) {
                    return kMonoLine + kGivenRow + n * rowHeight +
                           (r0 + n == rowsShown && !note.isEmpty() ? kNoteLine : 0);
                };
                QString caption =
                    texts_.caption.arg(QString::fromStdString(m.name)).arg(rows).arg(columns);
                const auto captionFor = [&](int n) {
                    QString text = caption;
                    if (splitColumns) text += texts_.columnsPart.arg(c0 + 1).arg(c0 + pieceColumns);
                    if (n < rowsShown) text += texts_.rowsPart.arg(r0 + 1).arg(r0 + n);
                    return text;
                };
                const double w = std::max(labelWidth + pieceColumns * cellWidth,
                                          monoWidth(captionFor(left).size()));
                if (x_ > left_ && x_ + w > right_) endShelf();
                int n = left;
                if (y_ + height(n) > bottom_) {
                    if (x_ > left_) {
                        endShelf();
                        continue;
                    }
                    const double spare = bottom_ - y_ - height(0);
                    const int fit = std::max(0, static_cast<int>(std::floor(spare / rowHeight)));
                    const bool wholeFitsOnNewPage =
                        kMargin + kHeaderHeight + kHeadingLine + height(n) <= bottom_;
                    if (!fresh_ && (fit < std::min(n, 3) || wholeFitsOnNewPage)) {
                        newPage(true);
                        continue;
                    }
                    n = std::max(1, std::min(n, fit));
                }
                HandoutGrid grid;
                grid.matrix = QString::fromStdString(m.name);
                grid.computed = computed;
                grid.caption = captionFor(n);
                grid.note = r0 + n == rowsShown ? note : QString();
                grid.origin = QPointF(x_, y_);
                grid.labelWidth = labelWidth;
                grid.cellWidth = cellWidth;
                grid.rowHeight = rowHeight;
                grid.firstRow = r0;
                grid.firstColumn = c0;
                for (int r = r0; r < r0 + n; ++r)
                    grid.rowLabels.push_back(label(m.rowLabels[size_t(r)]));
                for (int c = c0; c < c0 + pieceColumns; ++c)
                    grid.columnLabels.push_back(label(m.columnLabels[size_t(c)]));
                for (int r = r0; r < r0 + n; ++r) {
                    std::vector<QString> line;
                    for (int c = c0; c < c0 + pieceColumns; ++c) {
                        line.push_back(!computed || settings_.answers
                                           ? handoutCellText(m.values(r, c), settings_.decimals)
                                           : QString());
                        if (orange.count(CellRef{m.name, r, c})) grid.orange.emplace_back(r, c);
                    }
                    grid.cells.push_back(std::move(line));
                }
                if (example && example->first >= r0 && example->first < r0 + n &&
                    example->second >= c0 && example->second < c0 + pieceColumns)
                    grid.example = example;
                page().grids.push_back(std::move(grid));
                fresh_ = false;
                x_ += w + kGap;
                shelfBottom_ = std::max(shelfBottom_, y_ + height(n));
                r0 += n;
                if (r0 < rowsShown) newPage(true);
            }
        }
    }

    const Trace& trace_;
    const HandoutSettings& settings_;
    const HandoutTexts& texts_;
    HandoutDocument doc_;
    int stage_ = 0;
    double left_ = 0, right_ = 0, bottom_ = 0;
    double x_ = 0, y_ = 0, shelfBottom_ = 0;
    bool fresh_ = true; // nothing but headings on this page yet
};

} // namespace

double handoutPointSize(HandoutFont font) {
    switch (font) {
    case HandoutFont::Header:
        return 10;
    case HandoutFont::Heading:
        return 14;
    case HandoutFont::Section:
        return 11;
    case HandoutFont::Mono:
        return 10;
    case HandoutFont::Note:
        return 9;
    }
    return 10;
}

QRectF HandoutGrid::captionRect() const {
    return QRectF(origin.x(), origin.y(), bounds().width(), kMonoLine);
}

QRectF HandoutGrid::columnLabelRect(int column) const {
    return QRectF(origin.x() + labelWidth + column * cellWidth, origin.y() + kMonoLine, cellWidth,
                  kGivenRow);
}

QRectF HandoutGrid::rowLabelRect(int row) const {
    return QRectF(origin.x(), origin.y() + kMonoLine + kGivenRow + row * rowHeight, labelWidth,
                  rowHeight);
}

QRectF HandoutGrid::cellRect(int row, int column) const {
    return QRectF(origin.x() + labelWidth + column * cellWidth,
                  origin.y() + kMonoLine + kGivenRow + row * rowHeight, cellWidth, rowHeight);
}

QRectF HandoutGrid::noteRect() const {
    return QRectF(origin.x(), origin.y() + kMonoLine + kGivenRow + rows() * rowHeight,
                  std::max(bounds().width(), monoWidth(note.size(), HandoutFont::Note) + 2),
                  note.isEmpty() ? 0 : kNoteLine);
}

QRectF HandoutGrid::bounds() const {
    const double w = std::max(labelWidth + columns() * cellWidth, monoWidth(caption.size()));
    return QRectF(origin.x(), origin.y(), w,
                  kMonoLine + kGivenRow + rows() * rowHeight + (note.isEmpty() ? 0 : kNoteLine));
}

QString handoutCellText(double value, int decimals) {
    if (std::isnan(value)) return QStringLiteral("nan");
    if (std::isinf(value)) return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (std::abs(value) >= 1e6) return QString::number(value, 'e', std::max(1, decimals - 1));
    return QString::fromStdString(formatDecimals(value, decimals));
}

std::vector<int> handoutStages(const Trace& trace, int step) {
    std::vector<int> stages;
    for (size_t i = 0; i < trace.stages.size(); ++i)
        if (step == 0 || trace.stages[i].step == step) stages.push_back(static_cast<int>(i));
    return stages;
}

std::vector<int> matricesReadByStage(const Trace& trace, int stage) {
    const TraceStage& s = trace.stages[static_cast<size_t>(stage)];
    if (s.step <= 2) return {};
    std::set<std::string> names;
    for (int m : s.matrices)
        for (const CellRef& input :
             provenanceOf(trace, CellRef{trace.matrices[size_t(m)].name, 0, 0}).inputs)
            names.insert(input.matrix);
    std::vector<int> read;
    for (size_t i = 0; i < trace.matrices.size(); ++i) {
        const bool own =
            std::find(s.matrices.begin(), s.matrices.end(), int(i)) != s.matrices.end();
        if (!own && names.count(trace.matrices[i].name)) read.push_back(static_cast<int>(i));
    }
    return read;
}

HandoutDocument layoutHandout(const Trace& trace, const HandoutSettings& settings,
                              const HandoutTexts& texts) {
    return Layouter(trace, settings, texts).run();
}

} // namespace backstep
