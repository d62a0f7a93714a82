#include "deploy/deploymentengine.h"

#include "api/routingclient.h"
#include "common/logging.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "sync/syncoutbox.h"

namespace holdline::deploy {

using namespace Qt::StringLiterals;

DeploymentEngine::DeploymentEngine(const DeployServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    if (m_services.outbox) {
        connect(m_services.outbox, &sync::SyncOutbox::deliveryChanged, this, [this](const sync::SyncDelivery &delivery) {
            // An attempt has ended when the delivery is no longer in flight.
            if (delivery.state != sync::SyncDelivery::State::Delivering && delivery.attempts > 0)
                recordSync(delivery.idempotencyKey);
        });
    }
}

DeployJob *DeploymentEngine::deploy(const DeployRequest &request)
{
    auto *job = new DeployJob(m_services, request, this);
    job->start();
    return job;
}

DeployJob *DeploymentEngine::plan(const QString &queueId, const QList<FieldAssignment> &assignments)
{
    DeployRequest request;
    request.queueId = queueId;
    request.assignments = assignments;
    request.dryRun = true;
    return deploy(request);
}

DeployJob *DeploymentEngine::rollback(const QString &queueId, qint64 entryId, bool toBefore, bool force)
{
    DeployRequest request;
    request.queueId = queueId;
    request.action = history::Action::Rollback;
    request.targetEntryId = entryId;
    request.force = force;
    auto *job = new DeployJob(m_services, request, this);
    job->setRollbackToBefore(toBefore);
    job->start();
    return job;
}

void DeploymentEngine::recordSync(const QString &key)
{
    for (const sync::SyncDelivery &delivery : m_services.outbox->deliveries()) {
        if (delivery.idempotencyKey != key)
            continue;
        history::HistoryEntry entry;
        entry.osUser = m_services.actor.osUser;
        entry.clientId = m_services.actor.clientId;
        entry.tenant = m_services.actor.tenant;
        entry.queueId = delivery.queueId;
        entry.action = history::name(history::Action::Sync);
        const bool delivered = delivery.state == sync::SyncDelivery::State::Delivered;
        entry.status = history::name(delivered ? history::Status::Delivered : history::Status::Failed);
        entry.message = delivered
            ? tr("Strategy synced to %1 (attempt %2).").arg(delivery.endpoint.host()).arg(delivery.attempts)
            : tr("Sync to %1 failed (attempt %2): %3; retrying at %4.")
                  .arg(delivery.endpoint.host()).arg(delivery.attempts).arg(delivery.lastError,
                       delivery.nextAttemptAt.toString(Qt::ISODate));
        entry.details = QJsonObject{
            {"idempotencyKey"_L1, key},
            {"endpoint"_L1, delivery.endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)},
            {"attempt"_L1, delivery.attempts},
        };
        m_services.history->append(entry, this, [](std::optional<history::HistoryEntry>, QString error) {
            if (!error.isEmpty())
                qCWarning(lcApiSync) << "could not record a sync attempt:" << error;
        });
        return;
    }
}

void DeploymentEngine::reconcilePending()
{
    // Claimed, not just listed: on a team's history another Holdline's deploy
    // in flight, or an entry another Holdline is settling, is left alone.
    m_services.history->claimUnresolvedPending(m_services.actor.tenant, this,
                                               [this](QList<history::HistoryEntry> pending, int, QString error) {
        if (!error.isEmpty() && pending.isEmpty()) {
            Q_EMIT reconciled({{0, {}, u"unresolved"_s, error}});
            return;
        }
        reconcileNext(pending, {});
    });
}

void DeploymentEngine::reconcileNext(QList<history::HistoryEntry> pending, QList<Reconciliation> results)
{
    if (pending.isEmpty()) {
        Q_EMIT reconciled(results);
        return;
    }
    const history::HistoryEntry entry = pending.takeFirst();
    api::QueueReply *reply = m_services.routing->getQueue(entry.queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, entry, pending, results]() mutable {
        reply->deleteLater();
        Reconciliation result{entry.id, entry.queueId, {}, {}};
        if (reply->error().isError()) {
            result.status = u"unresolved"_s;
            result.message = tr("Could not read %1 to settle entry %2: %3")
                                 .arg(entry.queueId).arg(entry.id).arg(reply->error().message);
            m_services.history->releasePending(entry.id); // another Holdline may settle it
            results.append(result);
            reconcileNext(pending, results);
            return;
        }
        const QueueReadResult now = readWaitStrategy(reply->queueObject());
        const QueueReadResult intended = readWaitStrategy(entry.queueAfter);
        const QueueReadResult before = readWaitStrategy(entry.queueBefore);
        if (now.isOk() && intended.isOk() && *now.strategy == *intended.strategy) {
            result.status = u"completed"_s;
            result.message = tr("Reconciled at start-up: the change was applied before Holdline stopped.");
        } else if (now.isOk() && before.isOk() && *now.strategy == *before.strategy) {
            result.status = u"failed"_s;
            result.message = tr("Reconciled at start-up: the change was not applied before Holdline stopped.");
        } else {
            result.status = u"conflict"_s;
            result.message = tr("Reconciled at start-up: the queue has changed since (%1); "
                                "whether this change was applied cannot be told.")
                                 .arg(now.isOk() && intended.isOk()
                                          ? summarizeChanges(diffStrategies(*intended.strategy, *now.strategy))
                                          : now.errorString());
        }
        history::HistoryEntry resolution = entry;
        resolution.id = 0;
        resolution.time = {};
        resolution.osUser = m_services.actor.osUser;
        resolution.clientId = m_services.actor.clientId;
        resolution.status = result.status;
        resolution.message = result.message;
        resolution.queueAfter = reply->queueObject();
        resolution.resolvesEntryId = entry.id;
        resolution.details = QJsonObject{{"reconciled"_L1, true}};
        resolution.previousHash.clear();
        resolution.hash.clear();
        m_services.history->append(resolution, this,
                                   [this, result, pending, results](std::optional<history::HistoryEntry>, QString error) mutable {
            if (!error.isEmpty()) {
                result.status = u"unresolved"_s;
                result.message += u' ' + error;
                m_services.history->releasePending(result.pendingEntryId);
            }
            results.append(result);
            reconcileNext(pending, results);
        });
    });
}

} // namespace holdline::deploy
