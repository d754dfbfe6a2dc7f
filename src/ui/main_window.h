// SPDX-License-Identifier: MIT
// The window a student sits in front of: the sheet in the centre, the formula bar above
// it, the steps and the loss chart beside it, the controls in a toolbar. A thin shell over
// the application's state (AppState: the LessonSession, the TrainingController, practice),
// which is made before the window and outlives it.
#pragma once

#include "models/app_state.h"
#include "translated_texts.h"
#include "window_actions.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPrinter;
class QPushButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace backstep {

class AnimationExport;
struct HandoutChoice;
struct HandoutDocument;
class FormulaBar;
class HelpWindow;
class LossChart;
class EvaluationView;
class NetworkDiagram;
class PracticeControls;
class SpaceViews;
class ImageViews;
class SheetWidget;
class StepPanel;
class SweepPanel;
class Tour;
class WindowZoom;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The window over `state`, which must outlive it; a new window on a state shows where the
    // state is (its lesson, position, edit history, a training that runs).
    explicit MainWindow(AppState& state, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a lesson file; on failure shows the loader's message (a non-blocking dialog)
    // and keeps the lesson that was loaded. Returns whether it loaded.
    bool openLesson(const QString& path);
    void setLesson(Lesson lesson);
    // The message of the last failed load, save or export ("" when it succeeded).
    QString lastError() const { return lastError_; }

    // Training N epochs on the worker thread, as the toolbar's Train button does.
    void trainEpochs(int epochs);
    // Goes to iteration `target` (1-based); long jumps train in the background, with
    // progress and Cancel, and `jumpFinished` tells when the sheet has arrived.
    void goToIteration(qint64 target);
    bool isTraining() const;
    void cancelTraining();

    // Exports, as the File menu does but without asking for names. "" on success.
    QString exportTrace(const QString& folder);
    QString exportMatrix(const QString& matrix, const QString& path);
    QString exportLossHistory(const QString& path);
    // A live workbook of `iterations` sheets from the iteration shown, its step coloured.
    QString exportWorkbook(const QString& path, int iterations);
    QString exportChart(const QString& path);
    // A worksheet or answer key of the iteration on screen, as backstep-cli handout writes it.
    QString exportHandout(const QString& path, const HandoutChoice& choice);
    // The same handout on `printer`, on its paper (whole pages); the pages printed, 0 on failure.
    int printHandout(QPrinter& printer, const HandoutChoice& choice);
    QString saveLessonAs(const QString& path, bool currentWeights);

    void setDecimals(int decimals); // −1 = full precision
    int decimals() const { return decimals_; }

    LessonSession* session() { return &session_; }
    TrainingController* training() { return &training_; }
    TrainingRunner* runner() { return training_.runner(); }
    SheetWidget* sheet() const { return sheet_; }
    FormulaBar* formulaBar() const { return formula_; }
    StepPanel* stepPanel() const { return steps_; }
    LossChart* lossChart() const { return chart_; }
    SpaceViews* spaceViews() const { return spaces_; }
    ImageViews* imageViews() const { return images_; }
    NetworkDiagram* networkDiagram() const { return diagram_; }
    EvaluationView* evaluationView() const { return evaluation_; }
    AnimationExport* animationExport() const { return animationExport_; }
    PracticeControls* practice() const { return practice_; }
    SweepPanel* sweep() const { return sweep_; }
    WindowZoom* zoom() const { return zoom_; }
    const WindowActions& actions() const { return actions_; }

    // Help (window_help.cpp): the help window at a page ("index", "sheet", "shortcuts"), the
    // tour of the window, and the tour on the very first start only (nullptr after that).
    HelpWindow* showHelp(const QString& page);
    Tour* startTour();
    Tour* showTourOnFirstStart();

signals:
    // While training: the run's history so far (the 2-D views follow it).
    void trainingProgress(const backstep::TrainingHistory& history);
    // A jump (goToIteration) has ended: arrived, cancelled or stopped.
    void jumpFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override; // window_language.cpp

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void createHelpMenu(); // window_help.cpp
    void createDocks();
    void createSweepDock(); // window_docks.cpp
    void createImageDock(); // window_docks.cpp
    // What the window itself shows of the session's lesson (window_docks.cpp): the Train box
    // at its epochs, the 2-D views for two inputs, the image view for pictures.
    void followLesson();
    QDockWidget* addDock(const char* title, const char* name, QWidget* content,
                         Qt::DockWidgetArea area);
    void createStatusBar();
    // View → Language, and the texts set again when it changes (window_language.cpp).
    void createLanguageMenu(QMenu* view);
    void retranslate();
    // `object`'s `property` set to `source` (marked QT_TR_NOOP) in the chosen language, now
    // and whenever the language changes.
    template <class T> T* translated(T* object, const char* property, const char* source);
    void refreshStatus();
    static QString batchText(const BatchSpec& batch); // "full batch", in the reader's language
    void refreshHistory();
    void setTrainingState(bool running);
    // What a finished run says: in the status line, or an error when it stopped.
    void trainingFinished(const TrainingOutcome& outcome);
    void showError(const QString& title, const QString& message);
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void restoreSettings();
    void saveSettings();
    void togglePlay(bool on);
    // File menu (window_files.cpp)
    void chooseAndOpenLesson();
    void showGallery();
    void chooseAndSaveLesson();
    void chooseAndImportCsv();
    void chooseAndExportTrace();
    // Asks for a file name, then `write`s it; shows the error if there is one.
    void chooseAndExport(const QString& title, const QString& fileName, const QString& filter,
                         const std::function<QString(const QString&)>& write);
    void chooseAndExportMatrix(const QString& matrix);
    void chooseAndExportLoss();
    void chooseAndExportChart();
    void chooseAndExportWorkbook();
    // Handouts (window_handout.cpp)
    HandoutDocument handoutDocument(const HandoutChoice& choice, const QSizeF& pageSize);
    void chooseAndExportHandout();
    void printHandout();
    void jumpToIteration();

    LessonSession& session_; // the state's, as are these two
    TrainingController& training_;
    PracticeSession& practiceSession_;
    WindowActions actions_;
    SheetWidget* sheet_ = nullptr;
    FormulaBar* formula_ = nullptr;
    StepPanel* steps_ = nullptr;
    LossChart* chart_ = nullptr;
    SpaceViews* spaces_ = nullptr;
    ImageViews* images_ = nullptr;
    NetworkDiagram* diagram_ = nullptr;
    EvaluationView* evaluation_ = nullptr;
    PracticeControls* practice_ = nullptr;
    SweepPanel* sweep_ = nullptr;
    std::unique_ptr<SweepPanel> sweepBeforeDocked_; // owns it until its dock is first shown
    WindowZoom* zoom_ = nullptr;
    QDockWidget* spacesDock_ = nullptr;
    QDockWidget* imagesDock_ = nullptr;
    AnimationExport* animationExport_ = nullptr;
    QLabel* statusLesson_ = nullptr;
    QLabel* statusPosition_ = nullptr;
    QLabel* statusLoss_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSlider* speed_ = nullptr;
    QTimer* playTimer_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QActionGroup* decimalsGroup_ = nullptr;
    QString lastError_;
    QString lessonPath_;
    int decimals_ = 3;
};

template <class T> T* MainWindow::translated(T* object, const char* property, const char* source) {
    return setTranslated(object, property, staticMetaObject.className(), source);
}

} // namespace backstep
