// SPDX-License-Identifier: MIT
// Import a CSV file as a new lesson: a preview of the file, the target columns to choose, a
// normalisation for the inputs, and the rows that could not be read, by line number.
#pragma once

#include "io/csv_import.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace backstep {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& fileName, const QByteArray& contents, QWidget* parent = nullptr);
    // A table already read (importCsvFile), so the file is read once, in blocks.
    ImportDialog(const QString& fileName, CsvImport table, QWidget* parent = nullptr);

    // The lesson made on OK (nullopt before, or if the file had nothing usable).
    const std::optional<Lesson>& lesson() const { return lesson_; }
    QListWidget* targetList() const { return targets_; }
    QComboBox* normalisation() const { return normalise_; }
    QTableWidget* preview() const { return preview_; }
    QString problemsText() const;
    QString errorText() const;

    void accept() override;

private:
    CsvImport table_;
    QString title_;
    std::optional<Lesson> lesson_;
    QTableWidget* preview_;
    QListWidget* targets_;
    QComboBox* normalise_;
    QLabel* problems_;
    QLabel* error_;
};

} // namespace backstep
