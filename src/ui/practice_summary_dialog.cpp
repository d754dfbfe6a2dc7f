// SPDX-License-Identifier: MIT
#include "practice_summary_dialog.h"

#include "ui_practice_summary_dialog.h"

#include "models/practice_session.h"

#include <QHeaderView>
#include <QPushButton>

namespace backstep {

PracticeSummaryDialog::PracticeSummaryDialog(const PracticeSession& practice, qint64 iteration,
                                             QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::PracticeSummaryDialog>()) {
    ui_->setupUi(this);
    setObjectName(QStringLiteral("practiceSummary"));
    ui_->heading->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("%1 · iteration %2").arg(practice.student()).arg(iteration).toHtmlEscaped()));

    const std::vector<PracticeSession::Score> steps = practice.stepScores(iteration);
    const PracticeSession::Score total = practice.iterationScore(iteration);
    QStringList headers = {
        tr("Step"),     tr("Cells"), tr("Right at first try"), tr("Right with hints"),
        tr("Revealed"), tr("Hints")};
    const bool unfinished = total.open > 0; // the summary asked for before the end
    if (unfinished) headers << tr("Still empty");
    QTableWidget* table = ui_->practiceSummaryTable;
    table->setRowCount(static_cast<int>(steps.size()) + 1);
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    const auto fill = [table, unfinished](int row, const QString& step,
                                          const PracticeSession::Score& s) {
        QStringList cells = {step,
                             QString::number(s.cells),
                             QString::number(s.firstTry),
                             QString::number(s.withHints),
                             QString::number(s.revealed),
                             QString::number(s.hints)};
        if (unfinished) cells << QString::number(s.open);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c, item);
        }
    };
    for (size_t i = 0; i < steps.size(); ++i)
        fill(static_cast<int>(i), QString::number(steps[i].step), steps[i]);
    fill(static_cast<int>(steps.size()), tr("All"), total);
    for (int c = 0; c < table->columnCount(); ++c) {
        QFont bold = table->item(table->rowCount() - 1, c)->font();
        bold.setBold(true);
        table->item(table->rowCount() - 1, c)->setFont(bold);
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    const int percent = total.cells > 0 ? (100 * total.right() + total.cells / 2) / total.cells : 0;
    ui_->score->setText(tr("Score: %1 of %2 cells right (%3%), %4 at the first try.")
                            .arg(total.right())
                            .arg(total.cells)
                            .arg(percent)
                            .arg(total.firstTry));
    connect(ui_->exportPracticeResults, &QPushButton::clicked, this,
            &PracticeSummaryDialog::exportRequested);
    resize(640, sizeHint().height());
}

PracticeSummaryDialog::~PracticeSummaryDialog() = default;

QTableWidget* PracticeSummaryDialog::table() const {
    return ui_->practiceSummaryTable;
}

QString PracticeSummaryDialog::scoreText() const {
    return ui_->score->text();
}

} // namespace backstep
