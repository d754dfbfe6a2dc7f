// SPDX-License-Identifier: MIT
// On a real X display (Xvfb; skipped on other platforms): after the sheet and its long grids
// are scrolled up and down, the screen's pixels equal what the window paints, so no row header
// fragment ("sample 9") is left over the toolbar, the docks or other grids. scripts/test.sh
// runs it under xvfb-run with QT_QPA_PLATFORM=xcb.
#include "models/lesson_session.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/sheet_widget.h"

#include "common/window_on_state.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace backstep;

namespace {

// Moves a scroll bar through its whole range and back, a few rows at a time, letting each
// move be drawn.
void sweep(QScrollBar* bar, int stride) {
    for (int v = 0; v <= bar->maximum(); v += stride) {
        bar->setValue(v);
        QCoreApplication::processEvents();
    }
    for (int v = bar->maximum(); v >= 0; v -= 2 * stride) {
        bar->setValue(v);
        QCoreApplication::processEvents();
    }
}

} // namespace

class ScrollPaintTest : public QObject {
    Q_OBJECT
private slots:
    void scrolledGridsLeaveNothingBehind() {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs a real X display (scripts/test.sh runs it under xvfb-run)");
        test::WindowOnState w;
        QVERIFY(w.openLesson(QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/07-moons.json")));
        w.setGeometry(0, 0, 1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int s = 0; s < 3; ++s) // to step 4: X, the weights and the activations filled
            w.session()->nextStep();
        QTest::qWait(200);
        auto* sheet = w.findChild<SheetWidget*>();
        QVERIFY(sheet);
        for (int round = 0; round < 2; ++round) {
            sweep(sheet->verticalScrollBar(), 40);
            for (MatrixPanel* panel : w.findChildren<MatrixPanel*>())
                if (panel->isVisible()) sweep(panel->view()->verticalScrollBar(), 3);
        }
        sheet->verticalScrollBar()->setValue(sheet->verticalScrollBar()->maximum() / 3);
        QTest::qWait(500); // every pending repaint done

        const QImage screen = w.screen()
                                  ->grabWindow(0, w.x(), w.y(), w.width(), w.height())
                                  .toImage()
                                  .convertToFormat(QImage::Format_RGB32);
        const QImage painted = w.grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(screen.size(), painted.size());
        int differing = 0;
        for (int y = 0; y < screen.height(); ++y)
            for (int x = 0; x < screen.width(); ++x)
                differing += screen.pixel(x, y) != painted.pixel(x, y);
        if (differing > 0) {
            screen.save(QDir::temp().filePath(QStringLiteral("scroll-screen.png")));
            painted.save(QDir::temp().filePath(QStringLiteral("scroll-painted.png")));
        }
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels on the screen differ from "
                                                           "the window's own painting (saved "
                                                           "scroll-screen.png and "
                                                           "scroll-painted.png in the temp folder)")
                                                .arg(differing)));
    }
};

QTEST_MAIN(ScrollPaintTest)
#include "tst_scroll_paint.moc"
