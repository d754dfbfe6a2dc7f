// SPDX-License-Identifier: MIT
// The network as neurons and links (render/network_picture.h): a link's colour is the sign of its
// weight and its width the size; hovering shows the value, clicking a link or neuron focuses its
// cell in the sheet, and the focused cell of the sheet is outlined here.
#pragma once

#include "core/network.h"
#include "core/provenance.h"
#include "render/network_picture.h"

#include <QWidget>

#include <optional>

namespace backstep {

class LessonSession;
class TrainingController;

class NetworkDiagram : public QWidget {
    Q_OBJECT
public:
    // Draws the weights `training` shows (live while training runs).
    NetworkDiagram(LessonSession* session, TrainingController* training, QWidget* parent = nullptr);

    // The cell a point of the widget stands for: a weight (link), a bias (neuron) or an input.
    std::optional<CellRef> cellAt(const QPointF& point) const;
    // Centre of unit `unit` of column `column` (0 = inputs, last = outputs).
    QPointF neuronPosition(int column, int unit) const;
    int drawnUnits(int column) const;
    // Where the label of a unit is drawn (empty when it is left out because units are dense).
    QRectF labelRect(int column, int unit) const;
    static constexpr double neuronRadius = NetworkPicture::neuronRadius;

    QSize sizeHint() const override { return {420, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    const Parameters& parameters() const;
    int columns() const;
    // The layout at the present size and font (render/network_picture.h draws it).
    NetworkPicture picture() const;

    LessonSession* session_;
    TrainingController* training_;
};

} // namespace backstep
