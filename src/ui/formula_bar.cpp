// SPDX-License-Identifier: MIT
#include "formula_bar.h"

#include "models/lesson_session.h"

#include <QHBoxLayout>
#include <QLabel>

namespace backstep {

FormulaBar::FormulaBar(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("formulaBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto* fx = new QLabel(QStringLiteral("<i>fx</i>"), this);
    cell_ = new QLabel(this);
    cell_->setMinimumWidth(210);
    cell_->setStyleSheet(QStringLiteral(
        "font-weight: bold; background: #FFD400; padding: 2px 6px; border: 1px solid #888"));
    formula_ = new QLabel(this);
    formula_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formula_->setWordWrap(true);
    formula_->setStyleSheet(
        QStringLiteral("background: white; padding: 2px 6px; border: 1px solid #bbb"));
    layout->addWidget(fx);
    layout->addWidget(cell_);
    layout->addWidget(formula_, 1);
    connect(session_, &LessonSession::focusChanged, this, &FormulaBar::refresh);
    connect(session_, &LessonSession::traceChanged, this, &FormulaBar::refresh);
    refresh();
}

QString FormulaBar::cellText() const {
    return cell_->text();
}
QString FormulaBar::formulaText() const {
    return formula_->text();
}

void FormulaBar::refresh() {
    static const std::optional<Provenance> none;
    const std::optional<Provenance>& p =
        session_->hasLesson() ? session_->focusedProvenance() : none;
    if (!p) {
        cell_->setText(tr("no cell"));
        formula_->setText(tr("Click a number to see where it comes from."));
        return;
    }
    cell_->setText(QString::fromStdString(p->cellName));
    QString html = QStringLiteral("= %1").arg(QString::fromStdString(p->symbolic).toHtmlEscaped());
    if (!p->numeric.empty())
        html += QStringLiteral("<br>= <span style='color:#8A3B00'>%1</span>")
                    .arg(QString::fromStdString(p->numeric).toHtmlEscaped());
    html += QStringLiteral(" = <b>%1</b>").arg(QString::number(p->value, 'g', 10));
    if (!p->note.empty())
        html += QStringLiteral("<br><i style='color:#555'>%1</i>")
                    .arg(QString::fromStdString(p->note).toHtmlEscaped());
    formula_->setText(html);
    formula_->setToolTip(QString::fromStdString(p->text()));
}

} // namespace backstep
