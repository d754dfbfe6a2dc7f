// SPDX-License-Identifier: MIT
#include "compare_window.h"
#include "translated_texts.h"

#include "compare_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>

#include <cmath>

namespace backstep {

CompareWindow::CompareWindow(std::vector<Lesson> lessons, const QStringList& titles,
                             QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("compareWindow"));
    run_ = std::make_unique<CompareRun>(std::move(lessons), titles);
    showTitle();
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    const int count = run_->trackCount();
    const int columns = count <= 3 ? count : static_cast<int>(std::ceil(std::sqrt(count)));
    for (int i = 0; i < count; ++i) {
        auto* panel = new ComparePanel(run_.get(), i, this);
        grid->addWidget(panel, i / std::max(1, columns), i % std::max(1, columns));
        panels_.push_back(panel);
    }
    layout->addLayout(grid, 1);
    auto* row = new QHBoxLayout;
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("epochSlider"));
    slider_->setRange(0, run_->maxEpochs());
    slider_->setValue(run_->maxEpochs());
    setTranslated(slider_, "toolTip", staticMetaObject.className(),
                  QT_TR_NOOP("One epoch for every configuration: the weights they had then"));
    epochLabel_ = new QLabel(this);
    epochLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("epoch 0000000")));
    row->addWidget(setTranslated(new QLabel(this), "text", staticMetaObject.className(),
                                 QT_TR_NOOP("Epoch:")));
    row->addWidget(slider_, 1);
    row->addWidget(epochLabel_);
    layout->addLayout(row);
    connect(slider_, &QSlider::valueChanged, this, &CompareWindow::showEpoch);
    refresh_ = new QTimer(this);
    refresh_->setInterval(250);
    connect(refresh_, &QTimer::timeout, this, [this] {
        showEpoch(slider_->value());
        if (run_->isFinished()) refresh_->stop();
    });
    connect(run_.get(), &CompareRun::progress, this, [this] { showEpoch(slider_->value()); });
    refresh_->start();
    const int rows = (count + columns - 1) / std::max(1, columns);
    const QSize panel = panels_.empty() ? QSize(220, 220) : panels_.front()->minimumSize();
    resize(columns * (panel.width() + 10) + 20, rows * (panel.height() + 10) + 60);
    showEpoch(slider_->value());
}

CompareWindow::~CompareWindow() = default;

int CompareWindow::shownEpoch(int index) const {
    return panels_[static_cast<size_t>(index)]->shownEpoch();
}

void CompareWindow::showTitle() {
    setWindowTitle(tr("Compare configurations (%1)").arg(run_->trackCount()));
}

void CompareWindow::showEpoch(int epoch) {
    epochLabel_->setText(tr("epoch %1").arg(epoch));
    for (ComparePanel* panel : panels_)
        panel->setEpoch(epoch);
}

void CompareWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateTexts(this);
        showTitle();
        showEpoch(slider_->value());
    }
    QWidget::changeEvent(event);
}

} // namespace backstep
