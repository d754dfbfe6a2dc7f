// SPDX-License-Identifier: MIT
// Where the window opens the first time (no remembered geometry): most of the screen, so that
// the sheet, the steps and their explanation are readable side by side, but not all of a
// large screen.
#pragma once

#include <QRect>

class QMainWindow;
class QWidget;

namespace backstep {

// 85 % of the available area, at least 1180×740 (or the whole area if smaller), at most
// 1800×1150, centred in it.
QRect firstShowGeometry(const QRect& available);

// Gives `window` that geometry on its screen.
void placeOnScreen(QWidget* window);

// The docks' first arrangement (no remembered layout), once `window` is shown at its size:
// the steps dock half the side column's height (its list and explanation readable), the
// 2-D views a third of the window's height under the sheet.
void arrangeDocksOnFirstShow(QMainWindow* window);

} // namespace backstep
