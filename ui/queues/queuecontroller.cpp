#include "ui/queues/queuecontroller.h"

#include "ui/queues/queuetablemodel.h"

#include "api/analyticsclient.h"
#include "api/routingclient.h"
#include "model/queue.h"
#include "session/tenantsession.h"

#include <QTimer>

namespace holdline::ui {

using namespace Qt::StringLiterals;

QueueController::QueueController(QueueTableModel *model, QObject *parent) : QObject(parent), m_model(model) {}

void QueueController::setSession(TenantSession *session)
{
    ++m_generation;
    if (m_listReply)
        m_listReply->abort();
    if (m_metricsReply)
        m_metricsReply->abort();
    m_session = session;
    m_model->clear();
    setLoading(false);
}

void QueueController::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void QueueController::refresh()
{
    if (!m_session || m_listReply)
        return;
    setLoading(true);
    m_listReply = m_session->routing()->listQueues();
    m_listReply->setParent(this);
    connect(m_listReply, &api::ApiJob::finished, this, &QueueController::onQueuesListed);
}

void QueueController::onQueuesListed()
{
    api::QueueListReply *reply = m_listReply;
    m_listReply = nullptr;
    if (!reply->succeeded()) {
        reply->deleteLater();
        setLoading(false);
        Q_EMIT error(tr("The queues could not be listed: %1").arg(reply->error().message));
        return;
    }
    convertChunk(reply, 0);
}

QueueRow QueueController::rowFor(const Queue &queue) const
{
    QueueRow row;
    row.id = queue.id;
    row.name = queue.name;
    row.version = queue.version;
    row.hours = queue.hours;
    if (!queue.strategy) {
        row.readError = queue.readError;
        row.compliance = Compliance::Unknown;
        row.complianceDetail = row.readError;
        return row;
    }
    row.strategy = queue.strategy;
    judge(row);
    return row;
}

void QueueController::judge(QueueRow &row) const
{
    if (!m_session || !row.strategy)
        return;
    const QList<Finding> findings = m_session->validator().validate(*row.strategy, m_session->tenantNow().date());
    row.compliance = complianceOf(findings);
    QStringList lines;
    for (const Finding &f : findings)
        if (f.severity != FindingSeverity::NeedsPrediction)
            lines.append(f.message);
    if (row.compliance == Compliance::Unpredicted)
        lines.append(tr("Meets every fixed rule; whether it meets the service targets in force needs a prediction: "
                        "open the queue to see it."));
    row.complianceDetail = lines.isEmpty() ? tr("Meets every rule in force.") : lines.join(u'\n');
    row.ruleCompliance = row.compliance;
    row.ruleDetail = row.complianceDetail;
}

// A slice of the listing converted and judged per event-loop turn: thousands
// of queues never stall the GUI thread in one go. The reply lives until done.
void QueueController::convertChunk(api::QueueListReply *reply, qsizetype from)
{
    QList<QueueRow> rows;
    for (const Queue &queue : reply->queues(from, ChunkSize))
        rows.append(rowFor(queue));
    m_model->appendQueues(rows);
    const qsizetype to = from + ChunkSize;
    if (to < reply->count()) {
        const int generation = m_generation;
        QTimer::singleShot(0, this, [this, reply = QPointer(reply), to, generation] {
            if (!reply)
                return;
            if (generation != m_generation) {
                reply->deleteLater(); // another session, or cleared, meanwhile
                return;
            }
            convertChunk(reply, to);
        });
        return;
    }
    reply->deleteLater();
    Q_EMIT queuesLoaded(m_model->rowCount());
    refreshMetrics();
}

void QueueController::insertInChunks(QList<QueueRow> rows)
{
    const int n = std::min<int>(ChunkSize, int(rows.size()));
    m_model->appendQueues(rows.mid(0, n));
    if (n < rows.size()) {
        QTimer::singleShot(0, this, [this, rest = rows.mid(n)] { insertInChunks(rest); });
        return;
    }
    Q_EMIT queuesLoaded(m_model->rowCount());
}

void QueueController::refreshMetrics()
{
    if (!m_session || m_metricsReply || m_model->rowCount() == 0) {
        if (!m_listReply)
            setLoading(false);
        return;
    }
    m_metricsReply = m_session->analytics()->queueMetrics(
        m_model->queueIds(), api::MetricsWindow::trailing(3600),
        {u"queue.answerRate"_s, u"queue.abandonRate"_s, u"queue.averageWaitTime"_s, u"queue.offered"_s});
    m_metricsReply->setParent(this);
    connect(m_metricsReply, &api::ApiJob::finished, this, [this] {
        api::AnalyticsReply *reply = m_metricsReply;
        m_metricsReply = nullptr;
        reply->deleteLater();
        setLoading(false);
        if (!reply->succeeded()) {
            Q_EMIT error(tr("The live metrics could not be read: %1").arg(reply->error().message));
            return;
        }
        QHash<QString, QueueMetrics> metrics;
        for (const api::MetricsRecord &r : reply->records())
            metrics.insert(r.queueId, {r.value(u"queue.answerRate"_s), r.value(u"queue.abandonRate"_s),
                                       r.value(u"queue.averageWaitTime"_s), r.value(u"queue.offered"_s)});
        m_model->updateMetrics(metrics, m_session ? m_session->tenantNow() : QDateTime());
        Q_EMIT metricsLoaded();
    });
}

void QueueController::reloadQueue(const QString &queueId)
{
    if (!m_session)
        return;
    api::QueueReply *reply = m_session->routing()->getQueue(queueId);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, queueId] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            Q_EMIT error(tr("Queue %1 could not be read again: %2").arg(queueId, reply->error().message));
            return;
        }
        m_model->updateQueue(rowFor(reply->queue()));
        Q_EMIT queueReloaded(queueId);
    });
}

void QueueController::recomputeCompliance()
{
    if (!m_session)
        return;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QueueRow row = m_model->queueAt(r);
        judge(row);
        m_model->updateQueue(row);
    }
}

} // namespace holdline::ui
