// SPDX-License-Identifier: MIT
#include "formula_bar.h"
#include "translated_texts.h"

#include "models/lesson_session.h"
#include "models/practice_session.h"
#include "models/provenance_wording.h"
#include "render/highlight_colours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace backstep {

FormulaBar::FormulaBar(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("formulaBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto* fx = new QLabel(QStringLiteral("<i>fx</i>"), this);
    cell_ = new QLabel(this);
    cell_->setMinimumWidth(210);
    cell_->setStyleSheet(
        QStringLiteral(
            "font-weight: bold; background: %1; padding: 2px 6px; border: 1px solid #888")
            .arg(HighlightColours::focused().name()));
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

void FormulaBar::setPractice(PracticeSession* practice) {
    practice_ = practice;
    answer_ = new QLineEdit(this);
    answer_->setObjectName(QStringLiteral("practiceAnswer"));
    const char* context = staticMetaObject.className();
    setTranslated(answer_, "placeholderText", context, QT_TR_NOOP("your answer"));
    setTranslated(answer_, "toolTip", context,
                  QT_TR_NOOP("Type the value of the focused cell and press Enter"));
    answer_->setFixedWidth(130);
    answer_->setVisible(false);
    static_cast<QHBoxLayout*>(layout())->insertWidget(2, answer_);
    connect(answer_, &QLineEdit::returnPressed, this, [this] {
        if (practice_->answerFocused(answer_->text()) == PracticeSession::Outcome::NotANumber)
            answer_->selectAll();
        else
            answer_->clear();
    });
    connect(practice_, &PracticeSession::activeChanged, this, [this](bool on) {
        answer_->setVisible(on);
        answer_->clear();
        refresh();
    });
    connect(practice_, &PracticeSession::changed, this, &FormulaBar::refresh);
}

bool FormulaBar::showPracticeHelp() {
    const auto focus = session_->focusedCell();
    const auto& p = session_->focusedProvenance();
    if (!focus || !p || !PracticeSession::isOpen(practice_->mark(*focus))) return false;
    cell_->setText(QString::fromStdString(p->cellName));
    QString html;
    if (!practice_->feedback().isEmpty())
        html += QStringLiteral("<b style='color:#1a4d80'>%1</b><br>")
                    .arg(practice_->feedback().toHtmlEscaped());
    const int level = practice_->helpLevel(*focus);
    const int decimals = practice_->gradingDecimals();
    if (level == 0) {
        const QString cell = QString::fromStdString(p->cellName);
        const QString ask =
            decimals >= 0
                ? tr("Type the value of %1 (to %2 decimal places) in the cell or in the box, "
                     "then press Enter. Stuck? Step → Hint (Ctrl+H).")
                      .arg(cell)
                      .arg(decimals)
                : tr("Type the value of %1 in the cell or in the box, then press Enter. Stuck? "
                     "Step → Hint (Ctrl+H).")
                      .arg(cell);
        html += ask.toHtmlEscaped();
    }
    if (level >= 1)
        html += QStringLiteral("= %1").arg(ProvenanceWording::symbolic(*p).toHtmlEscaped());
    if (level >= 2 && !p->numeric.empty())
        html += QStringLiteral("<br>= <span style='color:%1'>%2</span> = <b>?</b>")
                    .arg(HighlightColours::inputBorder().name(),
                         QString::fromStdString(p->numeric).toHtmlEscaped());
    formula_->setText(html);
    formula_->setToolTip(QString());
    return true;
}

void FormulaBar::refresh() {
    if (practice_ && practice_->isActive() && session_->hasLesson() && showPracticeHelp()) return;
    static const std::optional<Provenance> none;
    const std::optional<Provenance>& p =
        session_->hasLesson() ? session_->focusedProvenance() : none;
    if (!p) {
        cell_->setText(tr("no cell"));
        formula_->setText(tr("Click a number to see where it comes from."));
        return;
    }
    cell_->setText(QString::fromStdString(p->cellName));
    QString html;
    if (practice_ && practice_->isActive() && !practice_->feedback().isEmpty())
        html += QStringLiteral("<b style='color:#1a4d80'>%1</b><br>")
                    .arg(practice_->feedback().toHtmlEscaped());
    html += QStringLiteral("= %1").arg(ProvenanceWording::symbolic(*p).toHtmlEscaped());
    if (!p->numeric.empty())
        html += QStringLiteral("<br>= <span style='color:%1'>%2</span>")
                    .arg(HighlightColours::inputBorder().name(),
                         QString::fromStdString(p->numeric).toHtmlEscaped());
    html += QStringLiteral(" = <b>%1</b>").arg(QString::number(p->value, 'g', 10));
    if (!p->notes.empty())
        html += QStringLiteral("<br><i style='color:#555'>%1</i>")
                    .arg(ProvenanceWording::notes(*p).toHtmlEscaped());
    formula_->setText(html);
    formula_->setToolTip(ProvenanceWording::line(*p));
}

void FormulaBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(this);
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
