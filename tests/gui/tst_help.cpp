// SPDX-License-Identifier: MIT
// The help inside the app: the first-run tour of the window (shown once, never in pictures,
// each page outlining a part that is there), the help pages per language in the resources,
// and the icons drawn from their SVGs.
#include "ui/help_window.h"
#include "ui/main_window.h"
#include "ui/tour.h"
#include "ui/window_icons.h"

#include "common/window_on_state.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace backstep;

namespace {

const QString lessons = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/");

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Whether some pixel of `image` is drawn (not fully transparent).
bool hasInk(const QImage& image) {
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0) return true;
    return false;
}

// The application started as a user would, with a configuration folder of its own; returns
// whether the tour was recorded as shown within `waitMs` (it is recorded when it appears).
bool tourShownByApp(const QString& configHome, const QStringList& arguments,
                    const QString& noTourVariable, int waitMs) {
    QProcess app;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_CONFIG_HOME", configHome);
    env.remove("BACKSTEP_NO_TOUR");
    if (!noTourVariable.isEmpty()) env.insert("BACKSTEP_NO_TOUR", noTourVariable);
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(BACKSTEP_APP), arguments);
    const QString conf = configHome + "/Backstep/Backstep.conf";
    QElapsedTimer clock;
    clock.start();
    bool shown = false;
    while (!shown && clock.elapsed() < waitMs && app.state() != QProcess::NotRunning) {
        QTest::qWait(100);
        shown = readFile(conf).contains("tourShown=true");
    }
    if (app.state() != QProcess::NotRunning) {
        app.kill();
        app.waitForFinished(10000);
    }
    return shown || readFile(conf).contains("tourShown=true");
}

} // namespace

class HelpTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("help"));
    }

    // The very first start shows the tour; the second does not; Help → Tour always does.
    void theTourShowsOnTheFirstStartOnly() {
        QSettings().remove(QStringLiteral("help"));
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            Tour* tour = w.showTourOnFirstStart();
            QVERIFY(tour);
            QVERIFY(tour->isVisible());
            QCOMPARE(tour->geometry(), w.rect()); // over the whole window
            QCOMPARE(tour->page(), 0);
            QVERIFY(!tour->backButton()->isEnabled());
            QPointer<Tour> gone(tour);
            tour->closeButton()->click(); // skipped at once
            QVERIFY(!tour->isVisible());
            QTRY_VERIFY(!gone);
        }
        QCOMPARE(QSettings().value("help/tourShown").toBool(), true);
        test::WindowOnState again;
        QVERIFY(again.openLesson(lessons + "01-three-samples.json"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.showTourOnFirstStart());
        QVERIFY(!again.findChild<Tour*>());
        again.action("tour")->trigger(); // chosen from the Help menu
        QVERIFY(again.findChild<Tour*>());
        QVERIFY(again.findChild<Tour*>()->isVisible());
    }

    // Each page outlines a widget of the window that is there and visible, with the card
    // beside it (not over all of it), in this order.
    void everyPageOutlinesAVisiblePart() {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "07-moons.json"));
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            Tour* tour = w.startTour();
            QStringList targets;
            for (int i = 0; i < tour->pageCount(); ++i)
                targets << tour->pageAt(i).target;
            QCOMPARE(targets, QStringList({"sheet", "formulaBar", "stepList", "lossChart",
                                           "settingsPanel", "practiceButton", "menuBar"}));
            for (int i = 0; i < tour->pageCount(); ++i) {
                tour->showPage(i);
                QApplication::processEvents();
                QWidget* target = tour->target();
                QVERIFY2(target, qPrintable(targets[i]));
                QVERIFY2(target->isVisible(), qPrintable(targets[i]));
                QVERIFY(target->window() == &w);
                const QRect place(target->mapTo(&w, QPoint(0, 0)), target->size());
                const QRect outlined = tour->highlight();
                QVERIFY2(outlined.contains(place.intersected(w.rect())), qPrintable(targets[i]));
                QVERIFY2(!tour->card()->geometry().contains(place), qPrintable(targets[i]));
                QVERIFY(w.rect().contains(tour->card()->geometry()));
                QVERIFY(!tour->pageAt(i).title.isEmpty() && !tour->pageAt(i).text.isEmpty());
            }
            // the settings page brought its tab to the front, and the practice button is the
            // toolbar's
            auto* bar = w.findChild<QToolBar*>("steppingToolBar");
            QCOMPARE(bar->widgetForAction(w.action("practice"))->objectName(),
                     QStringLiteral("practiceButton"));
            if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS")) {
                tour->showPage(0);
                w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/tour-sheet.png");
                tour->showPage(3);
                w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/tour-chart.png");
            }
            tour->showPage(tour->pageCount() - 1);
            QCOMPARE(tour->nextButton()->text(), QStringLiteral("Done")); // the last page
            QPointer<Tour> gone(tour);
            tour->nextButton()->click();
            QTRY_VERIFY(!gone);
        }
    }

    // ← and → turn the tour's pages instead of stepping the sheet; Esc skips the tour.
    void theTourKeepsItsKeys() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int step = w.session()->step();
        Tour* tour = w.startTour();
        QTest::keyClick(tour->nextButton(), Qt::Key_Right);
        QCOMPARE(tour->page(), 1);
        QTest::keyClick(tour->nextButton(), Qt::Key_Right);
        QCOMPARE(tour->page(), 2);
        QTest::keyClick(tour->nextButton(), Qt::Key_Left);
        QCOMPARE(tour->page(), 1);
        QCOMPARE(w.session()->step(), step); // the sheet did not move
        QPointer<Tour> gone(tour);
        QTest::keyClick(tour->nextButton(), Qt::Key_Escape);
        QTRY_VERIFY(!gone);
        QTest::keyClick(&w, Qt::Key_Right); // the window's keys are its own again
        QCOMPARE(w.session()->step(), step + 1);
    }

    // In Chinese the tour, its buttons and the toolbar's words are Chinese, and the card holds
    // its longer lines within the window.
    void theTourSpeaksTheReadersLanguage() {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QLocale::Chinese, QLocale::China), "backstep", "_", ":/i18n"));
        QApplication::installTranslator(&translator);
        {
            test::WindowOnState w;
            QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            Tour* tour = w.startTour();
            QCOMPARE(tour->pageAt(0).title, QStringLiteral("表格"));
            QCOMPARE(tour->nextButton()->text(), QStringLiteral("下一步"));
            QCOMPARE(tour->closeButton()->text(), QStringLiteral("关闭导览"));
            tour->showPage(2);
            QApplication::processEvents();
            QVERIFY(w.rect().contains(tour->card()->geometry()));
            auto* bar = w.findChild<QToolBar*>("steppingToolBar");
            QCOMPARE(
                qobject_cast<QToolButton*>(bar->widgetForAction(w.action("previousStep")))->text(),
                QStringLiteral("后退"));
            if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS"))
                w.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/tour-zh_CN.png");
        }
        QApplication::removeTranslator(&translator);
    }

    // The application shows the tour on its first start, not with --no-tour or
    // BACKSTEP_NO_TOUR=1, and never while taking a picture.
    void theApplicationShowsTheTourOnceAndNeverInPictures() {
        const QString lesson = lessons + "01-three-samples.json";
        QTemporaryDir first, noTour, variable, picture;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(tourShownByApp(first.path(), {lesson}, {}, 60000));
        const int took = static_cast<int>(clock.elapsed());
        // the others are given twice that time and more to show it, and must not
        QVERIFY(!tourShownByApp(noTour.path(), {lesson, "--no-tour"}, {}, 2 * took + 2000));
        QVERIFY(!tourShownByApp(variable.path(), {lesson}, "1", 2 * took + 2000));
        const QString png = picture.filePath("shot.png");
        QVERIFY(!tourShownByApp(picture.path(), {lesson, "--screenshot", png}, {}, 60000));
        QVERIFY(QFile::exists(png)); // the picture run ended by itself, having drawn it
    }

    // Every page in English, Chinese and Russian, from the resources compiled in; a
    // language without pages falls back to English; the links lead to pages that exist.
    void theHelpPagesShipPerLanguage() {
        QSet<QString> titles;
        for (const QString language : {"en", "zh_CN", "ru"})
            for (const QString& page : HelpWindow::pages()) {
                const QString path = QStringLiteral(":/help/%1/%2.html").arg(language, page);
                QCOMPARE(HelpWindow::pagePath(page, language), path);
                const QString html = readFile(path);
                const QString title =
                    QRegularExpression("<title>(.+)</title>").match(html).captured(1);
                QVERIFY2(!title.isEmpty(), qPrintable(path));
                titles.insert(title); // each translated: nine different titles in all
                QVERIFY2(html.contains("lang=\"" + QString(language).replace('_', '-') + "\""),
                         qPrintable(path));
                auto links = QRegularExpression("href=\"([^\"]+)\"").globalMatch(html);
                while (links.hasNext()) {
                    const QString target = links.next().captured(1);
                    QVERIFY2(HelpWindow::pages().contains(target.chopped(5)),
                             qPrintable(path + " → " + target));
                }
                if (page == "shortcuts") QVERIFY(html.contains("<!-- shortcuts -->"));
            }
        QCOMPARE(titles.size(), 9);
        QCOMPARE(HelpWindow::pagePath("sheet", "ru_RU"), QStringLiteral(":/help/ru/sheet.html"));
        QCOMPARE(HelpWindow::pagePath("sheet", "de_DE"), QStringLiteral(":/help/en/sheet.html"));
        QVERIFY(HelpWindow::pagePath("nonexistent", "en").isEmpty());

        test::WindowOnState w;
        HelpWindow help(&w, "zh_CN");
        QCOMPARE(help.contents()->count(), 3);
        QCOMPARE(help.contents()->item(1)->text(), QStringLiteral("如何阅读表格"));
        help.showPage("sheet");
        QVERIFY(help.browser()->toPlainText().contains("单元格"));
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS")) {
            help.show();
            QVERIFY(QTest::qWaitForWindowExposed(&help));
            help.grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/help-sheet-zh_CN.png");
        }
        // a link in the page turns the page and the contents list follows
        emit help.browser()->anchorClicked(QUrl("shortcuts.html"));
        QCOMPARE(help.page(), QStringLiteral("shortcuts"));
        QCOMPARE(help.contents()->currentRow(), 2);
        help.contents()->setCurrentRow(0);
        QCOMPARE(help.page(), QStringLiteral("index"));
    }

    // The icons are drawn from their SVGs (the Qt SVG plugin is there): every toolbar and
    // menu action named below has one with ink in it, and the window has Backstep's own.
    void theIconsAreDrawn() {
        test::WindowOnState w;
        QVERIFY(w.openLesson(lessons + "01-three-samples.json"));
        for (const char* name :
             {"previousStep", "nextStep",  "nextCell",  "play",   "finishIteration",
              "train",        "reset",     "reseed",    "jump",   "practice",
              "open",         "gallery",   "importCsv", "saveAs", "printHandout",
              "exportTrace",  "quit",      "undo",      "redo",   "helpContents",
              "helpSheet",    "shortcuts", "tour",      "about"}) {
            QAction* a = w.action(name);
            QVERIFY2(a && !a->icon().isNull(), name);
            QVERIFY2(hasInk(a->icon().pixmap(24, 24).toImage()), name);
        }
        const QImage app = w.windowIcon().pixmap(64, 64).toImage();
        QVERIFY(hasInk(app));
        // its grid's yellow cell in the middle, as drawn in resources/icons/backstep.svg
        QCOMPARE(app.pixelColor(32, 32).name(), QStringLiteral("#f2c230"));
        // Play and Pause: the icon follows the button's state
        const QImage play =
            w.action("play")->icon().pixmap(24, 24, QIcon::Normal, QIcon::Off).toImage();
        const QImage pause =
            w.action("play")->icon().pixmap(24, 24, QIcon::Normal, QIcon::On).toImage();
        QVERIFY(play != pause);
        auto* bar = w.findChild<QToolBar*>("steppingToolBar");
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        auto* back = qobject_cast<QToolButton*>(bar->widgetForAction(w.action("previousStep")));
        QCOMPARE(back->text(), QStringLiteral("Back")); // the menu keeps "◀ Back"
        QVERIFY(w.action("previousStep")->text().contains(QStringLiteral("◀")));
        if (qEnvironmentVariableIsSet("BACKSTEP_SHOTS"))
            for (QMenu* menu :
                 w.menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly)) {
                menu->popup(QPoint(0, 0));
                QVERIFY(QTest::qWaitForWindowExposed(menu));
                menu->grab().save(qEnvironmentVariable("BACKSTEP_SHOTS") + "/menu-" +
                                  menu->title().remove('&') + ".png");
                menu->close();
            }
    }
};

QTEST_MAIN(HelpTest)
#include "tst_help.moc"
