#pragma once

#include "chartdata.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

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
    ~ChartBuildJob() override;

    // The work itself, on any thread: x is ms since the epoch, columns the plot's width in pixels.
    static ChartLines build(const QList<api::MetricsRecord> &records, double xFrom, double xTo, int columns,
                            const std::atomic_bool *cancel = nullptr);

    void start(const QList<api::MetricsRecord> &records, const QDateTime &from, const QDateTime &to, int columns);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const holdline::ui::ChartLines &lines);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace holdline::ui
