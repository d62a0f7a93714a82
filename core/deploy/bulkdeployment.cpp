#include "deploy/bulkdeployment.h"

#include "deploy/deploymentengine.h"

#include <QTimer>

namespace holdline::deploy {

BulkDeployment::BulkDeployment(DeploymentEngine *engine, QList<DeployRequest> requests, int concurrency, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_requests(std::move(requests))
    , m_concurrency(std::max(1, concurrency))
{
    m_outcomes.resize(m_requests.size());
    for (qsizetype i = 0; i < m_requests.size(); ++i)
        m_outcomes[i].queueId = m_requests.at(i).queueId;
}

void BulkDeployment::start()
{
    if (m_requests.isEmpty()) {
        QTimer::singleShot(0, this, &BulkDeployment::finished);
        return;
    }
    launchMore();
}

void BulkDeployment::cancel()
{
    m_cancelled = true;
    for (DeployJob *job : std::as_const(m_running))
        job->cancel();
    // Queues never started end now, as cancelled.
    while (m_next < m_requests.size()) {
        const int index = m_next++;
        m_outcomes[index].status = DeployStatus::Cancelled;
        m_outcomes[index].error = tr("Cancelled before it started.");
        ++m_done;
        Q_EMIT queueFinished(index, m_outcomes.at(index));
    }
    Q_EMIT progress(m_done, total());
    if (isFinished())
        Q_EMIT finished();
}

int BulkDeployment::count(DeployStatus status) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [status](const DeployOutcome &o) { return o.status == status; }));
}

void BulkDeployment::launchMore()
{
    while (!m_cancelled && m_running.size() < m_concurrency && m_next < m_requests.size()) {
        const int index = m_next++;
        DeployJob *job = m_engine->deploy(m_requests.at(index));
        job->setParent(this);
        m_running.append(job);
        const QString queueId = m_requests.at(index).queueId;
        connect(job, &DeployJob::stepChanged, this, [this, index, queueId](DeployJob::Step step) {
            Q_EMIT queueStepChanged(index, queueId, step);
        });
        connect(job, &DeployJob::finished, this, [this, index, job] { onJobFinished(index, job); });
    }
}

void BulkDeployment::onJobFinished(int index, DeployJob *job)
{
    m_running.removeAll(job);
    job->deleteLater();
    m_outcomes[index] = job->outcome();
    ++m_done;
    Q_EMIT queueFinished(index, m_outcomes.at(index));
    Q_EMIT progress(m_done, total());
    launchMore();
    if (isFinished())
        Q_EMIT finished();
}

} // namespace holdline::deploy
