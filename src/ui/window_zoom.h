// SPDX-License-Identifier: MIT
// Zoom for projectors: Ctrl+= (or Ctrl++), Ctrl+− and Ctrl+0 scale the sheet (grids, headers,
// formula bar) and the docks (steps, explanation, charts) together, in steps from 80 % to
// 250 %, remembered between sessions. Presentation mode (F11) shows the window full screen
// with larger type still; Esc leaves it.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace backstep {

class SheetWidget;
struct WindowActions;

class WindowZoom : public QObject {
    Q_OBJECT
public:
    // The zoom steps, in percent; 100 is the actual size.
    static QList<int> levels();
    // How much larger presentation mode makes the type, on top of the zoom.
    static constexpr double presentationFactor = 1.5;

    // Scales the window's central widget and its docks; the sheet's row heights and column
    // widths follow, and the loss chart's new axes when `actions`' log scale changes them.
    // Reads the remembered zoom.
    WindowZoom(QMainWindow* window, SheetWidget* sheet, const WindowActions& actions);

    int percent() const { return percent_; } // the chosen zoom step
    double factor() const;                   // what is shown: with presentation mode's part
    bool presentation() const { return presentation_; }
    // The nearest step to `percent`; remembered unless `remember` is false (a screenshot).
    void setPercent(int percent, bool remember = true);
    void zoomIn();
    void zoomOut();
    void setPresentation(bool on);

    // View menu entries: the zoom submenu (its title shows the zoom) and presentation mode.
    void addToMenu(QMenu* view);
    void retranslate(); // every text, in the current language
    QAction* zoomInAction() const { return zoomIn_; }
    QAction* zoomOutAction() const { return zoomOut_; }
    QAction* resetAction() const { return reset_; }
    QAction* presentationAction() const { return presentationAction_; }

signals:
    void zoomChanged(double factor);

private:
    void apply();
    QString label() const; // "125 %", "presentation · 150 %"

    QMainWindow* window_;
    SheetWidget* sheet_;
    QAction* zoomIn_;
    QAction* zoomOut_;
    QAction* reset_;
    QAction* presentationAction_;
    QAction* leavePresentation_;
    QActionGroup* levelGroup_;
    QMenu* menu_ = nullptr;
    QLabel* status_;
    int percent_ = 100;
    double appliedFactor_ = 1.0; // the factor the window's fonts are at
    bool presentation_ = false;
    bool wasMaximized_ = false;
};

} // namespace backstep
