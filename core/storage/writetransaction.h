#pragma once

#include <QSqlDatabase>
#include <QString>

namespace holdline::storage {

// The PostgreSQL advisory lock every Holdline write transaction takes
// ("Holdline" in ASCII): one key for the whole database, so writers on any
// machine take their turn, as SQLite's one writer lock makes them on one.
inline constexpr qint64 WriteLockKey = 0x486f6c646c696e65;

// Starts a transaction that will write. On SQLite it takes the write lock at
// once (BEGIN IMMEDIATE): a deferred transaction that reads and then writes
// cannot wait for another process's writer (SQLite answers "database is
// locked" at once to avoid a deadlock), while BEGIN IMMEDIATE waits its turn
// for the busy timeout. On PostgreSQL it begins and waits for the
// transaction-scoped advisory lock WriteLockKey, so a writer that reads the
// chain's head and appends after it is never overtaken by another (the
// history's appends are serialised in the database). Other drivers start a
// plain transaction. Empty when begun, else the driver's error.
QString beginWriteTransaction(QSqlDatabase &db);

} // namespace holdline::storage
