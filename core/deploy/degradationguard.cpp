#include "deploy/degradationguard.h"

#include "api/analyticsclient.h"
#include "deploy/deployjob.h"
#include "deploy/deploymentengine.h"
#include "history/historystore.h"

#include <cmath>

namespace holdline::deploy {

using namespace Qt::StringLiterals;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DegradationGuard)
};

QJsonValue toJsonValue(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString percent(double value)
{
    return QString::number(value * 100, 'f', 1) + u'%';
}

WindowMetrics fromRecord(const api::MetricsRecord &record)
{
    return {record.value(u"queue.offered"_s), record.value(u"queue.answerRate"_s), record.value(u"queue.abandonRate"_s),
            record.value(u"queue.averageWaitTime"_s), record.value(u"queue.callbackConversionRate"_s)};
}
} // namespace

QJsonObject WindowMetrics::toJson() const
{
    return {
        {"queue.offered"_L1, toJsonValue(offered)},
        {"queue.answerRate"_L1, toJsonValue(answerRate)},
        {"queue.abandonRate"_L1, toJsonValue(abandonRate)},
        {"queue.averageWaitTime"_L1, toJsonValue(averageWaitTime)},
        {"queue.callbackConversionRate"_L1, toJsonValue(callbackConversionRate)},
    };
}

std::optional<WindowMetrics> WindowMetrics::fromJson(const QJsonObject &object)
{
    // As toJson() wrote it: each metric a finite number, or null when the window had none.
    const auto read = [&object](QLatin1StringView key, std::optional<double> &into) {
        const QJsonValue v = object.value(key);
        if (v.isNull() || v.isUndefined())
            return true;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return false;
        into = v.toDouble();
        return true;
    };
    WindowMetrics m;
    if (!read("queue.offered"_L1, m.offered) || !read("queue.answerRate"_L1, m.answerRate)
        || !read("queue.abandonRate"_L1, m.abandonRate) || !read("queue.averageWaitTime"_L1, m.averageWaitTime)
        || !read("queue.callbackConversionRate"_L1, m.callbackConversionRate))
        return std::nullopt;
    return m;
}

QStringList WindowMetrics::metricNames()
{
    return {u"queue.offered"_s, u"queue.answerRate"_s, u"queue.abandonRate"_s, u"queue.averageWaitTime"_s,
            u"queue.callbackConversionRate"_s};
}

QString GuardVerdict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Healthy: return u"healthy"_s;
    case Kind::Breach: return u"breach"_s;
    case Kind::InsufficientData: return u"insufficient-data"_s;
    }
    return {};
}

std::optional<GuardVerdict::Kind> GuardVerdict::kindFromName(QStringView name)
{
    for (Kind kind : {Kind::Healthy, Kind::Breach, Kind::InsufficientData})
        if (name == kindName(kind))
            return kind;
    return std::nullopt;
}

std::optional<GuardRecord> guardRecordOf(const history::HistoryEntry &entry)
{
    if (!entry.is(history::Action::Guard))
        return std::nullopt;
    const std::optional<GuardVerdict::Kind> kind = GuardVerdict::kindFromName(entry.details.value("verdict"_L1).toString());
    const std::optional<WindowMetrics> before = WindowMetrics::fromJson(entry.details.value("before"_L1).toObject());
    const std::optional<WindowMetrics> after = WindowMetrics::fromJson(entry.details.value("after"_L1).toObject());
    const qint64 window = entry.details.value("windowSeconds"_L1).toInteger(-1);
    if (!kind || !before || !after || window < 0)
        return std::nullopt;
    GuardRecord record;
    record.verdict.kind = *kind;
    record.verdict.before = *before;
    record.verdict.after = *after;
    if (!entry.message.isEmpty())
        record.verdict.reasons = {entry.message};
    record.windowSeconds = window;
    record.deployEntryId = entry.targetEntryId;
    return record;
}

GuardVerdict judge(const WindowMetrics &before, const WindowMetrics &after, const GuardRules &rules)
{
    GuardVerdict verdict;
    verdict.before = before;
    verdict.after = after;

    if (after.averageWaitTime && after.callbackConversionRate && *after.averageWaitTime > rules.maxAverageWaitSeconds
        && *after.callbackConversionRate < rules.minCallbackConversion) {
        verdict.reasons.append(Text::tr("Average wait %1 s is over %2 s while callback conversion %3 is under %4.")
                                   .arg(*after.averageWaitTime, 0, 'f', 0)
                                   .arg(rules.maxAverageWaitSeconds, 0, 'f', 0)
                                   .arg(percent(*after.callbackConversionRate), percent(rules.minCallbackConversion)));
    }

    const bool enoughContacts = before.offered && after.offered && *before.offered >= rules.minContacts
        && *after.offered >= rules.minContacts;
    if (enoughContacts) {
        if (before.abandonRate && after.abandonRate
            && (*after.abandonRate - *before.abandonRate) * 100 > rules.maxAbandonRisePoints) {
            verdict.reasons.append(Text::tr("Abandon rate rose from %1 to %2 (more than %3 points).")
                                       .arg(percent(*before.abandonRate), percent(*after.abandonRate))
                                       .arg(rules.maxAbandonRisePoints));
        }
        if (before.answerRate && after.answerRate
            && (*before.answerRate - *after.answerRate) * 100 > rules.maxAnswerRateDropPoints) {
            verdict.reasons.append(Text::tr("Answer rate fell from %1 to %2 (more than %3 points).")
                                       .arg(percent(*before.answerRate), percent(*after.answerRate))
                                       .arg(rules.maxAnswerRateDropPoints));
        }
    }

    if (!verdict.reasons.isEmpty())
        verdict.kind = GuardVerdict::Kind::Breach;
    else if (!enoughContacts && !after.averageWaitTime) {
        verdict.kind = GuardVerdict::Kind::InsufficientData;
        verdict.reasons.append(Text::tr("Too few contacts to judge (fewer than %1 in a window).").arg(rules.minContacts));
    } else {
        verdict.kind = GuardVerdict::Kind::Healthy;
        if (!enoughContacts)
            verdict.reasons.append(Text::tr("Too few contacts for the relative rules; the absolute rule passed."));
    }
    return verdict;
}

DegradationGuard::DegradationGuard(DeploymentEngine *engine, api::TenantAnalytics *analytics,
                                   std::function<QDateTime()> tenantNow, Settings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_analytics(analytics)
    , m_tenantNow(std::move(tenantNow))
    , m_settings(settings)
{
}

void DegradationGuard::watch(const QString &queueId, qint64 deployEntryId, const QDateTime &deployedAt)
{
    m_watches.append({queueId, deployEntryId, deployedAt, false});
}

void DegradationGuard::poll()
{
    const QDateTime now = m_tenantNow();
    if (!now.isValid())
        return;
    for (Watch &watch : m_watches) {
        if (!watch.judging && watch.deployedAt.addSecs(m_settings.windowSeconds) <= now) {
            watch.judging = true;
            judgeWatch(watch);
        }
    }
}

void DegradationGuard::judgeWatch(const Watch &watch)
{
    const auto window = [this](const QDateTime &start) {
        api::AnalyticsQuery query;
        query.interval = start.toUTC().toString(Qt::ISODate) + u'/'
            + start.addSecs(m_settings.windowSeconds).toUTC().toString(Qt::ISODate);
        query.metrics = WindowMetrics::metricNames();
        return query;
    };
    api::AnalyticsQuery beforeQuery = window(watch.deployedAt.addSecs(-m_settings.windowSeconds));
    api::AnalyticsQuery afterQuery = window(watch.deployedAt);
    beforeQuery.queueIds = afterQuery.queueIds = {watch.queueId};
    api::AnalyticsReply *before = m_analytics->query(beforeQuery);
    api::AnalyticsReply *after = m_analytics->query(afterQuery);
    before->setParent(this);
    after->setParent(this);

    auto both = [this, watch, before, after] {
        if (!before->isFinished() || !after->isFinished())
            return;
        before->deleteLater();
        after->deleteLater();
        const api::ApiError error = before->error().isError() ? before->error() : after->error();
        if (error.isError()) {
            // Try again at the next poll.
            for (Watch &w : m_watches)
                if (w.deployEntryId == watch.deployEntryId)
                    w.judging = false;
            Q_EMIT failed(watch.queueId, error.message);
            return;
        }
        const auto metricsOf = [](api::AnalyticsReply *reply) {
            return reply->records().isEmpty() ? WindowMetrics{} : fromRecord(reply->records().first());
        };
        const GuardVerdict verdict = judge(metricsOf(before), metricsOf(after), m_settings.rules);
        m_watches.erase(std::remove_if(m_watches.begin(), m_watches.end(),
                                       [&](const Watch &w) { return w.deployEntryId == watch.deployEntryId; }),
                        m_watches.end());
        const bool rollBack = verdict.kind == GuardVerdict::Kind::Breach && m_settings.mode == Mode::AutoRollback;
        using history::Status;
        record(watch, verdict,
               verdict.kind == GuardVerdict::Kind::Healthy          ? Status::Healthy
               : verdict.kind == GuardVerdict::Kind::InsufficientData ? Status::InsufficientData
               : rollBack                                            ? Status::RollingBack
                                                                     : Status::Alert);
        Q_EMIT decided(watch.queueId, watch.deployEntryId, verdict, rollBack);
        if (!rollBack)
            return;
        // Its outcome is reported, not dropped: a refused or failed rollback
        // leaves the degraded strategy live, and the supervisor must know.
        DeployJob *job = m_engine->rollback(watch.queueId, watch.deployEntryId, /*toBefore*/ true, /*force*/ false);
        connect(job, &DeployJob::finished, this, [this, job, watch] {
            job->deleteLater();
            Q_EMIT rollbackFinished(watch.queueId, watch.deployEntryId, job->outcome());
        });
    };
    connect(before, &api::ApiJob::finished, this, both);
    connect(after, &api::ApiJob::finished, this, both);
}

void DegradationGuard::record(const Watch &watch, const GuardVerdict &verdict, history::Status status)
{
    const DeployServices &services = m_engine->services();
    history::HistoryEntry entry;
    entry.osUser = services.actor.osUser;
    entry.clientId = services.actor.clientId;
    entry.tenant = services.actor.tenant;
    entry.queueId = watch.queueId;
    entry.action = history::name(history::Action::Guard);
    entry.status = history::name(status);
    entry.targetEntryId = watch.deployEntryId;
    entry.message = verdict.reasons.join(u' ');
    entry.details = QJsonObject{
        {"verdict"_L1, GuardVerdict::kindName(verdict.kind)},
        {"windowSeconds"_L1, m_settings.windowSeconds},
        {"deployedAt"_L1, watch.deployedAt.toUTC().toString(Qt::ISODate)},
        {"before"_L1, verdict.before.toJson()},
        {"after"_L1, verdict.after.toJson()},
    };
    services.history->append(entry, this, [](std::optional<history::HistoryEntry>, QString) {});
}

} // namespace holdline::deploy
