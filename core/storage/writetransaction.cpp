#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace holdline::storage {

QString beginWriteTransaction(QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return db.transaction() ? QString() : db.lastError().text();
    // QSqlDatabase::commit() and rollback() send COMMIT and ROLLBACK on SQLite
    // whoever began the transaction, so the usual calls end this one.
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QString() : begin.lastError().text();
}

} // namespace holdline::storage
