// SPDX-License-Identifier: MIT
// The choices of a handout (File → Print handout…, File → Export → Handout as PDF…): one
// step or all, worksheet or answer key, paper and decimals. Starts at the step on screen;
// the other choices are remembered (QSettings "handout/…").
#pragma once

#include "handout/handout_pdf.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandoutDialog;
}

namespace backstep {

struct HandoutChoice {
    int step = 3; // 1–12, or 0 for all
    bool answers = false;
    HandoutPaper paper = HandoutPaper::A4;
    int decimals = 4;
};

class HandoutDialog : public QDialog {
    Q_OBJECT
public:
    // `printing` names the OK button "Print…" (the printer dialog follows), else "Export…".
    HandoutDialog(int currentStep, qint64 iteration, bool printing, QWidget* parent = nullptr);
    ~HandoutDialog() override;

    HandoutChoice choice() const;

    void done(int result) override; // remembers the choices when accepted

private:
    std::unique_ptr<Ui::HandoutDialog> ui_;
};

} // namespace backstep
