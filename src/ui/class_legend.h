// SPDX-License-Identifier: MIT
// A one-line legend under the 2-D views: a small swatch (or colour scale) and a text for each
// colour the samples are drawn in (models/sample_legend.h).
#pragma once

#include "models/sample_legend.h"

#include <QStringList>
#include <QWidget>

namespace backstep {

class ClassLegend : public QWidget {
    Q_OBJECT
public:
    explicit ClassLegend(QWidget* parent = nullptr);

    void setEntries(QVector<LegendEntry> entries);
    QStringList texts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVector<LegendEntry> entries_;
};

} // namespace backstep
