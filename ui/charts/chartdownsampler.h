#pragma once

#include <QList>
#include <QPointF>

namespace holdline::ui {

using ChartSegments = QList<QList<QPointF>>;

// Reduces a line to what a plot can show: the x range is cut into pixel
// columns and each column keeps only its lowest and its highest point, in time
// order. A spike stays a spike, and the drawn line covers the same pixels as
// the full one; a plot cannot show more than that anyway. Plain data: safe to
// run on a worker thread.
class ChartDownsampler
{
public:
    // At most 2 points per column. Points outside [xFrom, xTo] fall into the
    // first or the last column. Points must be in x order.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xFrom, double xTo, int columns);
    // The same for each segment, against the same columns (gaps stay gaps).
    static ChartSegments minMaxPerColumn(const ChartSegments &segments, double xFrom, double xTo, int columns);
};

} // namespace holdline::ui
