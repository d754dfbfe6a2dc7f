// SPDX-License-Identifier: MIT
// The summary of a practised iteration: per step the cells right at the first try, right
// with hints and revealed, the hints used, the total score, and Export results…. The form is
// ui/practice_summary_dialog.ui.
#pragma once

#include <QDialog>

#include <memory>

class QTableWidget;

namespace Ui {
class PracticeSummaryDialog;
}

namespace backstep {

class PracticeSession;

class PracticeSummaryDialog : public QDialog {
    Q_OBJECT
public:
    PracticeSummaryDialog(const PracticeSession& practice, qint64 iteration,
                          QWidget* parent = nullptr);
    ~PracticeSummaryDialog() override;
    QTableWidget* table() const;
    QString scoreText() const;

signals:
    void exportRequested();

private:
    std::unique_ptr<Ui::PracticeSummaryDialog> ui_;
};

} // namespace backstep
