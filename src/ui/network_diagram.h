// SPDX-License-Identifier: MIT
// The network as neurons and links: a link's colour is the sign of its weight and its width
// the size; hovering shows the value, clicking a link or neuron focuses its cell in the sheet,
// and the focused cell of the sheet is outlined here.
#pragma once

#include "core/network.h"
#include "core/provenance.h"

#include <QWidget>

#include <optional>

namespace backstep {

class LessonSession;

class NetworkDiagram : public QWidget {
    Q_OBJECT
public:
    explicit NetworkDiagram(LessonSession* session, QWidget* parent = nullptr);

    void showLive(const Parameters& params); // while training
    // The cell a point of the widget stands for: a weight (link), a bias (neuron) or an input.
    std::optional<CellRef> cellAt(const QPointF& point) const;
    // Centre of unit `unit` of column `column` (0 = inputs, last = outputs).
    QPointF neuronPosition(int column, int unit) const;
    int drawnUnits(int column) const;

    QSize sizeHint() const override { return {420, 320}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    const Parameters& parameters() const;
    int columns() const;
    int units(int column) const;
    QString columnLabel(int column, int unit) const;

    LessonSession* session_;
    std::optional<Parameters> live_;
};

} // namespace backstep
