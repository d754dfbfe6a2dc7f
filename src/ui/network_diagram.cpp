// SPDX-License-Identifier: MIT
#include "network_diagram.h"

#include "models/lesson_session.h"
#include "models/training_controller.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
constexpr double radius = NetworkDiagram::neuronRadius;

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF ab = b - a, ap = p - a;
    const double t = std::clamp(
        QPointF::dotProduct(ap, ab) / std::max(QPointF::dotProduct(ab, ab), 1e-9), 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}
} // namespace

NetworkDiagram::NetworkDiagram(LessonSession* session, TrainingController* training,
                               QWidget* parent)
    : QWidget(parent), session_(session), training_(training) {
    setObjectName(QStringLiteral("networkDiagram"));
    setMouseTracking(true);
    setMinimumSize(240, 200);
    const auto redraw = qOverload<>(&QWidget::update);
    connect(session_, &LessonSession::traceChanged, this, redraw);
    connect(session_, &LessonSession::lessonChanged, this, redraw);
    connect(training_, &TrainingController::liveParametersChanged, this, redraw);
    connect(session_, &LessonSession::focusChanged, this, qOverload<>(&QWidget::update));
}

const Parameters& NetworkDiagram::parameters() const {
    return training_->shownParameters();
}

NetworkPicture NetworkDiagram::picture() const {
    const Dataset& d = training_->trainingData();
    return NetworkPicture(training_->network(), NetworkPicture::drawnNames(d.featureNames),
                          NetworkPicture::drawnNames(d.targetNames), size(), font());
}

int NetworkDiagram::columns() const {
    return session_->hasLesson() ? training_->network().layerCount() + 1 : 0;
}

int NetworkDiagram::drawnUnits(int column) const {
    return picture().drawnUnits(column);
}

QPointF NetworkDiagram::neuronPosition(int column, int unit) const {
    return picture().neuronPosition(column, unit);
}

std::optional<CellRef> NetworkDiagram::cellAt(const QPointF& p) const {
    if (!session_->hasLesson()) return std::nullopt;
    const NetworkPicture pic = picture();
    const int count = columns() - 1; // weight layers
    for (int c = 0; c <= count; ++c)
        for (int u = 0; u < pic.drawnUnits(c); ++u)
            if (std::hypot(p.x() - pic.neuronPosition(c, u).x(),
                           p.y() - pic.neuronPosition(c, u).y()) <= radius)
                return c == 0 ? CellRef{"X", 0, u}
                              : CellRef{traceName(MatrixRole::Bias, c - 1, count), 0, u};
    for (int l = 0; l < count; ++l)
        for (int i = 0; i < pic.drawnUnits(l); ++i)
            for (int j = 0; j < pic.drawnUnits(l + 1); ++j)
                if (distanceToSegment(p, pic.neuronPosition(l, i), pic.neuronPosition(l + 1, j)) <=
                    3.5)
                    return CellRef{traceName(MatrixRole::Weights, l, count), i, j};
    return std::nullopt;
}

QRectF NetworkDiagram::labelRect(int column, int unit) const {
    return picture().labelPlace(column, unit).rect;
}

void NetworkDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!session_->hasLesson()) return;
    // which link or neuron the sheet's focused cell is
    NetworkPicture::Highlight highlight;
    if (const std::optional<CellRef> focus = session_->focusedCell()) {
        const TraceMatrix* m = session_->trace().find(focus->matrix);
        if (m && (m->role == MatrixRole::Weights || m->role == MatrixRole::WeightsUpdated))
            highlight = {m->layer, false, focus->row, focus->column};
        else if (m && (m->role == MatrixRole::Bias || m->role == MatrixRole::BiasUpdated))
            highlight = {m->layer, true, focus->row, focus->column};
    }
    picture().paint(p, parameters(), highlight, tr("+%1 more"));
}

void NetworkDiagram::mouseMoveEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position());
    if (!cell) {
        QToolTip::hideText();
        return;
    }
    const TraceMatrix* m = session_->trace().find(cell->matrix);
    double value = 0;
    if (m && m->role == MatrixRole::Input)
        value = m->values(cell->row, cell->column);
    else if (m)
        value = (m->role == MatrixRole::Bias
                     ? parameters().layers[static_cast<size_t>(m->layer)].bias
                     : parameters().layers[static_cast<size_t>(m->layer)].weights)(cell->row,
                                                                                   cell->column);
    QToolTip::showText(event->globalPosition().toPoint(),
                       QStringLiteral("%1[%2,%3] = %4")
                           .arg(QString::fromStdString(cell->matrix))
                           .arg(cell->row + 1)
                           .arg(cell->column + 1)
                           .arg(value, 0, 'g', 8),
                       this);
}

void NetworkDiagram::mousePressEvent(QMouseEvent* event) {
    const auto cell = cellAt(event->position());
    if (!cell) return;
    const int index = session_->trace().indexOf(cell->matrix);
    if (index >= 0 && !session_->isRevealed(index, cell->row, cell->column))
        session_->goToStage(session_->stageOfMatrix(index)); // show the weights first
    session_->setFocusedCell(*cell);
}

} // namespace backstep
