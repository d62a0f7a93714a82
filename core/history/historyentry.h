#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace holdline::history {

// One immutable line of the audit trail. Entries are never updated: a deploy
// writes a "pending" entry before it touches the tenant (write-ahead) and a
// second entry that resolves it ("completed", "failed", ...). Each entry is
// chained to the one before by a SHA-256 hash, so any alteration, insertion or
// deletion shows (HistoryStore::verify). Never holds a secret or a token.
struct HistoryEntry
{
    qint64 id = 0;               // assigned by the store: 1, 2, 3, ... without gaps
    QDateTime time;              // UTC; the store sets it when null
    QString osUser;              // who ran Holdline
    QString clientId;            // the OAuth client it acted as
    QString tenant;              // the tenant's base URL
    QString queueId;
    QString action;              // "deploy", "rollback", "guard", "sync", "reconcile"
    QString status;              // "pending", "completed", "failed", "conflict", "unchanged", "alert", ...
    QJsonObject queueBefore;     // the full queue object as read before the change (may be empty)
    QJsonObject queueAfter;      // the full queue object as the tenant stored it (or as intended, when pending)
    QJsonArray diff;             // [{"field": "positionThreshold", "before": 10, "after": 7}, ...]
    QString message;             // a sentence for people: the summary, or the error
    qint64 resolvesEntryId = 0;  // the pending entry this one resolves
    qint64 targetEntryId = 0;    // a rollback's target; the deploy a guard decision judged
    QJsonObject details;         // anything else (guard windows and metrics, sync key, ...)
    QString previousHash;        // set by the store
    QString hash;                // set by the store

    // "alice (client:abc)" for display.
    QString actor() const;
    // Everything but the two hashes, as compact JSON with sorted keys: what the hash covers.
    QByteArray canonicalContent() const;
    QJsonObject toJson() const;  // with hashes
    static HistoryEntry fromJson(const QJsonObject &json);

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// hex(SHA-256(previousHash + canonicalContent)): the unkeyed chain.
QString chainHash(const QString &previousHash, const HistoryEntry &entry);
// hex(HMAC-SHA-256(key, previousHash + canonicalContent)): the keyed chain,
// which no one without the key (kept in the OS keychain) can recompute.
QString chainMac(const QByteArray &key, const QString &previousHash, const HistoryEntry &entry);

} // namespace holdline::history
