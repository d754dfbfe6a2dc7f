// SPDX-License-Identifier: MIT
// View → Language: the whole window changes language at run time, Qt's own dialogs too, and
// the session (lesson, step, undo stack) is kept; the choice is remembered for the next start.
// The expected texts are the translators' words from resources/translations/*.ts and the
// lesson file's own "zh_CN" fields, read here with QJsonDocument.
#include "ui/app_language.h"
#include "ui/lesson_pane.h"
#include "ui/main_window.h"
#include "ui/step_panel.h"

#include "common/window_on_state.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace backstep;

namespace {

const QString lessonPath = QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/02-worked-example.json");

QJsonObject lessonTitle() {
    QFile file(lessonPath);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("title").toObject();
}

QStringList menuTitles(MainWindow& w) {
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

void choose(MainWindow& w, const QString& code) {
    QAction* a = w.findChild<QAction*>(QStringLiteral("language_") + code);
    QVERIFY2(a, qPrintable(code));
    a->trigger();
    QApplication::processEvents(); // QEvent::LanguageChange is posted to the windows
}

// Every text a reader sees in `root`'s widgets, actions and menus, by the object's place
// (its class and object name, and those of its parents).
QMap<QString, QString> visibleTexts(QWidget* root) {
    QMap<QString, QString> texts;
    const auto place = [root](QObject* o) {
        QStringList path;
        for (QObject* p = o; p && p != root; p = p->parent())
            path.prepend(
                QStringLiteral("%1:%2").arg(p->metaObject()->className(), p->objectName()));
        return path.join('/');
    };
    QMap<QString, int> seen;
    const auto add = [&](QObject* o, const char* what, const QString& text) {
        if (text.isEmpty()) return;
        QString key = place(o) + '.' + what;
        key += QStringLiteral("#%1").arg(seen[key]++);
        texts[key] = text;
    };
    QObjectList objects{root};
    for (QObject* o : root->findChildren<QObject*>())
        objects << o;
    for (QObject* o : objects) {
        if (auto* w = qobject_cast<QWidget*>(o)) add(o, "toolTip", w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(o)) add(o, "text", l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(o)) add(o, "text", b->text());
        if (auto* g = qobject_cast<QGroupBox*>(o)) add(o, "title", g->title());
        if (auto* d = qobject_cast<QDockWidget*>(o)) add(o, "title", d->windowTitle());
        if (auto* m = qobject_cast<QMenu*>(o)) add(o, "title", m->title());
        if (auto* e = qobject_cast<QLineEdit*>(o)) add(o, "placeholder", e->placeholderText());
        if (auto* s = qobject_cast<QAbstractSpinBox*>(o)) add(o, "text", s->text());
        if (auto* a = qobject_cast<QAction*>(o)) {
            add(o, "text", a->text());
            add(o, "toolTip", a->toolTip());
            add(o, "statusTip", a->statusTip());
        }
        if (auto* c = qobject_cast<QComboBox*>(o))
            for (int i = 0; i < c->count(); ++i)
                add(o, "item", c->itemText(i));
        if (auto* l = qobject_cast<QListWidget*>(o))
            for (int i = 0; i < l->count(); ++i)
                add(o, "item", l->item(i)->text());
        if (auto* v = qobject_cast<QChartView*>(o)) {
            add(o, "chartTitle", v->chart()->title());
            for (QAbstractSeries* series : v->chart()->series())
                add(o, "series", series->name());
            for (QAbstractAxis* axis : v->chart()->axes())
                add(o, "axis", axis->titleText());
        }
        if (auto* t = qobject_cast<QTextBrowser*>(o)) add(o, "text", t->toPlainText());
        if (auto* v = qobject_cast<QTableView*>(o); v && v->model()) {
            for (int c = 0; c < v->model()->columnCount(); ++c)
                add(o, "column", v->model()->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < v->model()->rowCount(); ++r)
                add(o, "row", v->model()->headerData(r, Qt::Vertical).toString());
        }
    }
    return texts;
}

} // namespace

class WindowLanguageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("view/language"));
        applyLanguage(QStringLiteral("en"));
    }

    void theMenuListsTheShippedLanguages() {
        QStringList codes;
        for (const LanguageChoice& c : availableLanguages())
            codes << c.code + '=' + c.name;
        QCOMPARE(codes, (QStringList{"en=English", "zh_CN=简体中文", "ru=Русский"}));
        test::WindowOnState w;
        for (const char* name : {"language_system", "language_en", "language_zh_CN", "language_ru"})
            QVERIFY2(w.findChild<QAction*>(name), name);
    }

    // Into Chinese and back with the menu: menus, docks, steps, the explanation, the lesson's
    // texts, Qt's buttons and the window's title follow; the session stays where it was.
    void switchesToChineseAndBackKeepingTheSession() {
        test::WindowOnState w;
        w.show();
        QVERIFY(w.openLesson(lessonPath));
        w.session()->goToStage(4); // step 5
        QVERIFY(w.session()
                    ->changeSettings({{"training.learning_rate", 0.25}}, QStringLiteral("rate"))
                    .isEmpty());
        w.session()->goToStage(4);
        const int stage = w.session()->stage();
        const int undoCount = w.session()->undoStack()->count();
        QCOMPARE(undoCount, 1);
        const QJsonObject title = lessonTitle();
        auto* stepsDock = w.findChild<QDockWidget*>(QStringLiteral("stepsDock"));
        auto* settingsDock = w.findChild<QDockWidget*>(QStringLiteral("settingsDock"));
        auto* lessonTitleLabel = w.findChild<QLabel*>(QStringLiteral("lessonTitle"));
        auto* stepList = w.findChild<QListWidget*>(QStringLiteral("stepList"));
        QVERIFY(stepsDock && settingsDock && lessonTitleLabel && stepList);

        const auto checkEnglish = [&] {
            QVERIFY2(menuTitles(w).contains("&View"), qPrintable(menuTitles(w).join(',')));
            QCOMPARE(stepsDock->windowTitle(), QStringLiteral("Steps"));
            QCOMPARE(settingsDock->windowTitle(), QStringLiteral("Lesson settings"));
            QCOMPARE(stepList->item(0)->text().section('\n', 0, 0),
                     QStringLiteral("1. Read inputs and targets"));
            QCOMPARE(lessonTitleLabel->text(), title.value("en").toString());
            QCOMPARE(w.action("nextStep")->statusTip(), QStringLiteral("Compute the next step"));
            QCOMPARE(w.windowTitle(), title.value("en").toString() + " — Backstep");
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        };
        checkEnglish();
        const QString englishExplanation = w.stepPanel()->explanationText();

        choose(w, QStringLiteral("zh_CN"));
        QVERIFY2(menuTitles(w).contains(QStringLiteral("视图(&V)")),
                 qPrintable(menuTitles(w).join(',')));
        QCOMPARE(stepsDock->windowTitle(), QStringLiteral("步骤"));
        QCOMPARE(settingsDock->windowTitle(), QStringLiteral("课程设置"));
        QCOMPARE(stepList->item(0)->text().section('\n', 0, 0),
                 QStringLiteral("1. 读取输入和目标"));
        QCOMPARE(lessonTitleLabel->text(), title.value("zh_CN").toString());
        QCOMPARE(w.action("nextStep")->statusTip(), QStringLiteral("计算下一步"));
        QVERIFY2(w.action("nextStep")->toolTip().startsWith(QStringLiteral("计算下一步 (")),
                 qPrintable(w.action("nextStep")->toolTip()));
        QCOMPARE(w.windowTitle(), title.value("zh_CN").toString() + " — Backstep");
        QVERIFY(w.stepPanel()->explanationText() != englishExplanation);
        QVERIFY2(w.stepPanel()->explanationText().contains(QStringLiteral("5. ")),
                 qPrintable(w.stepPanel()->explanationText()));
        {
            QDialogButtonBox box(QDialogButtonBox::Cancel); // Qt's own translation
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
        }
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(),
                 QStringLiteral("zh_CN"));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("language_zh_CN"))->isChecked());
        // The session is the one it was: same step, same lesson, the same undo history.
        QCOMPARE(w.session()->stage(), stage);
        QCOMPARE(w.session()->undoStack()->count(), undoCount);
        QCOMPARE(w.session()->trainer().config().learningRate, 0.25);
        QVERIFY(w.action("undo")->isEnabled());
        QVERIFY2(w.action("undo")->text().startsWith(QStringLiteral("撤销")),
                 qPrintable(w.action("undo")->text()));

        choose(w, QStringLiteral("en"));
        checkEnglish();
        QCOMPARE(w.stepPanel()->explanationText(), englishExplanation);
        QCOMPARE(w.session()->stage(), stage);
        QCOMPARE(w.session()->undoStack()->count(), undoCount);
        QCOMPARE(w.action("undo")->text(), QStringLiteral("&Undo rate"));
        w.session()->undoStack()->undo(); // the undo action still follows the stack
        QCOMPARE(w.session()->trainer().config().learningRate, 0.5);
        QCOMPARE(w.action("redo")->text(), QStringLiteral("&Redo rate"));
    }

    // A window switched to Chinese reads exactly as one opened in Chinese: no text is left
    // in the language it had (practising too).
    void aSwitchedWindowReadsAsOneOpenedInItsLanguage() {
        QSettings().setValue(QStringLiteral("practice/student"), QStringLiteral("Ann"));
        for (const auto& [code, practising] :
             {std::pair{"zh_CN", false}, {"ru", false}, {"zh_CN", true}}) {
            applyLanguage(QStringLiteral("en"));
            test::WindowOnState switched;
            switched.resize(1400, 900);
            switched.show();
            QVERIFY(switched.openLesson(lessonPath));
            switched.session()->goToStage(6);
            switched.action(QStringLiteral("practice"))->setChecked(practising);
            QCOMPARE(switched.findChild<LessonPane*>()->tryExperiment(0), QString());
            switched.findChild<QDockWidget*>(QStringLiteral("sweepDock"))
                ->toggleViewAction()
                ->trigger();
            choose(switched, QString::fromLatin1(code));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            test::WindowOnState opened;
            opened.resize(1400, 900);
            opened.show();
            QVERIFY(opened.openLesson(lessonPath));
            opened.session()->goToStage(6);
            opened.action(QStringLiteral("practice"))->setChecked(practising);
            QCOMPARE(opened.findChild<LessonPane*>()->tryExperiment(0), QString());
            opened.findChild<QDockWidget*>(QStringLiteral("sweepDock"))
                ->toggleViewAction()
                ->trigger();
            QApplication::processEvents();
            const QMap<QString, QString> a = visibleTexts(&switched), b = visibleTexts(&opened);
            QStringList differences;
            // The undo action's "Experiment: …" included: the history follows the language.
            for (auto it = b.begin(); it != b.end(); ++it)
                if (a.value(it.key()) != it.value())
                    differences << QStringLiteral("%1: switched \"%2\", opened \"%3\"")
                                       .arg(it.key(), a.value(it.key()), it.value());
            for (auto it = a.begin(); it != a.end(); ++it)
                if (!b.contains(it.key()))
                    differences << QStringLiteral("%1: only in the switched window, \"%2\"")
                                       .arg(it.key(), it.value());
            QVERIFY2(differences.isEmpty(), qPrintable(differences.join('\n')));
            // The comparison saw the window's texts: the sweep's, and the sheet's row labels.
            QVERIFY(b.size() > 150);
            const QString places = b.keys().join('\n');
            QVERIFY(places.contains(QStringLiteral("SweepPanel")));
            QVERIFY(places.contains(QStringLiteral("QLabel:watchFor.text"))); // an experiment's
            QVERIFY(places.contains(QStringLiteral("MatrixPanel")) && places.contains(".row#"));
        }
        applyLanguage(QStringLiteral("en"));
    }

    // The undo history follows the language: a cell edit and a settings change made in
    // English read, after the switch to Chinese, as the same edits made in a window opened in
    // Chinese (the undo stack and the Edit menu's Undo), and as they were after the switch back.
    void undoHistoryFollowsTheLanguage() {
        const auto edit = [](MainWindow& w) {
            QVERIFY(w.openLesson(lessonPath));
            w.session()->editCell(CellRef{"wh", 1, 0}, 0.25);
            auto* loss = w.findChild<QComboBox*>(QStringLiteral("lossCombo"));
            QVERIFY(loss);
            emit loss->activated(1); // binary cross-entropy, through the settings dock
            QVERIFY(w.session()->lesson().training.loss == Loss::Bce);
        };
        const auto history = [](MainWindow& w) {
            QStringList texts;
            const QUndoStack* stack = w.session()->undoStack();
            for (int i = 0; i < stack->count(); ++i)
                texts << stack->text(i);
            return texts;
        };
        applyLanguage(QStringLiteral("en"));
        test::WindowOnState switched;
        switched.show();
        edit(switched);
        const QStringList english = history(switched);
        QCOMPARE(english.size(), 2);
        const QString englishUndo = switched.action("undo")->text();
        QVERIFY2(englishUndo.startsWith(QStringLiteral("&Undo ")), qPrintable(englishUndo));

        choose(switched, QStringLiteral("zh_CN"));
        test::WindowOnState opened;
        opened.show();
        edit(opened);
        QApplication::processEvents();
        const QStringList chinese = history(opened);
        QCOMPARE(history(switched), chinese);
        QCOMPARE(switched.action("undo")->text(), opened.action("undo")->text());
        for (int i = 0; i < english.size(); ++i)
            QVERIFY2(chinese[i] != english[i], qPrintable(chinese[i]));
        QVERIFY(switched.action("undo")->text() != englishUndo);
        // The redo action too, once an edit is undone.
        switched.session()->undoStack()->undo();
        opened.session()->undoStack()->undo();
        QCOMPARE(switched.action("redo")->text(), opened.action("redo")->text());

        choose(switched, QStringLiteral("en"));
        QCOMPARE(history(switched), english);
        switched.session()->undoStack()->redo();
        QCOMPARE(switched.action("undo")->text(), englishUndo);
    }

    // Numbers in the spin boxes follow the language: 0.5 is "0,5" in Russian.
    void numberFormatsFollow() {
        test::WindowOnState w;
        w.show();
        QVERIFY(w.openLesson(lessonPath));
        auto* rate = w.findChild<QDoubleSpinBox*>(QStringLiteral("learningRateSpin"));
        QVERIFY(rate);
        QVERIFY2(rate->text().startsWith(QStringLiteral("0.5")), qPrintable(rate->text()));
        choose(w, QStringLiteral("ru"));
        QVERIFY2(rate->text().startsWith(QStringLiteral("0,5")), qPrintable(rate->text()));
        QCOMPARE(w.findChild<QDockWidget*>(QStringLiteral("stepsDock"))->windowTitle(),
                 QStringLiteral("Шаги"));
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("lessonTitle"))->text(),
                 lessonTitle().value("ru").toString());
        choose(w, QStringLiteral("en"));
        QVERIFY2(rate->text().startsWith(QStringLiteral("0.5")), qPrintable(rate->text()));
    }

    // "System default" forgets the choice: the next start follows the system again.
    void systemDefaultForgetsTheChoice() {
        test::WindowOnState w;
        choose(w, QStringLiteral("zh_CN"));
        choose(w, QStringLiteral("system"));
        QCOMPARE(QSettings().value(QStringLiteral("view/language")).toString(), QString());
        QCOMPARE(appliedLanguage(), QString());
        QCOMPARE(QLocale(), QLocale::system());
        applyLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(WindowLanguageTest)
#include "tst_window_language.moc"
