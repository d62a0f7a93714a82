#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace holdline::storage {

QString beginWriteTransaction(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        if (!db.transaction())
            return db.lastError().text();
        // Every writer of this database queues here, whichever machine it is
        // on; the lock is released by COMMIT or ROLLBACK (or when the
        // connection dies), so a crashed writer never holds it.
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey))) {
            const QString error = lock.lastError().text();
            db.rollback();
            return error;
        }
        return {};
    }
    if (db.driverName() != QLatin1String("QSQLITE"))
        return db.transaction() ? QString() : db.lastError().text();
    // QSqlDatabase::commit() and rollback() send COMMIT and ROLLBACK on SQLite
    // whoever began the transaction, so the usual calls end this one.
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QString() : begin.lastError().text();
}

} // namespace holdline::storage
