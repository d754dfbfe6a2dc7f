// SPDX-License-Identifier: MIT
#include "help_dialogs.h"

#include <QApplication>
#include <QMessageBox>

namespace backstep {

void showAbout(QWidget* parent) {
    QMessageBox::about(
        parent, QObject::tr("About Backstep"),
        QObject::tr("<h3>Backstep %1</h3><p>Step through how a neural network learns: every "
                    "intermediate matrix of a training step as a grid, one step per click.</p>"
                    "<p>Free software under the MIT licence.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace backstep
