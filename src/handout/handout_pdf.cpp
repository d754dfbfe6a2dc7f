// SPDX-License-Identifier: MIT
#include "handout_pdf.h"

#include "io/file_writer.h"
#include "render/highlight_colours.h" // header only

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace backstep {

namespace {

// The app's highlight colours (ui/highlight_delegate.h), darker where a printer needs it.
const QColor kInputFill = HighlightColours::input();       // orange: the example's inputs
const QColor kInputLine = HighlightColours::inputBorder(); // their dashed border
const QColor kExampleFill = HighlightColours::computed();  // pale yellow: the example cell
const QColor kComputedLine(0xE0, 0xB0, 0x00);              // yellow outline of the boxes to fill in
const QColor kAnswerText(0x0B, 0x3D, 0x91);                // the answer key's numbers
const QColor kLabelText(0x55, 0x55, 0x55);
const QColor kGridLine(0x99, 0x99, 0x99);
const QColor kRuleLine(0xC8, 0xC8, 0xC8);

class HandoutPainter {
public:
    HandoutPainter(QPainter& painter, double scale) : p_(painter), scale_(scale) {}

    void page(const HandoutPage& page) {
        p_.setPen(QPen(kGridLine, 0.75 * scale_));
        p_.drawLine(at(page.rule.p1()), at(page.rule.p2()));
        for (const HandoutGrid& grid : page.grids)
            this->grid(grid);
        if (page.workArea) work(*page.workArea);
        for (const HandoutText& text : page.texts)
            this->text(text);
    }

private:
    QRectF at(const QRectF& r) const {
        return QRectF(r.x() * scale_, r.y() * scale_, r.width() * scale_, r.height() * scale_);
    }
    QPointF at(const QPointF& point) const { return point * scale_; }

    QFont font(HandoutFont kind, bool bold = false) const {
        const bool mono = kind == HandoutFont::Mono || kind == HandoutFont::Note;
        QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
        f.setStyleHint(mono ? QFont::Monospace : QFont::SansSerif);
        f.setPointSizeF(handoutPointSize(kind));
        f.setBold(bold || kind == HandoutFont::Heading || kind == HandoutFont::Section);
        return f;
    }

    void text(const HandoutText& t) {
        QFont f = font(t.font, t.emphasis);
        p_.setFont(f);
        p_.setPen(t.emphasis ? kAnswerText : QColor(Qt::black));
        const QRectF r = at(t.rect);
        const QString shown =
            t.font == HandoutFont::Header && !t.alignRight
                ? QFontMetricsF(f, p_.device()).elidedText(t.text, Qt::ElideRight, r.width() * 0.68)
                : t.text;
        p_.drawText(r, Qt::AlignVCenter | (t.alignRight ? Qt::AlignRight : Qt::AlignLeft), shown);
    }

    void grid(const HandoutGrid& g) {
        const QRectF caption = g.captionRect();
        p_.setFont(font(HandoutFont::Mono, true));
        p_.setPen(Qt::black);
        p_.drawText(at(caption), Qt::AlignLeft | Qt::AlignVCenter, g.caption);
        p_.setFont(font(HandoutFont::Mono));
        p_.setPen(kLabelText);
        for (int c = 0; c < g.columns(); ++c)
            p_.drawText(at(g.columnLabelRect(c)), Qt::AlignCenter,
                        g.columnLabels[static_cast<size_t>(c)]);
        for (int r = 0; r < g.rows(); ++r)
            p_.drawText(at(g.rowLabelRect(r).adjusted(2, 0, 0, 0)),
                        Qt::AlignLeft | Qt::AlignVCenter, g.rowLabels[static_cast<size_t>(r)]);
        for (const auto& [row, column] : g.orange)
            p_.fillRect(at(g.cellRect(row - g.firstRow, column - g.firstColumn)), kInputFill);
        if (g.example)
            p_.fillRect(
                at(g.cellRect(g.example->first - g.firstRow, g.example->second - g.firstColumn)),
                kExampleFill);
        for (int r = 0; r < g.rows(); ++r)
            for (int c = 0; c < g.columns(); ++c) {
                const QRectF cell = g.cellRect(r, c);
                const QString& value = g.cells[size_t(r)][size_t(c)];
                if (g.computed) {
                    p_.setPen(QPen(kComputedLine, 1.5 * scale_));
                    p_.drawRect(at(cell.adjusted(1.5, 1.5, -1.5, -1.5)));
                } else {
                    p_.setPen(QPen(kGridLine, 0.5 * scale_));
                    p_.drawRect(at(cell));
                }
                if (!value.isEmpty()) {
                    p_.setPen(g.computed ? kAnswerText : QColor(Qt::black));
                    p_.drawText(at(cell.adjusted(0, 0, -5, 0)), Qt::AlignRight | Qt::AlignVCenter,
                                value);
                }
            }
        // the inputs also differ without colour: a dashed border, as in the window
        QPen dashed(kInputLine, 1.0 * scale_, Qt::DashLine);
        p_.setPen(dashed);
        for (const auto& [row, column] : g.orange)
            p_.drawRect(
                at(g.cellRect(row - g.firstRow, column - g.firstColumn).adjusted(1, 1, -1, -1)));
        if (g.example) {
            p_.setPen(QPen(Qt::black, 1.5 * scale_));
            p_.drawRect(
                at(g.cellRect(g.example->first - g.firstRow, g.example->second - g.firstColumn)));
        }
        if (!g.note.isEmpty()) {
            QFont note = font(HandoutFont::Note);
            note.setItalic(true);
            p_.setFont(note);
            p_.setPen(Qt::black);
            p_.drawText(at(g.noteRect()), Qt::AlignLeft | Qt::AlignVCenter, g.note);
        }
    }

    void work(const QRectF& area) {
        p_.setPen(QPen(kGridLine, 0.75 * scale_));
        p_.drawRect(at(area));
        p_.setPen(QPen(kRuleLine, 0.5 * scale_));
        for (double y = area.top() + 44; y < area.bottom() - 6; y += 22)
            p_.drawLine(at(QPointF(area.left() + 8, y)), at(QPointF(area.right() - 8, y)));
    }

    QPainter& p_;
    double scale_;
};

} // namespace

QSizeF handoutPageSize(HandoutPaper paper) {
    return QPageSize(paper == HandoutPaper::Letter ? QPageSize::Letter : QPageSize::A4)
        .size(QPageSize::Point);
}

bool paintHandout(const HandoutDocument& document, QPagedPaintDevice& device) {
    QPainter painter;
    if (!painter.begin(&device)) return false;
    painter.setRenderHint(QPainter::Antialiasing);
    HandoutPainter pages(painter, device.logicalDpiX() / 72.0);
    for (size_t i = 0; i < document.pages.size(); ++i) {
        if (i > 0) device.newPage();
        pages.page(document.pages[i]);
    }
    return painter.end();
}

QByteArray handoutPdf(const HandoutDocument& document) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200); // as QPrinter::HighResolution
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Backstep"));
        writer.setPageLayout(QPageLayout(QPageSize(document.pageSize, QPageSize::Point),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        if (!paintHandout(document, writer)) return {};
    }
    return bytes;
}

Saved writeHandoutPdf(const HandoutDocument& document, const QString& path) {
    const QByteArray pdf = handoutPdf(document);
    if (pdf.isEmpty())
        return Saved::failed(
            QCoreApplication::translate("HandoutTexts", "%1: the handout could not be painted")
                .arg(path));
    return writeFileAtomically(path, pdf);
}

} // namespace backstep
