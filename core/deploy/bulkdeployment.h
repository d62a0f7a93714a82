#pragma once

#include "deploy/deployjob.h"

#include <QList>
#include <QObject>

namespace holdline::deploy {

class DeploymentEngine;

// Many queues at once, one request a queue where it can: deploys that do
// not carry their queue as listed (DeployRequest::knownQueue) are read with
// one listing when that takes fewer requests than a GET each. Jobs run with
// bounded concurrency (the ApiClient paces them to the tenant's rate limit);
// one queue's failure never stops the others; every queue ends with an
// outcome. Cancel stops queues not yet written. The GUI and the CLI both
// start bulk changes here, with the same defaults.
class BulkDeployment : public QObject
{
    Q_OBJECT
public:
    // Chosen from the client's calls in flight (rate in force × round trip),
    // doubled: a queue's job also spends time writing its history entries.
    static constexpr int AutoConcurrency = 0;
    static constexpr int ConcurrencyWithoutClient = 4; // services name no HTTP client to ask

    BulkDeployment(DeploymentEngine *engine, QList<DeployRequest> requests, int concurrency = AutoConcurrency,
                   QObject *parent = nullptr);

    void start();
    void cancel();

    int total() const { return int(m_requests.size()); }
    int done() const { return m_done; }
    bool isFinished() const { return m_done == total(); }
    // In request order; queues not yet finished have status Failed and no error.
    const QList<DeployOutcome> &outcomes() const { return m_outcomes; }
    int count(DeployStatus status) const;
    // Jobs run at once now: the fixed concurrency, or the one chosen.
    int concurrency() const;

Q_SIGNALS:
    void queueStepChanged(int index, const QString &queueId, holdline::deploy::DeployJob::Step step);
    void queueFinished(int index, const holdline::deploy::DeployOutcome &outcome);
    void progress(int done, int total);
    void finished();

private:
    void readWithListing();
    void launchMore();
    void onJobFinished(int index, DeployJob *job);

    DeploymentEngine *m_engine;
    QList<DeployRequest> m_requests;
    QList<DeployOutcome> m_outcomes;
    QList<DeployJob *> m_running;
    int m_concurrency;
    int m_next = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace holdline::deploy
