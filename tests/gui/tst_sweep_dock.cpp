// SPDX-License-Identifier: MIT
// The Sweep dock driven as a user drives it: values typed per setting (a refusal shown in
// red), Run, sorting by a header, the filters greying rows and marking points, a double-click
// opening that configuration as the window's lesson trained to its epochs, and Test on fresh
// data against predictions counted here with a forward pass of our own.
#include "ui/compare_window.h"
#include "ui/main_window.h"
#include "ui/sweep_panel.h"

#include "common/lessons.h"
#include "common/window_on_state.h"
#include "core/generators.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace backstep;

namespace {

QString writeLesson(const QTemporaryDir& dir, int samples) {
    return test::writeJsonFile(dir.filePath(QStringLiteral("moons-%1.json").arg(samples)),
                               test::moonsSweepLesson(samples, QStringLiteral("Moons sweep")));
}

template <typename T> T* child(QObject* parent, const char* name) {
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found) qFatal("no %s", name);
    return found;
}

void type(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Right predictions of a tanh/sigmoid network with one hidden layer on `X`, written out here.
int countRight(const Parameters& p, const Matrix& X, const Matrix& y) {
    const Matrix hidden =
        ((X * p.layers[0].weights).rowwise() + p.layers[0].bias.row(0)).array().tanh().matrix();
    const Matrix z = (hidden * p.layers[1].weights).rowwise() + p.layers[1].bias.row(0);
    int right = 0;
    for (Index r = 0; r < X.rows(); ++r) {
        const double out = 1.0 / (1.0 + std::exp(-z(r, 0)));
        right += ((out >= 0.5) == (y(r, 0) >= 0.5)) ? 1 : 0;
    }
    return right;
}

} // namespace

class SweepDockTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("sweep"));
    }

    void typeRunSortFilterOpenAndTestFresh() {
        QTemporaryDir dir;
        test::WindowOnState w;
        QVERIFY(w.openLesson(writeLesson(dir, 240)));
        w.resize(1500, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dock = child<QDockWidget>(&w, "sweepDock");
        QVERIFY(dock->isHidden());
        dock->toggleViewAction()->trigger();
        QVERIFY(dock->isVisible());
        SweepPanel* panel = w.sweep();
        SweepModel* model = panel->model();
        auto* count = child<QLabel>(panel, "count");
        auto* refusal = child<QLabel>(panel, "refusal");
        auto* run = child<QPushButton>(panel, "run");

        // The open lesson's values start the grid.
        QCOMPARE(panel->valuesEdit("hidden")->text(), QStringLiteral("4"));
        QCOMPARE(panel->valuesEdit("learning_rate")->text(), QStringLiteral("0.5"));
        QCOMPARE(panel->valuesEdit("noise")->placeholderText(), QStringLiteral("lesson: 0.2"));
        QTRY_COMPARE(count->text(), QStringLiteral("Configurations: 1 · training runs: 1"));

        type(panel->valuesEdit("hidden"), "2,0");
        QTRY_VERIFY(refusal->isVisible());
        QVERIFY2(refusal->text().startsWith("hidden=0: expected a unit count from 1"),
                 qPrintable(refusal->text()));
        QVERIFY(panel->valuesEdit("hidden")->styleSheet().contains("#c62828"));
        QVERIFY(!run->isEnabled());
        type(panel->valuesEdit("hidden"), "2,3");
        type(panel->valuesEdit("hidden_activation"), "tanh");
        type(panel->valuesEdit("learning_rate"), "0.5,0.05");
        type(panel->valuesEdit("epochs"), "10,40");
        QTRY_COMPARE(count->text(), QStringLiteral("Configurations: 8 · training runs: 4"));
        QVERIFY(refusal->isHidden());
        QVERIFY(panel->valuesEdit("hidden")->styleSheet().isEmpty());
        QVERIFY(run->isEnabled());

        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isRunning(), 60000);
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->columnCount(), 4 + 6);

        // Sort by test accuracy, highest first, through the header.
        auto* table = child<QTableView>(panel, "results");
        const int test = 4 + SweepModel::TestAccuracy;
        table->horizontalHeader()->setSortIndicator(test, Qt::DescendingOrder);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(*model->result(r - 1).testAccuracy >= *model->result(r).testAccuracy);

        // Filters: test accuracy ≥ the second best greys the others and marks only the best.
        const double second = 100 * *model->result(1).testAccuracy;
        child<QCheckBox>(panel, "gapFilter")->setChecked(false);
        child<QDoubleSpinBox>(panel, "minAccuracy")->setValue(second - 0.05);
        int passing = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const bool expected = 100 * *model->result(r).testAccuracy >= second - 0.05;
            QCOMPARE(model->passes(r), expected);
            QCOMPARE(model->data(model->index(r, 0), Qt::ForegroundRole).isValid(), !expected);
            passing += expected ? 1 : 0;
        }
        QVERIFY(passing >= 2 && passing < 8);
        QTRY_COMPARE(panel->passingPoints(0)->count(), passing);
        QCOMPARE(panel->otherPoints(0)->count(), 8 - passing);
        QCOMPARE(panel->passingPoints(1)->count(), passing);

        // Double-click the best row: the window's lesson is that configuration, trained.
        const SweepResult best = model->result(0);
        const QRect cell = table->visualRect(model->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        const int epochs = best.choices[3].toInt();
        QCOMPARE(w.session()->lesson().network.hidden, std::vector<int>{best.choices[0].toInt()});
        QCOMPARE(w.session()->lesson().training.learningRate, best.choices[2].toDouble());
        QCOMPARE(w.session()->lesson().training.epochs, epochs);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isTraining(), 60000);
        QCOMPARE(w.session()->trainer().epochsCompleted(), epochs);
        QCOMPARE(w.session()->trainer().epochLoss().back(), best.finalLoss);
        QVERIFY(w.windowTitle().contains("hidden=" + best.choices[0]));
        // The grid stays on the lesson it was made from.
        QCOMPARE(panel->valuesEdit("epochs")->text(), QStringLiteral("10,40"));
        QCOMPARE(model->rowCount(), 8);

        // Test on fresh data: 500 new moons with seed 77, counted here.
        table->selectRow(0);
        child<QSpinBox>(panel, "freshSeed")->setValue(77);
        child<QSpinBox>(panel, "freshSamples")->setValue(500);
        QSignalSpy scored(model, &SweepModel::freshDataScored);
        QTest::mouseClick(child<QPushButton>(panel, "freshTest"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scored.count(), 1, 60000);
        const auto score = scored.first().value(1).value<FreshDataScore>();
        GeneratorSpec spec;
        spec.kind = GeneratorSpec::Kind::Moons;
        spec.samples = 500;
        spec.noise = 0.2;
        spec.seed = 77;
        const Dataset fresh = generate(spec);
        const int right = countRight(w.session()->trainer().parameters(), fresh.X, fresh.y);
        QCOMPARE(score.samples, 500);
        QCOMPARE(score.correct, right);
        QVERIFY(right > 250); // better than chance
        const QString shown = child<QLabel>(panel, "freshResult")->text();
        QVERIFY2(shown.startsWith(QString::number(100.0 * right / 500, 'f', 1) + " % right (" +
                                  QString::number(right) + " of 500 fresh samples, seed 77)"),
                 qPrintable(shown));
    }

    // The dock left open is open again, with its panel, in the next window (saved layout).
    void reopensWithTheSavedLayout() {
        QTemporaryDir dir;
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(writeLesson(dir, 240)));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            child<QDockWidget>(&w, "sweepDock")->toggleViewAction()->trigger();
            QVERIFY(w.sweep()->isVisible());
            w.close();
        }
        test::WindowOnState again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto* dock = child<QDockWidget>(&again, "sweepDock");
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(dock->widget(), again.sweep());
        QVERIFY(again.sweep()->isVisible());
        dock->toggleViewAction()->trigger(); // closed: the next window starts without it
        QVERIFY(dock->isHidden());
        again.close();
    }

    // Compare: the selected rows trained side by side, their losses those of the sweep, one
    // slider choosing the epoch of every panel (snapshots every 2nd epoch for 250 epochs).
    void compareSelectedRows() {
        QTemporaryDir dir;
        test::WindowOnState w;
        QVERIFY(w.openLesson(writeLesson(dir, 240)));
        SweepPanel* panel = w.sweep();
        SweepModel* model = panel->model();
        model->setValues("hidden", "3");
        model->setValues("hidden_activation", "tanh,relu");
        model->setValues("learning_rate", "0.5,0.05");
        model->setValues("epochs", "250");
        QVERIFY(model->start(2));
        model->waitUntilFinished();
        QCOMPARE(model->rowCount(), 4);
        auto* table = child<QTableView>(panel, "results");
        auto* compare = child<QPushButton>(panel, "compare");
        QVERIFY(!compare->isEnabled());
        table->selectAll();
        QVERIFY(compare->isEnabled());
        CompareWindow* window = panel->compareSelected();
        QVERIFY(window);
        window->run()->waitUntilFinished();
        QCOMPARE(window->run()->trackCount(), 4);
        for (int i = 0; i < 4; ++i) {
            const CompareRun::Track t = window->run()->track(i);
            QCOMPARE(t.title,
                     QString(model->result(i).choices[0] + " · " + model->result(i).choices[1] +
                             " · " + model->result(i).choices[2] + " · 250"));
            QCOMPARE(static_cast<int>(t.loss.size()), 250);
            QCOMPARE(t.loss.back(), model->result(i).finalLoss);
        }
        window->slider()->setValue(101);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(window->shownEpoch(i), 100);
        window->slider()->setValue(0);
        QCOMPARE(window->shownEpoch(0), 0);
        window->slider()->setValue(250);
        QCOMPARE(window->shownEpoch(3), 250);
        const QString picture = qEnvironmentVariable("BACKSTEP_COMPARE_PICTURE");
        if (!picture.isEmpty()) {
            window->slider()->setValue(120);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(window->grab().save(picture));
        }
        delete window;
    }

    // The picture of the README (only when BACKSTEP_SWEEP_PICTURE names a file): seed 004's
    // kind of grid on 2000 moons with noise 0.25, sorted by test accuracy.
    void picture() {
        const QString path = qEnvironmentVariable("BACKSTEP_SWEEP_PICTURE");
        if (path.isEmpty()) QSKIP("set BACKSTEP_SWEEP_PICTURE to draw the README's picture");
        QTranslator translator; // BACKSTEP_SWEEP_LANGUAGE=zh_CN or ru: the dock translated
        const QString language = qEnvironmentVariable("BACKSTEP_SWEEP_LANGUAGE");
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QLocale(language), "backstep", "_", ":/i18n"));
            QCoreApplication::installTranslator(&translator);
        }
        QTemporaryDir dir;
        QFile f(writeLesson(dir, 2000));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QJsonObject l = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject data = l["data"].toObject(), training = l["training"].toObject();
        data["noise"] = 0.25;
        training["batch"] = "full";
        training["learning_rate"] = 1.2;
        l["data"] = data;
        l["training"] = training;
        l["title"] = "Moons: which hyper-parameters?";
        f.resize(0);
        f.write(QJsonDocument(l).toJson());
        f.close();
        test::WindowOnState w;
        QVERIFY(w.openLesson(f.fileName()));
        auto* dock = child<QDockWidget>(&w, "sweepDock");
        dock->toggleViewAction()->trigger();
        dock->setFloating(true);
        dock->resize(1500, 540);
        dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        SweepPanel* panel = w.sweep();
        type(panel->valuesEdit("hidden"), "1,2,3,4,5,10");
        type(panel->valuesEdit("hidden_activation"), "tanh,sigmoid,relu");
        type(panel->valuesEdit("learning_rate"), "1.2,0.6,0.1");
        type(panel->valuesEdit("epochs"), "100,1000,5000");
        QTest::qWait(400);
        QTest::mouseClick(child<QPushButton>(panel, "run"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->model()->isRunning(), 300000);
        auto* table = child<QTableView>(panel, "results");
        table->horizontalHeader()->setSortIndicator(4 + SweepModel::TestAccuracy,
                                                    Qt::DescendingOrder);
        table->resizeColumnsToContents();
        child<QDoubleSpinBox>(panel, "minAccuracy")->setValue(93.5);
        table->selectRow(0);
        QSignalSpy scored(panel->model(), &SweepModel::freshDataScored);
        QTest::mouseClick(child<QPushButton>(panel, "freshTest"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scored.count(), 1, 60000);
        QTest::qWait(300);
        QVERIFY(dock->grab().save(path));
    }
};

QTEST_MAIN(SweepDockTest)
#include "tst_sweep_dock.moc"
