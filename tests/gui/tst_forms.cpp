// SPDX-License-Identifier: MIT
// The dialogs drawn in Qt Designer (ui/*.ui) behave as they did when built in code: the lesson
// gallery lists the lessons with their descriptions, the import dialog's normalisations carry
// their kinds, and every form in ui/ is compiled into the window.
#include "ui/gallery_dialog.h"
#include "ui/import_dialog.h"
#include "ui/main_window.h"
#include "ui/practice_controls.h"
#include "ui/student_name_dialog.h"

#include "common/window_on_state.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace backstep;

namespace {
const QString sourceDir = QStringLiteral(BACKSTEP_SOURCE_DIR);

QJsonObject readJson(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}
} // namespace

class FormsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every lesson file, in file-name (course) order, by its English title; the description
    // follows the choice; a double click opens the lesson chosen.
    void theGalleryListsTheLessons() {
        const QString folder = sourceDir + "/lessons";
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        GalleryDialog gallery(nullptr, folder);
        QCOMPARE(gallery.lessonList()->count(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject lesson = readJson(folder + "/" + files[i]);
            QCOMPARE(gallery.lessonList()->item(i)->text(),
                     lesson["title"].toObject()["en"].toString());
        }
        QCOMPARE(gallery.chosenPath(), folder + "/" + files[0]); // the first, chosen at once
        QCOMPARE(gallery.descriptionText(),
                 readJson(folder + "/" + files[0])["description"].toObject()["en"].toString());
        QListWidget* list = gallery.lessonList();
        list->setCurrentRow(1);
        QCOMPARE(gallery.descriptionText(),
                 readJson(folder + "/" + files[1])["description"].toObject()["en"].toString());
        gallery.show();
        QVERIFY(QTest::qWaitForWindowExposed(&gallery));
        const QRect third = list->visualItemRect(list->item(2));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, third.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(gallery.result(), int(QDialog::Accepted));
        QCOMPARE(gallery.chosenPath(), folder + "/" + files[2]);
    }

    // The three normalisations of the form, in its order, carry the kinds lessonFromCsv takes.
    void theImportFormsNormalisationsCarryTheirKinds() {
        ImportDialog dialog("marks.csv", "a,b\n1,2\n3,4\n");
        QComboBox* box = dialog.normalisation();
        QCOMPARE(box->count(), 3);
        QCOMPARE(box->itemData(0).toInt(), static_cast<int>(Normalisation::Standardise));
        QCOMPARE(box->itemData(1).toInt(), static_cast<int>(Normalisation::MinMax));
        QCOMPARE(box->itemData(2).toInt(), static_cast<int>(Normalisation::None));
        QVERIFY(box->itemText(1).startsWith(QStringLiteral("Min–max")));
        QVERIFY(dialog.findChild<QLabel*>("rowsLabel")->text().startsWith("2 readable row"));
        // None leaves the inputs as written: X is the file's first column
        dialog.targetList()->item(1)->setCheckState(Qt::Checked);
        box->setCurrentIndex(2);
        dialog.accept();
        QVERIFY(dialog.lesson());
        QCOMPARE(dialog.lesson()->data.X(0, 0), 1.0);
        QCOMPARE(dialog.lesson()->data.X(1, 0), 3.0);
    }

    // Practice setup: a blank name cannot be accepted; practice asks for the name the first
    // time, starts under the name typed, and a cancelled question leaves practice off.
    void practiceAsksForTheStudentsName() {
        StudentNameDialog blank("   ");
        QVERIFY(!blank.canAccept());
        QTest::keyClicks(blank.nameEdit(), " Anna Li ");
        QVERIFY(blank.canAccept());
        QCOMPARE(blank.name(), QStringLiteral("Anna Li"));

        QSettings().remove(QStringLiteral("practice/student"));
        test::WindowOnState w;
        QVERIFY(w.openLesson(sourceDir + "/lessons/01-three-samples.json"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTimer::singleShot(0, &w, [&w] { // the question is modal: answered from the event loop
            auto* dialog = w.findChild<StudentNameDialog*>("studentNameDialog");
            QVERIFY(dialog && dialog->isVisible());
            dialog->reject();
        });
        w.action("practice")->trigger();
        QVERIFY(!w.action("practice")->isChecked());
        QVERIFY(!w.practice()->practice()->isActive());
        QTimer::singleShot(0, &w, [&w] {
            auto* dialog = w.findChild<StudentNameDialog*>("studentNameDialog");
            QVERIFY(dialog);
            dialog->nameEdit()->setText("Wang Fang");
            dialog->accept();
        });
        w.action("practice")->trigger();
        QVERIFY(w.practice()->practice()->isActive());
        QCOMPARE(w.practice()->studentName(), QStringLiteral("Wang Fang"));
        QCOMPARE(w.practice()->practice()->student(), QStringLiteral("Wang Fang"));
    }
};

QTEST_MAIN(FormsTest)
#include "tst_forms.moc"
