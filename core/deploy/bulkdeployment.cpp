#include "deploy/bulkdeployment.h"

#include "api/apiclient.h"
#include "api/routingclient.h"
#include "common/logging.h"
#include "deploy/deploymentengine.h"

#include <QHash>
#include <QTimer>

namespace holdline::deploy {

using namespace Qt::StringLiterals;

BulkDeployment::BulkDeployment(DeploymentEngine *engine, QList<DeployRequest> requests, int concurrency, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_requests(std::move(requests))
    , m_concurrency(std::max(0, concurrency))
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
    readWithListing();
}

void BulkDeployment::readWithListing()
{
    int unread = 0;
    for (const DeployRequest &request : std::as_const(m_requests))
        unread += request.knownQueue.isEmpty() && request.action != history::Action::Rollback ? 1 : 0;
    // A page holds 500 queues; listing pays when it takes fewer requests
    // than a GET for each queue not yet read.
    if (unread < 2) {
        launchMore();
        return;
    }
    api::QueueListReply *list = m_engine->services().routing->listQueues(500, unread - 1);
    list->setParent(this);
    connect(list, &api::ApiJob::finished, this, [this, list] {
        list->deleteLater();
        if (m_cancelled)
            return;
        if (list->error().isError()) {
            // Each queue is then read on its own, and a queue that cannot be
            // read says why in its outcome.
            if (!list->exceededPageBudget())
                qCInfo(lcModel).noquote() << "reading the queues one by one; the listing failed:" << list->error().message;
        } else {
            QHash<QString, QJsonObject> listed;
            for (const QJsonObject &queue : list->queueObjects())
                listed.insert(queue.value("id"_L1).toString(), queue);
            for (DeployRequest &request : m_requests)
                if (request.knownQueue.isEmpty() && request.action != history::Action::Rollback)
                    request.knownQueue = listed.value(request.queueId);
        }
        launchMore();
    });
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

int BulkDeployment::concurrency() const
{
    if (m_concurrency > 0)
        return m_concurrency;
    const api::ApiClient *client = m_engine->services().client;
    return client ? std::min(api::MaxAutoInFlight, 2 * client->inFlightLimit()) : ConcurrencyWithoutClient;
}

void BulkDeployment::launchMore()
{
    const int limit = concurrency();
    while (!m_cancelled && m_running.size() < limit && m_next < m_requests.size()) {
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
