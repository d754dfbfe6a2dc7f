// SPDX-License-Identifier: MIT
#include "compare_window.h"
#include "translated_texts.h"

#include "models/space_pictures.h"
#include "render/loss_plot.h"
#include "render/plane_panel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QTimer>

#include <cmath>

namespace backstep {

// One configuration: its input space at the chosen epoch over its loss curve.
class ComparePanel : public QWidget {
public:
    ComparePanel(CompareRun* run, int index, QWidget* parent)
        : QWidget(parent), run_(run), index_(index) {
        setMinimumSize(220, 300);
        const CompareRun::Track t = run_->track(index_);
        title_ = t.title;
        twoInputs_ = t.lesson.network.inputs == 2;
        setToolTip(title_);
    }

    int shownEpoch() const { return shown_; }

    void setEpoch(int epoch) {
        epoch_ = epoch;
        auto [at, params] = run_->weightsAt(index_, epoch);
        if (twoInputs_ && (at != shown_ || picture_.heat.isNull())) {
            const CompareRun::Track t = run_->track(index_);
            picture_ = drawSpaces(t.lesson.network, params, t.lesson.data, t.lesson.test, 0,
                                  std::min(1, t.lesson.network.hidden.front() - 1), 60)
                           .input;
        }
        shown_ = at;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QColor(0x20, 0x20, 0x20));
        const CompareRun::Track t = run_->track(index_);
        const QRectF area = rect().adjusted(4, 4, -4, -4);
        const double planeHeight = twoInputs_ ? area.height() * 0.62 : 0.0;
        QString title = title_;
        if (!t.loss.empty() && shown_ > 0 && static_cast<size_t>(shown_) <= t.loss.size())
            title += QStringLiteral(" · ") +
                     CompareWindow::tr("loss %1").arg(t.loss[static_cast<size_t>(shown_ - 1)], 0,
                                                      'g', 4);
        if (twoInputs_)
            paintPlanePanel(p, QRectF(area.topLeft(), QSizeF(area.width(), planeHeight)), picture_,
                            {title, QStringLiteral("x1"), QStringLiteral("x2")});
        const QRectF lossArea(area.left(), area.top() + planeHeight, area.width(),
                              area.height() - planeHeight);
        const int drawn = std::min<int>(epoch_, static_cast<int>(t.loss.size()));
        paintLossPlot(p, lossArea, t.loss, drawn, t.lesson.training.epochs,
                      {twoInputs_ ? QString() : title, CompareWindow::tr("epoch"),
                       CompareWindow::tr("loss")});
        if (!t.stopped.isEmpty()) {
            p.setPen(QColor(0xc6, 0x28, 0x28));
            p.drawText(lossArea, Qt::AlignCenter | Qt::TextWordWrap, t.stopped);
        }
    }

private:
    CompareRun* run_;
    int index_;
    QString title_;
    bool twoInputs_ = false;
    int epoch_ = 0, shown_ = -1;
    PlanePicture picture_;
};

CompareWindow::CompareWindow(std::vector<Lesson> lessons, const QStringList& titles,
                             QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("compareWindow"));
    run_ = std::make_unique<CompareRun>(std::move(lessons), titles);
    showTitle();
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    const int count = run_->trackCount();
    const int columns = count <= 4 ? count : static_cast<int>(std::ceil(count / 2.0));
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
    resize(std::min(count, 4) * 260 + 20, count > 4 ? 720 : 400);
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
