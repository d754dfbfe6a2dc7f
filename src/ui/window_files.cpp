// SPDX-License-Identifier: MIT
// The File menu of the main window: open, gallery, recent files, save, export, and the jump
// dialog.
#include "main_window.h"

#include "gallery_dialog.h"
#include "go_to_dialog.h"
#include "import_dialog.h"
#include "loss_chart.h"
#include "png_file.h"
#include "save_names.h"

#include "io/core_wording.h"
#include "io/csv.h"
#include "io/file_writer.h"
#include "io/lesson_loader.h"
#include "io/lesson_writer.h"
#include "io/trace_export.h"
#include "io/workbook_writer.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace backstep {

namespace {
constexpr int maxRecentFiles = 8;

QString lastFolder() {
    return QSettings().value(QStringLiteral("files/lastFolder"), QDir::homePath()).toString();
}
void rememberFolder(const QString& path) {
    QSettings().setValue(QStringLiteral("files/lastFolder"), QFileInfo(path).absolutePath());
}
} // namespace

void MainWindow::chooseAndOpenLesson() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open lesson"), lastFolder(), tr("Backstep lessons (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    rememberFolder(path);
    openLesson(path);
}

void MainWindow::chooseAndImportCsv() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), lastFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    rememberFolder(path);
    Loaded<CsvImport> table =
        importCsvFile(path, QFileInfo(path).fileName()); // in blocks, within the limits
    if (!table.ok()) {
        showError(tr("Cannot import"), table.errorText());
        return;
    }
    ImportDialog dialog(path, std::move(table), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.lesson()) return;
    setLesson(*dialog.lesson());
    lessonPath_.clear();
    statusBar()->showMessage(
        tr("Imported %1: a new lesson; keep it with File → Save lesson as").arg(path), 10000);
}

void MainWindow::showGallery() {
    GalleryDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        openLesson(dialog.chosenPath());
}

void MainWindow::addRecentFile(const QString& path) {
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("files/recent"), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString& path : files)
        recentMenu_->addAction(QFileInfo(path).fileName(), this, [this, path] { openLesson(path); })
            ->setToolTip(path);
    recentMenu_->setEnabled(!files.isEmpty());
}

QString MainWindow::saveLessonAs(const QString& path, bool currentWeights) {
    session_.settle(); // the trained state, once its sheet is there
    const Parameters& weights =
        currentWeights ? session_.trainer().parameters() : session_.lesson().initial;
    lastError_ =
        saveLessonFile(path, session_.lesson(), weights, !session_.dataEdited()).errorText();
    return lastError_;
}

void MainWindow::chooseAndSaveLesson() {
    if (!session_.hasLesson()) return;
    session_.settle();
    bool currentWeights = false;
    if (session_.iteration() > 1) {
        QMessageBox ask(QMessageBox::Question, tr("Save lesson"),
                        tr("Which weights should the lesson start from?"), QMessageBox::Cancel,
                        this);
        QAbstractButton* initial =
            ask.addButton(tr("The initial weights"), QMessageBox::AcceptRole);
        QAbstractButton* current =
            ask.addButton(tr("The current weights, which iteration %1 of epoch %2 starts from")
                              .arg(session_.iteration())
                              .arg(session_.epoch()),
                          QMessageBox::AcceptRole);
        ask.exec();
        if (ask.clickedButton() != initial && ask.clickedButton() != current) return;
        currentWeights = ask.clickedButton() == current;
    }
    const QString filter = tr("Backstep lessons (*.json)");
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(this, tr("Save lesson as"), lastFolder(), filter), filter);
    if (path.isEmpty()) return;
    rememberFolder(path);
    if (const QString error = saveLessonAs(path, currentWeights); !error.isEmpty())
        showError(tr("Cannot save the lesson"), error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
}

QString MainWindow::exportTrace(const QString& folder) {
    session_.settle(); // the trained state, once its sheet is there
    lastError_ = writeTraceCsvs(session_.trace(), folder).errorText();
    return lastError_;
}

QString MainWindow::exportMatrix(const QString& matrix, const QString& path) {
    session_.settle(); // the trained state, once its sheet is there
    const TraceMatrix* m = session_.trace().find(matrix.toStdString());
    lastError_ = m ? writeFileAtomically(path, matrixToCsv(m->values, m->columnLabels)).errorText()
                   : tr("no matrix %1").arg(matrix);
    return lastError_;
}

QString MainWindow::exportLossHistory(const QString& path) {
    session_.settle(); // the trained state, once its sheet is there
    const Trainer& trainer = session_.trainer();
    lastError_ = writeFileAtomically(
                     path, lossHistoryCsv(trainer.epochLoss(), trainer.epochAccuracy(),
                                          trainer.epochTestLoss(), trainer.epochTestAccuracy()))
                     .errorText();
    return lastError_;
}

QString MainWindow::exportChart(const QString& path) {
    lastError_ = writePng(path, chart_->grab()).errorText();
    return lastError_;
}

void MainWindow::chooseAndExportTrace() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export all matrices to folder"), lastFolder());
    if (folder.isEmpty()) return;
    QSettings().setValue(QStringLiteral("files/lastFolder"), folder);
    if (const QString error = exportTrace(folder); !error.isEmpty())
        showError(tr("Export failed"), error);
    else
        statusBar()->showMessage(
            tr("Wrote %1 CSV files to %2").arg(session_.trace().matrices.size()).arg(folder), 5000);
}

void MainWindow::chooseAndExport(const QString& title, const QString& fileName,
                                 const QString& filter,
                                 const std::function<QString(const QString&)>& write) {
    const QString path = withFilterSuffix(
        QFileDialog::getSaveFileName(this, title, QDir(lastFolder()).filePath(fileName), filter),
        filter);
    if (path.isEmpty()) return;
    rememberFolder(path);
    if (const QString error = write(path); !error.isEmpty()) showError(tr("Export failed"), error);
}

void MainWindow::chooseAndExportMatrix(const QString& matrix) {
    chooseAndExport(tr("Export %1").arg(matrix), matrix + QStringLiteral(".csv"),
                    tr("CSV files (*.csv)"),
                    [this, matrix](const QString& path) { return exportMatrix(matrix, path); });
}

void MainWindow::chooseAndExportLoss() {
    chooseAndExport(tr("Export loss history"), QStringLiteral("loss.csv"), tr("CSV files (*.csv)"),
                    [this](const QString& path) { return exportLossHistory(path); });
}

QString MainWindow::exportWorkbook(const QString& path, int iterations) {
    session_.settle();
    WorkbookOptions options;
    options.firstIteration = session_.iteration();
    options.step = session_.step();
    options.title = session_.lesson().title.text(QLocale().name()).toStdString();
    return writeWorkbookFromTrainer(session_.trainer(), iterations, options, path).errorText();
}

void MainWindow::chooseAndExportWorkbook() {
    bool ok = false;
    const int iterations = QInputDialog::getInt(
        this, tr("Export workbook"),
        tr("Iterations, one sheet each, from iteration %1:").arg(session_.iteration()), 1, 1, 1000,
        1, &ok);
    if (!ok) return;
    chooseAndExport(tr("Export workbook"), QStringLiteral("backstep.xlsx"),
                    tr("Excel workbooks (*.xlsx)"), [this, iterations](const QString& path) {
                        QApplication::setOverrideCursor(Qt::WaitCursor);
                        const QString error = exportWorkbook(path, iterations);
                        QApplication::restoreOverrideCursor();
                        if (error.isEmpty())
                            statusBar()->showMessage(tr("Wrote the workbook %1").arg(path), 5000);
                        return error;
                    });
}

void MainWindow::chooseAndExportChart() {
    chooseAndExport(tr("Export chart"), QStringLiteral("loss.png"), tr("PNG images (*.png)"),
                    [this](const QString& path) { return exportChart(path); });
}

void MainWindow::jumpToIteration() {
    session_.settle();
    GoToDialog dialog(session_.iteration(), training_.iterationsPerEpoch(), this);
    if (dialog.exec() == QDialog::Accepted) goToIteration(dialog.targetIteration());
}

bool MainWindow::isTraining() const {
    return training_.isRunning();
}

void MainWindow::goToIteration(qint64 target) {
    training_.goToIteration(target);
}

} // namespace backstep
