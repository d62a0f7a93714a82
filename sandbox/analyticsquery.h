#pragma once

#include "sandbox/queuevalidator.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace holdline::sandbox {

// The body of POST /api/v2/analytics/queues/summary/query (CONTRACT.md §3),
// parsed and resolved against the simulated clock. Windows are whole
// 5-minute simulation buckets: a bucket belongs to a window when its start
// lies in [startSecs, endSecs). A trailing duration D ends with the current
// (still filling) bucket: end = the next 5-minute boundary after now.
struct AnalyticsQuery
{
    qint64 startSecs = 0;
    qint64 endSecs = 0;
    std::optional<qint64> granularitySecs;  // one record per bucket of this size
    bool groupByQueue = false;              // false: one record for all matched queues
    QStringList select;                     // metric names, in the order asked
    std::optional<QStringList> whereIds;    // nothing: every queue
    int size = 100;
    QString continuationToken;

    static constexpr qint64 BucketSecs = 300;
    static constexpr qint64 MaxSpanSecs = 31 * 86400;

    // Every metric a record may hold besides queue.id and interval.start.
    static const QStringList &metricNames();

    // Nothing on error, with the errors filled.
    static std::optional<AnalyticsQuery> parse(const QJsonObject &body, qint64 simulatedNowSecs, FieldErrors *errors);
};

// ISO-8601 duration in weeks, days, hours, minutes, seconds ("PT5M", "P1D",
// "P1DT12H"); years and months are refused as ambiguous. Whole seconds > 0.
std::optional<qint64> parseIsoDuration(const QString &text);
// "2026-11-25T08:00:00Z" (UTC designator required: Z or +00:00).
std::optional<qint64> parseUtcTimestamp(const QString &text);
// "queue.id eq 'a'" or "queue.id in ('a', 'b')"; ids follow the queue-id rule.
std::optional<QStringList> parseWhere(const QString &text);

} // namespace holdline::sandbox
