#include "chartdata.h"

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

QString ChartRange::interval(Kind kind)
{
    switch (kind) {
    case LastHour: return u"PT1H"_s;
    case LastDay: return u"P1D"_s;
    case LastWeek: return u"P7D"_s;
    }
    return u"PT1H"_s;
}

QString ChartRange::granularity(Kind kind)
{
    return kind == LastWeek ? u"PT1H"_s : u"PT5M"_s;
}

void ChartSeriesBuilder::reset(int expected)
{
    m_points.clear();
    for (const ChartMetric &m : ChartMetrics::all())
        m_points[m.name].reserve(expected);
}

void ChartSeriesBuilder::add(const QList<api::MetricsRecord> &records, qsizetype from, qsizetype to)
{
    const QList<ChartMetric> metrics = ChartMetrics::all();
    for (qsizetype i = from; i < to && i < records.size(); ++i) {
        const api::MetricsRecord &r = records.at(i);
        const double x = double(r.intervalStart.toMSecsSinceEpoch());
        for (const ChartMetric &m : metrics) {
            const auto v = r.value(m.name);
            if (v) // a null is a gap in the line, never a made-up zero
                m_points[m.name].append(QPointF(x, m.percent ? *v * 100 : *v));
        }
    }
}

QList<QPointF> ChartSeriesBuilder::decimate(const QList<QPointF> &points, int maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 4)
        return points;
    const qsizetype slices = maxPoints / 2;
    const double per = double(points.size()) / double(slices);
    QList<QPointF> out;
    out.reserve(maxPoints);
    for (qsizetype s = 0; s < slices; ++s) {
        const auto begin = qsizetype(double(s) * per);
        const auto end = std::min(points.size(), qsizetype(double(s + 1) * per));
        if (begin >= end)
            continue;
        qsizetype lo = begin, hi = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (points.at(i).y() < points.at(lo).y())
                lo = i;
            if (points.at(i).y() > points.at(hi).y())
                hi = i;
        }
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
    }
    return out;
}

QList<ChartMarker> markersFromHistory(const QList<history::HistoryEntry> &entries)
{
    QList<ChartMarker> markers;
    for (const history::HistoryEntry &e : entries) {
        if ((e.action != "deploy"_L1 && e.action != "rollback"_L1) || e.status != "completed"_L1)
            continue;
        QDateTime t = QDateTime::fromString(e.queueAfter.value("dateModified"_L1).toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            t = e.time;
        const bool rollback = e.action == "rollback"_L1;
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
