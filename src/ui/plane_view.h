// SPDX-License-Identifier: MIT
// One 2-D panel: a heat map and/or coloured dots behind the samples, each sample a disc in
// its class colour (test samples hollow), in data coordinates with a frame and axis labels.
#pragma once

#include "models/space_pictures.h"

#include <QWidget>

namespace backstep {

class PlaneView : public QWidget {
    Q_OBJECT
public:
    explicit PlaneView(QWidget* parent = nullptr);

    void setTitle(const QString& title) { title_ = title; update(); }
    void setAxisLabels(const QString& x, const QString& y);
    void setBounds(const PlaneBounds& bounds) { bounds_ = bounds; update(); }
    const PlaneBounds& bounds() const { return bounds_; }
    // A picture covering the bounds (row 0 at the top), or a null image for none.
    void setBackground(const QImage& image) { background_ = image; update(); }
    void setBackgroundDots(QVector<PlanePoint> dots) { dots_ = std::move(dots); update(); }
    void setSamples(QVector<PlanePoint> samples) { samples_ = std::move(samples); update(); }
    // Shown instead of the plot (e.g. "needs two inputs"); empty to plot.
    void setMessage(const QString& message) { message_ = message; update(); }

    QRectF plotRect() const;
    QPointF toWidget(double x, double y) const;

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString title_, xLabel_, yLabel_, message_;
    PlaneBounds bounds_;
    QImage background_;
    QVector<PlanePoint> dots_, samples_;
};

} // namespace backstep
