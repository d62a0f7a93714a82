#pragma once

#include <QSqlDatabase>
#include <QString>

namespace holdline::history {

// Who may settle a "pending" entry. A deploy writes a pending entry before it
// touches the tenant and its resolution after; in a history shared by a team,
// another Holdline must not take a deploy still in flight for one a crash
// left behind, and two Holdlines must never settle the same entry at once.
//
// On PostgreSQL the lease is a session-level advisory lock on the entry
// (PendingLockBase + id), held by the database connection of whoever holds
// it: the writer takes it with the pending entry, in the same transaction;
// a Holdline settling entries claims it with a try-lock. Appending the
// resolution releases it. It lives as long as the connection, so a crash (the
// server drops the connection) frees it, with no clock and no expiry to guess.
// SQLite (one machine): every call grants the lease; appends are serialised
// by the file's write lock.
//
// All of these run on the database thread, on the connection that holds.
namespace PendingLease {

inline constexpr qint64 PendingLockBase = 0x4850000000000000; // "HP", far from WriteLockKey

// Takes the lease on an entry this connection has just written (never waits).
QString hold(QSqlDatabase &db, qint64 entryId);
// Claims the lease on an entry someone else wrote: true when this connection
// holds it now (it already did, or the try-lock won).
bool claim(QSqlDatabase &db, qint64 entryId, QString *error);
// Releases the lease if this connection holds it; nothing otherwise.
void release(QSqlDatabase &db, qint64 entryId);

} // namespace PendingLease

} // namespace holdline::history
