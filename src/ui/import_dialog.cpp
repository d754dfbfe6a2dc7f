// SPDX-License-Identifier: MIT
#include "import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backstep {

ImportDialog::ImportDialog(const QString& fileName, const QByteArray& contents, QWidget* parent)
    : ImportDialog(fileName, importCsv(contents), parent) {}

ImportDialog::ImportDialog(const QString& fileName, CsvImport table, QWidget* parent)
    : QDialog(parent), table_(std::move(table)), title_(QFileInfo(fileName).completeBaseName()) {
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    preview_ = new QTableWidget(this);
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const int shown = std::min<int>(100, static_cast<int>(table_.rows.size()));
    preview_->setColumnCount(static_cast<int>(table_.header.size()));
    preview_->setRowCount(shown);
    preview_->setHorizontalHeaderLabels(table_.header);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < preview_->columnCount(); ++c)
            preview_->setItem(
                r, c,
                new QTableWidgetItem(QString::number(
                    table_.rows[static_cast<size_t>(r)][static_cast<size_t>(c)], 'g', 10)));
    for (size_t j = 0; j < table_.textColumns.size(); ++j) // class names, shown as written
        for (int r = 0; r < shown; ++r)
            preview_->item(r, table_.textColumns[j])
                ->setText(table_.text[j][static_cast<size_t>(r)]);
    layout->addWidget(new QLabel(
        tr("%n readable row(s); the first ones:", nullptr, static_cast<int>(table_.rows.size())),
        this));
    layout->addWidget(preview_, 1);

    auto* form = new QFormLayout;
    targets_ = new QListWidget(this);
    targets_->setMaximumHeight(110);
    for (const QString& column : table_.header) {
        auto* item = new QListWidgetItem(column, targets_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (targets_->count() > 0)
        targets_->item(targets_->count() - 1)
            ->setCheckState(Qt::Checked); // the last column, as is usual
    normalise_ = new QComboBox(this);
    normalise_->addItem(tr("Standardise (mean 0, standard deviation 1)"),
                        static_cast<int>(Normalisation::Standardise));
    normalise_->addItem(tr("Min–max (into 0 … 1)"), static_cast<int>(Normalisation::MinMax));
    normalise_->addItem(tr("None (the numbers as they are)"),
                        static_cast<int>(Normalisation::None));
    form->addRow(tr("Target columns:"), targets_);
    form->addRow(tr("Inputs:"), normalise_);
    layout->addLayout(form);

    problems_ = new QLabel(this);
    problems_->setWordWrap(true);
    problems_->setTextFormat(Qt::PlainText); // column names are shown as written
    problems_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList notes = table_.warnings; // repeated column names
    if (!table_.problems.isEmpty())
        notes << tr("%n row(s) could not be read and are left out:", nullptr,
                    static_cast<int>(table_.problems.size())) +
                     QStringLiteral("\n") + table_.problems.mid(0, 8).join('\n') +
                     (table_.problems.size() > 8 ? QStringLiteral("\n…") : QString());
    problems_->setText(notes.join('\n'));
    layout->addWidget(problems_);
    error_ = new QLabel(this);
    error_->setStyleSheet(QStringLiteral("color: #B00020"));
    error_->setWordWrap(true);
    error_->setText(table_.error);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create lesson"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(table_.ok());
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
}

QString ImportDialog::problemsText() const {
    return problems_->text();
}
QString ImportDialog::errorText() const {
    return error_->text();
}

void ImportDialog::accept() {
    QStringList targets;
    for (int i = 0; i < targets_->count(); ++i)
        if (targets_->item(i)->checkState() == Qt::Checked) targets << targets_->item(i)->text();
    QString error;
    lesson_ = lessonFromCsv(table_, targets,
                            static_cast<Normalisation>(normalise_->currentData().toInt()), title_,
                            &error);
    if (!lesson_) {
        error_->setText(error);
        return; // stay open so the choice can be corrected
    }
    QDialog::accept();
}

} // namespace backstep
