#include "deploy/deployjob.h"

#include "api/routingclient.h"
#include "common/logging.h"
#include "deploy/queuechange.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "model/strategyvalidator.h"
#include "sync/syncoutbox.h"

#include <QJsonArray>

namespace holdline::deploy {

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxConflictRetries = 3;

bool isUncertain(const api::ApiError &error)
{
    // The request may have reached the tenant: only reading back tells. A
    // malformed answer counts too: the write may have succeeded before it.
    return error.kind == api::ApiError::Kind::Network || error.kind == api::ApiError::Kind::Timeout
        || error.kind == api::ApiError::Kind::Server || error.kind == api::ApiError::Kind::Protocol;
}
} // namespace

DeployJob::DeployJob(const DeployServices &services, DeployRequest request, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
{
    m_outcome.queueId = m_request.queueId;
}

DeployJob::~DeployJob() = default;

void DeployJob::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void DeployJob::start()
{
    if (m_request.action == history::Action::Rollback && !m_request.fullTarget && m_request.targetEntryId > 0)
        prepareRollback();
    else
        read();
}

void DeployJob::cancel()
{
    m_cancelled = true;
}

// --- rollback: the target and the expected current state come from history ---

void DeployJob::prepareRollback()
{
    setStep(Step::Preparing);
    m_services.history->entry(m_request.targetEntryId, this, [this](std::optional<history::HistoryEntry> entry, QString error) {
        if (!entry) {
            finish(DeployStatus::Failed, error.isEmpty() ? tr("History entry %1 does not exist.").arg(m_request.targetEntryId) : error);
            return;
        }
        if (entry->queueId != m_request.queueId) {
            finish(DeployStatus::Failed, tr("History entry %1 is about queue %2, not %3.")
                                             .arg(entry->id).arg(entry->queueId, m_request.queueId));
            return;
        }
        const QJsonObject side = m_rollbackToBefore ? entry->queueBefore : entry->queueAfter;
        const QueueReadResult target = readWaitStrategy(side);
        if (!target.isOk()) {
            finish(DeployStatus::Failed, tr("History entry %1 holds no complete strategy to restore: %2")
                                             .arg(entry->id).arg(target.errorString()));
            return;
        }
        m_request.fullTarget = *target.strategy;

        // What Holdline itself last set on the queue: anything else on the
        // tenant now was changed by someone else.
        history::HistoryFilter filter;
        filter.tenant = m_services.actor.tenant;
        filter.queueId = m_request.queueId;
        filter.limit = 200;
        m_services.history->entries(filter, this, [this](QList<history::HistoryEntry> entries, QString listError) {
            if (!listError.isEmpty()) {
                finish(DeployStatus::Failed, listError);
                return;
            }
            for (const history::HistoryEntry &e : std::as_const(entries)) { // newest first
                if (e.isAppliedChange()) {
                    const QueueReadResult last = readWaitStrategy(e.queueAfter);
                    if (last.isOk())
                        m_request.expectedCurrent = *last.strategy;
                    break;
                }
            }
            read();
        });
    });
}

// --- read and plan -----------------------------------------------------------

void DeployJob::read()
{
    setStep(Step::Reading);
    if (!m_request.knownQueue.isEmpty() && m_request.action != history::Action::Rollback) {
        const QString problem = api::checkQueueObject(m_request.knownQueue);
        if (problem.isEmpty() && m_request.knownQueue.value("id"_L1).toString() == m_request.queueId) {
            // Planned from the next turn of the event loop, as after a read:
            // whoever started the job connects to it first.
            QMetaObject::invokeMethod(this, [this] {
                plan(m_request.knownQueue, m_request.knownQueue.value("version"_L1).toInt());
            }, Qt::QueuedConnection);
            return;
        }
        qCWarning(lcModel) << "the listed copy of" << m_request.queueId << "is unusable; reading the queue:" << problem;
    }
    api::QueueReply *reply = m_services.routing->getQueue(m_request.queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply] { onFirstRead(reply); });
}

void DeployJob::onFirstRead(api::QueueReply *reply)
{
    reply->deleteLater();
    if (reply->error().isError()) {
        finish(DeployStatus::Failed, tr("Could not read queue %1: %2").arg(m_request.queueId, reply->error().message),
               reply->error());
        return;
    }
    plan(reply->queueObject(), reply->version());
}

void DeployJob::plan(const QJsonObject &queue, int version)
{
    m_queue = queue;
    m_version = version;
    m_outcome.version = m_version;
    const QueueReadResult current = readWaitStrategy(m_queue);
    if (!current.isOk()) {
        finish(DeployStatus::Failed, tr("Queue %1 has a malformed wait strategy: %2")
                                         .arg(m_request.queueId, current.errorString()));
        return;
    }
    m_original = *current.strategy;
    m_outcome.before = m_original;

    if (m_request.expectedCurrent && *m_request.expectedCurrent != m_original && !m_request.force) {
        finish(DeployStatus::Conflict,
               tr("Someone else changed queue %1 since Holdline last did (%2). Nothing was changed; "
                  "force the rollback to overwrite their change.")
                   .arg(m_request.queueId, summarizeChanges(diffStrategies(*m_request.expectedCurrent, m_original))));
        return;
    }

    QString error;
    const auto target = targetStrategy(m_request, m_original, &error);
    if (!target) {
        finish(DeployStatus::Blocked, error);
        return;
    }
    m_target = *target;
    m_outcome.after = m_target;
    m_outcome.changes = diffStrategies(m_original, m_target);
    if (m_services.validator)
        m_outcome.findings = m_services.validator->validate(m_target, m_services.clock->utcNow().date());

    // A queue already at the target is left alone even when it breaks a rule:
    // nothing is written, so there is nothing to block (re-runs stay idempotent).
    // A rollback restores a strategy that was live before: it is the way back
    // even when today's policy packs would not accept it, so its findings are
    // reported but never block it.
    const bool isRollback = m_request.action == history::Action::Rollback;
    if (hasErrors(m_outcome.findings) && !isRollback && (!m_outcome.changes.isEmpty() || m_request.dryRun)) {
        QStringList messages;
        for (const Finding &f : findingsWithSeverity(m_outcome.findings, FindingSeverity::Error))
            messages.append(f.message);
        finish(DeployStatus::Blocked, messages.join(u' '));
        return;
    }
    if (m_request.dryRun) {
        finish(DeployStatus::Planned);
        return;
    }
    if (m_outcome.changes.isEmpty()) {
        finish(DeployStatus::Unchanged);
        return;
    }
    if (m_cancelled) {
        finish(DeployStatus::Cancelled, tr("Cancelled before anything was written."));
        return;
    }
    recordIntent();
}

// --- write-ahead, write, verify ------------------------------------------------

history::HistoryEntry DeployJob::baseEntry() const
{
    history::HistoryEntry entry;
    entry.osUser = m_services.actor.osUser;
    entry.clientId = m_services.actor.clientId;
    entry.tenant = m_services.actor.tenant;
    entry.queueId = m_request.queueId;
    entry.action = history::name(m_request.action);
    entry.diff = diffToJson(m_outcome.changes);
    entry.targetEntryId = m_request.targetEntryId;
    entry.queueBefore = m_queue;
    return entry;
}

void DeployJob::recordIntent()
{
    setStep(Step::RecordingIntent);
    history::HistoryEntry entry = baseEntry();
    entry.status = history::name(history::Status::Pending);
    entry.queueAfter = writeWaitStrategy(m_queue, m_target);
    entry.message = summarizeChanges(m_outcome.changes);
    m_services.history->append(entry, this, [this](std::optional<history::HistoryEntry> stored, QString error) {
        if (!stored) {
            finish(DeployStatus::Failed, tr("Could not record the change in the history, so nothing was written: %1").arg(error));
            return;
        }
        m_outcome.pendingEntryId = stored->id;
        if (m_crashPoint == CrashPoint::AfterPending) {
            finish(DeployStatus::Failed, u"simulated crash after the pending entry"_s);
            return;
        }
        write();
    });
}

void DeployJob::write()
{
    setStep(Step::Writing);
    m_sent = writeWaitStrategy(m_queue, m_target);
    api::QueueReply *reply = m_services.routing->putQueue(m_request.queueId, m_sent, m_version);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply] { onWritten(reply); });
}

void DeployJob::onWritten(api::QueueReply *reply)
{
    reply->deleteLater();
    const api::ApiError &error = reply->error();
    if (!error.isError()) {
        if (m_crashPoint == CrashPoint::AfterPut) {
            finish(DeployStatus::Failed, u"simulated crash after the write"_s);
            return;
        }
        acceptStored(reply->queueObject());
        return;
    }
    if (error.kind == api::ApiError::Kind::Conflict)
        settleByReading(tr("Queue %1 changed on the tenant while Holdline was writing.").arg(m_request.queueId), error);
    else if (isUncertain(error) || reply->attempts() > 1)
        // After a retry, even a definite refusal (a 429, say) does not tell
        // whether an earlier attempt, whose answer was lost, was applied.
        settleByReading(tr("The write's answer was lost: %1").arg(error.message), error);
    else {
        m_outcome.apiError = error;
        resolve(history::Status::Failed, tr("The tenant refused the change: %1").arg(error.message), {}, DeployStatus::Failed);
    }
}

void DeployJob::settleByReading(const QString &why, const api::ApiError &cause)
{
    setStep(Step::Verifying);
    api::QueueReply *reply = m_services.routing->getQueue(m_request.queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, why, cause] { onSettleRead(reply, why, cause); });
}

void DeployJob::onSettleRead(api::QueueReply *reply, const QString &why, const api::ApiError &cause)
{
    reply->deleteLater();
    if (reply->error().isError()) {
        // Neither the write nor a read-back succeeded: the pending entry stays
        // unresolved and the next start-up reconciles it.
        m_outcome.apiError = cause;
        finish(DeployStatus::Uncertain, why + u' '
                   + tr("Reading the queue back failed too (%1), so whether the change was applied is not known yet; "
                        "history entry #%2 stays pending until Holdline settles it (the next command that writes, or the "
                        "app's next start).")
                         .arg(reply->error().message)
                         .arg(m_outcome.pendingEntryId),
               cause);
        return;
    }
    const QJsonObject now = reply->queueObject();
    const QueueReadResult owned = readWaitStrategy(now);
    const bool ownedAtTarget = owned.isOk() && *owned.strategy == m_target;
    const bool ownedUntouched = owned.isOk() && *owned.strategy == m_original;

    if (ownedAtTarget && reply->version() > m_version) {
        // Our own write was applied (its answer was lost): verify it as if answered.
        acceptStored(now);
        return;
    }
    if (ownedUntouched && reply->version() == m_version) {
        m_outcome.apiError = cause;
        resolve(history::Status::Failed, why + u' ' + tr("The change was not applied."), now, DeployStatus::Failed);
        return;
    }
    if (ownedUntouched && cause.kind == api::ApiError::Kind::Conflict && ++m_conflictRetries <= MaxConflictRetries) {
        // Only fields we do not own changed: keep them, and write ours on top.
        qCInfo(lcModel) << "queue" << m_request.queueId << "changed elsewhere (not our fields); merging, attempt"
                        << m_conflictRetries;
        m_queue = now;
        m_version = reply->version();
        write();
        return;
    }
    if (ownedUntouched) {
        m_outcome.apiError = cause;
        resolve(history::Status::Failed, why + u' ' + tr("The change was not applied."), now, DeployStatus::Failed);
        return;
    }
    const QString theirs = owned.isOk() ? summarizeChanges(diffStrategies(m_original, *owned.strategy))
                                        : owned.errorString();
    m_outcome.apiError = cause;
    resolve(history::Status::Conflict,
            tr("Someone else changed the wait strategy of %1 meanwhile (%2). Nothing was overwritten; "
               "review their change and plan again.").arg(m_request.queueId, theirs),
            now, DeployStatus::Conflict);
}

void DeployJob::acceptStored(const QJsonObject &stored)
{
    setStep(Step::Verifying);
    m_outcome.queueAfter = stored;
    m_outcome.version = stored.value("version"_L1).toInt();
    const QString problem = checkStoredQueue(m_sent, stored, m_target);
    if (!problem.isEmpty()) {
        resolve(history::Status::Failed, problem, stored, DeployStatus::Failed);
        return;
    }
    resolve(history::Status::Completed, summarizeChanges(m_outcome.changes), stored, DeployStatus::Deployed);
}

// --- record the outcome, sync, finish ---------------------------------------------

void DeployJob::resolve(history::Status status, const QString &message, const QJsonObject &queueAfter, DeployStatus outcome)
{
    setStep(Step::Recording);
    history::HistoryEntry entry = baseEntry();
    entry.status = history::name(status);
    entry.message = message;
    entry.queueAfter = queueAfter;
    entry.resolvesEntryId = m_outcome.pendingEntryId;
    m_services.history->append(entry, this, [this, outcome, message](std::optional<history::HistoryEntry> stored, QString error) {
        QString problem = outcome == DeployStatus::Deployed ? QString() : message;
        if (stored) {
            m_outcome.entryId = stored->id;
            m_entryMac = stored->hash;
        }
        else
            problem = (problem.isEmpty() ? QString() : problem + u' ')
                + tr("The outcome could not be recorded (%1); Holdline reconciles it at its next start.").arg(error);
        if (outcome == DeployStatus::Deployed) {
            m_outcome.error = problem;
            syncAndFinish();
        } else {
            finish(outcome, problem, m_outcome.apiError);
        }
    });
}

void DeployJob::syncAndFinish()
{
    if (m_services.outbox && m_services.actor.syncEndpoint.isValid()) {
        setStep(Step::Syncing);
        QString error;
        m_outcome.syncKey = m_services.outbox->enqueue(m_services.actor.syncEndpoint, m_request.queueId,
                                                       strategyToFlatJson(m_target), &error,
                                                       {m_outcome.entryId, m_entryMac});
        if (m_outcome.syncKey.isEmpty())
            m_outcome.error = tr("Deployed, but the sync was refused: %1").arg(error);
    }
    finish(DeployStatus::Deployed, m_outcome.error);
}

void DeployJob::finish(DeployStatus status, const QString &error, const api::ApiError &apiError)
{
    if (m_step == Step::Done)
        return;
    m_outcome.status = status;
    m_outcome.error = error;
    if (apiError.isError())
        m_outcome.apiError = apiError;
    setStep(Step::Done);
    Q_EMIT finished();
}

} // namespace holdline::deploy
