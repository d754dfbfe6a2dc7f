// SPDX-License-Identifier: MIT
#include "help_dialogs.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backstep {

ShortcutsDialog::ShortcutsDialog(QWidget* window) : QDialog(window) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    table_ = new QTableWidget(0, 2, this);
    table_->setHorizontalHeaderLabels({tr("Key"), tr("Does")});
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // as wrapped
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty()) continue;
        QStringList keys;
        for (const QKeySequence& key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString does = a->text().remove(QLatin1Char('&'));
        if (!a->statusTip().isEmpty() && a->statusTip() != does)
            does += QStringLiteral(" — ") + a->statusTip();
        const int row = table_->rowCount();
        table_->insertRow(row);
        table_->setItem(row, 0, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        table_->setItem(row, 1, new QTableWidgetItem(does));
    }
    layout->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

void showAbout(QWidget* parent) {
    QMessageBox::about(
        parent, QObject::tr("About Backstep"),
        QObject::tr("<h3>Backstep %1</h3><p>Step through how a neural network learns: every "
                    "intermediate matrix of a training step as a grid, one step per click.</p>"
                    "<p>Free software under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace backstep
