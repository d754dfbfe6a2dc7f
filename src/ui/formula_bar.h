// SPDX-License-Identifier: MIT
// Like a spreadsheet's fx bar: the focused cell's name, its formula in symbols, the same
// formula with the actual numbers, and the result. In practice mode an answer box, and for a
// cell still to be typed only the help given so far (never its value).
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace backstep {

class LessonSession;
class PracticeSession;

class FormulaBar : public QWidget {
    Q_OBJECT
public:
    explicit FormulaBar(LessonSession* session, QWidget* parent = nullptr);
    QString cellText() const;
    QString formulaText() const;
    void setPractice(PracticeSession* practice);
    QLineEdit* answerBox() const { return answer_; }

protected:
    void changeEvent(QEvent* event) override; // texts again in a new language

private:
    void refresh();
    // The focused cell is one to type: what the student may see of it. True when it was.
    bool showPracticeHelp();

    LessonSession* session_;
    PracticeSession* practice_ = nullptr;
    QLabel* cell_;
    QLabel* formula_;
    QLineEdit* answer_ = nullptr;
};

} // namespace backstep
