// SPDX-License-Identifier: MIT
#include "sheet_widget.h"

#include "flow_layout.h"
#include "matrix_panel.h"

#include "models/lesson_session.h"
#include "models/practice_session.h"

#include <algorithm>
#include <cstdlib>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace backstep {

SheetWidget::SheetWidget(LessonSession* session, QWidget* parent)
    : QScrollArea(parent), session_(session) {
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap instead
    setObjectName(QStringLiteral("sheet"));
    connect(session_, &LessonSession::lessonChanged, this, &SheetWidget::rebuild);
    // After the titles have changed and the rows have re-wrapped: on the next pass of the loop.
    connect(session_, &LessonSession::positionChanged, this,
            [this] { QTimer::singleShot(0, this, &SheetWidget::revealFocus); });
    if (session_->hasLesson()) rebuild(); // made on a session that has its lesson already
}

void SheetWidget::rebuild() {
    panels_.clear();
    auto* content = new QWidget(viewport()); // in the sheet from the start: its font (zoom)
    content->setObjectName(QStringLiteral("sheetContent"));
    auto* rows = new QVBoxLayout(content);
    rows->setSpacing(6);
    if (!session_->hasLesson()) {
        setWidget(content);
        return;
    }
    const Trace& trace = session_->trace();
    const int last = trace.network.layerCount() - 1;
    const auto name = [&](MatrixRole role, int layer) {
        const TraceMatrix* m = trace.find(role, layer);
        return m ? m->name : std::string();
    };
    struct Row {
        QString title;
        std::vector<std::pair<std::string, QString>> matrices; // name, caption
    };
    std::vector<Row> layout;
    Row hidden{last > 1    ? tr("Forward pass: hidden layers")
               : last == 1 ? tr("Forward pass: hidden layer")
                           : tr("Inputs (no hidden layer)"),
               {{"X", {}}}};
    for (int l = 0; l < last; ++l)
        for (MatrixRole role :
             {MatrixRole::Weights, MatrixRole::Bias, MatrixRole::LayerInput, MatrixRole::Activation,
              MatrixRole::DropoutMask, MatrixRole::Dropped})
            if (trace.find(role, l)) hidden.matrices.push_back({name(role, l), {}});
    layout.push_back(hidden);
    Row output{tr("Forward pass: output layer"), {}};
    for (MatrixRole role :
         {MatrixRole::Weights, MatrixRole::Bias, MatrixRole::LayerInput, MatrixRole::Activation})
        output.matrices.push_back({name(role, last), {}});
    layout.push_back(output);
    Row error{tr("Error and slopes"), {{"y", {}}, {name(MatrixRole::BackError, last), {}}}};
    for (int l = last; l >= 0; --l)
        error.matrices.push_back({name(MatrixRole::Slope, l), {}});
    layout.push_back(error);
    Row backward{tr("Backward pass"), {{name(MatrixRole::Delta, last), {}}}};
    for (int l = last - 1; l >= 0; --l) {
        backward.matrices.push_back({name(MatrixRole::BackError, l), {}});
        backward.matrices.push_back({name(MatrixRole::Delta, l), {}});
    }
    layout.push_back(backward);
    Row updates{tr("Updates: weights and biases before and after"), {}};
    // Between a parameter before and after: its G and the optimiser's memory (momentum, Adam).
    const auto optimizerMatrices = [&](int layer, bool ofBias) {
        for (const TraceMatrix& m : trace.matrices)
            if ((m.role == MatrixRole::OptimizerState || m.role == MatrixRole::OptimizerUpdate) &&
                m.layer == layer && m.ofBias == ofBias)
                updates.matrices.push_back(
                    {m.name, m.role == MatrixRole::OptimizerState ? tr("(before)") : QString()});
    };
    for (int l = last; l >= 0; --l) {
        updates.matrices.push_back({name(MatrixRole::Weights, l), tr("(before)")});
        optimizerMatrices(l, false);
        updates.matrices.push_back({name(MatrixRole::WeightsUpdated, l), {}});
    }
    for (int l = last; l >= 0; --l) {
        updates.matrices.push_back({name(MatrixRole::Bias, l), tr("(before)")});
        optimizerMatrices(l, true);
        updates.matrices.push_back({name(MatrixRole::BiasUpdated, l), {}});
    }
    layout.push_back(updates);

    for (const Row& row : layout) {
        // A size relative to the sheet's font and no style sheet, so that it follows the zoom.
        auto* heading =
            new QLabel(QStringLiteral("<b style='font-size:large; color:#1a4d80'>%1</b>")
                           .arg(row.title.toHtmlEscaped()),
                       content);
        heading->setContentsMargins(0, 4, 0, 0);
        rows->addWidget(heading);
        auto* line = new FlowLayout(nullptr, 8);
        for (const auto& [matrix, caption] : row.matrices) {
            auto* panel = new MatrixPanel(session_, matrix, caption, content);
            panel->setDecimals(decimals_);
            panel->setZoom(zoom_);
            if (practice_) panel->setPractice(practice_);
            connect(panel, &MatrixPanel::exportRequested, this, &SheetWidget::exportRequested);
            line->addWidget(panel);
            panels_.push_back(panel);
        }
        rows->addLayout(line);
    }
    rows->addStretch(1);
    setWidget(content);
    QTimer::singleShot(0, this, &SheetWidget::revealFocus); // after the new grids are laid out
}

void SheetWidget::setPractice(PracticeSession* practice) {
    practice_ = practice;
    practice_->setShownDecimals(decimals_);
    for (MatrixPanel* p : panels_)
        p->setPractice(practice);
}

void SheetWidget::setDecimals(int decimals) {
    decimals_ = decimals;
    if (practice_) practice_->setShownDecimals(decimals);
    for (MatrixPanel* p : panels_)
        p->setDecimals(decimals);
}

void SheetWidget::setZoom(double factor) {
    zoom_ = factor;
    for (MatrixPanel* p : panels_)
        p->setZoom(factor);
    QTimer::singleShot(0, this, &SheetWidget::revealFocus); // the grids have moved
}

MatrixPanel* SheetWidget::panel(const QString& matrix) const {
    for (MatrixPanel* p : panels_)
        if (p->model()->matrixName() == matrix.toStdString()) return p;
    return nullptr;
}

QRect SheetWidget::areaOf(const MatrixPanel* p) const {
    return QRect(p->mapTo(widget(), QPoint(0, 0)), p->size());
}

MatrixPanel* SheetWidget::nearestPanel(const std::string& matrix, const MatrixPanel* to) const {
    MatrixPanel* best = nullptr;
    for (MatrixPanel* p : panels_)
        if (p->model()->matrixName() == matrix &&
            (!best || std::abs(areaOf(p).center().y() - areaOf(to).center().y()) <
                          std::abs(areaOf(best).center().y() - areaOf(to).center().y())))
            best = p;
    return best;
}

void SheetWidget::revealFocus() {
    const auto focus = session_->focusedCell();
    MatrixPanel* focused = focus ? panel(QString::fromStdString(focus->matrix)) : nullptr;
    if (!focused || !widget()) return;
    // The focused grid with its title, then as many of the step's other grids and of the grids
    // its inputs come from as fit on the screen with it.
    std::vector<std::string> wanted;
    for (int m : session_->trace().stages[static_cast<size_t>(session_->stage())].matrices)
        wanted.push_back(session_->trace().matrices[static_cast<size_t>(m)].name);
    if (const auto& provenance = session_->focusedProvenance()) {
        const std::string* previous = nullptr; // the inputs come matrix by matrix
        for (const CellRef& input : provenance->inputs) {
            if (previous && *previous == input.matrix) continue;
            previous = &input.matrix;
            if (std::find(wanted.begin(), wanted.end(), input.matrix) == wanted.end())
                wanted.push_back(input.matrix);
        }
    }
    constexpr int margin = 12;
    QRect area = areaOf(focused);
    for (const std::string& name : wanted) {
        const MatrixPanel* p = nearestPanel(name, focused);
        const QRect with = p ? area.united(areaOf(p)) : area;
        if (with.height() + 2 * margin <= viewport()->height()) area = with;
    }
    // The first row of grids with the heading above it (the sheet's top within reach).
    if (area.top() < viewport()->height() / 4 &&
        area.height() + area.top() + margin <= viewport()->height())
        area.setTop(0);
    ensureVisible(area.center().x(), area.center().y(), area.width() / 2 + margin,
                  area.height() / 2 + margin);
    focused->ensureCellVisible(focus->row, focus->column);
}

void SheetWidget::showEvent(QShowEvent* event) {
    QScrollArea::showEvent(event);
    QTimer::singleShot(0, this, &SheetWidget::revealFocus); // once the grids have their places
}

void SheetWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QScrollArea::changeEvent(event);
}

} // namespace backstep
