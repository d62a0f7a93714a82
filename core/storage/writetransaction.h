#pragma once

#include <QSqlDatabase>
#include <QString>

namespace holdline::storage {

// Starts a transaction that will write. On SQLite it takes the write lock at
// once (BEGIN IMMEDIATE): a deferred transaction that reads and then writes
// cannot wait for another process's writer (SQLite answers "database is
// locked" at once to avoid a deadlock), while BEGIN IMMEDIATE waits its turn
// for the busy timeout. Other drivers start a plain transaction.
// Empty when begun, else the driver's error.
QString beginWriteTransaction(QSqlDatabase &db);

} // namespace holdline::storage
