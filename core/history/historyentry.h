#pragma once

#include "history/historyvocabulary.h"
#include "model/queuemapping.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

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
    QString action;              // name(Action): stored as named, so entries of a newer version stay intact
    QString status;              // name(Status)
    QJsonObject queueBefore;     // the full queue object as read before the change (may be empty)
    QJsonObject queueAfter;      // the full queue object as the tenant stored it (or as intended, when pending)
    QJsonArray diff;             // [{"field": "positionThreshold", "before": 10, "after": 7}, ...]
    QString message;             // a sentence for people: the summary, or the error
    qint64 resolvesEntryId = 0;  // the pending entry this one resolves
    qint64 targetEntryId = 0;    // a rollback's target; the deploy a guard decision judged
    QJsonObject details;         // anything else (guard windows and metrics, sync key, ...)
    QString previousHash;        // set by the store
    QString hash;                // set by the store

    bool is(Action a) const { return action == name(a); }
    bool is(Status s) const { return status == name(s); }
    // A completed deploy or rollback: a change the tenant holds, one to roll back to.
    bool isAppliedChange() const { return is(Status::Completed) && (is(Action::Deploy) || is(Action::Rollback)); }

    // "alice (client:abc)" for display.
    QString actor() const;
    // Top-level fields Holdline does not own that differ between the queue
    // before and after: none, when a deploy kept its promise.
    QStringList unownedFieldsChanged() const;
    // When the tenant stored the change (its dateModified, on the tenant's
    // clock), else when the entry was written.
    QDateTime changedAt() const;
    // The entry's time on the tenant's clock (a sandbox's is simulated), when
    // the entry carries one: the queue's dateModified, or a guard's window end.
    std::optional<QDateTime> tenantTime() const;
    // The owned fields before and after, or why that side cannot be read.
    QueueReadResult strategyBefore() const;
    QueueReadResult strategyAfter() const;
    int versionBefore() const;
    int versionAfter() const;
    // The details, indented, for people who want them whole.
    QString detailsText() const;
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
