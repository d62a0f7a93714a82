#pragma once

#include "api/apireply.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

namespace holdline::api {

class ApiClient;

// One record of CONTRACT.md §3: a queue (and bucket, with granularity) and
// its metrics. A metric the tenant reported as null stays null.
struct MetricsRecord
{
    QString queueId;
    QDateTime intervalStart; // valid only with granularity
    QHash<QString, std::optional<double>> values;

    std::optional<double> value(const QString &metric) const { return values.value(metric); }
};

struct AnalyticsQuery
{
    QString interval = QStringLiteral("PT5M");  // trailing duration, or "start/end" in UTC
    QString granularity;                        // empty: one summary record per queue
    QStringList queueIds;
    QStringList metrics;                        // queue.id is always added
    int pageSize = 1000;
    int queuesPerRequest = 100;                 // batched `queue.id in (…)`

    // Empty when the query can be sent; else what is wrong with it.
    QString check() const;
};

// A window of analytics: trailing now, or between two instants; one summary
// record per queue, or buckets of bucketSeconds (a multiple of 5 minutes).
struct MetricsWindow
{
    QString interval;    // an ISO 8601 duration, or "start/end" in UTC
    QString granularity; // empty: one summary record per queue

    static MetricsWindow trailing(qint64 seconds, qint64 bucketSeconds = 0);
    static MetricsWindow between(const QDateTime &from, const QDateTime &to, qint64 bucketSeconds = 0);
};

// All records of a query, across batches and every continuation page.
class AnalyticsReply final : public ApiJob
{
    Q_OBJECT
public:
    // Pages of one query body at most: a tenant that never stops paging is an error.
    static constexpr int MaxPagesPerBatch = 1000;
    QList<MetricsRecord> records() const { return m_records; }
    int pagesRead() const { return m_pagesRead; }

private:
    friend class AnalyticsClient;
    AnalyticsReply(ApiClient *client, AnalyticsQuery query);
    void startBatch(int batch, const QStringList &queueIds);
    void requestPage(int batch, const QJsonObject &body);
    void onPage(ApiReply *reply, int batch, QJsonObject body);

    ApiClient *m_client;
    AnalyticsQuery m_query;
    QList<QList<MetricsRecord>> m_batches;
    QList<QSet<QString>> m_tokensSeen; // per batch: a token that comes back would page forever
    int m_batchesDone = 0;
    int m_pagesRead = 0;
    QList<MetricsRecord> m_records;
};

// The tenant's queue metrics, whatever API the tenant speaks: the session
// holds one (see TenantRouting). AnalyticsClient speaks the contract's.
class TenantAnalytics : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual AnalyticsReply *query(const AnalyticsQuery &query) = 0;
    // What front ends ask for: these metrics of these queues over a window.
    AnalyticsReply *queueMetrics(const QStringList &queueIds, const MetricsWindow &window, const QStringList &metrics);
};

// Analytics API v2 queue summaries and time series (CONTRACT.md §3).
class AnalyticsClient final : public TenantAnalytics
{
    Q_OBJECT
public:
    explicit AnalyticsClient(ApiClient *client, QObject *parent = nullptr);

    AnalyticsReply *query(const AnalyticsQuery &query) override;

    // Parses one record, checking that every selected metric is there.
    static std::optional<MetricsRecord> parseRecord(const QJsonObject &object, const AnalyticsQuery &query,
                                                    QString *problem);

private:
    ApiClient *m_client;
};

} // namespace holdline::api
