// SPDX-License-Identifier: MIT
#include "import_dialog.h"

#include "ui_import_dialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace backstep {

ImportDialog::ImportDialog(const QString& fileName, const QByteArray& contents, QWidget* parent)
    : ImportDialog(fileName, importCsv(contents), parent) {}

ImportDialog::ImportDialog(const QString& fileName, Loaded<CsvImport> table, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ImportDialog>()),
      table_(table ? std::move(*table) : CsvImport{}),
      title_(QFileInfo(fileName).completeBaseName()) {
    ui_->setupUi(this);
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    QTableWidget* preview = ui_->preview;
    const int shown = std::min<int>(100, static_cast<int>(table_.rows.size()));
    preview->setColumnCount(static_cast<int>(table_.header.size()));
    preview->setRowCount(shown);
    preview->setHorizontalHeaderLabels(table_.header);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < preview->columnCount(); ++c)
            preview->setItem(
                r, c,
                new QTableWidgetItem(QString::number(
                    table_.rows[static_cast<size_t>(r)][static_cast<size_t>(c)], 'g', 10)));
    for (size_t j = 0; j < table_.textColumns.size(); ++j) // class names, shown as written
        for (int r = 0; r < shown; ++r)
            preview->item(r, table_.textColumns[j])
                ->setText(table_.text[j][static_cast<size_t>(r)]);
    ui_->rowsLabel->setText(
        tr("%n readable row(s); the first ones:", nullptr, static_cast<int>(table_.rows.size())));

    for (const QString& column : table_.header) {
        auto* item = new QListWidgetItem(column, ui_->targets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (ui_->targets->count() > 0)
        ui_->targets->item(ui_->targets->count() - 1)
            ->setCheckState(Qt::Checked); // the last column, as is usual
    // The form's items, in this order.
    const Normalisation order[] = {Normalisation::Standardise, Normalisation::MinMax,
                                   Normalisation::None};
    for (int i = 0; i < 3; ++i)
        ui_->normalise->setItemData(i, static_cast<int>(order[i]));

    // Repeated column names, then the rows left out.
    const qsizetype columnNotes = table.warnings.size() - table_.rowsLeftOut;
    QStringList notes = table.warnings.mid(0, columnNotes);
    const QStringList problems = table.warnings.mid(columnNotes);
    if (!problems.isEmpty())
        notes << tr("%n row(s) could not be read and are left out:", nullptr,
                    static_cast<int>(problems.size())) +
                     QStringLiteral("\n") + problems.mid(0, 8).join('\n') +
                     (problems.size() > 8 ? QStringLiteral("\n…") : QString());
    ui_->problems->setText(notes.join('\n'));
    ui_->error->setText(table.errorText());
    QPushButton* ok = ui_->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Create lesson"));
    ok->setEnabled(table.ok());
}

ImportDialog::~ImportDialog() = default;

QListWidget* ImportDialog::targetList() const {
    return ui_->targets;
}
QComboBox* ImportDialog::normalisation() const {
    return ui_->normalise;
}
QTableWidget* ImportDialog::preview() const {
    return ui_->preview;
}
QString ImportDialog::problemsText() const {
    return ui_->problems->text();
}
QString ImportDialog::errorText() const {
    return ui_->error->text();
}

void ImportDialog::accept() {
    QStringList targets;
    for (int i = 0; i < ui_->targets->count(); ++i)
        if (ui_->targets->item(i)->checkState() == Qt::Checked)
            targets << ui_->targets->item(i)->text();
    Loaded<Lesson> made = lessonFromCsv(
        table_, targets, static_cast<Normalisation>(ui_->normalise->currentData().toInt()), title_);
    lesson_ = std::move(made.value);
    if (!lesson_) {
        ui_->error->setText(made.errorText());
        return; // stay open so the choice can be corrected
    }
    QDialog::accept();
}

} // namespace backstep
