#include "cli/clijson.h"

#include "common/commandline.h"
#include "model/queuemapping.h"

namespace holdline::cli {

using namespace Qt::StringLiterals;

namespace {
QJsonValue variantToJson(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? QJsonValue(value.toBool()) : QJsonValue(value.toInt());
}
} // namespace

int exitCodeFor(const api::ApiError &error)
{
    switch (error.kind) {
    case api::ApiError::Kind::None: return ExitOk;
    case api::ApiError::Kind::Auth:
    case api::ApiError::Kind::Forbidden: return ExitAuthentication;
    case api::ApiError::Kind::Conflict: return ExitConflict;
    case api::ApiError::Kind::Validation:
    case api::ApiError::Kind::Insecure: return ExitUsage;
    default: return ExitFailure;
    }
}

int exitCodeFor(const QList<deploy::DeployOutcome> &outcomes)
{
    bool auth = false, conflict = false, failed = false, blocked = false, wrote = false;
    for (const deploy::DeployOutcome &o : outcomes) {
        wrote |= o.status == deploy::DeployStatus::Deployed || o.status == deploy::DeployStatus::Uncertain;
        const int apiCode = exitCodeFor(o.apiError);
        auth |= apiCode == ExitAuthentication;
        conflict |= o.status == deploy::DeployStatus::Conflict;
        failed |= o.status == deploy::DeployStatus::Failed || o.status == deploy::DeployStatus::Uncertain
                  || o.status == deploy::DeployStatus::Cancelled;
        blocked |= o.status == deploy::DeployStatus::Blocked;
    }
    // 2 promises that nothing was written: a run that wrote some queues and
    // refused others is a partial failure (1), with the per-queue report.
    if (blocked && wrote)
        failed = true;
    return auth ? ExitAuthentication : conflict ? ExitConflict : failed ? ExitFailure : blocked ? ExitUsage : ExitOk;
}

QJsonArray changesToJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes)
        array.append(QJsonObject{{"field"_L1, fieldName(change.field)},
                                 {"before"_L1, variantToJson(change.before)},
                                 {"after"_L1, variantToJson(change.after)}});
    return array;
}

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(findingToJson(finding));
    return array;
}

QJsonObject outcomeToJson(const deploy::DeployOutcome &outcome)
{
    QJsonObject json{
        {"queueId"_L1, outcome.queueId},
        {"status"_L1, deploy::deployStatusName(outcome.status)},
        // An uncertain outcome names the entry that stays pending until it is settled.
        {"entryId"_L1, outcome.entryId > 0 ? QJsonValue(outcome.entryId)
                       : outcome.status == deploy::DeployStatus::Uncertain && outcome.pendingEntryId > 0
                           ? QJsonValue(outcome.pendingEntryId)
                           : QJsonValue()},
        {"error"_L1, outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)},
        {"changes"_L1, changesToJson(outcome.changes)},
    };
    if (outcome.apiError.isError())
        json.insert("errorKind"_L1, api::ApiError::kindName(outcome.apiError.kind));
    if (!outcome.findings.isEmpty())
        json.insert("findings"_L1, findingsToJson(outcome.findings));
    if (outcome.after)
        json.insert("strategy"_L1, strategyToFlatJson(*outcome.after));
    if (!outcome.syncKey.isEmpty())
        json.insert("syncKey"_L1, outcome.syncKey);
    return json;
}

QJsonObject historyEntryToJson(const history::HistoryEntry &entry)
{
    return {
        {"id"_L1, entry.id},
        {"time"_L1, entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {"action"_L1, entry.action},
        {"queueId"_L1, entry.queueId},
        {"status"_L1, entry.status},
        {"actor"_L1, entry.actor()},
        {"message"_L1, entry.message},
        {"diff"_L1, entry.diff},
        {"resolvesEntryId"_L1, entry.resolvesEntryId > 0 ? QJsonValue(entry.resolvesEntryId) : QJsonValue()},
        {"targetEntryId"_L1, entry.targetEntryId > 0 ? QJsonValue(entry.targetEntryId) : QJsonValue()},
    };
}

QJsonObject metricsRecordToJson(const api::MetricsRecord &record, const QStringList &metrics)
{
    QJsonObject json{{"queue.id"_L1, record.queueId}};
    if (record.intervalStart.isValid())
        json.insert("interval.start"_L1, record.intervalStart.toUTC().toString(Qt::ISODate));
    for (const QString &metric : metrics) {
        const std::optional<double> value = record.value(metric);
        json.insert(metric, value ? QJsonValue(*value) : QJsonValue());
    }
    return json;
}

QString formatRate(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100, 'f', 1) + u'%' : u"n/a"_s;
}

QString formatSeconds(const std::optional<double> &seconds)
{
    return seconds ? QString::number(*seconds, 'f', 0) + u" s"_s : u"n/a"_s;
}

QString formatStrategy(const WaitStrategy &s)
{
    return u"positionThreshold=%1 callback=%2 abandonmentThreshold=%3 s maxHoldTime=%4 s"_s
        .arg(s.positionThreshold)
        .arg(s.callbackEnabled ? u"on(position>%1)"_s.arg(s.callbackPositionThreshold) : u"off"_s)
        .arg(s.abandonmentThreshold)
        .arg(s.maxHoldTime);
}

QStringList contractMetricNames()
{
    return {u"queue.offered"_s,          u"queue.answered"_s,         u"queue.answerRate"_s,
            u"queue.abandonCount"_s,     u"queue.abandonRate"_s,      u"queue.averageWaitTime"_s,
            u"queue.serviceLevel"_s,     u"queue.maxHoldExits"_s,     u"queue.averageHandleTime"_s,
            u"queue.agentsStaffed"_s,    u"queue.callbacksOffered"_s, u"queue.callbacksAccepted"_s,
            u"queue.callbacksCompleted"_s, u"queue.callbackConversionRate"_s};
}

} // namespace holdline::cli
