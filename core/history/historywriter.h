#pragma once

#include "history/chainkey.h"
#include "history/historyentry.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace holdline::history {

// The PostgreSQL channel each append notifies (payload: the new head's id).
inline constexpr char16_t NotificationChannel[] = u"holdline_history";

struct AppendResult
{
    std::optional<HistoryEntry> entry;  // as stored: id, time and hashes set
    QString error;
};

// Runs on the database thread. Appends the entries in order, each with the
// next id and chained to the one before. A burst goes in one transaction (one
// disk sync instead of one per entry: a bulk deploy writes two entries a
// queue); if that fails, each is tried on its own so one bad entry fails
// alone. Entries holding a credential-named key are refused, and so is a
// second resolution of one pending entry. The writer of a pending entry holds
// its lease (PendingLease) until its resolution is appended. Each entry is
// sealed by key (an HMAC from key.keyedFrom on; a plain hash before, or when
// the history has no key).
QList<AppendResult> appendEntries(QSqlDatabase &db, const QList<HistoryEntry> &entries, const ChainKey &key = {});

} // namespace holdline::history
