// SPDX-License-Identifier: MIT
#include "window_zoom.h"

#include "sheet_widget.h"
#include "translated_texts.h"
#include "window_actions.h"

#include <QAbstractAxis>
#include <QAction>
#include <QActionGroup>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLabel>
#include <QLegend>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace backstep {

namespace {

const char* const baseFontProperty = "backstepZoomBaseFont";
const QString settingsKey = QStringLiteral("view/zoomPercent");
constexpr double largestFactor = 3.0; // presentation mode on top of the largest zoom stops here

// `font` at `factor` times its size (in points, or pixels when it was given in pixels).
QFont scaled(QFont font, double factor) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    return font;
}

// The font `object` had before any zoom: taken the first time it is seen.
QFont baseFont(QObject* object, const QFont& current) {
    const QVariant stored = object->property(baseFontProperty);
    if (stored.isValid()) return stored.value<QFont>();
    object->setProperty(baseFontProperty, current);
    return current;
}

// Charts keep fonts of their own (titles, legends, axes), apart from their view's.
void scaleCharts(QWidget* within, double factor) {
    QList<QChartView*> views = within->findChildren<QChartView*>();
    if (auto* self = qobject_cast<QChartView*>(within)) views << self;
    for (QChartView* view : views) {
        QChart* chart = view->chart();
        if (!chart) continue;
        chart->setTitleFont(scaled(baseFont(chart, chart->titleFont()), factor));
        if (QLegend* legend = chart->legend())
            legend->setFont(scaled(baseFont(legend, legend->font()), factor));
        for (QAbstractAxis* axis : chart->axes()) {
            const QFont labels = baseFont(axis, axis->labelsFont());
            axis->setLabelsFont(scaled(labels, factor));
            const QVariant title = axis->property("backstepZoomBaseTitleFont");
            const QFont titleBase = title.isValid() ? title.value<QFont>() : axis->titleFont();
            if (!title.isValid()) axis->setProperty("backstepZoomBaseTitleFont", titleBase);
            axis->setTitleFont(scaled(titleBase, factor));
        }
    }
}

} // namespace

QList<int> WindowZoom::levels() {
    return {80, 90, 100, 110, 125, 150, 175, 200, 250};
}

WindowZoom::WindowZoom(QMainWindow* window, SheetWidget* sheet, const WindowActions& actions)
    : QObject(window), window_(window), sheet_(sheet) {
    const auto make = [this](const char* name, const QList<QKeySequence>& keys) {
        auto* a = new QAction(window_);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcuts(keys);
        window_->addAction(a);
        return a;
    };
    // Ctrl+= is Ctrl++ without Shift on most keyboards; both, and the keypad's.
    zoomIn_ = make("zoomIn",
                   {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    zoomOut_ = make("zoomOut", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    reset_ = make("zoomReset", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    presentationAction_ = make("presentation", {QKeySequence(Qt::Key_F11)});
    presentationAction_->setCheckable(true);
    leavePresentation_ = make("leavePresentation", {QKeySequence(Qt::Key_Escape)});
    leavePresentation_->setEnabled(false); // Esc is the editors' and dialogs' otherwise
    connect(zoomIn_, &QAction::triggered, this, &WindowZoom::zoomIn);
    connect(zoomOut_, &QAction::triggered, this, &WindowZoom::zoomOut);
    connect(reset_, &QAction::triggered, this, [this] { setPercent(100); });
    connect(presentationAction_, &QAction::toggled, this, &WindowZoom::setPresentation);
    connect(leavePresentation_, &QAction::triggered, this, [this] { setPresentation(false); });

    levelGroup_ = new QActionGroup(this);
    for (int level : levels()) {
        auto* a = new QAction(levelGroup_);
        a->setObjectName(QStringLiteral("zoom%1").arg(level));
        a->setCheckable(true);
        a->setData(level);
        connect(a, &QAction::triggered, this, [this, level] { setPercent(level); });
    }

    status_ = new QLabel(window_);
    status_->setObjectName(QStringLiteral("zoomStatus"));
    window_->statusBar()->addPermanentWidget(status_);
    // The loss chart's axes change with its scale: the new ones are scaled too.
    connect(actions.logScale, &QAction::toggled, this, &WindowZoom::apply, Qt::QueuedConnection);

    retranslate();
    setPercent(QSettings().value(settingsKey, 100).toInt(), false);
}

void WindowZoom::retranslate() {
    const auto describe = [](QAction* a, const QString& text, const QString& tip) {
        a->setText(text);
        a->setStatusTip(tip);
        setToolTipWithShortcut(a); // "tip (Ctrl+=)", as the window's other actions
    };
    describe(zoomIn_, tr("Zoom &in"), tr("Larger cells, steps and charts (for a projector)"));
    describe(zoomOut_, tr("Zoom &out"), tr("Smaller cells, steps and charts"));
    describe(reset_, tr("&Actual size"), tr("Back to 100 %"));
    describe(presentationAction_, tr("&Presentation mode"),
             tr("Full screen with larger type, for a projector; Esc leaves it"));
    describe(leavePresentation_, tr("Leave presentation mode"), tr("Leave presentation mode"));
    for (QAction* a : levelGroup_->actions())
        a->setText(tr("%1 %").arg(a->data().toInt()));
    status_->setToolTip(tr("Zoom: Ctrl+= larger, Ctrl+− smaller, Ctrl+0 actual size; "
                           "F11 presentation mode"));
    status_->setText(label());
    if (menu_) menu_->setTitle(tr("&Zoom (%1 %)").arg(percent_));
}

double WindowZoom::factor() const {
    const double f = percent_ / 100.0;
    return presentation_ ? std::min(largestFactor, f * presentationFactor) : f;
}

void WindowZoom::setPercent(int percent, bool remember) {
    const QList<int> steps = levels();
    percent_ = *std::min_element(steps.begin(), steps.end(), [percent](int a, int b) {
        return std::abs(a - percent) < std::abs(b - percent);
    });
    if (remember) QSettings().setValue(settingsKey, percent_);
    apply();
}

void WindowZoom::zoomIn() {
    const QList<int> steps = levels();
    const auto next = std::upper_bound(steps.begin(), steps.end(), percent_);
    if (next != steps.end()) setPercent(*next);
}

void WindowZoom::zoomOut() {
    const QList<int> steps = levels();
    const auto here = std::lower_bound(steps.begin(), steps.end(), percent_);
    if (here != steps.begin()) setPercent(*(here - 1));
}

void WindowZoom::setPresentation(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    if (on) {
        wasMaximized_ = window_->isMaximized();
        window_->showFullScreen();
    } else if (wasMaximized_) {
        window_->showMaximized();
    } else {
        window_->showNormal();
    }
    leavePresentation_->setEnabled(on);
    if (presentationAction_->isChecked() != on) presentationAction_->setChecked(on);
    apply();
}

void WindowZoom::addToMenu(QMenu* view) {
    menu_ = view->addMenu(label());
    menu_->setObjectName(QStringLiteral("zoomMenu"));
    menu_->addAction(zoomIn_);
    menu_->addAction(zoomOut_);
    menu_->addAction(reset_);
    menu_->addSeparator();
    menu_->addActions(levelGroup_->actions());
    view->addAction(presentationAction_);
    apply(); // the title
}

QString WindowZoom::label() const {
    const int shown = static_cast<int>(std::lround(factor() * 100));
    return presentation_ ? tr("Presentation · %1 %").arg(shown) : tr("Zoom %1 %").arg(shown);
}

void WindowZoom::apply() {
    const double f = factor();
    QList<QWidget*> targets{window_->centralWidget()};
    for (QDockWidget* dock : window_->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly))
        targets << dock;
    for (QWidget* target : targets) {
        if (!target) continue;
        const QFont font = scaled(baseFont(target, target->font()), f);
        if (target->font() != font) target->setFont(font);
        // A widget with a style sheet keeps the font it had when the sheet was applied: each
        // is scaled itself (from its size at the zoom it was made at).
        for (QWidget* styled : target->findChildren<QWidget*>())
            if (!styled->styleSheet().isEmpty()) {
                const QFont base = baseFont(styled, scaled(styled->font(), 1.0 / appliedFactor_));
                styled->setFont(scaled(base, f));
            }
        scaleCharts(target, f);
    }
    appliedFactor_ = f;
    sheet_->setZoom(f); // row heights and column widths, after the fonts
    for (QAction* a : levelGroup_->actions())
        a->setChecked(a->data().toInt() == percent_);
    zoomIn_->setEnabled(percent_ < levels().last());
    zoomOut_->setEnabled(percent_ > levels().first());
    status_->setText(label());
    if (menu_) menu_->setTitle(tr("&Zoom (%1 %)").arg(percent_));
    emit zoomChanged(f);
}

} // namespace backstep
