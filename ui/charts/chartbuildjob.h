#pragma once

#include "ui/charts/chartdata.h"

#include "common/latestjob.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <atomic>

namespace holdline::ui {

// One metric's line: what the plot draws (at most two points per pixel
// column) and every point, for the values under the mouse.
struct ChartLine
{
    ChartSegments plotted;
    QList<QPointF> full;
};
using ChartLines = QHash<QString, ChartLine>; // by metric name

// Turns analytics records into chart lines on a worker thread: 90 days of
// 5-minute data are 26k records, too many to walk on the GUI thread in one
// turn. A new start() supersedes the running build, whose result is dropped.
class ChartBuildJob : public QObject
{
    Q_OBJECT
public:
    explicit ChartBuildJob(QObject *parent = nullptr);

    // The work itself, on any thread: x is ms since the epoch, columns the plot's width in pixels.
    static ChartLines build(const QList<api::MetricsRecord> &records, double xFrom, double xTo, int columns,
                            const std::atomic_bool *cancel = nullptr);

    void start(const QList<api::MetricsRecord> &records, const QDateTime &from, const QDateTime &to, int columns);
    bool isRunning() const { return m_job.isRunning(); }

Q_SIGNALS:
    void finished(const holdline::ui::ChartLines &lines);

private:
    LatestJob m_job;
};

} // namespace holdline::ui
