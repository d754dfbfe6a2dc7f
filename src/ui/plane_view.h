// SPDX-License-Identifier: MIT
// One 2-D panel: a heat map and/or coloured dots behind the samples, each sample a disc in
// its class colour (test samples hollow), in data coordinates with a frame and axis labels.
// Painted by render/plane_panel.h (which the animations share). What lies inside the frame is
// kept as one image (render/plane_layer.h), drawn again only when the picture or the size
// changes, or handed over ready-made by a worker.
#pragma once

#include "models/space_pictures.h"

#include <QFontMetrics>
#include <QWidget>

#include <functional>
#include <utility>

namespace backstep {

class PlaneView : public QWidget {
    Q_OBJECT
public:
    explicit PlaneView(QWidget* parent = nullptr);

    void setTitle(const QString& title) {
        title_ = title;
        update();
    }
    void setAxisLabels(const QString& x, const QString& y);
    void setBounds(const PlaneBounds& bounds);
    const PlaneBounds& bounds() const { return picture_.bounds; }
    // A picture covering the bounds (row 0 at the top), or a null image for none.
    void setBackground(const QImage& image);
    void setBackgroundDots(QVector<PlanePoint> dots);
    void setSamples(QVector<PlanePoint> samples);
    // Shown instead of the plot (e.g. "needs two inputs"); empty to plot.
    void setMessage(const QString& message);
    // All of the above at once, with the plot already rendered for plotSize() (or null).
    void setPicture(PlanePicture picture, QImage layer = {});
    const PlanePicture& picture() const { return picture_; }

    // The plot's widest (and tallest) width-to-height ratio: it grows with its panel.
    static constexpr double maxAspect = 1.75;
    QRectF plotRect() const;
    QPointF toWidget(double x, double y) const;
    // The plot's size and pixel ratio, for rendering the layer elsewhere.
    QSize plotSize() const { return plotRect().size().toSize(); }

    // The texts of the tick values at the two ends of an axis `length` pixels long: three
    // significant digits, fewer if they would otherwise not fit side by side with a gap.
    static std::pair<QString, QString> tickTexts(double low, double high, double length,
                                                 const QFontMetrics& fm);

    // Hover information: the sample whose disc is under `at` (its row among the picture's
    // samples, training then test), or -1; and the tooltip there: the sample's number, its
    // coordinates in this plane and what `describer` says of its row (target, prediction).
    int sampleAt(const QPointF& at) const;
    QString toolTipAt(const QPointF& at) const;
    void setSampleDescriber(std::function<QString(int row)> describer, int trainingSamples);

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    bool event(QEvent* event) override; // tooltips over samples
    void paintEvent(QPaintEvent* event) override;

private:
    void pictureChanged();

    QString title_, xLabel_, yLabel_;
    PlanePicture picture_;
    QImage layer_; // the plot's inside; null when it must be drawn again
    std::function<QString(int)> describer_;
    int trainingSamples_ = 0;
};

} // namespace backstep
