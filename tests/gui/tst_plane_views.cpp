// SPDX-License-Identifier: MIT
// The 2-D views' use of their space, the legend of the sample colours, the tooltips on
// samples, the hidden-unit boxes and the message for a lesson with one sample.
#include "ui/class_legend.h"
#include "ui/main_window.h"
#include "ui/plane_view.h"
#include "ui/space_views.h"

#include "common/window_on_state.h"

#include "io/lesson_loader.h"
#include "models/sample_legend.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

double sigmoid(double z) {
    return 1 / (1 + std::exp(-z));
}

QString g4(double v) {
    return QString::number(v, 'g', 4);
}

} // namespace

class PlaneViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Each plot takes the height its panel gains when the dock grows (not a fixed square),
    // and at 1280×800 the dock keeps its third of the window.
    void plotsGrowWithTheDock() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(50); // the first arrangement of the docks
        auto* dock = w.findChild<QDockWidget*>(QStringLiteral("spacesDock"));
        QVERIFY(dock && dock->isVisible());
        QVERIFY2(dock->height() <= w.height() / 3 + 40,
                 qPrintable(QString::number(dock->height())));
        PlaneView* input = w.spaceViews()->inputView();
        w.resize(1920, 1080);
        QTest::qWait(20);
        w.resizeDocks({dock}, {300}, Qt::Vertical);
        QTest::qWait(20);
        const QRectF small = input->plotRect();
        const int smallHeight = input->height();
        w.resizeDocks({dock}, {400}, Qt::Vertical);
        QTest::qWait(20);
        const QRectF large = input->plotRect();
        const int gained = input->height() - smallHeight;
        QVERIFY2(gained > 50, qPrintable(QString::number(gained)));
        QCOMPARE(large.height() - small.height(), double(gained)); // all of it
        QVERIFY(large.width() > small.width());
        // wider than tall where the panel is: no square with gaps beside it
        QVERIFY2(large.width() > large.height() || large.width() >= input->width() - 60,
                 qPrintable(QStringLiteral("%1×%2 in %3×%4")
                                .arg(large.width())
                                .arg(large.height())
                                .arg(input->width())
                                .arg(input->height())));
        // and never wider than the panel
        QVERIFY(large.right() <= input->width());
    }

    void legendNamesTheClasses() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "08-three-classes.json")); // one-hot, three classes
        QStringList names;
        for (const std::string& n : w.session()->lesson().data.targetNames)
            names << QString::fromStdString(n);
        QCOMPARE(names.size(), 3);
        QCOMPARE(w.spaceViews()->legend()->texts(), names);
        QVERIFY(w.openLesson(lessons + "03-perceptron-step.json")); // one 0/1 output
        QCOMPARE(w.spaceViews()->legend()->texts(), (QStringList{"x1 OR x2 = 0", "x1 OR x2 = 1"}));
        // a regression target: its colour scale from the smallest to the largest value
        Dataset prices;
        prices.X = Matrix::Zero(3, 2);
        prices.y = Matrix(3, 1);
        prices.y << 3.5, 7, 5;
        prices.targetNames = {"price"};
        const QVector<LegendEntry> scale = sampleLegend(prices);
        QCOMPARE(scale.size(), 1);
        QCOMPARE(scale[0].text, QStringLiteral("price from 3.5 to 7"));
        QVERIFY(scale[0].low != scale[0].high);
    }

    // The worked example's sample with a second one: the tooltip over sample 1 in each plane
    // names its coordinates there, worked out here by hand from the lesson's weights.
    void tooltipNamesTheSample() {
        Loaded<Lesson> loaded = loadLessonFile(lessons + "02-worked-example.json");
        QVERIFY(loaded.ok());
        Lesson lesson = *loaded.value;
        lesson.data.X.conservativeResize(2, 2);
        lesson.data.y.conservativeResize(2, 2);
        lesson.data.X.row(1) << 0.5, 0.2;
        lesson.data.y.row(1) << 0.99, 0.01;
        test::WindowOnState w;
        w.setLesson(lesson);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SpaceViews* views = w.spaceViews();
        QVERIFY(views->showsPlots());
        views->refresh();
        // z = x·wh + bh with wh = [0.15 0.25; 0.2 0.3], bh = 0.35 (the textbook's net_h1, net_h2)
        const double z1 = 0.05 * 0.15 + 0.10 * 0.20 + 0.35, z2 = 0.05 * 0.25 + 0.10 * 0.30 + 0.35;
        const double a1 = sigmoid(z1), a2 = sigmoid(z2);
        const double o1 = sigmoid(0.40 * a1 + 0.45 * a2 + 0.6),
                     o2 = sigmoid(0.50 * a1 + 0.55 * a2 + 0.6);
        QVERIFY(std::abs(o2 - 0.772928465) < 1e-8 && o2 > o1); // the textbook's out_o2
        const QString about = QStringLiteral("Class: o2\nPrediction: o2 (%1)").arg(g4(o2));
        struct Case {
            PlaneView* view;
            double x, y;
            QString where;
        };
        const Case cases[] = {
            {views->inputView(), 0.05, 0.10, QStringLiteral("i1 = 0.05, i2 = 0.1")},
            {views->hiddenBeforeView(), z1, z2,
             QStringLiteral("z(h1) = %1, z(h2) = %2").arg(g4(z1), g4(z2))},
            {views->hiddenAfterView(), a1, a2,
             QStringLiteral("a(h1) = %1, a(h2) = %2").arg(g4(a1), g4(a2))}};
        QCOMPARE(cases[1].where, QStringLiteral("z(h1) = 0.3775, z(h2) = 0.3925"));
        for (const Case& c : cases) {
            const QPoint at = c.view->toWidget(c.x, c.y).toPoint();
            QCOMPARE(c.view->sampleAt(at), 0);
            QCOMPARE(c.view->toolTipAt(at),
                     QStringLiteral("Sample 1\n") + c.where + QLatin1Char('\n') + about);
            // the same text in a real tooltip event
            QHelpEvent help(QEvent::ToolTip, at, c.view->mapToGlobal(at));
            QApplication::sendEvent(c.view, &help);
            QTRY_COMPARE(QToolTip::text(),
                         QStringLiteral("Sample 1\n") + c.where + QLatin1Char('\n') + about);
        }
        // away from both samples: nothing
        PlaneView* input = views->inputView();
        QCOMPARE(input->sampleAt(input->plotRect().topRight() + QPointF(-2, 2)), -1);
        QVERIFY(input->toolTipAt(input->plotRect().topRight() + QPointF(-2, 2)).isEmpty());
    }

    void theSameHiddenUnitTwiceCannotBeChosen() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "04-xor.json")); // three hidden units
        SpaceViews* views = w.spaceViews();
        auto boxes = views->findChildren<QComboBox*>();
        QCOMPARE(boxes.size(), 2);
        QComboBox* a = boxes[0];
        QComboBox* b = boxes[1];
        QCOMPARE(a->count(), 3);
        QCOMPARE(views->hiddenUnits(), (std::pair<int, int>(0, 1)));
        a->setCurrentIndex(1); // b's unit: the two swap
        QCOMPARE(views->hiddenUnits(), (std::pair<int, int>(1, 0)));
        b->setCurrentIndex(2);
        QCOMPARE(views->hiddenUnits(), (std::pair<int, int>(1, 2)));
        b->setCurrentIndex(1);
        QCOMPARE(views->hiddenUnits(), (std::pair<int, int>(2, 1)));
        views->setHiddenUnits(0, 0); // refused
        QCOMPARE(views->hiddenUnits(), (std::pair<int, int>(2, 1)));
        for (int i = 0; i < a->count(); ++i) {
            a->setCurrentIndex(i);
            QVERIFY(views->hiddenUnits().first != views->hiddenUnits().second);
        }
        // one hidden unit: nothing to choose (not h1 against h1)
        QVERIFY(w.openLesson(lessons + "03-perceptron-step.json"));
        QCOMPARE(a->count(), 0);
        QVERIFY(!a->isEnabled() && !b->isEnabled());
    }

    void oneSampleShowsAMessage() {
        test::WindowOnState w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLesson(lessons + "02-worked-example.json")); // one sample
        SpaceViews* views = w.spaceViews();
        QVERIFY(views->isVisible());
        QVERIFY(!views->showsPlots());
        QVERIFY(!views->inputView()->isVisible());
        QVERIFY(!views->epochSlider()->isVisible()); // nor the controls
        QVERIFY(views->messageLabel()->isVisible());
        QCOMPARE(views->messageLabel()->text(),
                 QStringLiteral("The 2-D views need at least two samples."));
        QVERIFY(!w.action("exportViews")->isEnabled());
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        QVERIFY(views->showsPlots());
        QVERIFY(views->inputView()->isVisible());
        QVERIFY(views->epochSlider()->isVisible());
        QVERIFY(!views->messageLabel()->isVisible());
        QVERIFY(w.action("exportViews")->isEnabled());
    }
};

QTEST_MAIN(PlaneViewsTest)
#include "tst_plane_views.moc"
