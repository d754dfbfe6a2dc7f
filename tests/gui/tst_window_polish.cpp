// SPDX-License-Identifier: MIT
// The window's finish, as a student sees it: a sheet that stays still while stepping, numbers
// and axes that never look smaller than they are, labels and editors that are not cut.
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/matrix_panel.h"
#include "ui/sheet_widget.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMap>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QValueAxis>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

// Where every grid of the sheet sits, in the sheet's content (independent of scrolling).
QMap<QString, QRect> gridPlaces(MainWindow& w) {
    QApplication::processEvents();
    QMap<QString, QRect> places;
    int n = 0;
    for (MatrixPanel* p : w.sheet()->panels())
        places[QStringLiteral("%1#%2").arg(p->objectName()).arg(n++)] =
            QRect(p->mapTo(w.sheet()->widget(), QPoint(0, 0)), p->size());
    return places;
}

} // namespace

class WindowPolishTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Stepping through a whole iteration and into the next moves no grid: the titles gain and
    // lose "this step" and "not computed yet", and the rows must not re-wrap for it.
    void theSheetStaysStillWhileStepping() {
        for (const char* lesson :
             {"01-three-samples.json", "07-moons.json", "08-three-classes.json"})
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                MainWindow w;
                QVERIFY(w.openLesson(lessons + lesson));
                w.resize(size);
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                const QMap<QString, QRect> start = gridPlaces(w);
                for (int s = 0; s < 13; ++s) {
                    w.session()->nextStep();
                    const QMap<QString, QRect> now = gridPlaces(w);
                    for (auto it = start.begin(); it != start.end(); ++it)
                        QVERIFY2(now.value(it.key()) == it.value(),
                                 qPrintable(QStringLiteral("%1 at %2×%3, step %4: %5 moved")
                                                .arg(lesson)
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(w.session()->step())
                                                .arg(it.key())));
                }
            }
    }
};

QTEST_MAIN(WindowPolishTest)
#include "tst_window_polish.moc"
