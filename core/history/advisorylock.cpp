#include "history/advisorylock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace holdline::history::AdvisoryLock {

using namespace Qt::StringLiterals;

namespace {

bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driverName() == "QPSQL"_L1;
}

// Whether this connection holds the lock already. pg_advisory_lock counts
// re-entries, so taking it twice would need two releases; asking first keeps
// one hold per key. pg_locks shows a bigint key as its high and low halves.
bool heldHere(QSqlDatabase &db, qint64 key, bool *ok)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() "
                  "AND objsubid = 1 AND granted AND ((classid::bigint << 32) | objid::bigint) = ?"_s);
    query.addBindValue(key);
    *ok = query.exec();
    return *ok && query.next();
}

} // namespace

bool tryHold(QSqlDatabase &db, qint64 key, QString *error)
{
    if (!isPostgreSql(db))
        return true;
    bool ok = false;
    if (heldHere(db, key, &ok))
        return true;
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
    query.addBindValue(key);
    if (!ok || !query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (!query.value(0).toBool())
        *error = u"held by another connection"_s;
    return query.value(0).toBool();
}

void release(QSqlDatabase &db, qint64 key)
{
    if (!isPostgreSql(db))
        return;
    bool ok = false;
    if (!heldHere(db, key, &ok))
        return; // unlocking a lock not held makes the server warn
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_advisory_unlock(?)"_s);
    query.addBindValue(key);
    query.exec();
}

} // namespace holdline::history::AdvisoryLock
