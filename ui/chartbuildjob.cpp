#include "chartbuildjob.h"

#include "chartdownsampler.h"

#include <QMetaObject>
#include <QRunnable>

namespace holdline::ui {

ChartBuildJob::ChartBuildJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // a superseded build gives way at its next slice
}

ChartBuildJob::~ChartBuildJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone(); // the runnable posts to `this`: it must not outlive it
}

ChartLines ChartBuildJob::build(const QList<api::MetricsRecord> &records, double xFrom, double xTo, int columns,
                                const std::atomic_bool *cancel)
{
    constexpr qsizetype Slice = 4096;
    ChartSeriesBuilder builder;
    builder.reset(int(records.size()));
    for (qsizetype from = 0; from < records.size(); from += Slice) {
        if (cancel && cancel->load())
            return {};
        builder.add(records, from, std::min(from + Slice, records.size()));
    }
    ChartLines lines;
    for (const ChartMetric &m : ChartMetrics::all()) {
        ChartLine &line = lines[m.name];
        line.full = builder.points(m.name);
        line.plotted = ChartDownsampler::minMaxPerColumn(builder.segments(m.name), xFrom, xTo, columns);
    }
    return lines;
}

void ChartBuildJob::start(const QList<api::MetricsRecord> &records, const QDateTime &from, const QDateTime &to,
                          int columns)
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_running = true;
    // The records are implicitly shared and only read here, never written, while the build runs.
    const double xFrom = double(from.toMSecsSinceEpoch());
    const double xTo = double(to.toMSecsSinceEpoch());
    m_pool.start(QRunnable::create([this, records, xFrom, xTo, columns, cancel, generation] {
        auto lines = std::make_shared<ChartLines>(build(records, xFrom, xTo, columns, cancel.get()));
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, lines, generation] {
                if (generation != m_generation)
                    return; // superseded meanwhile
                m_running = false;
                Q_EMIT finished(*lines);
            },
            Qt::QueuedConnection);
    }));
}

} // namespace holdline::ui
