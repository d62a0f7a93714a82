#pragma once

#include "history/historyentry.h"

#include <QByteArray>
#include <QString>

namespace holdline::history {

// The key of a keyed history chain. Entries from keyedFrom on carry an HMAC
// under it; earlier ones (written before the history had a key) a plain
// SHA-256. An empty key: the chain is unkeyed throughout.
struct ChainKey
{
    QByteArray key;
    qint64 keyedFrom = 0;

    bool isKeyed() const { return !key.isEmpty(); }
    bool covers(qint64 entryId) const { return isKeyed() && entryId >= keyedFrom; }
    // The MAC (or, before keyedFrom, the hash) entry must carry.
    QString seal(const QString &previousHash, const HistoryEntry &entry) const
    {
        return covers(entry.id) ? chainMac(key, previousHash, entry) : chainHash(previousHash, entry);
    }
};

// The chain's head as last written, kept outside the database: a history cut
// short or rewritten no longer reaches it.
struct ChainAnchor
{
    qint64 id = 0;
    QString mac;
};

} // namespace holdline::history
