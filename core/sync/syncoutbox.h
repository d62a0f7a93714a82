#pragma once

#include "common/clock.h"
#include "sync/syncpayload.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

class QTimer;

namespace holdline::api {
class ApiClient;
}
namespace holdline::storage {
class DatabaseWorker;
}

namespace holdline::sync {

// One strategy push to the external orchestration endpoint (CONTRACT.md §5).
struct SyncDelivery
{
    enum class State { Pending, Delivering, Delivered };

    QString idempotencyKey;   // one per deploy; the same across retries
    QUrl endpoint;
    QString queueId;
    QByteArray body;          // built once, so every retry sends the same bytes
    State state = State::Pending;
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime deliveredAt;
    QString lastError;

    static QString stateName(State state);
};

// A persistent outbox: every sync is written to the database before it is
// sent, and retried with backoff (across restarts) until the endpoint takes it.
// A failed sync never undoes a deploy; it stays visible until delivered.
class SyncOutbox : public QObject
{
    Q_OBJECT
public:
    SyncOutbox(api::ApiClient *client, storage::DatabaseWorker *database, QObject *parent = nullptr,
               const Clock *clock = Clock::system());
    ~SyncOutbox() override;

    // In memory only: the signing secret comes from the keychain each session.
    void setSigningSecret(const QByteArray &secret);

    // Creates the table if needed and resumes every undelivered sync.
    void open();
    bool isOpen() const { return m_open; }

    // Queues a push; returns its idempotency key, or an empty string with
    // *error set when the endpoint is refused (plain http to a remote host).
    QString enqueue(const QUrl &endpoint, const QString &queueId, const QJsonObject &strategy, QString *error,
                    const AuditAnchor &anchor = {});

    QList<SyncDelivery> deliveries() const { return m_deliveries; }
    int pendingCount() const;
    void retryNow();

    static qint64 backoffMs(int attempts);

Q_SIGNALS:
    void opened();
    void openFailed(const QString &reason);
    void deliveryChanged(const holdline::sync::SyncDelivery &delivery);
    void pendingCountChanged(int pending);

private:
    void deliver(const QString &key);
    void onDelivered(const QString &key, bool ok, const QString &error);
    void persist(const SyncDelivery &delivery, bool insert);
    void scheduleNext();
    void deliverDue();
    SyncDelivery *find(const QString &key);

    api::ApiClient *m_client;
    storage::DatabaseWorker *m_database;
    const Clock *m_clock;
    QTimer *m_timer;
    QByteArray m_signingSecret;
    QList<SyncDelivery> m_deliveries;
    bool m_open = false;
    int m_lastPendingCount = 0;
};

} // namespace holdline::sync
