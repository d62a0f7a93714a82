#include "storage/schemamigrator.h"

#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace holdline::storage {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
};

} // namespace

using namespace Qt::StringLiterals;

QString migrate(QSqlDatabase &db, const QString &component, const QList<Migration> &migrations)
{
    if (!db.isOpen())
        return Text::tr("the database is not open: %1").arg(db.lastError().text());
    // In a write transaction: two PostgreSQL clients creating the table at
    // once would otherwise collide in its catalogue despite IF NOT EXISTS.
    if (const QString error = beginWriteTransaction(db); !error.isEmpty())
        return error;
    QSqlQuery query(db);
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                    "component VARCHAR(64) PRIMARY KEY, version INTEGER NOT NULL)"_s)) {
        const QString error = query.lastError().text();
        db.rollback();
        return error;
    }
    if (!db.commit())
        return db.lastError().text();

    query.prepare(u"SELECT version FROM schema_version WHERE component = ?"_s);
    query.addBindValue(component);
    if (!query.exec())
        return query.lastError().text();
    bool known = query.next();
    int current = known ? query.value(0).toInt() : 0;

    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (const QString error = beginWriteTransaction(db); !error.isEmpty())
            return error;
        // Another process may have migrated while we waited for the lock.
        QSqlQuery again(db);
        again.prepare(u"SELECT version FROM schema_version WHERE component = ?"_s);
        again.addBindValue(component);
        if (!again.exec()) {
            const QString error = again.lastError().text();
            db.rollback();
            return error;
        }
        if (again.next()) {
            known = true;
            current = again.value(0).toInt();
        }
        again.finish();
        if (migration.version <= current) {
            db.rollback();
            continue;
        }
        for (const QString &statement : migration.statements) {
            QSqlQuery step(db);
            if (!step.exec(statement)) {
                const QString error = step.lastError().text();
                db.rollback();
                return Text::tr("%1 migration %2 failed: %3").arg(component).arg(migration.version).arg(error);
            }
        }
        QSqlQuery record(db);
        record.prepare(current == 0 && !known
                           ? u"INSERT INTO schema_version (version, component) VALUES (?, ?)"_s
                           : u"UPDATE schema_version SET version = ? WHERE component = ?"_s);
        record.addBindValue(migration.version);
        record.addBindValue(component);
        if (!record.exec()) {
            const QString error = record.lastError().text();
            db.rollback();
            return error;
        }
        if (!db.commit())
            return db.lastError().text();
        current = migration.version;
    }
    return {};
}

} // namespace holdline::storage
