#include "cli/syncwaiter.h"

#include <QTimer>

namespace holdline::cli {

SyncWaiter::SyncWaiter(sync::SyncOutbox *outbox, QStringList keys, int deadlineMs, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_keys(std::move(keys))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(deadlineMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_finished = true;
        Q_EMIT finished();
    });
    connect(m_outbox, &sync::SyncOutbox::deliveryChanged, this, [this](const sync::SyncDelivery &delivery) {
        if (m_keys.contains(delivery.idempotencyKey))
            m_seen.insert(delivery.idempotencyKey, delivery);
        check();
    });
}

void SyncWaiter::start()
{
    for (const sync::SyncDelivery &delivery : m_outbox->deliveries())
        if (m_keys.contains(delivery.idempotencyKey))
            m_seen.insert(delivery.idempotencyKey, delivery);
    m_deadline->start();
    QTimer::singleShot(0, this, &SyncWaiter::check);
}

QList<sync::SyncDelivery> SyncWaiter::deliveries() const
{
    QList<sync::SyncDelivery> list;
    for (const QString &key : m_keys)
        if (m_seen.contains(key))
            list.append(m_seen.value(key));
    return list;
}

int SyncWaiter::deliveredCount() const
{
    int count = 0;
    for (const sync::SyncDelivery &d : m_seen)
        count += d.state == sync::SyncDelivery::State::Delivered;
    return count;
}

void SyncWaiter::check()
{
    if (m_finished)
        return;
    for (const QString &key : std::as_const(m_keys)) {
        const auto it = m_seen.constFind(key);
        const bool attempted = it != m_seen.cend() && it->state != sync::SyncDelivery::State::Delivering
            && it->attempts > 0;
        if (!attempted)
            return;
    }
    m_finished = true;
    m_deadline->stop();
    Q_EMIT finished();
}

} // namespace holdline::cli
