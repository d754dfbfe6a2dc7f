// SPDX-License-Identifier: MIT
#include "main_window.h"

#include "animation_export.h"
#include "evaluation_view.h"
#include "formula_bar.h"
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

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
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
    practice_ = new PracticeControls(this, &session_, sheet_, formula_);
    createToolBar();
    createDocks();
    createMenus();
    createStatusBar();

    connect(sheet_, &SheetWidget::exportRequested, this, &MainWindow::chooseAndExportMatrix);
    connect(&session_, &LessonSession::positionChanged, this, &MainWindow::refreshStatus);
    connect(&session_, &LessonSession::traceChanged, this, &MainWindow::refreshStatus);
    connect(&session_, &LessonSession::historyChanged, this, &MainWindow::refreshHistory);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (!session_.nextStep()) action("play")->setChecked(false);
    });
    connect(&runner_, &TrainingRunner::progress, this,
            [this](int done, int total, const TrainingHistory& newPart) {
                runHistory_.append(newPart);
                const TrainingHistory& h = runHistory_;
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
    connect(&runner_, &TrainingRunner::outOfMemory, this, [this] {
        showError(tr("Training stopped"), tr("Not enough memory to go on training this lesson; it "
                                             "stays at the last complete iteration."));
    });
    connect(&runner_, &TrainingRunner::finished, this,
            [this](const std::shared_ptr<Trainer>& trained, bool cancelled) {
                trainingFinished(std::move(*trained), cancelled);
            });
    restoreSettings();
}

MainWindow::~MainWindow() {
    runner_.cancel();
    runner_.wait();
    // The widgets and actions observe the session: remove them while it still exists.
    delete sweep_; // in its dock, or not yet
    delete takeCentralWidget();
    qDeleteAll(findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QAction*>(Qt::FindDirectChildrenOnly));
    delete practice_; // it observes the session too
}

QAction* MainWindow::action(const QString& name) const {
    return findChild<QAction*>(name);
}

void MainWindow::createActions() {
    const auto make = [this](const char* name, const QString& text, const QList<QKeySequence>& keys,
                             const QString& tip, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        a->setToolTip(keys.isEmpty() ? tip
                                     : QStringLiteral("%1 (%2)").arg(
                                           tip, keys.first().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    make("previousStep", tr("◀ Back"), {Qt::Key_Left},
         tr("Go back one step; shows exactly what was there"), [this] { session_.previousStep(); });
    make("nextStep", tr("Next ▶"), {Qt::Key_Space, Qt::Key_Right}, tr("Compute the next step"),
         [this] {
             if (!practice_->handleNext()) session_.nextStep();
         });
    make("nextCell", tr("Next cell"), {Qt::Key_Down},
         tr("Compute the next step one cell at a time"), [this] { session_.nextCell(); });
    auto* play =
        make("play", tr("Play"), {Qt::Key_P}, tr("Step automatically at the chosen speed"), [] {});
    play->setCheckable(true);
    connect(play, &QAction::toggled, this, &MainWindow::togglePlay);
    make("finishIteration", tr("Finish iteration"), {Qt::Key_End},
         tr("Compute the rest of this iteration"), [this] { session_.finishIteration(); });
    make("train", tr("Train"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
         tr("Train the number of epochs in the box, off the window's thread"),
         [this] { trainEpochs(epochs_->value()); });
    make("reset", tr("Reset"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
         tr("Back to the lesson's initial weights (the same ones)"), [this] { session_.reset(); });
    make("reseed", tr("New weights"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
         tr("Draw new initial weights with a new seed"),
         [this] { session_.reseed(QRandomGenerator::global()->bounded(1u, 1000000u)); });
    make("jump", tr("Go to iteration…"), {QKeySequence(Qt::CTRL | Qt::Key_G)},
         tr("Jump to an iteration or epoch"), [this] { jumpToIteration(); });
    make("open", tr("&Open lesson…"), {QKeySequence::Open}, tr("Open a lesson file"),
         [this] { chooseAndOpenLesson(); });
    make("gallery", tr("Lesson &gallery…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
         tr("Choose one of the shipped lessons"), [this] { showGallery(); });
    make("importCsv", tr("&Import CSV…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
         tr("Make a new lesson from a CSV file of your own"), [this] { chooseAndImportCsv(); });
    make("saveAs", tr("&Save lesson as…"),
         withStandardKeys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, QKeySequence::SaveAs),
         tr("Save data, settings and weights as a lesson file"), [this] { chooseAndSaveLesson(); });
    make("exportTrace", tr("Export all matrices…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
         tr("One CSV per matrix of this iteration, as backstep-cli trace writes"),
         [this] { chooseAndExportTrace(); });
    make("exportLoss", tr("Export loss history…"), {},
         tr("The loss (and accuracy) per epoch as CSV"), [this] { chooseAndExportLoss(); });
    make("exportChart", tr("Export chart as PNG…"), {}, tr("The loss chart as an image"),
         [this] { chooseAndExportChart(); });
    make("exportWorkbook", tr("Export workbook…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
         tr("An Excel workbook of this iteration in which every computed cell is a formula"),
         [this] { chooseAndExportWorkbook(); });
    make("printHandout", tr("&Print handout…"),
         withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_P)}, QKeySequence::Print),
         tr("A worksheet of a step of this iteration, or its answer key, on paper"),
         [this] { printHandout(); });
    make("exportHandout", tr("Handout as PDF…"), {},
         tr("A worksheet of a step of this iteration, or its answer key, as a PDF"),
         [this] { chooseAndExportHandout(); });
    make("exportViews", tr("Export 2-D views as PNG…"), {},
         tr("The input and hidden space views as an image"), [this] {
             spacesDock_->show();
             const QString filter = tr("PNG images (*.png)");
             const QString path =
                 withFilterSuffix(QFileDialog::getSaveFileName(this, tr("Export 2-D views"),
                                                               QStringLiteral("views.png"), filter),
                                  filter);
             if (!path.isEmpty())
                 if (const QString error = spaces_->exportPng(path); !error.isEmpty())
                     showError(tr("Export failed"), error);
         });
    auto* animation = make("exportAnimation", tr("Export animation…"), {},
                           tr("Train from the initial weights and record it as an animated GIF"),
                           [this] { animationExport_->chooseAndExport(spaces_->hiddenUnits()); });
    animationExport_ = new AnimationExport(&session_, animation, this);
    make("quit", tr("&Quit"),
         withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_Q)}, QKeySequence::Quit),
         tr("Close Backstep"), [this] { close(); });
    auto* logScale =
        make("logScale", tr("Logarithmic loss axis"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
             tr("Show the loss on a log scale"), [] {});
    logScale->setCheckable(true);
    connect(logScale, &QAction::toggled, this, [this](bool on) { chart_->setLogScale(on); });

    auto* undo = session_.undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(withStandardKeys({QKeySequence(Qt::CTRL | Qt::Key_Z)}, QKeySequence::Undo));
    auto* redo = session_.undoStack()->createRedoAction(this, tr("&Redo"));
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
    auto* bar = addToolBar(tr("Stepping"));
    bar->setObjectName(QStringLiteral("steppingToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const char* name : {"previousStep", "nextStep", "nextCell", "play"})
        bar->addAction(action(QString::fromLatin1(name)));
    speed_ = new QSlider(Qt::Horizontal, bar);
    speed_->setObjectName(QStringLiteral("speed"));
    speed_->setRange(1, 20);
    speed_->setValue(4);
    speed_->setFixedWidth(90);
    speed_->setToolTip(tr("Play speed: steps per second"));
    connect(speed_, &QSlider::valueChanged, this,
            [this](int perSecond) { playTimer_->setInterval(1000 / perSecond); });
    bar->addWidget(speed_);
    bar->addAction(action("finishIteration"));
    bar->addSeparator();
    epochs_ = new QSpinBox(bar);
    epochs_->setObjectName(QStringLiteral("epochs"));
    epochs_->setRange(1, 10000000);
    epochs_->setValue(1000);
    epochs_->setSuffix(tr(" epochs"));
    epochs_->setToolTip(tr("How many epochs Train runs"));
    connect(&session_, &LessonSession::lessonChanged, epochs_,
            [this] { epochs_->setValue(session_.lesson().training.epochs); }); // the lesson's plan
    bar->addWidget(epochs_);
    bar->addAction(action("train"));
    bar->addSeparator();
    for (const char* name : {"reset", "reseed", "jump"})
        bar->addAction(action(QString::fromLatin1(name)));
    bar->addSeparator();
    bar->addAction(action("practice"));
}

QDockWidget* MainWindow::addDock(const QString& title, const char* name, QWidget* content,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(QLatin1String(name)); // saveState() keeps the layout by this name
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks() {
    steps_ = new StepPanel(&session_, this);
    chart_ = new LossChart(this);
    diagram_ = new NetworkDiagram(&session_, this);
    evaluation_ = new EvaluationView(&session_, this);
    spaces_ = new SpaceViews(&session_, this);
    QDockWidget* stepsDock = addDock(tr("Steps"), "stepsDock", steps_, Qt::RightDockWidgetArea);
    QDockWidget* chartDock = addDock(tr("Loss"), "lossDock", chart_, Qt::RightDockWidgetArea);
    QDockWidget* diagramDock =
        addDock(tr("Network"), "networkDock", diagram_, Qt::RightDockWidgetArea);
    QDockWidget* evaluationDock =
        addDock(tr("Evaluation"), "evaluationDock", evaluation_, Qt::RightDockWidgetArea);
    spacesDock_ =
        addDock(tr("Input and hidden space"), "spacesDock", spaces_, Qt::BottomDockWidgetArea);
    tabifyDockWidget(chartDock, diagramDock);
    tabifyDockWidget(diagramDock, evaluationDock);
    // The lesson and its settings in the taller place, beside the chart.
    auto* lessonPane = new LessonPane(&session_, this);
    QDockWidget* lessonDock =
        addDock(tr("Lesson"), "lessonDock", lessonPane, Qt::RightDockWidgetArea);
    QDockWidget* settingsDock =
        addDock(tr("Lesson settings"), "settingsDock", new SettingsPanel(&session_, this),
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
    connect(&session_, &LessonSession::lessonChanged, this, [this] {
        const bool twoInputs =
            session_.lesson().network.inputs == 2; // the 2-D views need two inputs
        spacesDock_->setVisible(twoInputs);
        action("exportViews")->setEnabled(twoInputs);
    });
    connect(this, &MainWindow::trainingProgress, this, [this](const TrainingHistory& h) {
        spaces_->showLive(h.parameters, static_cast<int>(h.loss.size()));
        diagram_->showLive(h.parameters);
        evaluation_->showLive(h.parameters);
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("open"));
    file->addAction(action("gallery"));
    recentMenu_ = file->addMenu(tr("Open &recent"));
    file->addAction(action("importCsv"));
    file->addSeparator();
    file->addAction(action("saveAs"));
    file->addAction(action("printHandout"));
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->addAction(action("exportTrace"));
    exports->addAction(action("exportWorkbook"));
    exports->addAction(action("exportHandout"));
    exports->addAction(action("exportLoss"));
    exports->addAction(action("exportChart"));
    exports->addAction(action("exportViews"));
    exports->addAction(action("exportAnimation"));
    file->addSeparator();
    file->addAction(action("quit"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action("undo"));
    edit->addAction(action("redo"));
    QMenu* step = menuBar()->addMenu(tr("&Step"));
    for (const char* name : {"previousStep", "nextStep", "nextCell", "play", "finishIteration",
                             "train", "reset", "reseed", "jump"})
        step->addAction(action(QString::fromLatin1(name)));
    step->addSeparator();
    for (const char* name : {"practice", "practiceHint", "practiceReveal", "practiceSummary",
                             "practiceExport", "practiceStudent"})
        step->addAction(action(QString::fromLatin1(name)));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* decimals = view->addMenu(tr("&Decimals"));
    decimals->addActions(decimalsGroup_->actions());
    decimals->addSeparator();
    // Said where the choice is made: the cells never show a nonzero value as 0.000.
    decimals
        ->addAction(tr("Too small or too large for fixed decimals: scientific notation "
                       "(1.200e-05)"))
        ->setEnabled(false);
    view->addAction(action("logScale"));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this,
                    [this] {
                        auto* dialog = new ShortcutsDialog(this);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        dialog->open();
                    })
        ->setObjectName(QStringLiteral("shortcuts"));
    help->addAction(tr("&About Backstep"), this, [this] { showAbout(this); })
        ->setObjectName(QStringLiteral("about"));
    rebuildRecentMenu();
}

void MainWindow::createStatusBar() {
    statusLesson_ = new QLabel(this);
    statusPosition_ = new QLabel(this);
    statusLoss_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(200);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), this);
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
    const TrainingConfig& t = session_.trainer().config();
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
    action("previousStep")->setEnabled(!runner_.isRunning() && session_.canGoBack());
    chart_->setCurrentEpoch(session_.epoch() - 1 > 0 ? session_.epoch() - 1 : 0);
}

void MainWindow::refreshHistory() {
    const TrainingHistory h = TrainingHistory::of(session_.trainer());
    chart_->setHistory(h.loss, h.accuracy, h.testLoss, h.testAccuracy);
    chart_->setCurrentEpoch(session_.trainer().epochsCompleted());
}

void MainWindow::setLesson(Lesson lesson) {
    if (runner_.isRunning()) { // what it trained belongs to the lesson replaced here
        runner_.abandon();
        setTrainingState(false);
        if (std::exchange(pendingIteration_, 0) > 0) emit jumpFinished();
    }
    session_.setLesson(std::move(lesson));
    setWindowTitle(tr("%1 — Backstep").arg(session_.lesson().title.text(QLocale().name())));
}

bool MainWindow::openLesson(const QString& path) {
    LessonLoadResult result;
    try {
        result = loadLessonFile(path);
        if (result.lesson)
            setLesson(*result.lesson); // keeps the current lesson when memory runs out
    } catch (const std::bad_alloc&) {
        result.lesson.reset();
        result.errors = QStringList{
            tr("%1: not enough memory for this lesson; use fewer samples or units").arg(path)};
    }
    if (!result.lesson) {
        lastError_ = result.errors.join('\n');
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
    if (runner_.isRunning() || !session_.hasLesson()) return;
    session_.settle(); // on from the trainer the last run ended with
    action("play")->setChecked(false);
    setTrainingState(true);
    progress_->setRange(0, epochs);
    progress_->setValue(0);
    runHistory_ = TrainingHistory::of(session_.trainer());
    runner_.start(session_.trainer(), epochs);
}

void MainWindow::trainingFinished(Trainer trainer, bool cancelled) {
    // What to say, from the trainer before the session takes it over.
    const bool stopped = trainer.stop().has_value();
    const bool reached = !stopped && trainer.targetReached();
    QString message;
    if (stopped)
        message = CoreWording::trainingStop(*trainer.stop());
    else if (reached)
        message = tr("Training reached the lesson's target: loss %1 at or "
                     "below %2 (stop at loss) at epoch %3")
                      .arg(trainer.epochLoss().back(), 0, 'g', 6)
                      .arg(*trainer.config().stopAtLoss)
                      .arg(trainer.epochsCompleted());
    else
        message =
            (cancelled ? tr("Training cancelled after epoch %1").arg(trainer.epochsCompleted())
                       : tr("Trained to the end of epoch %1").arg(trainer.epochsCompleted())) +
            tr("; the sheet shows the next iteration, %1").arg(trainer.iterationsCompleted() + 1);
    // Taken over, not copied: its histories can hold millions of epochs. A large lesson's
    // sheet follows when its trace is built; what is done before then waits for it.
    session_.adoptTrainer(std::move(trainer));
    setTrainingState(false);
    const qint64 jumpTarget = std::exchange(pendingIteration_, 0);
    if (jumpTarget > 0 && !cancelled && !stopped) {
        goToIteration(jumpTarget); // the rest of the jump: less than an epoch
        return;
    }
    if (stopped)
        showError(tr("Training stopped"), message);
    else
        statusBar()->showMessage(message, reached ? 0 : 10000);
    if (jumpTarget > 0) emit jumpFinished();
}

void MainWindow::cancelTraining() {
    runner_.cancel();
}

void MainWindow::setTrainingState(bool running) {
    progress_->setVisible(running);
    cancel_->setVisible(running);
    for (const char* name : {"previousStep", "nextStep", "nextCell", "play", "finishIteration",
                             "train", "reset", "reseed", "jump", "open", "gallery", "undo", "redo"})
        action(QString::fromLatin1(name))->setEnabled(!running);
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
    action("play")->setText(on ? tr("Pause") : tr("Play"));
}

void MainWindow::setDecimals(int decimals) {
    decimals_ = decimals;
    sheet_->setDecimals(decimals);
    for (QAction* a : decimalsGroup_->actions())
        a->setChecked(a->data().toInt() == decimals);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    runner_.cancel();
    runner_.wait();
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
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setDecimals(settings.value(QStringLiteral("view/decimals"), 3).toInt());
    action("logScale")->setChecked(settings.value(QStringLiteral("view/logScale"), false).toBool());
    epochs_->setValue(settings.value(QStringLiteral("train/epochs"), 1000).toInt());
    speed_->setValue(settings.value(QStringLiteral("play/stepsPerSecond"), 4).toInt());
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/decimals"), decimals_);
    settings.setValue(QStringLiteral("view/logScale"), action("logScale")->isChecked());
    settings.setValue(QStringLiteral("train/epochs"), epochs_->value());
    settings.setValue(QStringLiteral("play/stepsPerSecond"), speed_->value());
    if (!lessonPath_.isEmpty()) settings.setValue(QStringLiteral("lesson/last"), lessonPath_);
}

} // namespace backstep
