#pragma once

#include "ui/charts/chartdownsampler.h"

#include "api/analyticsclient.h"
#include "history/historyentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <optional>

namespace holdline::ui {

// What the charts plot, by analytics metric name, and how.
struct ChartMetric
{
    QString name;    // "queue.answerRate"
    QString label;   // translated
    bool percent;    // 0..1 shown as %
};

struct ChartMetrics
{
    Q_DECLARE_TR_FUNCTIONS(ChartMetrics)
public:
    static QList<ChartMetric> all();
    static QStringList names();
    static ChartMetric byName(const QString &name);
};

// A time range the charts offer, and how finely each is asked for.
struct ChartRange
{
    Q_DECLARE_TR_FUNCTIONS(ChartRange)
public:
    enum Kind { LastHour, LastDay, LastWeek };
    static QString label(Kind kind);
    static qint64 seconds(Kind kind);
    // Trailing now, in 5-minute buckets (hourly for the week).
    static api::MetricsWindow window(Kind kind);
};

// Per-metric points (x = ms since epoch, y = value as plotted), built from
// analytics records in slices so that months of 5-minute data never stall.
// A null (no contacts) ends a segment: the chart shows a gap, never a made-up line.
class ChartSeriesBuilder
{
public:
    static constexpr int MinGapBuckets = 3;

    void reset(int expected);
    // Adds records [from, to).
    void add(const QList<api::MetricsRecord> &records, qsizetype from, qsizetype to);
    const ChartSegments segments(const QString &metric) const { return m_segments.value(metric); }
    QList<QPointF> points(const QString &metric) const; // every segment, joined
    // At most maxPoints: ChartDownsampler over the points' own x extent, for a point budget rather than a width.
    static QList<QPointF> decimate(const QList<QPointF> &points, int maxPoints);
    // At most maxSegments: the shortest gaps are bridged first (a week's nights stay visible).
    static ChartSegments limitSegments(const ChartSegments &segments, int maxSegments);

private:
    QHash<QString, ChartSegments> m_segments;
    QHash<QString, int> m_nulls; // empty buckets since the metric's last value
};

// A deploy or rollback drawn on the time axis.
struct ChartMarker
{
    QDateTime time; // tenant time
    qint64 entryId = 0;
    bool rollback = false;
    QString text;

    friend bool operator==(const ChartMarker &, const ChartMarker &) = default;
};

// Completed deploys and rollbacks of the entries, placed at the tenant's own
// modification time (the sandbox's simulated clock), oldest first.
QList<ChartMarker> markersFromHistory(const QList<history::HistoryEntry> &entries);

// Mean of each metric over records (summaries), for the before/after deltas.
QHash<QString, std::optional<double>> summarize(const QList<api::MetricsRecord> &records);

// The records as CSV: one row per bucket, one column per metric; empty cells are nulls.
QByteArray recordsToCsv(const QList<api::MetricsRecord> &records, const QStringList &metrics);

} // namespace holdline::ui
