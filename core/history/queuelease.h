#pragma once

#include <QSqlDatabase>
#include <QString>

namespace holdline::history::QueueLease {

// Which of several guard services on a team's history watches a queue: the
// one whose database connection holds the queue's advisory lock. Held until
// that connection goes (the service stops or dies), then the next round of
// another instance takes it over. On SQLite (one machine) always granted.
inline constexpr qint64 QueueLockBase = 0x4851000000000000; // "HQ", apart from the pending entries' "HP"

// The lock key of a tenant's queue (a 48-bit hash under the base).
qint64 keyOf(const QString &tenant, const QString &queueId);
// True when this connection holds the queue's lease now.
bool claim(QSqlDatabase &db, const QString &tenant, const QString &queueId, QString *error);

} // namespace holdline::history::QueueLease
