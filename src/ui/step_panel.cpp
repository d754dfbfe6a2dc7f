// SPDX-License-Identifier: MIT
#include "step_panel.h"

#include "step_explanations.h"

#include "io/core_wording.h"
#include "io/step_titles.h"
#include "models/lesson_session.h"
#include "render/highlight_colours.h"

#include <QEvent>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace backstep {

StepPanel::StepPanel(LessonSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    list_ = new QListWidget(splitter);
    list_->setObjectName(QStringLiteral("stepList"));
    list_->setWordWrap(true);
    list_->setAlternatingRowColors(true);
    explanation_ = new QTextBrowser(splitter);
    explanation_->setObjectName(QStringLiteral("stepExplanation"));
    explanation_->setOpenExternalLinks(false);
    // Room for the step's heading, formula and a few lines of its explanation, and for a
    // few steps above it, even when the 2-D views take height from the side docks.
    const int line = explanation_->fontMetrics().lineSpacing();
    explanation_->setMinimumHeight(6 * line + 2 * explanation_->frameWidth());
    list_->setMinimumHeight(3 * line + 2 * list_->frameWidth());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(list_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { session_->goToStage(list_->row(item)); });
    connect(session_, &LessonSession::lessonChanged, this, &StepPanel::rebuild);
    connect(session_, &LessonSession::positionChanged, this, &StepPanel::refresh);
    rebuild(); // the session's lesson, when it has one already
}

QString StepPanel::explanationText() const {
    return explanation_->toPlainText();
}

void StepPanel::rebuild() {
    list_->clear();
    if (!session_->hasLesson()) return;
    const Trace& trace = session_->trace();
    const int layers = trace.network.layerCount();
    for (const TraceStage& stage : trace.stages) {
        QString title = QStringLiteral("%1. %2").arg(stage.step).arg(stepTitleText(stage.step));
        if (layers > 2 &&
            (stage.step == 3 || stage.step == 4 || stage.step == 9 || stage.step == 10))
            title += tr(" (layer %1)").arg(stage.layer + 1);
        const QString formula = CoreWording::stepFormula(
            stepFormula(stage.step, stage.layer, trace.network, trace.config));
        auto* item = new QListWidgetItem(title + QStringLiteral("\n   ") + formula, list_);
        item->setToolTip(formula);
    }
    markedStage_ = -1;
    refresh();
}

void StepPanel::refresh() {
    if (!session_->hasLesson() || list_->count() != session_->stageCount()) return;
    // Only the items whose mark changes: each change lays the wrapped list out again.
    for (int i = 0; i < list_->count(); ++i) {
        if (markedStage_ >= 0 && i != markedStage_ && i != session_->stage()) continue;
        QFont font = list_->item(i)->font();
        font.setBold(i == session_->stage());
        list_->item(i)->setFont(font);
        list_->item(i)->setBackground(i == session_->stage() ? HighlightColours::computed()
                                                             : QColor(Qt::transparent));
    }
    markedStage_ = session_->stage();
    list_->setCurrentRow(session_->stage());
    const int step = session_->step();
    const int layer = session_->trace().stages[static_cast<size_t>(session_->stage())].layer;
    QString html =
        QStringLiteral("<h3>%1. %2</h3><p><code>%3</code></p>")
            .arg(step)
            .arg(stepTitleText(step).toHtmlEscaped(),
                 CoreWording::stepFormula(
                     stepFormula(step, layer, session_->trace().network, session_->trace().config))
                     .toHtmlEscaped());
    html += stepExplanation(step, layer, session_->trace());
    const auto& notes = session_->lesson().stepNotes;
    if (const auto it = notes.find(step); it != notes.end())
        html += QStringLiteral("<p style='background:#eef5ff; padding:4px'><b>%1</b> %2</p>")
                    .arg(tr("Lesson note:"), it->second.text(QLocale().name()).toHtmlEscaped());
    if (html != explanationHtml_) { // the same step of another iteration reads the same
        explanationHtml_ = html;
        explanation_->setHtml(html);
    }
}

void StepPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
