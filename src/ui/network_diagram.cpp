// SPDX-License-Identifier: MIT
#include "network_diagram.h"

#include "models/lesson_session.h"
#include "models/space_pictures.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace backstep {

namespace {
constexpr int maxDrawnUnits = 12;
constexpr double radius = NetworkDiagram::neuronRadius;

double distanceToSegment(const QPointF& p, const QPointF& a, const QPointF& b) {
    const QPointF ab = b - a, ap = p - a;
    const double t = std::clamp(
        QPointF::dotProduct(ap, ab) / std::max(QPointF::dotProduct(ab, ab), 1e-9), 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}
} // namespace

NetworkDiagram::NetworkDiagram(LessonSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("networkDiagram"));
    setMouseTracking(true);
    setMinimumSize(240, 200);
    const auto redraw = [this] {
        live_.reset();
        update();
    };
    connect(session_, &LessonSession::traceChanged, this, redraw);
    connect(session_, &LessonSession::lessonChanged, this, redraw);
    connect(session_, &LessonSession::focusChanged, this, qOverload<>(&QWidget::update));
}

void NetworkDiagram::showLive(const Parameters& params) {
    live_ = params;
    update();
}

const Parameters& NetworkDiagram::parameters() const {
    return live_ ? *live_ : session_->trainer().parameters();
}
int NetworkDiagram::columns() const {
    return session_->hasLesson() ? session_->trainer().network().layerCount() + 1 : 0;
}

int NetworkDiagram::units(int column) const {
    const NetworkSpec& net = session_->trainer().network();
    return column == 0 ? net.inputs : net.fanOut(column - 1);
}

int NetworkDiagram::drawnUnits(int column) const {
    return std::min(units(column), maxDrawnUnits);
}

QString NetworkDiagram::columnLabel(int column, int unit) const {
    const Dataset& d = session_->trainer().data();
    if (column == 0) return QString::fromStdString(d.featureNames[static_cast<size_t>(unit)]);
    if (column == columns() - 1)
        return QString::fromStdString(d.targetNames[static_cast<size_t>(unit)]);
    return QString::fromStdString(hiddenUnitLabel(column - 1, unit));
}

QPointF NetworkDiagram::neuronPosition(int column, int unit) const {
    // room above for a label, and below for "+N more" when not every unit is drawn
    const double left = 60, right = width() - 60, top = 30;
    const double bottom = height() - (units(column) > drawnUnits(column) ? 42 : 24);
    const double x =
        columns() > 1 ? left + (right - left) * column / (columns() - 1) : width() / 2.0;
    const int n = drawnUnits(column);
    const double y = n > 1 ? top + (bottom - top) * unit / (n - 1) : (top + bottom) / 2;
    return {x, y};
}

std::optional<CellRef> NetworkDiagram::cellAt(const QPointF& p) const {
    if (!session_->hasLesson()) return std::nullopt;
    const int count = columns() - 1; // weight layers
    for (int c = 0; c <= count; ++c)
        for (int u = 0; u < drawnUnits(c); ++u)
            if (std::hypot(p.x() - neuronPosition(c, u).x(), p.y() - neuronPosition(c, u).y()) <=
                radius)
                return c == 0 ? CellRef{"X", 0, u}
                              : CellRef{traceName(MatrixRole::Bias, c - 1, count), 0, u};
    for (int l = 0; l < count; ++l)
        for (int i = 0; i < drawnUnits(l); ++i)
            for (int j = 0; j < drawnUnits(l + 1); ++j)
                if (distanceToSegment(p, neuronPosition(l, i), neuronPosition(l + 1, j)) <= 3.5)
                    return CellRef{traceName(MatrixRole::Weights, l, count), i, j};
    return std::nullopt;
}

NetworkDiagram::LabelPlace NetworkDiagram::labelPlace(int column, int unit,
                                                      const QString& label) const {
    // Inputs left of their circles, outputs right of them, hidden units above them when there
    // is room between the rows, else inside the circle in a font small enough to fit, else
    // (very dense) every k-th beside it; labels never overlap the circles or each other.
    LabelPlace place;
    place.font = font();
    const QFontMetricsF fm(place.font);
    const QPointF at = neuronPosition(column, unit);
    const int n = drawnUnits(column);
    const double pitch =
        n > 1 ? neuronPosition(column, 1).y() - neuronPosition(column, 0).y() : 1e9;
    const double line = fm.height();
    const bool side = column == 0 || column == columns() - 1;
    if (side) {
        const int every = std::max(1, static_cast<int>(std::ceil((line + 1) / pitch)));
        if (unit % every != 0) return place;
        const double w = 46;
        place.rect = QRectF(column == 0 ? at.x() - radius - 4 - w : at.x() + radius + 4,
                            at.y() - line / 2, w, line);
        place.alignment = (column == 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        return place;
    }
    if (pitch >= 2 * radius + line + 2) { // above the circle, below the one above
        place.rect = QRectF(at.x() - 28, at.y() - radius - line - 1, 56, line);
        place.alignment = Qt::AlignHCenter | Qt::AlignBottom;
        return place;
    }
    const double inner = 2 * radius * 0.8; // the square inside the circle, a little less
    for (double points = place.font.pointSizeF(); points >= 5.5; points -= 0.5) {
        place.font.setPointSizeF(points);
        const QFontMetricsF small(place.font);
        if (small.horizontalAdvance(label) <= inner && small.height() <= 2 * radius - 2) {
            place.rect =
                QRectF(at.x() - radius, at.y() - small.height() / 2, 2 * radius, small.height());
            place.alignment = Qt::AlignCenter;
            return place;
        }
    }
    place.font = font();
    const int every = std::max(1, static_cast<int>(std::ceil((line + 1) / pitch)));
    if (unit % every != 0) return place;
    place.rect = QRectF(at.x() - radius - 4 - 46, at.y() - line / 2, 46, line);
    place.alignment = Qt::AlignRight | Qt::AlignVCenter;
    return place;
}

QRectF NetworkDiagram::labelRect(int column, int unit) const {
    return labelPlace(column, unit, columnLabel(column, unit)).rect;
}

void NetworkDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (!session_->hasLesson()) return;
    p.setRenderHint(QPainter::Antialiasing);
    const Parameters& params = parameters();
    const int count = columns() - 1;
    double largest = 1e-12;
    for (const Layer& layer : params.layers)
        largest = std::max(largest, layer.weights.cwiseAbs().maxCoeff());
    // which link or neuron the sheet's focused cell is
    std::optional<CellRef> focus = session_->focusedCell();
    int focusLayer = -1;
    bool focusIsBias = false;
    if (focus) {
        const TraceMatrix* m = session_->trace().find(focus->matrix);
        if (m && (m->role == MatrixRole::Weights || m->role == MatrixRole::WeightsUpdated))
            focusLayer = m->layer;
        else if (m && (m->role == MatrixRole::Bias || m->role == MatrixRole::BiasUpdated)) {
            focusLayer = m->layer;
            focusIsBias = true;
        }
    }
    for (int l = 0; l < count; ++l) {
        const Matrix& W = params.layers[static_cast<size_t>(l)].weights;
        for (int i = 0; i < drawnUnits(l); ++i)
            for (int j = 0; j < drawnUnits(l + 1); ++j) {
                const double w = W(i, j);
                const bool focused =
                    !focusIsBias && focusLayer == l && focus->row == i && focus->column == j;
                if (focused) {
                    p.setPen(QPen(QColor(0xFF, 0xD4, 0x00), 2.0 + 5.0 * std::abs(w) / largest + 4,
                                  Qt::SolidLine, Qt::RoundCap));
                    p.drawLine(neuronPosition(l, i), neuronPosition(l + 1, j));
                }
                QColor colour = w >= 0 ? classColour(0) : QColor(0xC0, 0x39, 0x2B);
                colour.setAlphaF(0.35f + 0.65f * static_cast<float>(std::abs(w) / largest));
                p.setPen(QPen(colour, 0.5 + 5.0 * std::abs(w) / largest,
                              w >= 0 ? Qt::SolidLine : Qt::DashLine));
                p.drawLine(neuronPosition(l, i), neuronPosition(l + 1, j));
            }
    }
    for (int c = 0; c <= count; ++c) {
        for (int u = 0; u < drawnUnits(c); ++u) {
            const QPointF at = neuronPosition(c, u);
            const bool focused = focusIsBias && focusLayer == c - 1 && focus->column == u;
            p.setPen(QPen(focused ? QColor(0x20, 0x20, 0x20) : QColor(0x55, 0x55, 0x55),
                          focused ? 3 : 1));
            p.setBrush(focused ? QColor(0xFF, 0xD4, 0x00)
                               : (c == 0 ? QColor(0xEE, 0xEE, 0xEE) : QColor(0xFF, 0xF8, 0xE1)));
            p.drawEllipse(at, radius, radius);
            p.setPen(Qt::black);
            const QString label = columnLabel(c, u);
            const LabelPlace place = labelPlace(c, u, label);
            if (place.rect.isEmpty()) continue;
            p.setFont(place.font);
            p.drawText(place.rect, place.alignment, label);
            p.setFont(font());
        }
        if (units(c) > drawnUnits(c))
            p.drawText(QRectF(neuronPosition(c, 0).x() - 30, height() - 16, 60, 14),
                       Qt::AlignCenter, tr("+%1 more").arg(units(c) - drawnUnits(c)));
    }
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
