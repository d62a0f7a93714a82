#pragma once

#include "deploy/deployjob.h"

#include <QObject>

namespace holdline::deploy {

// What start-up reconciliation found for one unresolved "pending" entry.
struct Reconciliation
{
    qint64 pendingEntryId = 0;
    QString queueId;
    QString status;   // "completed", "failed", "conflict", or "unresolved" (could not read the queue)
    QString message;
};

// Starts deploys and rollbacks, settles what a crash left pending, and
// records every sync attempt in the history.
class DeploymentEngine : public QObject
{
    Q_OBJECT
public:
    explicit DeploymentEngine(const DeployServices &services, QObject *parent = nullptr);

    const DeployServices &services() const { return m_services; }
    void setSyncEndpoint(const QUrl &endpoint) { m_services.actor.syncEndpoint = endpoint; }

    // The job is started; it is a child of the engine unless reparented.
    DeployJob *deploy(const DeployRequest &request);
    DeployJob *plan(const QString &queueId, const QList<FieldAssignment> &assignments);
    // Restores the strategy recorded by a history entry (after it, or before it).
    DeployJob *rollback(const QString &queueId, qint64 entryId, bool toBefore, bool force);

    // Reads every queue with an unresolved "pending" entry of this tenant and
    // records whether the change was applied; reconciled() follows.
    void reconcilePending();

Q_SIGNALS:
    void reconciled(const QList<holdline::deploy::Reconciliation> &results);

private:
    void reconcileNext(QList<history::HistoryEntry> pending, QList<Reconciliation> results);
    void recordSync(const QString &key);

    DeployServices m_services;
};

} // namespace holdline::deploy
