#include "ui/charts/chartbuildjob.h"

#include "ui/charts/chartdownsampler.h"

namespace holdline::ui {

ChartBuildJob::ChartBuildJob(QObject *parent)
    : QObject(parent)
{
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
    // The records are implicitly shared and only read here, never written, while the build runs.
    const double xFrom = double(from.toMSecsSinceEpoch());
    const double xTo = double(to.toMSecsSinceEpoch());
    m_job.start([records, xFrom, xTo, columns](const std::atomic_bool &cancel) {
                    return build(records, xFrom, xTo, columns, &cancel);
                },
                [this](const ChartLines &lines) { Q_EMIT finished(lines); });
}

} // namespace holdline::ui
