// SPDX-License-Identifier: MIT
// The icons of the window: its own (the application icon) and those of the toolbar and the
// menus, drawn as SVGs in resources/icons and compiled in through resources/backstep.qrc.
#pragma once

#include <QIcon>
#include <QString>

class QMainWindow;

namespace backstep {

struct WindowActions;

// Makes the resources of resources/backstep.qrc (icons, help) available; safe to call often.
void loadBackstepResources();
// :/icons/<name>.svg, e.g. "train".
QIcon backstepIcon(const QString& name);
// Backstep's own icon: a grid with one yellow cell and a step back.
QIcon applicationIcon();
// Gives the window's `actions` their icons, the toolbar text beside them, and `window` its
// icon.
void applyIcons(QMainWindow* window, const WindowActions& actions);

} // namespace backstep
