// SPDX-License-Identifier: MIT
// Like a spreadsheet's fx bar: the focused cell's name, its formula in symbols, the same
// formula with the actual numbers, and the result.
#pragma once

#include <QWidget>

class QLabel;

namespace backstep {

class LessonSession;

class FormulaBar : public QWidget {
    Q_OBJECT
public:
    explicit FormulaBar(LessonSession* session, QWidget* parent = nullptr);
    QString cellText() const;
    QString formulaText() const;

private:
    void refresh();

    LessonSession* session_;
    QLabel* cell_;
    QLabel* formula_;
};

} // namespace backstep
