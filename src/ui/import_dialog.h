// SPDX-License-Identifier: MIT
// Import a CSV file as a new lesson: a preview of the file, the target columns to choose, a
// normalisation for the inputs, and the rows that could not be read, by line number. The form
// is ui/import_dialog.ui.
#pragma once

#include "io/csv_import.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QListWidget;
class QTableWidget;

namespace Ui {
class ImportDialog;
}

namespace backstep {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& fileName, const QByteArray& contents, QWidget* parent = nullptr);
    // A table already read (importCsvFile), so the file is read once, in blocks.
    ImportDialog(const QString& fileName, Loaded<CsvImport> table, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The lesson made on OK (nullopt before, or if the file had nothing usable).
    const std::optional<Lesson>& lesson() const { return lesson_; }
    QListWidget* targetList() const;
    QComboBox* normalisation() const;
    QTableWidget* preview() const;
    QString problemsText() const;
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ImportDialog> ui_;
    CsvImport table_; // empty when nothing in the file was usable
    QString title_;
    std::optional<Lesson> lesson_;
};

} // namespace backstep
