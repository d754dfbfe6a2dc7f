// SPDX-License-Identifier: MIT
#include "window_geometry.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
constexpr double share = 0.85;
constexpr int smallestWidth = 1180, smallestHeight = 740;
constexpr int largestWidth = 1800, largestHeight = 1150;

// Waits for the window's first show, then sizes the docks once, and goes.
class FirstArrangement : public QObject {
public:
    explicit FirstArrangement(QMainWindow* window) : QObject(window), window_(window) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == window_ && event->type() == QEvent::Show) {
            window_->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { // once the window has its size
                arrange();
                deleteLater();
            });
        }
        return false;
    }

private:
    void arrange() {
        const auto dock = [this](const char* name) {
            auto* d = window_->findChild<QDockWidget*>(QLatin1String(name));
            return d && d->isVisible() && !d->isFloating() ? d : nullptr;
        };
        if (QDockWidget* spaces = dock("spacesDock"))
            window_->resizeDocks({spaces}, {window_->height() / 3}, Qt::Vertical);
        QDockWidget* steps = dock("stepsDock");
        QDockWidget* chart = dock("lossDock");
        if (steps && chart) {
            const int column = steps->height() + chart->height();
            window_->resizeDocks({steps, chart}, {column / 2, column - column / 2}, Qt::Vertical);
        }
    }

    QMainWindow* window_;
};

int fitted(int available, int smallest, int largest) {
    const int wanted = static_cast<int>(std::lround(available * share));
    return std::min(available, std::clamp(wanted, smallest, largest));
}
} // namespace

QRect firstShowGeometry(const QRect& available) {
    QRect r(0, 0, fitted(available.width(), smallestWidth, largestWidth),
            fitted(available.height(), smallestHeight, largestHeight));
    r.moveCenter(available.center());
    return r;
}

void placeOnScreen(QWidget* window) {
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) return;
    window->setGeometry(firstShowGeometry(screen->availableGeometry()));
}

void arrangeDocksOnFirstShow(QMainWindow* window) {
    new FirstArrangement(window);
}

} // namespace backstep
