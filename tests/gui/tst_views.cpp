// SPDX-License-Identifier: MIT
// The 2-D views, the network diagram, the evaluation dock and the import dialog, rendered
// offscreen and checked against what the model computes.
#include "ui/evaluation_view.h"
#include "ui/import_dialog.h"
#include "ui/loss_chart.h"
#include "ui/main_window.h"
#include "ui/network_diagram.h"
#include "ui/plane_view.h"
#include "ui/space_views.h"

#include "common/window_on_state.h"

#include "core/evaluation.h"
#include "core/iteration.h"
#include "io/lesson_loader.h"

#include <QAbstractAxis>
#include <QChart>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLayout>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <limits>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

bool similar(const QColor& a, const QColor& b, int tolerance = 12) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// The network's output for one input point.
Matrix predict(const Trainer& t, double x1, double x2, int layer = -1, bool activation = true) {
    Matrix X(1, 2);
    X << x1, x2;
    IterationWork work;
    forwardPass(t.network(), t.parameters(), X, work);
    const LayerWork& w = layer < 0 ? work.layers.back() : work.layers[size_t(layer)];
    return activation ? w.activation : w.input;
}

// Of the first `candidates` discs, the one farthest from any disc of another class, so no
// other disc covers its centre; and that distance (widget pixels).
std::pair<int, double> mostIsolated(const QVector<QPointF>& at, const QVector<double>& classes,
                                    int candidates) {
    int best = 0;
    double bestDistance = -1;
    for (int r = 0; r < candidates; ++r) {
        double nearest = INFINITY;
        for (int o = 0; o < at.size(); ++o)
            if (classes[o] != classes[r])
                nearest =
                    std::min(nearest, std::hypot(at[o].x() - at[r].x(), at[o].y() - at[r].y()));
        if (nearest > bestDistance) {
            bestDistance = nearest;
            best = r;
        }
    }
    return {best, bestDistance};
}

} // namespace

class ViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inputSpaceShowsThePrediction() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.session()->goToIteration(800)); // partly trained: a curved boundary
        SpaceViews* views = w.spaceViews();
        QVERIFY(views->isVisible()); // shown for a two-input lesson
        views->refresh();
        PlaneView* input = views->inputView();
        const QImage image = input->grab().toImage();
        const Trainer& t = w.session()->trainer();
        // background pixels away from samples: the colour of the prediction at the centre of
        // the heat-map cell they show (120 cells a side)
        int checked = 0;
        const PlaneBounds& b = input->bounds();
        const double dx = (b.xMax - b.xMin) / 120, dy = (b.yMax - b.yMin) / 120;
        const auto nearAnySample = [&](double x, double y) {
            for (const Dataset* d : {&t.data(), &t.testData()})
                for (Index r = 0; r < d->samples(); ++r)
                    if (std::hypot((d->X(r, 0) - x) / (b.xMax - b.xMin),
                                   (d->X(r, 1) - y) / (b.yMax - b.yMin)) < 0.04)
                        return true;
            return false;
        };
        for (int i : {3, 30, 60, 90, 116})
            for (int j : {3, 30, 60, 90, 116}) {
                const double x = b.xMin + (i + 0.5) * dx,
                             y = b.yMax - (j + 0.5) * dy; // cell (i, j), row 0 at the top
                if (nearAnySample(x, y)) continue;
                const QPoint at = input->toWidget(x, y).toPoint();
                const double p = predict(t, x, y)(0, 0);
                QVERIFY2(similar(image.pixelColor(at), valueColour(p), 6),
                         qPrintable(QStringLiteral("at (%1, %2) p = %3: %4 vs %5")
                                        .arg(x)
                                        .arg(y)
                                        .arg(p)
                                        .arg(image.pixelColor(at).name(), valueColour(p).name())));
                ++checked;
            }
        QVERIFY(checked >= 10);
        // a training sample's disc has its class colour at its centre (the sample farthest
        // from any of the other class, so no other disc covers it)
        QVector<QPointF> discs;
        QVector<double> classes;
        for (const Dataset* d : {&t.data(), &t.testData()})
            for (Index r = 0; r < d->samples(); ++r) {
                discs << input->toWidget(d->X(r, 0), d->X(r, 1));
                classes << d->y(r, 0);
            }
        const Index best = mostIsolated(discs, classes, t.data().samples()).first;
        const QPoint sample = input->toWidget(t.data().X(best, 0), t.data().X(best, 1)).toPoint();
        const QColor expected = classColour(t.data().y(best, 0) >= 0.5 ? 1 : 0);
        QVERIFY2(similar(image.pixelColor(sample), expected, 30),
                 qPrintable(image.pixelColor(sample).name() + " vs " + expected.name()));
    }

    void hiddenSpaceShowsWhereSamplesLand() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "06-blobs-hidden-space.json"));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.session()->goToIteration(300));
        SpaceViews* views = w.spaceViews();
        views->setHiddenUnits(1, 0); // h2 across, h1 up
        views->refresh();
        const Trainer& t = w.session()->trainer();
        // the sample farthest (in the hidden plane) from any sample of the other class
        std::vector<Matrix> before, after;
        for (Index r = 0; r < t.data().samples(); ++r) {
            before.push_back(predict(t, t.data().X(r, 0), t.data().X(r, 1), 0, false));
            after.push_back(predict(t, t.data().X(r, 0), t.data().X(r, 1), 0, true));
        }
        for (auto [view, points] : {std::pair{views->hiddenBeforeView(), &before},
                                    std::pair{views->hiddenAfterView(), &after}}) {
            QVector<QPointF> discs;
            QVector<double> classes;
            for (Index r = 0; r < t.data().samples(); ++r) {
                discs << view->toWidget((*points)[size_t(r)](0, 1), (*points)[size_t(r)](0, 0));
                classes << t.data().y(r, 0);
            }
            const auto [best, bestDistance] = mostIsolated(discs, classes, t.data().samples());
            QVERIFY(bestDistance > 6);
            const QImage image = view->grab().toImage();
            const QPointF at =
                view->toWidget((*points)[size_t(best)](0, 1), (*points)[size_t(best)](0, 0));
            QVERIFY(view->plotRect().contains(at));
            const QColor colour = classColour(t.data().y(best, 0) >= 0.5 ? 1 : 0);
            QVERIFY2(similar(image.pixelColor(at.toPoint()), colour, 40),
                     qPrintable(image.pixelColor(at.toPoint()).name() + " vs " + colour.name()));
        }
    }

    void epochSliderReplaysTheHistory() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "07-moons.json"));
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runner(), &TrainingRunner::finished);
        w.trainEpochs(600);
        QVERIFY(finished.wait(30000));
        QSlider* slider = w.spaceViews()->epochSlider();
        QVERIFY(slider->maximum() > 10);
        QCOMPARE(w.spaceViews()->shownEpoch(), 600);
        slider->setValue(0);
        QCOMPARE(w.spaceViews()->shownEpoch(), 0); // the initial weights
        const QImage start = w.spaceViews()->inputView()->grab().toImage();
        slider->setValue(slider->maximum());
        QCOMPARE(w.spaceViews()->shownEpoch(), 600);
        QVERIFY(start != w.spaceViews()->inputView()->grab().toImage());
        QTemporaryDir dir;
        QCOMPARE(w.spaceViews()->exportPng(dir.filePath("views.png")), QString());
        const QImage exported(dir.filePath("views.png"));
        QVERIFY(!exported.isNull());
        // the three views only: as wide as the dock, lower by the row of controls (the slider's
        // row)
        QCOMPARE(exported.width(),
                 w.spaceViews()->width() - 2 * w.spaceViews()->layout()->contentsMargins().left());
        QVERIFY(exported.height() <= w.spaceViews()->height() - slider->height());
        QVERIFY(w.action("exportViews")->isEnabled());
        QVERIFY(
            w.openLesson(lessons + "01-three-samples.json")); // four inputs: no 2-D views to export
        QVERIFY(!w.action("exportViews")->isEnabled());
    }

    void networkDiagramAndSheetFocusEachOther() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        NetworkDiagram* d = w.networkDiagram();
        d->resize(420, 320);
        // the middle of the link from input x2 to hidden h3 is wh[2,3]
        const QPointF middle = (d->neuronPosition(0, 1) + d->neuronPosition(1, 2)) / 2;
        const auto cell = d->cellAt(middle);
        QVERIFY(cell);
        QCOMPARE(*cell, (CellRef{"wh", 1, 2}));
        QCOMPARE(d->cellAt(d->neuronPosition(2, 0)),
                 (std::optional<CellRef>{CellRef{"bout", 0, 0}}));
        QTest::mouseClick(d, Qt::LeftButton, {}, middle.toPoint());
        QCOMPARE(*w.session()->focusedCell(),
                 (CellRef{"wh", 1, 2})); // the weights were shown first
        QCOMPARE(w.session()->step(), 2);
        // and the other way: the focused link is drawn in the focus colour
        d->show();
        const QImage image = d->grab().toImage();
        const QPointF quarter = d->neuronPosition(0, 1) * 0.75 + d->neuronPosition(1, 2) * 0.25;
        bool yellow = false;
        for (int dx = -3; dx <= 3 && !yellow; ++dx)
            for (int dy = -3; dy <= 3 && !yellow; ++dy)
                yellow = similar(image.pixelColor(quarter.toPoint() + QPoint(dx, dy)),
                                 QColor(0xFF, 0xD4, 0x00), 40);
        QVERIFY(yellow);
    }

    void evaluationCountsTheConfusionMatrix() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "12-csv-exam-results.json"));
        QVERIFY(w.session()->goToIteration(50));
        EvaluationView* e = w.evaluationView();
        e->refresh(true);
        const Trainer& t = w.session()->trainer();
        IterationWork work;
        forwardPass(t.network(), t.parameters(), t.testData().X, work);
        const Eigen::MatrixXi expected =
            confusionMatrix(t.testData().y, work.layers.back().activation);
        QCOMPARE(e->testTable()->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                QCOMPARE(e->testTable()->item(r, c)->text().toInt(), expected(r, c));
        QCOMPARE(expected.sum(), t.testData().samples());
    }

    void labelsNeverOverlap() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "08-three-classes.json")); // 24 hidden units
        // confusion matrix: every column at least as wide as its header's text
        EvaluationView* e = w.evaluationView();
        e->resize(300, 400);
        e->refresh(true);
        QHeaderView* header = e->trainTable()->horizontalHeader();
        for (int c = 0; c < e->trainTable()->columnCount(); ++c) {
            const QString text = e->trainTable()->horizontalHeaderItem(c)->text();
            QVERIFY2(header->sectionSize(c) >= header->fontMetrics().size(0, text).width(),
                     qPrintable(text));
        }
        // network diagram: a label touches no circle but its own, nor another label
        NetworkDiagram* d = w.networkDiagram();
        for (const QSize& size :
             {QSize(420, 320), QSize(360, 300), QSize(500, 700)}) { // circles apart
            d->resize(size);
            const double r = NetworkDiagram::neuronRadius;
            for (int c = 0; c < 3; ++c)
                for (int u = 0; u < d->drawnUnits(c); ++u) {
                    const QRectF label = d->labelRect(c, u);
                    if (label.isEmpty()) continue;
                    for (int c2 = 0; c2 < 3; ++c2)
                        for (int u2 = 0; u2 < d->drawnUnits(c2); ++u2) {
                            if (c2 == c && u2 == u) continue;
                            const QPointF at = d->neuronPosition(c2, u2);
                            QVERIFY(
                                !label.intersects(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r)));
                            const QRectF other = d->labelRect(c2, u2);
                            QVERIFY(other.isEmpty() || !label.intersects(other));
                        }
                }
        }
        // 2-D views: the tick values at the ends of an axis fit side by side
        const QFontMetrics fm(w.font());
        for (double length : {60.0, 120.0, 300.0}) {
            const auto [low, high] = PlaneView::tickTexts(-0.00493123, 0.00533456, length, fm);
            QVERIFY(fm.horizontalAdvance(low) + fm.horizontalAdvance(high) < length);
        }
        QCOMPARE(PlaneView::tickTexts(-0.0755123, 0.0647123, 300, fm).first,
                 QStringLiteral("-0.0755"));
    }

    void regressionShowsPredictedAgainstActual() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "05-house-prices.json"));
        QVERIFY(w.session()->goToIteration(100));
        EvaluationView* e = w.evaluationView();
        e->refresh(true);
        const Trainer& t = w.session()->trainer();
        const QList<QPointF> points = e->trainPoints();
        QCOMPARE(points.size(), t.data().samples());
        IterationWork work;
        forwardPass(t.network(), t.parameters(), t.data().X, work);
        for (int r = 0; r < points.size(); ++r) {
            QCOMPARE(points[r].x(), t.data().y(r, 0));
            QCOMPARE(points[r].y(), work.layers.back().activation(r, 0));
        }
        QVERIFY(e->testPoints().isEmpty());
    }

    // A diverged run's infinite predictions are left out and the axes follow what is shown;
    // the next regression lesson gets its own range (its axes were stuck before).
    void regressionAxesFollowEveryLesson() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "05-house-prices.json"));
        EvaluationView* e = w.evaluationView();
        Parameters diverged = w.session()->trainer().parameters();
        diverged.layers.back().weights.setConstant(std::numeric_limits<double>::infinity());
        w.training()->showLive(diverged, 0);
        e->refresh(true);
        QVERIFY(e->trainPoints().isEmpty()); // nothing finite to draw
        QCOMPARE(e->axisRange(), (std::pair<double, double>(0.0, 1.0)));
        QVERIFY(w.openLesson(lessons + "10-learning-rate.json")); // another regression lesson
        e->refresh(true);
        const Trainer& t = w.session()->trainer();
        double low = INFINITY, high = -INFINITY;
        IterationWork work;
        forwardPass(t.network(), t.parameters(), t.data().X, work);
        for (Index r = 0; r < t.data().samples(); ++r)
            for (const double v : {t.data().y(r, 0), work.layers.back().activation(r, 0)}) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        if (t.testData().samples() > 0) {
            forwardPass(t.network(), t.parameters(), t.testData().X, work);
            for (Index r = 0; r < t.testData().samples(); ++r)
                for (const double v : {t.testData().y(r, 0), work.layers.back().activation(r, 0)}) {
                    low = std::min(low, v);
                    high = std::max(high, v);
                }
        }
        QCOMPARE(e->axisRange(), (std::pair<double, double>(low, high)));
    }

    void importDialog() {
        ImportDialog dialog("marks.csv",
                            "hours,slept,passed\n1,8,0\n9,7,1\nbad,7,1\n5,5,0\n8,8,1\n");
        QCOMPARE(dialog.preview()->rowCount(), 4);
        QVERIFY(dialog.problemsText().contains(
            "line 4: column 'hours': 'bad' is not a number; skipped"));
        QCOMPARE(dialog.targetList()->item(2)->checkState(),
                 Qt::Checked); // the last column by default
        dialog.targetList()->item(2)->setCheckState(Qt::Unchecked);
        dialog.accept();
        QVERIFY(!dialog.lesson());
        QCOMPARE(dialog.errorText(), QStringLiteral("choose at least one target column"));
        dialog.targetList()->item(2)->setCheckState(Qt::Checked);
        dialog.normalisation()->setCurrentIndex(1); // min–max
        dialog.accept();
        QVERIFY(dialog.lesson());
        QCOMPARE(dialog.lesson()->data.X(1, 0), 1.0); // hours 9 is the largest
        QCOMPARE(dialog.lesson()->title.in("en"), QStringLiteral("marks"));
        test::WindowOnState w;
        w.setLesson(*dialog.lesson());
        QCOMPARE(w.session()->trace().at("X").values.rows(), 4);
    }

    // The notes list repeated column names, then the rows left out under a heading; a file with
    // nothing usable shows the rows it could not read and the error, and makes no lesson.
    void importDialogNotes() {
        ImportDialog both("prices.csv", "a,price,price\n1,2,3\n4,x,6\n7,8,9\n");
        QCOMPARE(both.problemsText(),
                 QStringLiteral("line 1: column \"price\" appears twice (columns 2 and 3); the "
                                "first is used\n"
                                "1 row(s) could not be read and are left out:\n"
                                "line 3: column 'price': 'x' is not a number; skipped"));
        QCOMPARE(both.preview()->rowCount(), 2);
        QVERIFY(both.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        ImportDialog none("words.csv", "a,b\nx,y\n");
        QCOMPARE(none.errorText(), QStringLiteral("no readable data rows after the header"));
        QCOMPARE(none.problemsText(),
                 QStringLiteral("line 2: column 'a': 'x' is not a number; skipped"));
        QCOMPARE(none.preview()->rowCount(), 0);
        QVERIFY(!none.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void galleryLessonWithCsvLoadsFromResources() {
        const Loaded<Lesson> r = loadLessonFile(":/lessons/12-csv-exam-results.json");
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QCOMPARE(r.value->data.featureNames,
                 (std::vector<std::string>{"hours_studied", "hours_slept"}));
    }

    // Every shipped lesson opened in one window: the 2-D views show exactly for the two-input
    // lessons (with or without a held-out test set) and their input space frames every sample.
    void everyShippedLessonDrawsItsViews() {
        test::WindowOnState w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList files =
            QDir(lessons).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        int drawn = 0;
        for (const QString& file : files) {
            QVERIFY2(w.openLesson(lessons + file), qPrintable(file));
            const Trainer& t = w.session()->trainer();
            SpaceViews* views = w.spaceViews();
            QCOMPARE(views->isVisible(), t.network().inputs == 2);
            if (!views->isVisible()) continue;
            views->refresh();
            const PlaneBounds& b = views->inputView()->bounds();
            for (const Dataset* d : {&t.data(), &t.testData()})
                for (Index r = 0; r < d->samples(); ++r) {
                    QVERIFY2(b.xMin < d->X(r, 0) && d->X(r, 0) < b.xMax, qPrintable(file));
                    QVERIFY2(b.yMin < d->X(r, 1) && d->X(r, 1) < b.yMax, qPrintable(file));
                }
            ++drawn;
        }
        QVERIFY(drawn > 0);
    }

    // The loss chart deletes with itself the chart, its series and all four axes, including the
    // loss axis that switching the scale takes off the chart. (The empty chart QChartView makes
    // for itself is not reachable from here: LeakSanitizer checks that one.)
    void lossChartDeletesWhatItMade() {
        auto* view = new LossChart;
        QPointer<QChart> chart = view->chart();
        QList<QPointer<QObject>> parts;
        for (QAbstractSeries* s : chart->series())
            parts << s;
        for (QAbstractAxis* a : chart->axes())
            parts << a;
        view->setLogScale(true);
        for (QAbstractAxis* a : chart->axes())
            if (!parts.contains(a)) parts << a;
        QCOMPARE(chart->series().size(), 5); // loss, accuracy, test loss, test accuracy, the marker
        QCOMPARE(parts.size(), 5 + 4); // and the epoch, linear loss, log loss and accuracy axes
        delete view;
        QVERIFY(chart.isNull());
        for (const QPointer<QObject>& part : parts)
            QVERIFY(part.isNull());
    }
};

QTEST_MAIN(ViewsTest)
#include "tst_views.moc"
