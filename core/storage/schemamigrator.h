#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace holdline::storage {

// Brings one component's tables up to date: a schema_version table holds each
// component's version; each missing step runs inside a transaction, so a
// failed migration leaves the database as it was. Portable SQL only: the
// same steps bring up a SQLite file and a PostgreSQL database (the team's
// history), and on PostgreSQL concurrent clients migrate one at a time.
struct Migration
{
    int version;
    QStringList statements;
};

// Empty on success, else what failed.
QString migrate(QSqlDatabase &db, const QString &component, const QList<Migration> &migrations);

} // namespace holdline::storage
