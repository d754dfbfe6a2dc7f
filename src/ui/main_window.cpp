// SPDX-License-Identifier: MIT
#include "main_window.h"

#include "animation_export.h"
#include "evaluation_view.h"
#include "formula_bar.h"
#include "grid_copy.h"
#include "help_dialogs.h"
#include "lesson_pane.h"
#include "loss_chart.h"
#include "network_diagram.h"
#include "practice_controls.h"
#include "save_names.h"
#include "settings_panel.h"
#include "sheet_widget.h"
#include "space_views.h"
#include "step_panel.h"
#include "sweep_panel.h"
#include "translated_texts.h"
#include "window_geometry.h"
#include "window_icons.h"
#include "window_zoom.h"

#include "io/core_wording.h"
#include "io/lesson_loader.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <new>
#include <utility>

namespace backstep {

namespace {

// The documented keys on every desktop, then the platform's own for the same command, each
// once: a key listed twice on one action makes Qt call it ambiguous and do nothing.
QList<QKeySequence> withStandardKeys(QList<QKeySequence> keys, QKeySequence::StandardKey standard) {
    for (const QKeySequence& key : QKeySequence::keyBindings(standard))
        if (!key.isEmpty() && !keys.contains(key)) keys << key;
    return keys;
}

} // namespace

MainWindow::MainWindow(AppState& state, QWidget* parent)
    : QMainWindow(parent), session_(state.session()), training_(state.training()),
      practiceSession_(state.practice()) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Backstep"));
    setAcceptDrops(true);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    formula_ = new FormulaBar(&session_, central);
    sheet_ = new SheetWidget(&session_, central);
    layout->addWidget(formula_);
    layout->addWidget(sheet_, 1);
    setCentralWidget(central);
    playTimer_ = new QTimer(this);

    createActions();
    practice_ =
        new PracticeControls(this, &session_, &practiceSession_, sheet_, formula_, actions_);
    createToolBar();
    createDocks();
    zoom_ = new WindowZoom(this, sheet_, actions_); // the sheet and the docks, once there
    createMenus();
    createStatusBar();
    applyIcons(this, actions_);

    connect(sheet_, &SheetWidget::exportRequested, this, &MainWindow::chooseAndExportMatrix);
    connect(&session_, &LessonSession::positionChanged, this, &MainWindow::refreshStatus);
    connect(&session_, &LessonSession::traceChanged, this, &MainWindow::refreshStatus);
    connect(&session_, &LessonSession::historyChanged, this, &MainWindow::refreshHistory);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (!session_.nextStep()) actions_.play->setChecked(false);
    });
    connect(&training_, &TrainingController::trainingStarted, this, [this](int epochs) {
        actions_.play->setChecked(false);
        setTrainingState(true);
        progress_->setRange(0, epochs);
        progress_->setValue(0);
    });
    connect(&training_, &TrainingController::progress, this,
            [this](int done, int total, const TrainingHistory& h) {
                progress_->setMaximum(total);
                progress_->setValue(done);
                chart_->setHistory(h.loss, h.accuracy, h.testLoss, h.testAccuracy);
                chart_->setCurrentEpoch(static_cast<int>(h.loss.size()));
                statusLoss_->setText(h.loss.isEmpty() ? QString()
                                                      : tr("loss %1").arg(h.latestLoss, 0, 'g', 6));
                // live while training: epochs completed so far (the sheet catches up when it ends)
                statusPosition_->setText(
                    tr("training: %1 epochs done, %2 of this run").arg(h.loss.size()).arg(done));
                emit trainingProgress(h);
            });
    connect(&training_, &TrainingController::outOfMemory, this, [this] {
        showError(tr("Training stopped"), tr("Not enough memory to go on training this lesson; it "
                                             "stays at the last complete iteration."));
    });
    connect(&training_, &TrainingController::trainingEnded, this,
            [this] { setTrainingState(false); });
    connect(&training_, &TrainingController::finished, this, &MainWindow::trainingFinished);
    connect(&training_, &TrainingController::jumpStopped, this, [this](const QString& message) {
        showError(tr("Training stopped"),
                  !message.isEmpty()
                      ? message
                      : tr("Not enough memory to go on; the sheet stays at iteration %1")
                            .arg(session_.iteration()));
    });
    connect(&training_, &TrainingController::jumpFinished, this, &MainWindow::jumpFinished);
    restoreSettings();
    if (session_.hasLesson()) { // made on a state that has its lesson: shown as if just opened
        setWindowTitle(tr("%1 — Backstep").arg(session_.lesson().title.text(QLocale().name())));
        followLesson();
        refreshStatus();
        refreshHistory();
        practice_->adoptRunningPractice(); // after followLesson has shown the 2-D views
    }
    if (training_.isRunning()) setTrainingState(true);
}

// The state outlives the window: its widgets go in any order (the sweep panel with its owner
// until it is docked).
MainWindow::~MainWindow() {
    // The state outlives the window: nothing it announces from now on may reach this half
    // destroyed window (its children, destroyed after, disconnect themselves).
    session_.disconnect(this);
    training_.disconnect(this);
    practiceSession_.disconnect(this);
}

void MainWindow::createActions() {
    const auto make = [this](const char* name, const char* text, const QList<QKeySequence>& keys,
                             const char* tip, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        translated(a, "text", text); // follows the language
        translated(a, "statusTip", tip);
        setToolTipWithShortcut(a);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    actions_.previousStep = make("previousStep", QT_TR_NOOP("◀ Back"), {Qt::Key_Left},
                                 QT_TR_NOOP("Go back one step; shows exactly what was there"),
                                 [this] { session_.previousStep(); });
    actions_.nextStep = make("nextStep", QT_TR_NOOP("Next ▶"), {Qt::Key_Space, Qt::Key_Right},
                             QT_TR_NOOP("Compute the next step"), [this] {
                                 if (!practice_->handleNext()) session_.nextStep();
                             });
    actions_.nextCell = make("nextCell", QT_TR_NOOP("Next cell"), {Qt::Key_Down},
                             QT_TR_NOOP("Compute the next step one cell at a time"),
                             [this] { session_.nextCell(); });
    actions_.play = make("play", QT_TR_NOOP("Play"), {Qt::Key_P},
                         QT_TR_NOOP("Step automatically at the chosen speed"), [] {});
    actions_.play->setCheckable(true);
    connect(actions_.play, &QAction::toggled, this, &MainWindow::togglePlay);
    actions_.finishIteration = make("finishIteration", QT_TR_NOOP("Finish iteration"),
                                    {Qt::Key_End}, QT_TR_NOOP("Compute the rest of this iteration"),
                                    [this] { session_.finishIteration(); });
    actions_.train =
        make("train", QT_TR_NOOP("Train"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
             QT_TR_NOOP("Train the number of epochs in the box, off the window's thread"),
             [this] { trainEpochs(epochs_->value()); });
    actions_.reset = make("reset", QT_TR_NOOP("Reset"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
                          QT_TR_NOOP("Back to the lesson's initial weights (the same ones)"),
                          [this] { session_.reset(); });
    actions_.reseed =
        make("reseed", QT_TR_NOOP("New weights"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
             QT_TR_NOOP("Draw new initial weights with a new seed"),
             [this] { session_.reseed(QRandomGenerator::global()->bounded(1u, 1000000u)); });
    actions_.jump =
        make("jump", QT_TR_NOOP("Go to iteration…"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
             QT_TR_NOOP("Jump to an iteration or epoch"), [this] { jumpToIteration(); });
    actions_.open = make("open", QT_TR_NOOP("&Open lesson…"), {QKeySequence::Open},
                         QT_TR_NOOP("Open a lesson file"), [this] { chooseAndOpenLesson(); });
    actions_.gallery = make(
        "gallery", QT_TR_NOOP("Lesson &gallery…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        QT_TR_NOOP("Choose one of the shipped lessons"), [this] { showGallery(); });
    actions_.importCsv =
        make("importCsv", QT_TR_NOOP("&Import CSV…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
             QT_TR_NOOP("Make a new lesson from a CSV file of your own"),
             [this] { chooseAndImportCsv(); });
    actions_.saveAs = make(
        "saveAs", QT_TR_NOOP("&Save lesson as…"),
        withStandardKeys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, QKeySequence::SaveAs),
        QT_TR_NOOP("Save data, settings and weights as a lesson file"),
        [this] { chooseAndSaveLesson(); });
    actions_.exportTrace = make(
        "exportTrace", QT_TR_NOOP("Export all matrices…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
        QT_TR_NOOP("One CSV per matrix of this iteration, as backstep-cli trace writes"),
        [this] { chooseAndExportTrace(); });
    actions_.exportLoss = make("exportLoss", QT_TR_NOOP("Export loss history…"), {},
                               QT_TR_NOOP("The loss (and accuracy) per epoch as CSV"),
                               [this] { chooseAndExportLoss(); });
    actions_.exportChart =
        make("exportChart", QT_TR_NOOP("Export chart as PNG…"), {},
             QT_TR_NOOP("The loss chart as an image"), [this] { chooseAndExportChart(); });
    actions_.exportWorkbook = make(
        "exportWorkbook", QT_TR_NOOP("Export workbook…"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        QT_TR_NOOP("An Excel workbook of this iteration in which every computed cell is a formula"),
        [this] { chooseAndExportWorkbook(); });
    actions_.printHandout =
        make("printHandout", QT_TR_NOOP("&Print handout…"),
             withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_P)}, QKeySequence::Print),
             QT_TR_NOOP("A worksheet of a step of this iteration, or its answer key, on paper"),
             [this] { printHandout(); });
    actions_.exportHandout =
        make("exportHandout", QT_TR_NOOP("Handout as PDF…"), {},
             QT_TR_NOOP("A worksheet of a step of this iteration, or its answer key, as a PDF"),
             [this] { chooseAndExportHandout(); });
    actions_.exportViews =
        make("exportViews", QT_TR_NOOP("Export 2-D views as PNG…"), {},
             QT_TR_NOOP("The input and hidden space views as an image"), [this] {
                 spacesDock_->show();
                 const QString filter = tr("PNG images (*.png)");
                 const QString path = withFilterSuffix(
                     QFileDialog::getSaveFileName(this, tr("Export 2-D views"),
                                                  QStringLiteral("views.png"), filter),
                     filter);
                 if (!path.isEmpty())
                     if (const QString error = spaces_->exportPng(path); !error.isEmpty())
                         showError(tr("Export failed"), error);
             });
    actions_.exportAnimation =
        make("exportAnimation", QT_TR_NOOP("Export animation…"), {},
             QT_TR_NOOP("Train from the initial weights and record it as an animated GIF"),
             [this] { animationExport_->chooseAndExport(spaces_->hiddenUnits()); });
    animationExport_ = new AnimationExport(&session_, actions_.exportAnimation, this);
    actions_.quit = make("quit", QT_TR_NOOP("&Quit"),
                         withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_Q)}, QKeySequence::Quit),
                         QT_TR_NOOP("Close Backstep"), [this] { close(); });
    actions_.logScale =
        make("logScale", QT_TR_NOOP("Logarithmic loss axis"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
             QT_TR_NOOP("Show the loss on a log scale"), [] {});
    actions_.logScale->setCheckable(true);
    connect(actions_.logScale, &QAction::toggled, this,
            [this](bool on) { chart_->setLogScale(on); });

    QAction* undo = actions_.undo = session_.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_Z)}, QKeySequence::Undo));
    QAction* redo = actions_.redo = session_.undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(withStandardKeys(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
        QKeySequence::Redo));
    addAction(undo);
    addAction(redo);

    decimalsGroup_ = new QActionGroup(this);
    for (int d : {2, 3, 4, 6, -1}) {
        auto* a = new QAction(d < 0 ? tr("Full precision") : tr("%n decimal(s)", nullptr, d),
                              decimalsGroup_);
        a->setObjectName(
            QStringLiteral("decimals%1").arg(d < 0 ? QStringLiteral("Full") : QString::number(d)));
        a->setCheckable(true);
        a->setData(d);
        connect(a, &QAction::triggered, this, [this, d] { setDecimals(d); });
    }
}

void MainWindow::createToolBar() {
    auto* bar = addToolBar(QString());
    translated(bar, "windowTitle", QT_TR_NOOP("Stepping"));
    bar->setObjectName(QStringLiteral("steppingToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* a : {actions_.previousStep, actions_.nextStep, actions_.nextCell, actions_.play})
        bar->addAction(a);
    speed_ = new QSlider(Qt::Horizontal, bar);
    speed_->setObjectName(QStringLiteral("speed"));
    speed_->setRange(1, 20);
    speed_->setValue(4);
    speed_->setFixedWidth(90);
    translated(speed_, "toolTip", QT_TR_NOOP("Play speed: steps per second"));
    connect(speed_, &QSlider::valueChanged, this,
            [this](int perSecond) { playTimer_->setInterval(1000 / perSecond); });
    bar->addWidget(speed_);
    bar->addAction(actions_.finishIteration);
    bar->addSeparator();
    epochs_ = new QSpinBox(bar);
    epochs_->setObjectName(QStringLiteral("epochs"));
    epochs_->setRange(1, 10000000);
    epochs_->setValue(1000);
    translated(epochs_, "suffix", QT_TR_NOOP(" epochs"));
    translated(epochs_, "toolTip", QT_TR_NOOP("How many epochs Train runs"));
    bar->addWidget(epochs_);
    bar->addAction(actions_.train);
    bar->addSeparator();
    for (QAction* a : {actions_.reset, actions_.reseed, actions_.jump})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(actions_.practice);
}

QDockWidget* MainWindow::addDock(const char* title, const char* name, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* dock = translated(new QDockWidget(this), "windowTitle", title);
    dock->setObjectName(QLatin1String(name)); // saveState() keeps the layout by this name
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks() {
    steps_ = new StepPanel(&session_, this);
    chart_ = new LossChart(this);
    diagram_ = new NetworkDiagram(&session_, &training_, this);
    evaluation_ = new EvaluationView(&session_, &training_, this);
    spaces_ = new SpaceViews(&session_, &training_, this);
    QDockWidget* stepsDock =
        addDock(QT_TR_NOOP("Steps"), "stepsDock", steps_, Qt::RightDockWidgetArea);
    QDockWidget* chartDock =
        addDock(QT_TR_NOOP("Loss"), "lossDock", chart_, Qt::RightDockWidgetArea);
    QDockWidget* diagramDock =
        addDock(QT_TR_NOOP("Network"), "networkDock", diagram_, Qt::RightDockWidgetArea);
    QDockWidget* evaluationDock =
        addDock(QT_TR_NOOP("Evaluation"), "evaluationDock", evaluation_, Qt::RightDockWidgetArea);
    spacesDock_ = addDock(QT_TR_NOOP("Input and hidden space"), "spacesDock", spaces_,
                          Qt::BottomDockWidgetArea);
    tabifyDockWidget(chartDock, diagramDock);
    tabifyDockWidget(diagramDock, evaluationDock);
    // The lesson and its settings in the taller place, beside the chart.
    auto* lessonPane = new LessonPane(&session_, this);
    QDockWidget* lessonDock =
        addDock(QT_TR_NOOP("Lesson"), "lessonDock", lessonPane, Qt::RightDockWidgetArea);
    QDockWidget* settingsDock =
        addDock(QT_TR_NOOP("Lesson settings"), "settingsDock", new SettingsPanel(&session_, this),
                Qt::RightDockWidgetArea);
    tabifyDockWidget(evaluationDock, lessonDock);
    tabifyDockWidget(lessonDock, settingsDock);
    lessonDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    settingsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    for (QDockWidget* dock :
         {lessonDock, settingsDock}) // shown from the menu: in front of its tabs
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool on) {
            if (on) dock->raise();
        });
    connect(lessonPane, &LessonPane::experimentTried, this, [this](const QString& text) {
        statusBar()->showMessage(tr("Watch for: %1").arg(text), 20000);
    });
    createSweepDock();
    createImageDock();
    chartDock->raise();
    resizeDocks({stepsDock}, {420}, Qt::Horizontal);
    // The side column full height, beside the 2-D views under the sheet: the steps readable.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    connect(&session_, &LessonSession::lessonChanged, this, &MainWindow::followLesson);
}

void MainWindow::createMenus() {
    QMenu* file = translated(menuBar()->addMenu(QString()), "title", QT_TR_NOOP("&File"));
    file->addAction(actions_.open);
    file->addAction(actions_.gallery);
    recentMenu_ = translated(file->addMenu(QString()), "title", QT_TR_NOOP("Open &recent"));
    file->addAction(actions_.importCsv);
    file->addSeparator();
    file->addAction(actions_.saveAs);
    file->addAction(actions_.printHandout);
    QMenu* exports = translated(file->addMenu(QString()), "title", QT_TR_NOOP("&Export"));
    exports->addAction(actions_.exportTrace);
    exports->addAction(actions_.exportWorkbook);
    exports->addAction(actions_.exportHandout);
    exports->addAction(actions_.exportLoss);
    exports->addAction(actions_.exportChart);
    exports->addAction(actions_.exportViews);
    exports->addAction(actions_.exportAnimation);
    file->addSeparator();
    file->addAction(actions_.quit);
    QMenu* edit = translated(menuBar()->addMenu(QString()), "title", QT_TR_NOOP("&Edit"));
    edit->addAction(actions_.undo);
    edit->addAction(actions_.redo);
    edit->addSeparator();
    edit->addAction(makeCopyCellsAction(this)); // grid_copy.cpp
    QMenu* step = translated(menuBar()->addMenu(QString()), "title", QT_TR_NOOP("&Step"));
    for (QAction* a :
         {actions_.previousStep, actions_.nextStep, actions_.nextCell, actions_.play,
          actions_.finishIteration, actions_.train, actions_.reset, actions_.reseed, actions_.jump})
        step->addAction(a);
    step->addSeparator();
    for (QAction* a : {actions_.practice, actions_.practiceHint, actions_.practiceReveal,
                       actions_.practiceSummary, actions_.practiceExport, actions_.practiceStudent})
        step->addAction(a);
    QMenu* view = translated(menuBar()->addMenu(QString()), "title", QT_TR_NOOP("&View"));
    QMenu* decimals = translated(view->addMenu(QString()), "title", QT_TR_NOOP("&Decimals"));
    decimals->addActions(decimalsGroup_->actions());
    decimals->addSeparator();
    // Said where the choice is made: the cells never show a nonzero value as 0.000.
    translated(decimals->addAction(QString()), "text",
               QT_TR_NOOP("Too small or too large for fixed decimals: scientific notation "
                          "(1.200e-05)"))
        ->setEnabled(false);
    view->addAction(actions_.logScale);
    zoom_->addToMenu(view);
    createLanguageMenu(view);
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    createHelpMenu();
    rebuildRecentMenu();
}

void MainWindow::createStatusBar() {
    statusLesson_ = new QLabel(this);
    statusPosition_ = new QLabel(this);
    statusLoss_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(200);
    progress_->setVisible(false);
    cancel_ = translated(new QPushButton(this), "text", QT_TR_NOOP("Cancel"));
    cancel_->setObjectName(QStringLiteral("cancelTraining"));
    cancel_->setVisible(false);
    connect(cancel_, &QPushButton::clicked, this, &MainWindow::cancelTraining);
    statusBar()->addWidget(statusLesson_, 1);
    statusBar()->addWidget(statusPosition_);
    statusBar()->addWidget(statusLoss_);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancel_);
}

QString MainWindow::batchText(const BatchSpec& batch) {
    switch (batch.kind) {
    case BatchSpec::Kind::Full:
        return tr("full batch");
    case BatchSpec::Kind::Sgd:
        return tr("one sample at a time");
    case BatchSpec::Kind::MiniBatch:
        return tr("batches of %1").arg(batch.size);
    }
    return {};
}

void MainWindow::refreshStatus() {
    if (!session_.hasLesson()) return;
    const Lesson& l = session_.lesson();
    const TrainingConfig& t = training_.config();
    statusLesson_->setText(
        tr("%1 · %2 · %3 · lr %4")
            .arg(l.title.text(QLocale().name()).isEmpty() ? tr("(untitled)")
                                                          : l.title.text(QLocale().name()),
                 QString::fromStdString(l.network.describe()), batchText(t.batch))
            .arg(t.learningRate));
    statusPosition_->setText(tr("epoch %1 · iteration %2 · step %3 of 12")
                                 .arg(session_.epoch())
                                 .arg(session_.iteration())
                                 .arg(session_.step()));
    statusLoss_->setText(session_.step() < 5 ? QString() // not computed before the output
                                             : tr("loss %1").arg(session_.trace().loss, 0, 'g', 6));
    actions_.previousStep->setEnabled(!training_.isRunning() && session_.canGoBack());
    chart_->setCurrentEpoch(session_.epoch() - 1 > 0 ? session_.epoch() - 1 : 0);
}

void MainWindow::refreshHistory() {
    const TrainingHistory h = training_.history();
    chart_->setHistory(h.loss, h.accuracy, h.testLoss, h.testAccuracy);
    chart_->setCurrentEpoch(training_.epochsCompleted());
}

void MainWindow::setLesson(Lesson lesson) {
    training_.abandon(); // what a running training trains belongs to the lesson replaced here
    session_.setLesson(std::move(lesson));
    setWindowTitle(tr("%1 — Backstep").arg(session_.lesson().title.text(QLocale().name())));
}

bool MainWindow::openLesson(const QString& path) {
    Loaded<Lesson> result;
    try {
        result = loadLessonFile(path);
        if (result) setLesson(*result); // keeps the current lesson when memory runs out
    } catch (const std::bad_alloc&) {
        result.value.reset();
        result.errors = QStringList{
            tr("%1: not enough memory for this lesson; use fewer samples or units").arg(path)};
    }
    if (!result) {
        lastError_ = result.errorText();
        showError(tr("Cannot open the lesson"),
                  tr("The lesson was not opened; the current one stays.\n\n%1").arg(lastError_));
        return false;
    }
    lastError_.clear();
    lessonPath_ = path;
    if (!path.startsWith(QLatin1Char(':'))) addRecentFile(QFileInfo(path).absoluteFilePath());
    if (!result.warnings.isEmpty())
        statusBar()->showMessage(result.warnings.join(QStringLiteral("; ")), 10000);
    return true;
}

void MainWindow::showError(const QString& title, const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the application, so training and tests go on
}

void MainWindow::trainEpochs(int epochs) {
    training_.train(epochs);
}

void MainWindow::trainingFinished(const TrainingOutcome& outcome) {
    QString message;
    if (outcome.stopMessage)
        message = *outcome.stopMessage;
    else if (outcome.targetReached)
        message = tr("Training reached the lesson's target: loss %1 at or "
                     "below %2 (stop at loss) at epoch %3")
                      .arg(outcome.lastLoss, 0, 'g', 6)
                      .arg(outcome.stopAtLoss)
                      .arg(outcome.epochsCompleted);
    else
        message =
            (outcome.cancelled
                 ? tr("Training cancelled after epoch %1").arg(outcome.epochsCompleted)
                 : tr("Trained to the end of epoch %1").arg(outcome.epochsCompleted)) +
            tr("; the sheet shows the next iteration, %1").arg(outcome.iterationsCompleted + 1);
    if (outcome.stopMessage)
        showError(tr("Training stopped"), message);
    else
        statusBar()->showMessage(message, outcome.targetReached ? 0 : 10000);
}

void MainWindow::cancelTraining() {
    training_.cancel();
}

void MainWindow::setTrainingState(bool running) {
    progress_->setVisible(running);
    cancel_->setVisible(running);
    for (QAction* a :
         {actions_.previousStep, actions_.nextStep, actions_.nextCell, actions_.play,
          actions_.finishIteration, actions_.train, actions_.reset, actions_.reseed, actions_.jump,
          actions_.open, actions_.gallery, actions_.undo, actions_.redo})
        a->setEnabled(!running);
    sheet_->setEnabled(!running);
    findChild<SettingsPanel*>()->setEnabled(!running); // a change would miss the trainer running
    findChild<LessonPane*>()->setExperimentsEnabled(!running);
    if (!running) refreshStatus();
}

void MainWindow::togglePlay(bool on) {
    if (on)
        playTimer_->start(1000 / speed_->value());
    else
        playTimer_->stop();
    actions_.play->setText(on ? tr("Pause") : tr("Play"));
}

void MainWindow::setDecimals(int decimals) {
    decimals_ = decimals;
    sheet_->setDecimals(decimals);
    for (QAction* a : decimalsGroup_->actions())
        a->setChecked(a->data().toInt() == decimals);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    training_.cancel();
    training_.wait();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) openLesson(urls.first().toLocalFile());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        placeOnScreen(this); // the first time: most of the screen
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        arrangeDocksOnFirstShow(this); // the steps readable beside the 2-D views
    setDecimals(settings.value(QStringLiteral("view/decimals"), 3).toInt());
    actions_.logScale->setChecked(settings.value(QStringLiteral("view/logScale"), false).toBool());
    epochs_->setValue(settings.value(QStringLiteral("train/epochs"), 1000).toInt());
    speed_->setValue(settings.value(QStringLiteral("play/stepsPerSecond"), 4).toInt());
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/decimals"), decimals_);
    settings.setValue(QStringLiteral("view/logScale"), actions_.logScale->isChecked());
    settings.setValue(QStringLiteral("train/epochs"), epochs_->value());
    settings.setValue(QStringLiteral("play/stepsPerSecond"), speed_->value());
    if (!lessonPath_.isEmpty()) settings.setValue(QStringLiteral("lesson/last"), lessonPath_);
}

} // namespace backstep
