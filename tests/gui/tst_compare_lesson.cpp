// SPDX-License-Identifier: MIT
// Compare from a lesson: lesson 14's "compare" object opens its six configurations (ReLU or
// tanh × three learning rates) side by side, each trained as `backstep-cli train` trains the
// changed lesson, and each panel shows the hidden layer's plane before and after the
// activation at the slider's epoch, as computed here by hand from the snapshot's weights.
#include "io/lesson_loader.h"
#include "io/lesson_settings.h"
#include "models/lesson_session.h"
#include "ui/compare_panel.h"
#include "ui/compare_window.h"
#include "ui/lesson_pane.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace backstep;

namespace {

const QString lessonPath =
    QStringLiteral(BACKSTEP_SOURCE_DIR "/lessons/14-blobs-relu-or-tanh.json");

QJsonObject lessonJson() {
    QFile f(lessonPath);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The final loss `backstep-cli train` reports for the lesson with `set` changed, written by
// hand into a copy of the file.
double cliFinalLoss(const QTemporaryDir& dir, const QString& activation, double rate) {
    QJsonObject root = lessonJson();
    QJsonObject network = root["network"].toObject(), training = root["training"].toObject();
    network["hidden_activation"] = activation;
    training["learning_rate"] = rate;
    root["network"] = network;
    root["training"] = training;
    const QString path = dir.filePath(activation + QString::number(rate) + ".json");
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(root).toJson());
    f.close();
    QProcess p;
    p.start(QStringLiteral(BACKSTEP_CLI), {"train", path, "--threads", "1"});
    p.waitForFinished(120000);
    const QString report = QString::fromUtf8(p.readAllStandardOutput());
    const auto match = QRegularExpression("final loss:\\s+(\\S+)").match(report);
    if (!match.hasMatch()) qWarning("%s", qPrintable(report + p.readAllStandardError()));
    return match.captured(1).toDouble();
}

Lesson loaded(const QJsonObject& root) {
    Loaded<Lesson> r = parseLesson(QJsonDocument(root).toJson(), QString(), "lesson");
    if (!r.ok()) qFatal("%s", qPrintable(r.errors.join('\n')));
    return std::move(*r.value);
}

} // namespace

class CompareLessonTest : public QObject {
    Q_OBJECT
private slots:
    // BACKSTEP_COMPARE_LANGUAGE=zh_CN or ru: the pictures below in that language.
    void initTestCase() {
        const QString language = qEnvironmentVariable("BACKSTEP_COMPARE_LANGUAGE");
        if (language.isEmpty()) return;
        QVERIFY(translator_.load(QLocale(language), "backstep", "_", ":/i18n"));
        QCoreApplication::installTranslator(&translator_);
    }

    void lessonFourteenComparesItsSixConfigurations() {
        Loaded<Lesson> r = loadLessonFile(lessonPath);
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        LessonSession session;
        session.setLesson(std::move(*r.value));
        LessonPane pane(&session);
        auto* button = pane.findChild<QPushButton*>("compareThese");
        QVERIFY(button && button->isVisibleTo(&pane));
        if (translator_.isEmpty())
            QCOMPARE(pane.findChild<QLabel*>("compareText")->text(),
                     QString("• Compare 6 configurations: hidden_activation relu, tanh × "
                             "learning_rate 0.1, 0.01, 0.001"));
        if (const QString shot = qEnvironmentVariable("BACKSTEP_LESSON_PANE_PICTURE");
            !shot.isEmpty()) {
            pane.resize(420, 760);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            QVERIFY(pane.grab().save(shot));
        }
        CompareWindow* window = pane.compareThese();
        QVERIFY(window);
        CompareRun* run = window->run();
        // The grid {relu, tanh} × {0.1, 0.01, 0.001}, the learning rate changing fastest.
        const QString activations[] = {"relu", "relu", "relu", "tanh", "tanh", "tanh"};
        const double rates[] = {0.1, 0.01, 0.001, 0.1, 0.01, 0.001};
        QCOMPARE(run->trackCount(), 6);
        for (int i = 0; i < 6; ++i) {
            const CompareRun::Track t = run->track(i);
            QCOMPARE(t.title, activations[i] + " · " + QString::number(rates[i]));
            QCOMPARE(t.lesson.network.hiddenActivation.kind,
                     activations[i] == "relu" ? Activation::Relu : Activation::Tanh);
            QCOMPARE(t.lesson.training.learningRate, rates[i]);
            QCOMPARE(t.lesson.training.epochs, 200); // the lesson's other settings kept
            QCOMPARE(t.lesson.network.hidden, std::vector<int>{2});
        }
        run->waitUntilFinished();
        // tanh at 0.1 reaches the target loss 0.263 at epoch 29, as the lesson says.
        QCOMPARE(static_cast<int>(run->track(3).loss.size()), 29);
        QVERIFY(run->track(3).loss.back() <= 0.263);
        QTemporaryDir dir;
        for (int i : {1, 3, 5})
            QCOMPARE(run->track(i).loss.back(), cliFinalLoss(dir, activations[i], rates[i]));

        // The hidden planes at epoch 10: sample 1's point is x·wh + bh before the activation
        // and relu or tanh of it after, from the snapshot the slider picks.
        window->slider()->setValue(10);
        for (int i : {0, 4}) {
            ComparePanel* panel = window->panel(i);
            QCOMPARE(panel->shownEpoch(), window->shownEpoch(i));
            const auto [epoch, params] = run->weightsAt(i, 10);
            QCOMPARE(epoch, panel->shownEpoch());
            QVERIFY(epoch > 0 && epoch <= 10);
            const Lesson& lesson = run->track(i).lesson;
            const Matrix& w = params.layers[0].weights;
            const Matrix& b = params.layers[0].bias;
            const double x1 = lesson.data.X(0, 0), x2 = lesson.data.X(0, 1);
            const double z1 = x1 * w(0, 0) + x2 * w(1, 0) + b(0, 0);
            const double z2 = x1 * w(0, 1) + x2 * w(1, 1) + b(0, 1);
            const auto act = [&](double z) { return i < 3 ? std::max(0.0, z) : std::tanh(z); };
            const QPointF before = panel->pictures().hiddenBefore.samples.value(0).position;
            const QPointF after = panel->pictures().hiddenAfter.samples.value(0).position;
            QVERIFY(std::abs(before.x() - z1) < 1e-12 && std::abs(before.y() - z2) < 1e-12);
            QVERIFY(std::abs(after.x() - act(z1)) < 1e-12 && std::abs(after.y() - act(z2)) < 1e-12);
            QVERIFY(panel->hiddenNote().isEmpty()); // two units: the plane itself
            QVERIFY(!panel->pictures().input.heat.isNull());
        }
        const QString picture = qEnvironmentVariable("BACKSTEP_COMPARE_PICTURE");
        if (!picture.isEmpty()) {
            window->slider()->setValue(25);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QVERIFY(window->grab().save(picture));
        }
        delete window;
    }

    // Hidden layers that are not a plane: three units show units 1 and 2 and say so; one unit
    // and no hidden layer say why there is no plane.
    void hiddenLayersThatAreNotAPlane() {
        const QJsonObject root = lessonJson();
        std::vector<Lesson> lessons;
        for (const QJsonValue& hidden : {QJsonValue(3), QJsonValue(1), QJsonValue(QJsonArray{})})
            lessons.push_back(
                loaded(withSettings(root, {{"network.hidden", hidden}, {"training.epochs", 3}})));
        CompareWindow window(std::move(lessons), {"3", "1", "0"});
        window.run()->waitUntilFinished();
        window.slider()->setValue(3);
        QCOMPARE(window.panel(0)->pictures().hiddenAfter.samples.size(), 500);
        if (translator_.isEmpty()) {
            QCOMPARE(window.panel(0)->hiddenNote(), QString("Hidden units 1 and 2 of 3"));
            QCOMPARE(window.panel(1)->pictures().hiddenBefore.message,
                     QString("The hidden space needs two hidden units."));
            QCOMPARE(window.panel(2)->pictures().hiddenAfter.message,
                     QString("This network has no hidden layer."));
        }
        QVERIFY(!window.panel(2)->pictures().input.heat.isNull());
    }

private:
    QTranslator translator_;
};

QTEST_MAIN(CompareLessonTest)
#include "tst_compare_lesson.moc"
