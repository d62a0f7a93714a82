#pragma once

#include "ui/charts/chartbuildjob.h"
#include "ui/charts/chartdata.h"

#include <QChartView>
#include <QDateTime>
#include <QHash>

#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace holdline::ui {

// A time chart of some metrics on a left axis and others on a right one, with
// vertical deploy/rollback markers and the value under the mouse. Colours come
// from the system palette; only the markers have fixed status colours.
class TimeChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int MaxSegments = 8;
    // Lines are sampled every 2 px: the pen is 2 px wide, finer columns draw nothing new.
    static constexpr int PixelsPerColumn = 2;

    TimeChart(const QList<ChartMetric> &left, const QString &leftTitle, const QList<ChartMetric> &right,
              const QString &rightTitle, QWidget *parent = nullptr);

    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // The lines of this chart's metrics (others are ignored), then the axes fit once.
    // Each segment is drawn as its own line: a gap between them stays a gap.
    void setLines(const ChartLines &lines);
    // The same in steps, for the caller to spread over turns of the event
    // loop: first every line emptied and the axes fitted, then line by line.
    void prepareLines(const ChartLines &lines);
    void showLine(const QString &metric, const ChartLine &line);
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const { return int(m_markerSeries.size()); }
    // The marker's line, for tests and for hovering.
    QLineSeries *markerSeries(int i) const { return m_markerSeries.value(i); }
    QLineSeries *series(const QString &metric) const { return m_series.value(metric); }
    QDateTimeAxis *timeAxis() const { return m_time; }
    QList<QString> metrics() const { return m_metrics.keys(); }
    // How many columns the plot has: what the lines are downsampled to.
    int plotColumns() const;

    // The full-resolution point of the metric nearest to time x (ms since the
    // epoch), and what hovering there says.
    std::optional<QPointF> valueAt(const QString &metric, double x) const;
    QString hoverText(const QString &metric, double x) const;

Q_SIGNALS:
    void hovered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addSeries(const ChartMetric &metric, QValueAxis *axis);
    void setSegments(const QString &metric, const ChartSegments &segments);
    QPen linePen(const QString &metric) const;
    void applyPalette();
    void fitAxes(const ChartLines &lines);
    void redrawMarkers();
    void stretchMarkers();

    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QHash<QString, QLineSeries *> m_series;      // the first segment, named in the legend
    QHash<QString, QList<QLineSeries *>> m_more; // the segments after gaps, same pen
    QHash<QString, ChartMetric> m_metrics;
    QHash<QString, QValueAxis *> m_axisOf;
    QHash<QString, QColor> m_colours;            // the theme's, per metric
    QHash<QString, bool> m_dense;                // more points than pixel columns
    QHash<QString, QList<QPointF>> m_full;       // every point, for hover values
    QList<ChartMarker> m_markers;
    QList<QLineSeries *> m_markerSeries;
    bool m_leftIsPercent = false;
    bool m_dark = false;
};

} // namespace holdline::ui
