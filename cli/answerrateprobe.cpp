#include "cli/answerrateprobe.h"

#include "api/analyticsclient.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

AnswerRateProbe::AnswerRateProbe(api::TenantAnalytics *analytics, QStringList queueIds, QObject *parent)
    : QObject(parent)
    , m_analytics(analytics)
    , m_queueIds(std::move(queueIds))
{
}

void AnswerRateProbe::start()
{
    query(u"PT5M"_s, m_queueIds);
}

void AnswerRateProbe::query(const QString &interval, const QStringList &queueIds)
{
    api::AnalyticsQuery q;
    q.interval = interval;
    q.queueIds = queueIds;
    q.metrics = {u"queue.offered"_s, u"queue.answerRate"_s};
    api::AnalyticsReply *reply = m_analytics->query(q);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, interval, queueIds] {
        reply->deleteLater();
        if (reply->error().isError()) {
            m_error = reply->error();
            Q_EMIT finished();
            return;
        }
        for (const api::MetricsRecord &record : reply->records())
            m_readings.insert(record.queueId, {record.value(u"queue.answerRate"_s), record.value(u"queue.offered"_s), interval});
        QStringList thin;
        for (const QString &id : queueIds) {
            const RateReading reading = m_readings.value(id);
            if (!reading.answerRate || reading.offered.value_or(0) < MinimumContacts) {
                thin.append(id);
                m_readings.insert(id, {std::nullopt, reading.offered.value_or(0), interval});
            }
        }
        if (interval == "PT5M"_L1 && !thin.isEmpty())
            query(u"PT1H"_s, thin);
        else
            Q_EMIT finished();
    });
}

} // namespace holdline::cli
