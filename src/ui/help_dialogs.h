// SPDX-License-Identifier: MIT
// Help → About. The help pages and the keyboard shortcuts are in help_window.h.
#pragma once

class QWidget;

namespace backstep {

void showAbout(QWidget* parent);

} // namespace backstep
