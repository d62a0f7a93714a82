#include "predict/calibrationfetch.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdline::predict {

CalibrationFetch::CalibrationFetch(api::TenantAnalytics *client, QHash<QString, QueueFacts> queues, QString interval,
                                   QString granularity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_queues(std::move(queues))
    , m_interval(std::move(interval))
    , m_granularity(std::move(granularity))
{
}

void CalibrationFetch::start()
{
    api::AnalyticsQuery query;
    query.interval = m_interval;
    query.granularity = m_granularity;
    query.queueIds = m_queues.keys();
    query.queueIds.sort();
    query.metrics = calibrationMetrics();
    const qint64 seconds = durationSeconds(m_granularity.isEmpty() ? m_interval : m_granularity);
    if (seconds <= 0) {
        m_error = api::ApiError::make(api::ApiError::Kind::Validation,
                                      tr("Not a calibration window: %1").arg(m_interval));
        m_done = true;
        Q_EMIT finished();
        return;
    }
    m_reply = m_client->query(query);
    connect(m_reply, &api::ApiJob::finished, this, [this, seconds] {
        m_error = m_reply->error();
        if (!m_error.isError())
            m_calibrations = calibrate(m_reply->records(), m_queues, seconds, !m_granularity.isEmpty());
        m_reply->deleteLater();
        m_done = true;
        Q_EMIT finished();
    });
}

QHash<QString, Calibration> CalibrationFetch::calibrate(const QList<api::MetricsRecord> &records,
                                                        const QHash<QString, QueueFacts> &queues, qint64 seconds,
                                                        bool series)
{
    QHash<QString, QList<Calibrator::Bucket>> byQueue;
    for (const api::MetricsRecord &r : records)
        byQueue[r.queueId].append({r.intervalStart, r.values});
    QHash<QString, Calibration> out;
    for (auto it = queues.cbegin(); it != queues.cend(); ++it) {
        const QList<Calibrator::Bucket> buckets = byQueue.value(it.key());
        const QueueFacts &facts = it.value();
        if (series)
            out.insert(it.key(), Calibrator::fromSeries(buckets, seconds, facts.strategy, facts.serviceLevelSeconds));
        else
            out.insert(it.key(), Calibrator::fromSummary(buckets.isEmpty() ? Calibrator::Values() : buckets.first().values,
                                                         seconds, facts.strategy, facts.serviceLevelSeconds));
    }
    return out;
}

qint64 CalibrationFetch::durationSeconds(const QString &text)
{
    if (const qsizetype slash = text.indexOf(u'/'); slash >= 0) {
        const QDateTime from = QDateTime::fromString(text.left(slash), Qt::ISODate);
        const QDateTime to = QDateTime::fromString(text.mid(slash + 1), Qt::ISODate);
        return from.isValid() && to.isValid() ? std::max<qint64>(0, from.secsTo(to)) : 0;
    }
    static const QRegularExpression iso(u"^P(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"_s);
    const QRegularExpressionMatch m = iso.match(text);
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60
        + m.captured(4).toLongLong();
}

} // namespace holdline::predict
