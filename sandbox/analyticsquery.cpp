#include "sandbox/analyticsquery.h"

#include "sandbox/queuestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

const QStringList &AnalyticsQuery::metricNames()
{
    // CONTRACT.md §3's table; the values come from sim::MetricsWindow.
    static const QStringList names{
        u"queue.offered"_s, u"queue.answered"_s, u"queue.answerRate"_s, u"queue.abandonCount"_s,
        u"queue.abandonRate"_s, u"queue.averageWaitTime"_s, u"queue.serviceLevel"_s, u"queue.maxHoldExits"_s,
        u"queue.averageHandleTime"_s, u"queue.agentsStaffed"_s, u"queue.callbacksOffered"_s,
        u"queue.callbacksAccepted"_s, u"queue.callbacksCompleted"_s, u"queue.callbackConversionRate"_s,
    };
    return names;
}

std::optional<qint64> parseIsoDuration(const QString &text)
{
    static const QRegularExpression re(
        u"^P(?:(\\d{1,6})W)?(?:(\\d{1,6})D)?(?:T(?:(\\d{1,7})H)?(?:(\\d{1,9})M)?(?:(\\d{1,10})S)?)?$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch() || text == u"P"_s || text.endsWith(u'T'))
        return std::nullopt;
    const qint64 secs = m.captured(1).toLongLong() * 7 * 86400 + m.captured(2).toLongLong() * 86400
                        + m.captured(3).toLongLong() * 3600 + m.captured(4).toLongLong() * 60
                        + m.captured(5).toLongLong();
    if (secs <= 0)
        return std::nullopt;
    return secs;
}

std::optional<qint64> parseUtcTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    if (!(t.endsWith(u'Z') || t.endsWith(u"+00:00"_s)))
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toSecsSinceEpoch();
}

std::optional<QStringList> parseWhere(const QString &text)
{
    static const QRegularExpression eq(u"^\\s*queue\\.id\\s+eq\\s+'([^']*)'\\s*$"_s);
    static const QRegularExpression in(u"^\\s*queue\\.id\\s+in\\s*\\(([^)]*)\\)\\s*$"_s);
    static const QRegularExpression item(u"^\\s*'([^']*)'\\s*$"_s);
    if (text.size() > 100000)
        return std::nullopt;
    QStringList ids;
    if (const auto m = eq.match(text); m.hasMatch()) {
        ids.append(m.captured(1));
    } else if (const auto mi = in.match(text); mi.hasMatch()) {
        const QStringList parts = mi.captured(1).split(u',');
        for (const QString &part : parts) {
            const auto mp = item.match(part);
            if (!mp.hasMatch())
                return std::nullopt;
            ids.append(mp.captured(1));
        }
    } else {
        return std::nullopt;
    }
    for (const QString &id : std::as_const(ids)) {
        if (!QueueStore::isValidId(id))
            return std::nullopt;
    }
    return ids;
}

std::optional<AnalyticsQuery> AnalyticsQuery::parse(const QJsonObject &body, qint64 nowSecs, FieldErrors *errors)
{
    FieldErrors found;
    AnalyticsQuery q;

    const QJsonValue interval = body.value(u"interval"_s);
    if (!interval.isString()) {
        found.append({u"interval"_s, u"required: an ISO-8601 duration (PT1H) or a UTC interval start/end"_s});
    } else if (const QString text = interval.toString(); text.contains(u'/')) {
        const QStringList parts = text.split(u'/');
        const auto start = parts.size() == 2 ? parseUtcTimestamp(parts.at(0)) : std::nullopt;
        const auto end = parts.size() == 2 ? parseUtcTimestamp(parts.at(1)) : std::nullopt;
        if (!start || !end)
            found.append({u"interval"_s, u"must be start/end as ISO-8601 timestamps in UTC"_s});
        else if (*start >= *end)
            found.append({u"interval"_s, u"must end after it starts"_s});
        else if (*end - *start > MaxSpanSecs)
            found.append({u"interval"_s, u"must not span more than 31 days"_s});
        else
            q.startSecs = *start, q.endSecs = *end;
    } else if (const auto d = parseIsoDuration(text); !d) {
        found.append({u"interval"_s, u"must be an ISO-8601 duration in W, D, H, M, S (e.g. PT1H) or start/end"_s});
    } else if (*d > MaxSpanSecs) {
        found.append({u"interval"_s, u"must not span more than 31 days"_s});
    } else {
        q.endSecs = (nowSecs / BucketSecs + 1) * BucketSecs;
        q.startSecs = q.endSecs - *d;
    }

    if (body.contains(u"granularity"_s)) {
        const auto g = parseIsoDuration(body.value(u"granularity"_s).toString());
        if (!g || *g % BucketSecs != 0)
            found.append({u"granularity"_s, u"must be an ISO-8601 duration that is a multiple of PT5M"_s});
        else
            q.granularitySecs = *g;
    }

    if (body.contains(u"groupBy"_s)) {
        const QJsonValue g = body.value(u"groupBy"_s);
        const QJsonArray array = g.toArray();
        if (!g.isArray() || array.size() > 1 || (array.size() == 1 && array.at(0).toString() != u"queue.id"_s))
            found.append({u"groupBy"_s, u"must be [\"queue.id\"] or []"_s});
        else
            q.groupByQueue = array.size() == 1;
    }

    if (body.contains(u"select"_s)) {
        const QJsonValue s = body.value(u"select"_s);
        if (!s.isArray()) {
            found.append({u"select"_s, u"must be an array of metric names"_s});
        } else {
            const QJsonArray array = s.toArray();
            for (const QJsonValue &v : array) {
                const QString name = v.toString();
                if (name != u"queue.id"_s && name != u"interval.start"_s && !metricNames().contains(name))
                    found.append({u"select"_s, u"unknown metric: %1"_s.arg(v.isString() ? name : u"(not a string)"_s)});
                else if (!q.select.contains(name))
                    q.select.append(name);
            }
        }
    } else {
        q.select = metricNames();
    }

    if (body.contains(u"where"_s)) {
        const QJsonValue w = body.value(u"where"_s);
        const auto ids = w.isString() ? parseWhere(w.toString()) : std::nullopt;
        if (!ids)
            found.append({u"where"_s, u"must be queue.id eq '<id>' or queue.id in ('<id>', ...)"_s});
        else
            q.whereIds = ids;
    }

    if (body.contains(u"size"_s)) {
        const auto size = jsonInteger(body.value(u"size"_s));
        if (!size || *size < 1 || *size > 1000)
            found.append({u"size"_s, u"must be an integer between 1 and 1000"_s});
        else
            q.size = static_cast<int>(*size);
    }

    if (body.contains(u"continuationToken"_s)) {
        const QJsonValue t = body.value(u"continuationToken"_s);
        if (!t.isString() && !t.isNull())
            found.append({u"continuationToken"_s, u"must be a string"_s});
        else
            q.continuationToken = t.toString();
    }

    if (!found.isEmpty()) {
        if (errors)
            *errors = found;
        return std::nullopt;
    }
    return q;
}

} // namespace holdline::sandbox
