#pragma once

#include "chartdata.h"

#include <QChartView>
#include <QDateTime>
#include <QHash>

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

    TimeChart(const QList<ChartMetric> &left, const QString &leftTitle, const QList<ChartMetric> &right,
              const QString &rightTitle, QWidget *parent = nullptr);

    void setTimeRange(const QDateTime &from, const QDateTime &to);
    // Each segment is drawn as its own line: a gap between them stays a gap.
    void setSegments(const QString &metric, const ChartSegments &segments);
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const { return int(m_markerSeries.size()); }
    QLineSeries *series(const QString &metric) const { return m_series.value(metric); }

Q_SIGNALS:
    void hovered(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSeries(const ChartMetric &metric, QValueAxis *axis);
    void applyPalette();
    void fitAxes();
    void redrawMarkers();

    QDateTimeAxis *m_time;
    QValueAxis *m_left;
    QValueAxis *m_right = nullptr;
    QHash<QString, QLineSeries *> m_series;      // the first segment, named in the legend
    QHash<QString, QList<QLineSeries *>> m_more; // the segments after gaps, same pen
    QHash<QString, ChartMetric> m_metrics;
    QList<ChartMarker> m_markers;
    QList<QLineSeries *> m_markerSeries;
    bool m_leftIsPercent = false;
};

} // namespace holdline::ui
