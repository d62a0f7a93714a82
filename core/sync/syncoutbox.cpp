#include "sync/syncoutbox.h"

#include "api/apiclient.h"
#include "api/endpointpolicy.h"
#include "common/logging.h"
#include "storage/databaseworker.h"
#include "storage/schemamigrator.h"
#include "sync/syncpayload.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace holdline::sync {

using namespace Qt::StringLiterals;

namespace {
const QList<storage::Migration> &outboxMigrations()
{
    static const QList<storage::Migration> migrations{
        {1,
         {u"CREATE TABLE sync_outbox ("
          "idempotency_key VARCHAR(36) PRIMARY KEY, endpoint TEXT NOT NULL, queue_id VARCHAR(64) NOT NULL, "
          "body TEXT NOT NULL, state VARCHAR(16) NOT NULL, attempts INTEGER NOT NULL, "
          "created_at VARCHAR(32) NOT NULL, next_attempt_at VARCHAR(32), delivered_at VARCHAR(32), "
          "last_error TEXT)"_s,
          u"CREATE INDEX sync_outbox_state ON sync_outbox (state)"_s}},
    };
    return migrations;
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

struct LoadResult
{
    QString error;
    QList<SyncDelivery> deliveries;
};
} // namespace

QString SyncDelivery::stateName(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Delivering: return u"delivering"_s;
    case State::Delivered: return u"delivered"_s;
    }
    return {};
}

SyncOutbox::SyncOutbox(api::ApiClient *client, storage::DatabaseWorker *database, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncOutbox::deliverDue);
}

SyncOutbox::~SyncOutbox() = default;

void SyncOutbox::setSigningSecret(const QByteArray &secret)
{
    m_signingSecret = secret;
}

qint64 SyncOutbox::backoffMs(int attempts)
{
    // 5 s, 10 s, 20 s ... capped at an hour: an endpoint down for a day is
    // still tried every hour, and shown as pending until it answers.
    const int exponent = std::clamp(attempts - 1, 0, 20);
    return std::min<qint64>(3'600'000, 5'000LL << exponent);
}

void SyncOutbox::open()
{
    m_database->run<LoadResult>(
        [](QSqlDatabase &db) {
            LoadResult result;
            result.error = storage::migrate(db, u"sync_outbox"_s, outboxMigrations());
            if (!result.error.isEmpty())
                return result;
            QSqlQuery query(db);
            if (!query.exec(u"SELECT idempotency_key, endpoint, queue_id, body, state, attempts, created_at, "
                            "next_attempt_at, delivered_at, last_error FROM sync_outbox "
                            "WHERE state <> 'delivered' ORDER BY created_at"_s)) {
                result.error = query.lastError().text();
                return result;
            }
            while (query.next()) {
                SyncDelivery d;
                d.idempotencyKey = query.value(0).toString();
                d.endpoint = QUrl(query.value(1).toString());
                d.queueId = query.value(2).toString();
                d.body = query.value(3).toString().toUtf8();
                d.state = SyncDelivery::State::Pending; // an interrupted delivery is tried again
                d.attempts = query.value(5).toInt();
                d.createdAt = fromIso(query.value(6));
                d.nextAttemptAt = fromIso(query.value(7));
                d.deliveredAt = fromIso(query.value(8));
                d.lastError = query.value(9).toString();
                result.deliveries.append(d);
            }
            return result;
        },
        this,
        [this](LoadResult result) {
            if (!result.error.isEmpty()) {
                qCWarning(lcApiSync) << "cannot open the sync outbox:" << result.error;
                Q_EMIT openFailed(tr("The sync outbox could not be opened: %1").arg(result.error));
                return;
            }
            // Syncs queued before open() may already be among the loaded ones.
            for (const SyncDelivery &loaded : std::as_const(result.deliveries))
                if (!find(loaded.idempotencyKey))
                    m_deliveries.append(loaded);
            m_open = true;
            qCInfo(lcApiSync) << "sync outbox open," << pendingCount() << "pending";
            Q_EMIT opened();
            Q_EMIT pendingCountChanged(pendingCount());
            deliverDue();
        });
}

QString SyncOutbox::enqueue(const QUrl &endpoint, const QString &queueId, const QJsonObject &strategy, QString *error,
                            const AuditAnchor &anchor)
{
    const QString refusal = api::checkEndpoint(endpoint);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return {};
    }
    SyncDelivery delivery;
    delivery.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    delivery.endpoint = endpoint;
    delivery.queueId = queueId;
    delivery.createdAt = m_clock->utcNow();
    delivery.body = buildSyncPayload(queueId, strategy, delivery.createdAt, anchor);
    delivery.nextAttemptAt = delivery.createdAt;
    m_deliveries.append(delivery);
    persist(delivery, true);
    Q_EMIT deliveryChanged(delivery);
    Q_EMIT pendingCountChanged(pendingCount());
    // The insert is queued before the delivery, so it is on disk first.
    if (m_open)
        deliver(delivery.idempotencyKey);
    return delivery.idempotencyKey;
}

int SyncOutbox::pendingCount() const
{
    return int(std::count_if(m_deliveries.cbegin(), m_deliveries.cend(), [](const SyncDelivery &d) {
        return d.state != SyncDelivery::State::Delivered;
    }));
}

SyncDelivery *SyncOutbox::find(const QString &key)
{
    for (SyncDelivery &d : m_deliveries)
        if (d.idempotencyKey == key)
            return &d;
    return nullptr;
}

void SyncOutbox::retryNow()
{
    const QDateTime now = m_clock->utcNow();
    for (SyncDelivery &d : m_deliveries)
        if (d.state == SyncDelivery::State::Pending)
            d.nextAttemptAt = now;
    deliverDue();
}

void SyncOutbox::deliverDue()
{
    if (!m_open)
        return;
    const QDateTime now = m_clock->utcNow();
    QStringList due;
    for (const SyncDelivery &d : std::as_const(m_deliveries))
        if (d.state == SyncDelivery::State::Pending && d.nextAttemptAt <= now)
            due.append(d.idempotencyKey);
    for (const QString &key : std::as_const(due))
        deliver(key);
    scheduleNext();
}

void SyncOutbox::scheduleNext()
{
    std::optional<QDateTime> next;
    for (const SyncDelivery &d : std::as_const(m_deliveries))
        if (d.state == SyncDelivery::State::Pending && (!next || d.nextAttemptAt < *next))
            next = d.nextAttemptAt;
    if (!next) {
        m_timer->stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(m_clock->utcNow().msecsTo(*next), 0, 3'600'000);
    m_timer->start(int(delay));
}

void SyncOutbox::deliver(const QString &key)
{
    SyncDelivery *delivery = find(key);
    if (!delivery || delivery->state != SyncDelivery::State::Pending)
        return;
    delivery->state = SyncDelivery::State::Delivering;
    ++delivery->attempts;
    Q_EMIT deliveryChanged(*delivery);

    api::ApiRequest request;
    request.method = "POST";
    request.externalUrl = delivery->endpoint;
    request.authenticated = false;
    request.body = delivery->body;
    request.headers.append({"Idempotency-Key", key.toLatin1()});
    if (!m_signingSecret.isEmpty())
        request.headers.append({"X-Holdline-Signature", signatureHeader(delivery->body, m_signingSecret)});
    api::ApiReply *reply = m_client->send(request);
    connect(reply, &api::ApiJob::finished, this, [this, reply, key] {
        reply->deleteLater();
        onDelivered(key, !reply->error().isError(), reply->error().message);
    });
}

void SyncOutbox::onDelivered(const QString &key, bool ok, const QString &error)
{
    SyncDelivery *delivery = find(key);
    if (!delivery)
        return;
    if (ok) {
        delivery->state = SyncDelivery::State::Delivered;
        delivery->deliveredAt = m_clock->utcNow();
        delivery->lastError.clear();
        qCInfo(lcApiSync) << "strategy of" << delivery->queueId << "synced (" << key << ")";
    } else {
        delivery->state = SyncDelivery::State::Pending;
        delivery->lastError = error;
        delivery->nextAttemptAt = m_clock->utcNow().addMSecs(backoffMs(delivery->attempts));
        qCWarning(lcApiSync) << "sync of" << delivery->queueId << "failed, retrying at"
                             << delivery->nextAttemptAt << ":" << error;
    }
    persist(*delivery, false);
    Q_EMIT deliveryChanged(*delivery);
    Q_EMIT pendingCountChanged(pendingCount());
    scheduleNext();
}

void SyncOutbox::persist(const SyncDelivery &d, bool insert)
{
    m_database->run<QString>(
        [d, insert](QSqlDatabase &db) -> QString {
            QSqlQuery query(db);
            if (insert) {
                query.prepare(u"INSERT INTO sync_outbox (idempotency_key, endpoint, queue_id, body, state, attempts, "
                              "created_at, next_attempt_at, delivered_at, last_error) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
                query.addBindValue(d.idempotencyKey);
                query.addBindValue(d.endpoint.toString());
                query.addBindValue(d.queueId);
                query.addBindValue(QString::fromUtf8(d.body));
            } else {
                query.prepare(u"UPDATE sync_outbox SET state = ?, attempts = ?, created_at = ?, next_attempt_at = ?, "
                              "delivered_at = ?, last_error = ? WHERE idempotency_key = ?"_s);
            }
            query.addBindValue(d.state == SyncDelivery::State::Delivered ? u"delivered"_s : u"pending"_s);
            query.addBindValue(d.attempts);
            query.addBindValue(iso(d.createdAt));
            query.addBindValue(iso(d.nextAttemptAt));
            query.addBindValue(d.deliveredAt.isValid() ? QVariant(iso(d.deliveredAt)) : QVariant());
            query.addBindValue(d.lastError);
            if (!insert)
                query.addBindValue(d.idempotencyKey);
            return query.exec() ? QString() : query.lastError().text();
        },
        this,
        [key = d.idempotencyKey](QString error) {
            if (!error.isEmpty())
                qCCritical(lcApiSync) << "could not record sync" << key << ":" << error;
        });
}

} // namespace holdline::sync
