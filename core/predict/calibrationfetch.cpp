#include "predict/calibrationfetch.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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
        m_reply->deleteLater();
        if (m_error.isError()) {
            m_done = true;
            Q_EMIT finished();
            return;
        }
        m_calibrations = calibrate(m_reply->records(), m_queues, seconds, !m_granularity.isEmpty());
        fetchBacklog();
    });
}

// A second, small query: callbacks accepted and completed over the look-back.
// Without it (a tenant that refuses it) the calibration stands, with a note.
void CalibrationFetch::fetchBacklog()
{
    api::AnalyticsQuery query;
    query.interval = backlogInterval(m_interval);
    if (query.interval.isEmpty()) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    query.queueIds = m_queues.keys();
    query.queueIds.sort();
    query.metrics = {u"queue.offered"_s, u"queue.answered"_s, u"queue.abandonCount"_s, u"queue.maxHoldExits"_s};
    m_backlogReply = m_client->query(query);
    connect(m_backlogReply, &api::ApiJob::finished, this, [this] {
        m_backlogReply->deleteLater();
        if (m_backlogReply->error().isError()) {
            for (Calibration &c : m_calibrations)
                c.notes.append(tr("Callbacks still pending could not be read (%1): taken as none.")
                                   .arg(m_backlogReply->error().message));
        } else {
            for (const api::MetricsRecord &r : m_backlogReply->records()) {
                const auto it = m_calibrations.find(r.queueId);
                if (it != m_calibrations.end())
                    it->pendingCallbacks = pendingCallbacks(r.values, *it, m_queues.value(r.queueId).strategy);
            }
        }
        m_done = true;
        Q_EMIT finished();
    });
}

QString CalibrationFetch::backlogInterval(const QString &interval)
{
    if (const qsizetype slash = interval.indexOf(u'/'); slash >= 0) {
        const QDateTime to = QDateTime::fromString(interval.mid(slash + 1), Qt::ISODate);
        if (!to.isValid())
            return {};
        return to.addSecs(-backlogLookBackSeconds).toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
    }
    return u"P%1D"_s.arg(backlogLookBackSeconds / 86400);
}

int CalibrationFetch::pendingCallbacks(const Calibrator::Values &values, const Calibration &calibration,
                                       const WaitStrategy &strategy)
{
    // Every contact is answered, abandoned, sent to voicemail at the hard
    // limit (callbacks off) or still pending: accepted callbacks and hard-limit
    // exits to a callback both wait for a free agent. Which exits went to
    // voicemail is not in the analytics: the strategy in force decides.
    const auto value = [&values](const QString &metric) { return values.value(metric).value_or(0); };
    const double voicemail = strategy.callbackEnabled ? 0 : value(u"queue.maxHoldExits"_s);
    const double pending = value(u"queue.offered"_s) - value(u"queue.answered"_s) - value(u"queue.abandonCount"_s) - voicemail;
    if (!std::isfinite(pending) || pending <= 0)
        return 0;
    // At most a look-back's worth of the window's own demand.
    const double bound = std::max(0.0, calibration.arrivalsPerHour) * double(backlogLookBackSeconds) / 3600.0;
    return int(std::min({pending, bound, 1e6}));
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
