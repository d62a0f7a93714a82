#pragma once

#include "ui/queues/queuerow.h"

#include "api/analyticsclient.h"
#include "api/routingclient.h"
#include "session/tenantsession.h"

#include <QObject>
#include <QPointer>


namespace holdline::ui {

class QueueTableModel;

// Fills the queue model from the tenant through core: the queues (all pages),
// then their live metrics in one batched analytics query. Rows are converted
// and inserted in chunks, one per event-loop turn, so the UI never stalls.
class QueueController : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkSize = 100;

    QueueController(QueueTableModel *model, QObject *parent = nullptr);

    void setSession(TenantSession *session);
    void refresh();          // queues, then metrics
    void refreshMetrics();   // metrics only
    void reloadQueue(const QString &queueId);
    // The packs in force changed: judge every queue again.
    void recomputeCompliance();

    // A queue as the tenant holds it, judged.
    QueueRow rowFor(const Queue &queue) const;
    bool isLoading() const { return m_loading; }

    // Inserts prepared rows chunk by chunk (also used by the benchmark).
    void insertInChunks(QList<QueueRow> rows);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void queuesLoaded(int count);
    void metricsLoaded();
    void queueReloaded(const QString &queueId);
    void error(const QString &message);

private:
    void onQueuesListed();
    void convertChunk(api::QueueListReply *reply, qsizetype from);
    void setLoading(bool loading);
    void judge(QueueRow &row) const;

    QueueTableModel *m_model;
    QPointer<TenantSession> m_session;
    QPointer<api::QueueListReply> m_listReply;
    QPointer<api::AnalyticsReply> m_metricsReply;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace holdline::ui
