#pragma once

#include "sync/syncoutbox.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace holdline::cli {

// Waits (on signals, never blocking) until each sync delivery has had its
// first attempt — delivered, or failed and queued for a retry — or until a
// deadline, so a command can report how its syncs went before it exits.
// Undelivered syncs stay in the outbox and are retried by the next run.
class SyncWaiter : public QObject
{
    Q_OBJECT
public:
    SyncWaiter(sync::SyncOutbox *outbox, QStringList keys, int deadlineMs = 30'000, QObject *parent = nullptr);

    void start();
    // The last known state of each key, as the outbox reported it.
    QList<sync::SyncDelivery> deliveries() const;
    int deliveredCount() const;

Q_SIGNALS:
    void finished();

private:
    void check();

    sync::SyncOutbox *m_outbox;
    QStringList m_keys;
    QHash<QString, sync::SyncDelivery> m_seen;
    QTimer *m_deadline;
    bool m_finished = false;
};

} // namespace holdline::cli
