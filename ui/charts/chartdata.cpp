#include "ui/charts/chartdata.h"

#include <QLocale>

namespace holdline::ui {

using namespace Qt::StringLiterals;

QList<ChartMetric> ChartMetrics::all()
{
    return {
        {u"queue.answerRate"_s, tr("Answer rate"), true},
        {u"queue.abandonRate"_s, tr("Abandon rate"), true},
        {u"queue.averageWaitTime"_s, tr("Average wait"), false},
        {u"queue.callbacksOffered"_s, tr("Callbacks offered"), false},
        {u"queue.callbacksAccepted"_s, tr("Callbacks accepted"), false},
        {u"queue.offered"_s, tr("Contacts offered"), false},
    };
}

QStringList ChartMetrics::names()
{
    QStringList n;
    for (const ChartMetric &m : all())
        n.append(m.name);
    return n;
}

ChartMetric ChartMetrics::byName(const QString &name)
{
    for (const ChartMetric &m : all())
        if (m.name == name)
            return m;
    return {name, name, false};
}

QString ChartRange::label(Kind kind)
{
    switch (kind) {
    case LastHour: return tr("1 h");
    case LastDay: return tr("24 h");
    case LastWeek: return tr("7 d");
    }
    return {};
}

qint64 ChartRange::seconds(Kind kind)
{
    switch (kind) {
    case LastHour: return 3600;
    case LastDay: return 86'400;
    case LastWeek: return 7 * 86'400;
    }
    return 3600;
}

api::MetricsWindow ChartRange::window(Kind kind)
{
    return api::MetricsWindow::trailing(seconds(kind), kind == LastWeek ? 3600 : 300);
}

void ChartSeriesBuilder::reset(int expected)
{
    m_segments.clear();
    m_nulls.clear();
    for (const ChartMetric &m : ChartMetrics::all())
        m_segments[m.name].reserve(expected > 0 ? 4 : 0);
}

void ChartSeriesBuilder::add(const QList<api::MetricsRecord> &records, qsizetype from, qsizetype to)
{
    const QList<ChartMetric> metrics = ChartMetrics::all();
    for (const ChartMetric &m : metrics) {
        ChartSegments &segments = m_segments[m.name];
        int &nulls = m_nulls[m.name];
        for (qsizetype i = from; i < to && i < records.size(); ++i) {
            const api::MetricsRecord &r = records.at(i);
            const auto v = r.value(m.name);
            if (!v) { // nulls are a gap in the line, never a made-up zero
                ++nulls;
                continue;
            }
            // A lone empty bucket is bridged; a longer silence (a closed queue) shows.
            const bool open = !segments.isEmpty() && nulls < MinGapBuckets;
            nulls = 0;
            if (!open)
                segments.append(QList<QPointF>());
            segments.last().append(QPointF(double(r.intervalStart.toMSecsSinceEpoch()), m.percent ? *v * 100 : *v));
        }
    }
}

QList<QPointF> ChartSeriesBuilder::points(const QString &metric) const
{
    QList<QPointF> all;
    for (const QList<QPointF> &segment : m_segments.value(metric))
        all.append(segment);
    return all;
}

ChartSegments ChartSeriesBuilder::limitSegments(const ChartSegments &segments, int maxSegments)
{
    if (segments.size() <= maxSegments || maxSegments < 1)
        return segments;
    // Keep the (maxSegments - 1) widest gaps; bridge the others.
    QList<double> gaps;
    for (qsizetype i = 1; i < segments.size(); ++i)
        gaps.append(segments.at(i).first().x() - segments.at(i - 1).last().x());
    QList<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const double keep = maxSegments > 1 ? sorted.at(maxSegments - 2) : std::numeric_limits<double>::infinity();
    ChartSegments out{segments.first()};
    int kept = 0;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (gaps.at(i - 1) >= keep && kept < maxSegments - 1) {
            out.append(segments.at(i));
            ++kept;
        } else {
            out.last().append(segments.at(i));
        }
    }
    return out;
}

QList<QPointF> ChartSeriesBuilder::decimate(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 2)
        return points;
    return ChartDownsampler::minMaxPerColumn(points, points.first().x(), points.last().x(), maxPoints / 2);
}

QList<ChartMarker> markersFromHistory(const QList<history::HistoryEntry> &entries)
{
    QList<ChartMarker> markers;
    for (const history::HistoryEntry &e : entries) {
        if (!e.isAppliedChange())
            continue;
        const QDateTime t = e.changedAt();
        const bool rollback = e.is(history::Action::Rollback);
        const QString what = rollback ? ChartMetrics::tr("Rollback #%1").arg(e.id) : ChartMetrics::tr("Deploy #%1").arg(e.id);
        markers.append({t, e.id, rollback, what + u": "_s + e.message});
    }
    std::sort(markers.begin(), markers.end(),
              [](const ChartMarker &a, const ChartMarker &b) { return a.time < b.time; });
    return markers;
}

QHash<QString, std::optional<double>> summarize(const QList<api::MetricsRecord> &records)
{
    QHash<QString, std::optional<double>> out;
    for (const ChartMetric &m : ChartMetrics::all()) {
        double sum = 0;
        int n = 0;
        for (const api::MetricsRecord &r : records)
            if (const auto v = r.value(m.name)) {
                sum += *v;
                ++n;
            }
        out.insert(m.name, n ? std::optional<double>(sum / n) : std::nullopt);
    }
    return out;
}

QByteArray recordsToCsv(const QList<api::MetricsRecord> &records, const QStringList &metrics)
{
    QByteArray csv = "interval.start,queue.id";
    for (const QString &m : metrics)
        csv += ',' + m.toUtf8();
    csv += '\n';
    for (const api::MetricsRecord &r : records) {
        csv += r.intervalStart.toUTC().toString(Qt::ISODate).toUtf8() + ',' + r.queueId.toUtf8();
        for (const QString &m : metrics) {
            csv += ',';
            if (const auto v = r.value(m))
                csv += QByteArray::number(*v, 'g', 10);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace holdline::ui
