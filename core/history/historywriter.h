#pragma once

#include "history/chainkey.h"
#include "history/historyentry.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace holdline::history {

struct AppendResult
{
    std::optional<HistoryEntry> entry;  // as stored: id, time and hashes set
    QString error;
};

// Runs on the database thread. Appends the entries in order, each with the
// next id and chained to the one before. A burst goes in one transaction (one
// disk sync instead of one per entry: a bulk deploy writes two entries a
// queue); if that fails, each is tried on its own so one bad entry fails
// alone. Entries holding a credential-named key are refused. Each entry is
// sealed by key (an HMAC from key.keyedFrom on; a plain hash before, or when
// the history has no key).
QList<AppendResult> appendEntries(QSqlDatabase &db, const QList<HistoryEntry> &entries, const ChainKey &key = {});

} // namespace holdline::history
