// SPDX-License-Identifier: MIT
// File → Export → Animation in the window: the action in the Export menu, enabled with a
// lesson (not before) and disabled while an export runs; the GIF it writes in the background is
// frame for frame the one backstep-cli animate writes for the same lesson and settings; Cancel
// writes nothing; the dialog counts frames, refuses too many and remembers its choices.
#include "../render/gif_reading.h"

#include "ui/animation_dialog.h"
#include "ui/animation_export.h"
#include "ui/main_window.h"

#include "common/window_on_state.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace backstep;

namespace {
const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);
} // namespace

class AnimationExportTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void actionIsInTheExportMenu() {
        test::WindowOnState window;
        QAction* action = window.action("exportAnimation");
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no lesson yet
        QVERIFY(window.openLesson(sourceDir + "/lessons/05-house-prices.json"));
        QVERIFY(action->isEnabled());
        QMenu* exports = nullptr;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            if (menu->actions().contains(window.action("exportWorkbook"))) exports = menu;
        QVERIFY(exports);
        QVERIFY(exports->actions().contains(action));
        QVERIFY(!action->statusTip().isEmpty());
    }

    void writesTheSameGifAsTheCommandLine() {
        QTemporaryDir dir;
        const QString lesson = sourceDir + "/lessons/07-moons.json";
        test::WindowOnState window;
        QVERIFY2(window.openLesson(lesson), qPrintable(window.lastError()));
        window.session()->nextStep(); // what is on screen does not change what is recorded
        AnimationExport* exporter = window.animationExport();
        QSignalSpy finished(exporter, &AnimationExport::finished);
        AnimationSettings settings;
        settings.epochs = 12;
        settings.frameStep = 5;
        settings.size = QSize(720, 300);
        const QString ours = dir.filePath("window.gif");
        exporter->start(ours, settings);
        QVERIFY(exporter->isRunning());
        QVERIFY(!window.action("exportAnimation")->isEnabled());
        QVERIFY(exporter->progressDialog());
        QCOMPARE(exporter->progressDialog()->maximum(), 12);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished[0][1].toString(), QString()); // no error
        QCOMPARE(finished[0][2].toBool(), false);       // not cancelled
        QVERIFY(window.action("exportAnimation")->isEnabled());

        const QString theirs = dir.filePath("cli.gif");
        QProcess cli;
        cli.start(QStringLiteral(BACKSTEP_CLI), {"animate", lesson, "--epochs", "12", "--frames",
                                                 "5", "--size", "720x300", "--out", theirs});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const ReadGif a = readGif(ours), b = readGif(theirs);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.width, 720);
        QCOMPARE(a.height, 300);
        QCOMPARE(a.frames.size(), size_t(4)); // epochs 0, 5, 10, 12
        QCOMPARE(a.delays, b.delays);
        QCOMPARE(a.frames.size(), b.frames.size());
        for (size_t i = 0; i < a.frames.size(); ++i)
            QVERIFY2(a.frames[i] == b.frames[i], qPrintable(QStringLiteral("frame %1").arg(i)));
    }

    void cancelWritesNothing() {
        QTemporaryDir dir;
        test::WindowOnState window;
        QVERIFY(window.openLesson(sourceDir + "/lessons/13-moons-hyperparameters.json"));
        AnimationExport* exporter = window.animationExport();
        QSignalSpy finished(exporter, &AnimationExport::finished);
        AnimationSettings settings;
        settings.epochs = 1000;
        settings.frameStep = 1;
        settings.size = QSize(600, 300);
        const QString path = dir.filePath("cancelled.gif");
        exporter->start(path, settings);
        QVERIFY(exporter->isRunning());
        auto* cancel = exporter->progressDialog()->findChild<QPushButton*>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished[0][2].toBool(), true);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        QVERIFY(window.action("exportAnimation")->isEnabled());
    }

    void closingTheWindowWhileRecordingWaitsAndWritesNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath("closed.gif");
        {
            test::WindowOnState window;
            QVERIFY(window.openLesson(sourceDir + "/lessons/13-moons-hyperparameters.json"));
            AnimationSettings settings;
            settings.epochs = 1000;
            settings.size = QSize(600, 300);
            window.animationExport()->start(path, settings);
        }
        QVERIFY(!QFile::exists(path));
    }

    void dialogCountsFramesAndRemembers() {
        {
            AnimationDialog dialog(40);
            auto* epochs = dialog.findChild<QSpinBox*>("epochs");
            auto* step = dialog.findChild<QSpinBox*>("frameStep");
            auto* width = dialog.findChild<QSpinBox*>("frameWidth");
            auto* height = dialog.findChild<QSpinBox*>("frameHeight");
            auto* summary = dialog.findChild<QLabel*>("summary");
            QPushButton* ok =
                dialog.findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
            QVERIFY(epochs && step && width && height && summary && ok);
            QCOMPARE(epochs->value(), 40); // the lesson's
            step->setValue(15);            // epochs 0, 15, 30, 40
            QVERIFY2(summary->text().startsWith("4 frames"), qPrintable(summary->text()));
            QVERIFY(ok->isEnabled());
            epochs->setValue(100000); // 6668 frames
            QVERIFY(summary->text().contains("6668"));
            QVERIFY(!ok->isEnabled());
            epochs->setValue(40);
            width->setValue(800);
            height->setValue(320);
            QCOMPARE(dialog.settings().size, QSize(800, 320));
            QCOMPARE(dialog.settings().frameStep, 15);
            dialog.remember();
        }
        AnimationDialog again(7);
        QCOMPARE(again.settings().epochs, 7);
        QCOMPARE(again.settings().frameStep, 15);
        QCOMPARE(again.settings().size, QSize(800, 320));
    }
};

QTEST_MAIN(AnimationExportTest)
#include "tst_animation_export.moc"
