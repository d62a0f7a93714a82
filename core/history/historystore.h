#pragma once

#include "history/chainkey.h"
#include "history/historyentry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace holdline::storage {
class DatabaseWorker;
}

namespace holdline::history {

class ChainKeeper;

struct HistoryFilter
{
    QString tenant;        // empty: every tenant
    QString queueId;       // empty: every queue
    int limit = 500;       // newest first
    qint64 beforeId = 0;   // > 0: only entries with a smaller id (paging)
    // Leave out the pending entries a later entry settled (that entry holds
    // the change): what a list of changes shows, at half the reading.
    bool omitSettledPending = false;
};

struct VerifyResult
{
    bool ok = true;
    int entries = 0;
    qint64 firstBadId = 0;   // 0 when ok
    QString problem;         // why firstBadId is bad, for people
    bool keyed = false;      // checked against this history's key
    qint64 anchorId = 0;     // checked against an anchor at this entry (0: none)
    QString limits;          // what this check could not detect, for people ("" when keyed and anchored)
};

// The persistent audit trail, through DatabaseWorker: a SQLite file (one
// person's) or a PostgreSQL database (a team's, shared by several GUIs, CLIs
// and services; the same migrations and SQL). All work runs on the database
// thread; each call answers through its callback on the caller's thread
// (context's).
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStore(storage::DatabaseWorker *database, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Before open(): the chain is then keyed and anchored in the keychain
    // through keeper (which this store does not own). Without one the chain
    // is unkeyed (tests of the store alone).
    void setChainKeeper(ChainKeeper *keeper);
    ChainKeeper *chainKeeper() const { return m_keeper; }

    // Creates or migrates the tables, then loads the chain's key; opened() or
    // openFailed() follows.
    void open();
    bool isOpen() const { return m_open; }

    // Where the history lives unless --history-db says otherwise.
    static QString defaultDatabasePath();

    using EntryCallback = std::function<void(std::optional<HistoryEntry> entry, QString error)>;
    using EntriesCallback = std::function<void(QList<HistoryEntry> entries, QString error)>;

    // Assigns id, time (when null) and hashes inside one transaction, so
    // concurrent appends still chain correctly; answers with the stored entry.
    // Refuses (with an error) an entry holding a credential-named key. context
    // may be null when the caller only wants entryAppended.
    void append(const HistoryEntry &entry, QObject *context, EntryCallback done);
    void entry(qint64 id, QObject *context, EntryCallback done);
    void entries(const HistoryFilter &filter, QObject *context, EntriesCallback done);
    // "pending" entries that no later entry resolves (a crash mid-deploy), oldest first.
    void unresolvedPending(const QString &tenant, QObject *context, EntriesCallback done);
    // The unresolved pending entries this Holdline may settle now, each with
    // its lease claimed (PendingLease): on a team's history, one whose writer
    // is still at work, or which another Holdline is settling, is left out
    // and counted in heldElsewhere. Appending an entry's resolution releases
    // its lease; releasePending() gives it up without one.
    using ClaimCallback = std::function<void(QList<HistoryEntry> claimed, int heldElsewhere, QString error)>;
    void claimUnresolvedPending(const QString &tenant, QObject *context, ClaimCallback done);
    void releasePending(qint64 entryId);
    // Of `queueIds`, those this Holdline watches: on a team's history, the
    // queues whose lease (QueueLease) its connection holds or wins now, so
    // that guard services on several machines never act twice on one queue;
    // all of them on SQLite.
    using QueuesCallback = std::function<void(QStringList held, QString error)>;
    void claimQueues(const QString &tenant, const QStringList &queueIds, QObject *context, QueuesCallback done);
    // Walks the whole chain in id order, against the key and the anchor.
    void verify(QObject *context, std::function<void(VerifyResult)> done);
    // done() once every append posted so far is on disk and its anchor in the keychain.
    void flush(QObject *context, std::function<void()> done);

Q_SIGNALS:
    void opened();
    void openFailed(const QString &reason);
    // An entry this store appended.
    void entryAppended(const holdline::history::HistoryEntry &entry);
    // Entries another Holdline appended to a shared (PostgreSQL) history, in
    // id order, soon after they were committed (LISTEN/NOTIFY): an open
    // history panel shows them. Never emitted on SQLite.
    void entriesAppendedElsewhere(const QList<holdline::history::HistoryEntry> &entries);

private:
    struct AppendInbox;
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        EntryCallback done;
    };

    void loadChainKey();
    void checkKeySealsHead(std::function<void(QString problem)> done);
    void fetchAppendedElsewhere();
    void walkChain(const ChainKey &key, const std::optional<ChainAnchor> &anchor, const QString &limits,
                   QObject *context, std::function<void(VerifyResult)> done);

    storage::DatabaseWorker *m_database;
    ChainKeeper *m_keeper = nullptr;  // outlives the store
    std::shared_ptr<AppendInbox> m_inbox;  // shared with queued database jobs
    QList<Waiter> m_waiters;               // one per queued append, oldest first
    bool m_open = false;
    QString m_keyRefusal; // the key does not seal the head: why nothing is appended
    // Entries appended elsewhere: the newest id read, our own appends not yet
    // read back, and one fetch at a time.
    bool m_listening = false;
    bool m_headKnown = false;
    qint64 m_seenId = 0;
    QSet<qint64> m_ownUnseen;
    bool m_fetching = false;
    bool m_fetchAgain = false;
};

} // namespace holdline::history
