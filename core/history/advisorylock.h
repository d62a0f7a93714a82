#pragma once

#include <QSqlDatabase>
#include <QString>

namespace holdline::history::AdvisoryLock {

// A PostgreSQL session advisory lock: held by one database connection until it
// releases it or the connection goes (a crash frees it, with no clock to
// guess). What the history's leases are made of. On any other driver every
// call grants it: one machine needs no lease.

// True when this connection holds `key` now (it already did, or the try-lock won).
bool tryHold(QSqlDatabase &db, qint64 key, QString *error);
// Releases it if this connection holds it; nothing otherwise.
void release(QSqlDatabase &db, qint64 key);

} // namespace holdline::history::AdvisoryLock
