// SPDX-License-Identifier: MIT
// Go to iteration: one dialog, an iteration or an epoch and its number (ui/go_to_dialog.ui).
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class GoToDialog;
}

namespace backstep {

class GoToDialog : public QDialog {
    Q_OBJECT
public:
    // Starts at the sheet's iteration; `perEpoch` iterations make an epoch.
    GoToDialog(qint64 iteration, int perEpoch, QWidget* parent = nullptr);
    ~GoToDialog() override;

    void choose(bool epoch, int number); // as the user would
    // The iteration to go to: an epoch's first iteration, (E − 1)·perEpoch + 1.
    qint64 targetIteration() const;

private:
    std::unique_ptr<Ui::GoToDialog> ui_;
    qint64 iteration_;
    int perEpoch_;
};

} // namespace backstep
