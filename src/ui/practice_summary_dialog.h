// SPDX-License-Identifier: MIT
// The summary of a practised iteration: per step the cells right at the first try, right
// with hints and revealed, the hints used, the total score, and Export results….
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace backstep {

class PracticeSession;

class PracticeSummaryDialog : public QDialog {
    Q_OBJECT
public:
    PracticeSummaryDialog(const PracticeSession& practice, qint64 iteration,
                          QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }
    QString scoreText() const;

signals:
    void exportRequested();

private:
    QTableWidget* table_;
    QLabel* score_;
};

} // namespace backstep
