// SPDX-License-Identifier: MIT
// A guided tour of a window: a few pages, each outlining one part of the window (a widget
// found by its object name) and saying what it is for, with Back, Next and Close. It is an
// overlay over the window that dims the rest; Esc closes it, ← and → turn the pages.
#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QFrame;

namespace backstep {

struct TourPage {
    QString target; // the object name of the widget the page points at
    QString title;
    QString text;
    std::function<void()> prepare; // makes the target visible (raises its dock), may be empty
};

class Tour : public QWidget {
    Q_OBJECT
public:
    Tour(QWidget* window, QList<TourPage> pages);

    int page() const { return page_; } // 0-based
    int pageCount() const { return static_cast<int>(pages_.size()); }
    const TourPage& pageAt(int i) const { return pages_.at(i); }
    // The widget the page shown points at (nullptr if the window has none by that name).
    QWidget* target() const;
    // The outlined part, in this overlay's (= the window's) coordinates.
    QRect highlight() const;
    QFrame* card() const { return card_; }
    QPushButton* nextButton() const { return next_; }
    QPushButton* backButton() const { return back_; }
    QPushButton* closeButton() const { return close_; }

    void showPage(int page);
    void next(); // on the last page: closes
    void back();

signals:
    void finished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void placeCard();

    QWidget* window_;
    QList<TourPage> pages_;
    int page_ = 0;
    QFrame* card_;
    QLabel* counter_;
    QLabel* title_;
    QLabel* text_;
    QPushButton* back_;
    QPushButton* next_;
    QPushButton* close_;
};

} // namespace backstep
