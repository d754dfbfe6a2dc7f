// SPDX-License-Identifier: MIT
#include "practice_summary_dialog.h"

#include "models/practice_session.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backstep {

PracticeSummaryDialog::PracticeSummaryDialog(const PracticeSession& practice, qint64 iteration,
                                             QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("practiceSummary"));
    setWindowTitle(tr("Practice summary"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("%1 · iteration %2").arg(practice.student()).arg(iteration).toHtmlEscaped()));
    layout->addWidget(heading);

    const std::vector<PracticeSession::Score> steps = practice.stepScores(iteration);
    const PracticeSession::Score total = practice.iterationScore(iteration);
    QStringList headers = {
        tr("Step"),     tr("Cells"), tr("Right at first try"), tr("Right with hints"),
        tr("Revealed"), tr("Hints")};
    const bool unfinished = total.open > 0; // the summary asked for before the end
    if (unfinished) headers << tr("Still empty");
    table_ = new QTableWidget(static_cast<int>(steps.size()) + 1, static_cast<int>(headers.size()),
                              this);
    table_->setObjectName(QStringLiteral("practiceSummaryTable"));
    table_->setHorizontalHeaderLabels(headers);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const auto fill = [this, unfinished](int row, const QString& step,
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
            table_->setItem(row, c, item);
        }
    };
    for (size_t i = 0; i < steps.size(); ++i)
        fill(static_cast<int>(i), QString::number(steps[i].step), steps[i]);
    fill(static_cast<int>(steps.size()), tr("All"), total);
    for (int c = 0; c < table_->columnCount(); ++c) {
        QFont bold = table_->item(table_->rowCount() - 1, c)->font();
        bold.setBold(true);
        table_->item(table_->rowCount() - 1, c)->setFont(bold);
    }
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setFocusPolicy(Qt::NoFocus);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(table_);

    score_ = new QLabel(this);
    score_->setWordWrap(true);
    const int percent = total.cells > 0 ? (100 * total.right() + total.cells / 2) / total.cells : 0;
    score_->setText(tr("Score: %1 of %2 cells right (%3%), %4 at the first try.")
                        .arg(total.right())
                        .arg(total.cells)
                        .arg(percent)
                        .arg(total.firstTry));
    layout->addWidget(score_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton =
        buttons->addButton(tr("Export results…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPracticeResults"));
    exportButton->setToolTip(tr("Save every answer of this practice as a CSV file"));
    connect(exportButton, &QPushButton::clicked, this, &PracticeSummaryDialog::exportRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString PracticeSummaryDialog::scoreText() const {
    return score_->text();
}

} // namespace backstep
