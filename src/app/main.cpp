// SPDX-License-Identifier: MIT
// backstep [LESSON] [--iteration K] [--step S] [--practice NAME [--answers A;B;…]]
//          [--screenshot FILE [--size WxH]] [--no-tour]
#include "ui/app_language.h"
#include "ui/image_views.h"
#include "ui/main_window.h"
#include "ui/png_file.h"
#include "ui/practice_controls.h"
#include "ui/window_icons.h"
#include "ui/window_zoom.h"

#include "io/lesson_loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using backstep::MainWindow;

namespace {

const QString defaultLesson = QStringLiteral(":/lessons/01-three-samples.json");

int fail(const QString& message) {
    std::fprintf(stderr, "backstep: %s\n", message.toLocal8Bit().constData());
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    // Scrolled grids repaint instead of moving pixels: moved pixels of the row headers of a
    // grid half out of the sheet were left over the toolbar and the docks on some displays.
    if (!qEnvironmentVariableIsSet("QT_NO_FAST_SCROLL")) qputenv("QT_NO_FAST_SCROLL", "1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Backstep"));
    QApplication::setApplicationName(QStringLiteral("Backstep"));
    QApplication::setApplicationVersion(QStringLiteral(BACKSTEP_VERSION));
    QApplication::setWindowIcon(backstep::applicationIcon());
    // The language chosen in View → Language, else the user's: Backstep's own strings, then
    // Qt's (dialog buttons and the like).
    backstep::applyLanguage(backstep::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Step through how a neural network learns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        QApplication::translate(
            "main", "Lesson file to open (default: the last one, or the three-sample lesson)."),
        QStringLiteral("[LESSON]"));
    const QCommandLineOption iterationOption(
        QStringLiteral("iteration"),
        QApplication::translate("main", "Open at iteration K (1-based)."), QStringLiteral("K"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                        QApplication::translate("main", "Open at step S (1–12)."),
                                        QStringLiteral("S"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window at 1400×900 to a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main",
                                "With --screenshot: the window's size instead (e.g. 1280x800)."),
        QStringLiteral("WxH"));
    const QCommandLineOption practiceOption(
        QStringLiteral("practice"),
        QApplication::translate("main", "Start practice mode as the student NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption answersOption(
        QStringLiteral("answers"),
        QApplication::translate("main", "In practice mode, type these answers into the focused "
                                        "cells in turn (separated by ';', '?' for a hint)."),
        QStringLiteral("LIST"));
    const QCommandLineOption noTourOption(
        QStringLiteral("no-tour"),
        QApplication::translate("main", "Do not show the tour of the window on the first start "
                                        "(nor does --screenshot, or BACKSTEP_NO_TOUR=1)."));
    parser.addOptions({iterationOption, stepOption, practiceOption, answersOption, screenshotOption,
                       sizeOption, noTourOption});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    qint64 iteration = 1;
    int step = 1;
    bool ok = true;
    if (parser.isSet(iterationOption) &&
        ((iteration = parser.value(iterationOption).toLongLong(&ok)) < 1 || !ok))
        return fail(QStringLiteral("--iteration: expected a whole number of at least 1"));
    if (parser.isSet(stepOption) &&
        ((step = parser.value(stepOption).toInt(&ok)) < 1 || step > 12 || !ok))
        return fail(QStringLiteral("--step: expected a step from 1 to 12"));
    QSize shotSize(1400, 900);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2) shotSize = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        if (!okW || !okH || shotSize.width() < 400 || shotSize.height() < 300)
            return fail(
                QStringLiteral("--size: expected WIDTHxHEIGHT, at least 400x300, e.g. 1280x800"));
    }

    // The state first: the window observes it, and it outlives the window (it stops a training
    // that still runs when it goes).
    backstep::AppState state;
    MainWindow window(state);
    QString lesson = parser.positionalArguments().value(0);
    if (lesson.isEmpty() && !screenshot) {
        const QString last = QSettings().value(QStringLiteral("lesson/last")).toString();
        lesson = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultLesson;
    }
    if (lesson.isEmpty()) lesson = defaultLesson;
    if (!window.openLesson(lesson)) {
        if (screenshot) return fail(window.lastError());
        window.openLesson(defaultLesson); // the error dialog stays up over the default lesson
    }
    const qint64 lastIteration = static_cast<qint64>(backstep::LessonLimits::maxEpochs) *
                                 std::max(1, state.training().iterationsPerEpoch());
    if (iteration > lastIteration)
        return fail(
            QStringLiteral("--iteration: %1 is beyond the last iteration this lesson can reach "
                           "(%2: %3 epochs of %4 iterations)")
                .arg(iteration)
                .arg(lastIteration)
                .arg(backstep::LessonLimits::maxEpochs)
                .arg(state.training().iterationsPerEpoch()));

    // Once at the iteration: the step, then (for --screenshot) the picture.
    const auto arrive = [&] {
        const auto& stages = state.session().trace().stages;
        for (size_t s = 0; s < stages.size(); ++s)
            if (stages[s].step == step) {
                state.session().goToStage(static_cast<int>(s));
                break;
            }
        if (parser.isSet(practiceOption)) {
            window.practice()->setStudentName(parser.value(practiceOption));
            window.actions().practice->setChecked(true);
            backstep::PracticeSession* practice = &state.practice();
            for (const QString& answer :
                 parser.value(answersOption).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (answer.trimmed() == QLatin1String("?"))
                    practice->hint();
                else
                    practice->answerFocused(answer);
            }
        }
        if (!screenshot) return;
        QTimer::singleShot(200, &window, [&] {
            const QString path = parser.value(screenshotOption);
            if (window.imageViews()->isVisible()) window.imageViews()->refresh(); // not on a worker
            const QString error = backstep::writePng(path, window.grab()).errorText();
            if (!error.isEmpty())
                std::fprintf(stderr, "backstep: %s\n", error.toLocal8Bit().constData());
            app.exit(error.isEmpty() ? 0 : 1);
        });
    };
    if (screenshot) {
        window.setDecimals(3);
        window.zoom()->setPercent(100, false); // the actual size, whatever the user's zoom
        window.resize(shotSize);
    }
    window.show();
    // The tour of the window, once, on the very first start; never in pictures.
    if (!screenshot && !parser.isSet(noTourOption) &&
        qEnvironmentVariableIntValue("BACKSTEP_NO_TOUR") == 0)
        window.showTourOnFirstStart();
    if (iteration > 1) {
        // The window first; a long jump then trains in the background with progress and Cancel.
        QObject::connect(&window, &MainWindow::jumpFinished, &window, arrive,
                         Qt::SingleShotConnection);
        QTimer::singleShot(0, &window, [&window, iteration] { window.goToIteration(iteration); });
    } else {
        arrive();
    }
    return app.exec();
}
