// SPDX-License-Identifier: MIT
// The undo history in the language of the moment, without widgets: a settings change and a
// cell edit are worded again when the application's language changes (here a translator
// whose every translation is known: Chinese from resources/translations, loaded from the
// test's :/i18n resources), and the stack announces its new undo and redo texts.
#include "common/lessons.h"
#include "models/lesson_session.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace backstep;

class UndoWordingTest : public QObject {
    Q_OBJECT
private slots:
    void entriesFollowTheLanguage() {
        LessonSession s;
        s.setLesson(test::loadLesson("lessons/01-three-samples.json"));
        int asked = 0; // how often the change's words were asked for
        QVERIFY(s.changeSettings({{"training.learning_rate", 0.25}}, [&asked] {
                     ++asked;
                     return QCoreApplication::translate("backstep::SettingsPanel",
                                                        "Learning rate %1")
                         .arg(0.25);
                 }).isEmpty());
        s.editCell(CellRef{"wh", 1, 0}, 0.5);
        QUndoStack* stack = s.undoStack();
        QCOMPARE(stack->count(), 2);
        QCOMPARE(stack->text(0), QStringLiteral("Learning rate 0.25"));
        QCOMPARE(stack->text(1), QStringLiteral("Edit wh[2,1]"));
        QCOMPARE(asked, 1);

        QSignalSpy undoText(stack, &QUndoStack::undoTextChanged);
        QSignalSpy redoText(stack, &QUndoStack::redoTextChanged);
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/backstep_zh_CN.qm")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        QCoreApplication::processEvents(); // the rewording waits for the windows' turn
        // The translators' words in resources/translations/backstep_zh_CN.ts.
        QCOMPARE(stack->text(0), QStringLiteral("学习率 0.25"));
        QCOMPARE(stack->text(1), QStringLiteral("编辑 wh[2,1]"));
        QCOMPARE(asked, 2); // once more, however many LanguageChange events came
        QCOMPARE(undoText.size(), 1);
        QCOMPARE(undoText.front().front().toString(), QStringLiteral("编辑 wh[2,1]"));
        QCOMPARE(redoText.size(), 1);
        QCOMPARE(redoText.front().front().toString(), QString()); // nothing to redo

        // Undone: the redo text is the edit's, in Chinese; back in English, the words as made.
        stack->undo();
        QCOMPARE(stack->redoText(), QStringLiteral("编辑 wh[2,1]"));
        QVERIFY(QCoreApplication::removeTranslator(&chinese));
        QCoreApplication::processEvents();
        QCOMPARE(stack->text(0), QStringLiteral("Learning rate 0.25"));
        QCOMPARE(stack->redoText(), QStringLiteral("Edit wh[2,1]"));
        QCOMPARE(stack->undoText(), QStringLiteral("Learning rate 0.25"));
    }
};

QTEST_MAIN(UndoWordingTest)
#include "tst_undo_wording.moc"
