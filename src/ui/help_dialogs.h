// SPDX-License-Identifier: MIT
// The Help menu's dialogs: the keyboard shortcuts (read from the window's own actions, so the
// list is always the keys that work) and About.
#pragma once

#include <QDialog>

class QTableWidget;

namespace backstep {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // Every action of `window` with a key, in the order they were made.
    explicit ShortcutsDialog(QWidget* window);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_;
};

void showAbout(QWidget* parent);

} // namespace backstep
