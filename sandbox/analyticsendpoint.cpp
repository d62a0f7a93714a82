#include "sandbox/analyticsendpoint.h"

#include "sandbox/analyticsquery.h"
#include "sandbox/tenantstate.h"

#include "sim/bucketmetrics.h"

#include <QJsonArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {

// The buckets of one simulation whose start lies in [from, to).
std::span<const sim::BucketMetrics> bucketsIn(const sim::QueueSimulation &simulation, qint64 from, qint64 to)
{
    const std::vector<sim::BucketMetrics> &all = simulation.buckets();
    const auto byStart = [](const sim::BucketMetrics &b, qint64 t) { return b.startSecs < t; };
    const auto first = std::lower_bound(all.begin(), all.end(), from, byStart);
    const auto last = std::lower_bound(first, all.end(), to, byStart);
    return {first, last};
}

class RecordBuilder
{
public:
    RecordBuilder(TenantState &tenant, const AnalyticsQuery &query, QStringList queueIds)
        : m_tenant(tenant), m_query(query), m_queueIds(std::move(queueIds))
    {
        const qint64 span = m_query.endSecs - m_query.startSecs;
        const qint64 g = m_query.granularitySecs.value_or(span);
        m_groups = (span + g - 1) / g;
        m_units = m_query.groupByQueue ? m_queueIds.size() : 1;
    }

    qint64 total() const { return m_groups * m_units; }

    QJsonObject record(qint64 index) const
    {
        const qint64 unit = index / m_groups;
        const qint64 group = index % m_groups;
        const qint64 g = m_query.granularitySecs.value_or(m_query.endSecs - m_query.startSecs);
        const qint64 from = m_query.startSecs + group * g;
        const qint64 to = std::min(m_query.endSecs, from + g);

        std::vector<sim::BucketMetrics> buckets;
        const QStringList ids = m_query.groupByQueue ? QStringList{m_queueIds.at(unit)} : m_queueIds;
        for (const QString &id : ids) {
            if (const auto *simulation = m_tenant.simulations.queue(id)) {
                const auto in = bucketsIn(*simulation, from, to);
                buckets.insert(buckets.end(), in.begin(), in.end());
            }
        }
        // The simulated time the window actually covers (the current bucket is partial).
        const qint64 covered = std::max<qint64>(
            0, std::min(to, m_tenant.clock.simulatedNowSecs()) - std::max(from, m_tenant.simulations.startSecs()));
        const sim::MetricsWindow window(buckets, covered);

        QJsonObject r;
        if (m_query.groupByQueue)
            r.insert(u"queue.id"_s, m_queueIds.at(unit));
        if (m_query.granularitySecs || m_query.select.contains(u"interval.start"_s))
            r.insert(u"interval.start"_s, isoUtc(from));
        for (const QString &name : m_query.select) {
            if (name == u"queue.id"_s || name == u"interval.start"_s)
                continue;
            const auto value = buckets.empty() ? std::nullopt : window.value(name);
            r.insert(name, value ? QJsonValue(*value) : QJsonValue());
        }
        return r;
    }

private:
    TenantState &m_tenant;
    const AnalyticsQuery &m_query;
    QStringList m_queueIds;
    qint64 m_groups = 1;
    qint64 m_units = 1;
};

} // namespace

HttpResponse queryAnalytics(TenantState &tenant, const HttpRequest &request)
{
    QString message;
    const auto body = parseJsonObject(request.body, &message);
    if (!body)
        return HttpResponse::badRequest(message, {{u"body"_s, message}});

    tenant.catchUp();
    FieldErrors errors;
    auto query = AnalyticsQuery::parse(*body, tenant.clock.simulatedNowSecs(), &errors);
    if (!query)
        return HttpResponse::badRequest(u"The analytics query is not valid."_s, errors);

    // Paging: the token pins the window resolved by the first page.
    QJsonObject queryBody = *body;
    queryBody.remove(u"continuationToken"_s);
    qint64 offset = 0;
    if (!query->continuationToken.isEmpty()) {
        ContinuationTokens::Error error = ContinuationTokens::Error::None;
        const auto state = tenant.continuation.read(query->continuationToken.toLatin1(), queryBody,
                                                    tenant.clock.realNowMs(), &error);
        if (!state) {
            return HttpResponse::badRequest(
                error == ContinuationTokens::Error::Expired ? u"The continuation token has expired."_s
                                                            : u"The continuation token is not valid for this query."_s,
                {{u"continuationToken"_s, error == ContinuationTokens::Error::Expired ? u"expired"_s : u"invalid"_s}});
        }
        query->startSecs = state->startSecs;
        query->endSecs = state->endSecs;
        offset = state->offset;
    }

    QStringList ids;
    for (const QString &id : tenant.queues.ids()) {
        if (!query->whereIds || query->whereIds->contains(id))
            ids.append(id);
    }
    const RecordBuilder builder(tenant, *query, ids);
    const qint64 total = ids.isEmpty() && query->groupByQueue ? 0 : builder.total();
    const qint64 end = std::min(total, offset + query->size);
    QJsonArray data;
    for (qint64 i = offset; i < end; ++i)
        data.append(builder.record(i));

    QJsonObject answer{{u"data"_s, data}};
    if (end < total) {
        const QByteArray token = tenant.continuation.issue(queryBody, {query->startSecs, query->endSecs, end},
                                                           tenant.clock.realNowMs());
        answer.insert(u"continuationToken"_s, QString::fromLatin1(token));
    }
    return HttpResponse::json(200, answer);
}

} // namespace holdline::sandbox
