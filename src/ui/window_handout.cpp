// SPDX-License-Identifier: MIT
// Handouts from the window: File → Print handout… and File → Export → Handout as PDF…, a
// worksheet (or answer key) of the iteration on screen, as backstep-cli handout writes it.
#include "main_window.h"

#include "handout_dialog.h"

#include "handout/handout_pdf.h"

#include <QApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

namespace backstep {

HandoutDocument MainWindow::handoutDocument(const HandoutChoice& choice, const QSizeF& pageSize) {
    session_.settle(); // the trained state, once its sheet is there
    HandoutSettings settings;
    settings.lessonTitle = session_.lesson().title.text(QLocale().name());
    settings.iteration = session_.iteration();
    settings.step = choice.step;
    settings.answers = choice.answers;
    settings.decimals = choice.decimals;
    settings.pageSize = pageSize;
    return layoutHandout(session_.trace(), settings);
}

QString MainWindow::exportHandout(const QString& path, const HandoutChoice& choice) {
    lastError_ =
        writeHandoutPdf(handoutDocument(choice, handoutPageSize(choice.paper)), path).errorText();
    return lastError_;
}

void MainWindow::chooseAndExportHandout() {
    HandoutDialog dialog(session_.step(), session_.iteration(), false, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const HandoutChoice choice = dialog.choice();
    const QString name = choice.step == 0 ? QStringLiteral("handout-all-steps")
                                          : QStringLiteral("handout-step-%1").arg(choice.step);
    chooseAndExport(tr("Export handout as PDF"),
                    name +
                        (choice.answers ? QStringLiteral("-answers.pdf") : QStringLiteral(".pdf")),
                    tr("PDF files (*.pdf)"), [this, choice](const QString& path) {
                        const QString error = exportHandout(path, choice);
                        if (error.isEmpty())
                            statusBar()->showMessage(tr("Wrote the handout %1").arg(path), 5000);
                        return error;
                    });
}

void MainWindow::printHandout() {
    HandoutDialog dialog(session_.step(), session_.iteration(), true, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const HandoutChoice choice = dialog.choice();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(
        QPageSize(choice.paper == HandoutPaper::Letter ? QPageSize::Letter : QPageSize::A4));
    printer.setDocName(session_.lesson().title.text(QLocale().name()));
    QPrintDialog print(&printer, this);
    print.setWindowTitle(tr("Print handout"));
    if (print.exec() != QDialog::Accepted) return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = printHandout(printer, choice);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        showError(tr("Print failed"), tr("The printer could not be started; check its settings."));
    else
        statusBar()->showMessage(tr("Sent %n page(s) to the printer", nullptr, pages), 5000);
}

int MainWindow::printHandout(QPrinter& printer, const HandoutChoice& choice) {
    printer.setFullPage(true); // the handout keeps its own margins
    const HandoutDocument document =
        handoutDocument(choice, printer.pageLayout().fullRect(QPageLayout::Point).size());
    return paintHandout(document, printer) ? static_cast<int>(document.pages.size()) : 0;
}

} // namespace backstep
