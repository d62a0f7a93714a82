#include "api/analyticsclient.h"

#include "api/apiclient.h"
#include "api/routingclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cmath>

namespace holdline::api {

using namespace Qt::StringLiterals;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsQuery)
};
const QString QueueIdKey = u"queue.id"_s;
const QString IntervalStartKey = u"interval.start"_s;

QString whereClause(const QStringList &queueIds)
{
    // Queue ids are checked against [A-Za-z0-9_.-], so quoting is never ambiguous.
    if (queueIds.size() == 1)
        return u"queue.id eq '"_s + queueIds.first() + u'\'';
    return u"queue.id in ('"_s + queueIds.join("', '"_L1) + u"')"_s;
}
} // namespace

QString AnalyticsQuery::check() const
{
    if (queueIds.isEmpty())
        return Text::tr("No queue to query.");
    for (const QString &id : queueIds)
        if (!RoutingClient::isValidQueueId(id))
            return Text::tr("\"%1\" is not a valid queue id.").arg(id);
    if (interval.isEmpty())
        return Text::tr("No interval.");
    if (pageSize < 1 || pageSize > 1000)
        return Text::tr("The page size must be 1 to 1000.");
    if (queuesPerRequest < 1)
        return Text::tr("At least one queue per request.");
    return {};
}

namespace {

// "P7D", "PT1H", "PT5M", "PT90S": the largest unit that divides it.
QString isoDuration(qint64 seconds)
{
    if (seconds > 0 && seconds % 86'400 == 0)
        return u"P%1D"_s.arg(seconds / 86'400);
    if (seconds % 3600 == 0)
        return u"PT%1H"_s.arg(seconds / 3600);
    if (seconds % 60 == 0)
        return u"PT%1M"_s.arg(seconds / 60);
    return u"PT%1S"_s.arg(seconds);
}

QString isoInstant(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

} // namespace

MetricsWindow MetricsWindow::trailing(qint64 seconds, qint64 bucketSeconds)
{
    return {isoDuration(std::max<qint64>(1, seconds)), bucketSeconds > 0 ? isoDuration(bucketSeconds) : QString()};
}

MetricsWindow MetricsWindow::between(const QDateTime &from, const QDateTime &to, qint64 bucketSeconds)
{
    return {isoInstant(from) + u'/' + isoInstant(to), bucketSeconds > 0 ? isoDuration(bucketSeconds) : QString()};
}

AnalyticsReply *TenantAnalytics::queueMetrics(const QStringList &queueIds, const MetricsWindow &window,
                                              const QStringList &metrics)
{
    AnalyticsQuery q;
    q.interval = window.interval;
    q.granularity = window.granularity;
    q.queueIds = queueIds;
    q.metrics = metrics;
    return query(q);
}

AnalyticsClient::AnalyticsClient(ApiClient *client, QObject *parent)
    : TenantAnalytics(parent)
    , m_client(client)
{
}

AnalyticsReply *AnalyticsClient::query(const AnalyticsQuery &query)
{
    auto *reply = new AnalyticsReply(m_client, query);
    const QString problem = query.check();
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, reply, [reply, problem] {
            reply->finish(ApiError::make(ApiError::Kind::Validation, problem));
        });
        return reply;
    }
    QStringList ids = query.queueIds;
    ids.removeDuplicates();
    const int batches = int((ids.size() + query.queuesPerRequest - 1) / query.queuesPerRequest);
    reply->m_batches.resize(batches);
    reply->m_tokensSeen.resize(batches);
    for (int batch = 0; batch < batches; ++batch)
        reply->startBatch(batch, ids.mid(batch * query.queuesPerRequest, query.queuesPerRequest));
    return reply;
}

std::optional<MetricsRecord> AnalyticsClient::parseRecord(const QJsonObject &object, const AnalyticsQuery &query,
                                                          QString *problem)
{
    MetricsRecord record;
    if (!object.value(QueueIdKey).isString()) {
        *problem = tr("a record has no \"queue.id\" string.");
        return std::nullopt;
    }
    record.queueId = object.value(QueueIdKey).toString();
    if (!query.granularity.isEmpty()) {
        record.intervalStart = QDateTime::fromString(object.value(IntervalStartKey).toString(), Qt::ISODateWithMs);
        if (!record.intervalStart.isValid()) {
            *problem = tr("a record of %1 has no valid \"interval.start\".").arg(record.queueId);
            return std::nullopt;
        }
    }
    for (const QString &metric : query.metrics) {
        if (metric == QueueIdKey || metric == IntervalStartKey)
            continue;
        if (!object.contains(metric)) {
            *problem = tr("a record of %1 lacks the selected metric \"%2\".").arg(record.queueId, metric);
            return std::nullopt;
        }
        const QJsonValue value = object.value(metric);
        if (value.isNull())
            record.values.insert(metric, std::nullopt);
        else if (value.isDouble()) {
            // CONTRACT.md §3: counts, times and staffing are never negative,
            // rates lie in 0..1. A figure outside its meaning is no figure.
            const double number = value.toDouble();
            const bool ratio = metric.endsWith("Rate"_L1) || metric == "queue.serviceLevel"_L1;
            if (!std::isfinite(number) || number < 0 || (ratio && number > 1)) {
                *problem = ratio ? tr("\"%1\" of %2 is %3, not a rate between 0 and 1.").arg(metric, record.queueId).arg(number)
                                 : tr("\"%1\" of %2 is %3, not a count, time or staffing level.")
                                       .arg(metric, record.queueId).arg(number);
                return std::nullopt;
            }
            record.values.insert(metric, number);
        } else {
            *problem = tr("\"%1\" of %2 is neither a number nor null.").arg(metric, record.queueId);
            return std::nullopt;
        }
    }
    return record;
}

AnalyticsReply::AnalyticsReply(ApiClient *client, AnalyticsQuery query)
    : ApiJob(client)
    , m_client(client)
    , m_query(std::move(query))
{
    if (!m_query.metrics.contains(QueueIdKey))
        m_query.metrics.prepend(QueueIdKey);
}

void AnalyticsReply::startBatch(int batch, const QStringList &queueIds)
{
    QJsonObject body{
        {"interval"_L1, m_query.interval},
        {"groupBy"_L1, QJsonArray{QueueIdKey}},
        {"select"_L1, QJsonArray::fromStringList(m_query.metrics)},
        {"where"_L1, whereClause(queueIds)},
        {"size"_L1, m_query.pageSize},
    };
    if (!m_query.granularity.isEmpty())
        body.insert("granularity"_L1, m_query.granularity);
    requestPage(batch, body);
}

void AnalyticsReply::requestPage(int batch, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = u"/api/v2/analytics/queues/summary/query"_s;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    ApiReply *reply = m_client->send(request);
    reply->setParent(this);
    track(reply);
    connect(reply, &ApiJob::finished, this, [this, reply, batch, body] { onPage(reply, batch, body); });
}

void AnalyticsReply::onPage(ApiReply *reply, int batch, QJsonObject body)
{
    reply->deleteLater();
    untrack(reply);
    if (isFinished())
        return;

    ApiError error = reply->error();
    QJsonObject object;
    if (!error.isError())
        object = reply->jsonObject(&error);
    if (!error.isError() && !object.value("data"_L1).isArray())
        error = ApiError::protocol(tr("the analytics answer has no \"data\" array."));
    const QJsonValue token = object.value("continuationToken"_L1);
    if (!error.isError() && !token.isUndefined() && !token.isNull() && !token.isString())
        error = ApiError::protocol(tr("the analytics answer's continuationToken is not a string."));

    // Keep every page's records: each page adds to what came before.
    QList<MetricsRecord> &records = m_batches[batch];
    const QJsonArray data = object.value("data"_L1).toArray();
    for (qsizetype i = 0; !error.isError() && i < data.size(); ++i) {
        QString problem;
        const auto record = AnalyticsClient::parseRecord(data.at(i).toObject(), m_query, &problem);
        if (!record)
            error = ApiError::protocol(problem);
        else
            records.append(*record);
    }
    if (error.isError()) {
        finish(error); // first, so the aborted pages cannot answer "Cancelled" in its place
        abortTracked();
        return;
    }
    ++m_pagesRead;

    if (token.isString() && !token.toString().isEmpty()) {
        QSet<QString> &seen = m_tokensSeen[batch];
        if (seen.contains(token.toString()))
            error = ApiError::protocol(tr("the tenant sent the same continuationToken again after %1 pages; the "
                                          "answer would never end.").arg(seen.size() + 1));
        else if (seen.size() + 1 >= MaxPagesPerBatch)
            error = ApiError::protocol(tr("the analytics answer runs past %1 pages; Holdline reads no more.")
                                           .arg(MaxPagesPerBatch));
        if (error.isError()) {
            finish(error);
            abortTracked();
            return;
        }
        seen.insert(token.toString());
        body.insert("continuationToken"_L1, token.toString());
        requestPage(batch, body);
        return;
    }
    if (++m_batchesDone < m_batches.size())
        return;
    for (const QList<MetricsRecord> &batchRecords : std::as_const(m_batches))
        m_records.append(batchRecords);
    finish();
}

} // namespace holdline::api
