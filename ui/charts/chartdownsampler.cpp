#include "ui/charts/chartdownsampler.h"

#include <algorithm>

namespace holdline::ui {

QList<QPointF> ChartDownsampler::minMaxPerColumn(const QList<QPointF> &points, double xFrom, double xTo, int columns)
{
    if (columns < 1 || points.size() <= 2 * qsizetype(columns) || !(xTo > xFrom))
        return points;
    const double perColumn = (xTo - xFrom) / columns;
    const auto columnOf = [&](double x) {
        return std::clamp(int((x - xFrom) / perColumn), 0, columns - 1);
    };
    QList<QPointF> out;
    out.reserve(std::min(points.size(), 2 * qsizetype(columns)));
    qsizetype i = 0;
    while (i < points.size()) {
        const int column = columnOf(points.at(i).x());
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < points.size() && columnOf(points.at(j).x()) == column; ++j) {
            if (points.at(j).y() < points.at(lo).y())
                lo = j;
            if (points.at(j).y() > points.at(hi).y())
                hi = j;
        }
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
        i = j;
    }
    return out;
}

ChartSegments ChartDownsampler::minMaxPerColumn(const ChartSegments &segments, double xFrom, double xTo, int columns)
{
    ChartSegments out;
    out.reserve(segments.size());
    for (const QList<QPointF> &s : segments)
        out.append(minMaxPerColumn(s, xFrom, xTo, columns));
    return out;
}

} // namespace holdline::ui
