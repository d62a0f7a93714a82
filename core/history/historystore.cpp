#include "history/historystore.h"

#include "credentials/credentialstore.h"
#include "history/chainkeeper.h"
#include "history/historychain.h"
#include "history/historyrows.h"
#include "history/historywriter.h"
#include "history/pendinglease.h"
#include "history/queuelease.h"
#include "storage/databaseworker.h"
#include "storage/writetransaction.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace holdline::history {

Q_LOGGING_CATEGORY(lcHistory, "holdline.history", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {
struct EntryResult
{
    std::optional<HistoryEntry> entry;
    QString error;
};

struct EntriesResult
{
    QList<HistoryEntry> entries;
    QString error;
};

QString sqlError(const QString &what, const QSqlError &error)
{
    return u"%1: %2"_s.arg(what, error.text());
}

// Qt SQL leaves lastError() empty for a query on a closed database.
QString notOpen(const QSqlDatabase &db)
{
    return db.isOpen() ? QString() : HistoryStore::tr("The history database is not open: %1").arg(db.lastError().text());
}

// Runs a SELECT of historyColumns() and reads every row; a corrupt row is an
// error naming it rather than a silently wrong entry.
EntriesResult selectEntries(QSqlQuery &query)
{
    EntriesResult result;
    if (!query.exec()) {
        result.error = sqlError(HistoryStore::tr("The history could not be read"), query.lastError());
        return result;
    }
    while (query.next()) {
        const HistoryRow row = readRow(query);
        if (!row.problem.isEmpty() || !row.idValid) {
            result.entries.clear();
            const QString why = row.idValid ? row.problem : HistoryStore::tr("its id is not a number");
            result.error = HistoryStore::tr("A history entry is corrupt (%1): %2; run \"audit verify\"")
                               .arg(row.idValid ? QString::number(row.entry.id) : u"?"_s, why);
            return result;
        }
        result.entries.append(row.entry);
    }
    return result;
}

// "pending" entries no later entry resolves, oldest first; of one tenant
// unless empty; only entry onlyId when > 0.
EntriesResult selectUnresolved(QSqlDatabase &db, const QString &tenant, qint64 onlyId = 0)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM history_entries p WHERE p.status = 'pending'%2%3 "
                  "AND NOT EXISTS (SELECT 1 FROM history_entries r WHERE r.resolves_entry_id = p.id) "
                  "ORDER BY p.id"_s
                      .arg(historyColumns(u"p"_s), tenant.isEmpty() ? QString() : u" AND p.tenant = ?"_s,
                           onlyId > 0 ? u" AND p.id = ?"_s : QString()));
    if (!tenant.isEmpty())
        query.addBindValue(tenant);
    if (onlyId > 0)
        query.addBindValue(onlyId);
    return selectEntries(query);
}

} // namespace

// Appends waiting for the database thread. Each append() posts a job, but
// the first job to run takes every entry waiting by then, so a burst is
// written in one transaction; later jobs find the inbox empty.
struct HistoryStore::AppendInbox
{
    QMutex mutex;
    QList<HistoryEntry> entries;
};

HistoryStore::HistoryStore(storage::DatabaseWorker *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_inbox(std::make_shared<AppendInbox>())
{
}

HistoryStore::~HistoryStore() = default;

QString HistoryStore::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

void HistoryStore::open()
{
    struct Opened
    {
        QString error;
        qint64 headId = 0;
    };
    if (m_database->isPostgreSql() && !m_listening) {
        // Before the head is read: nothing appended after it goes unheard.
        m_listening = true;
        m_database->subscribe(QString::fromUtf16(NotificationChannel));
        connect(m_database, &storage::DatabaseWorker::notified, this,
                [this](const QString &channel) {
                    // Until the head is read, what a notification announces is in it.
                    if (m_headKnown && channel == QStringView(NotificationChannel))
                        fetchAppendedElsewhere();
                });
        // What others appended while the connection was down was never announced.
        connect(m_database, &storage::DatabaseWorker::reopened, this, [this] {
            if (m_headKnown)
                fetchAppendedElsewhere();
        });
    }
    m_database->run<Opened>(
        [](QSqlDatabase &db) {
            Opened result{storage::migrate(db, u"history"_s, historyMigrations())};
            QSqlQuery head(db);
            if (result.error.isEmpty() && head.exec(u"SELECT MAX(id) FROM history_entries"_s) && head.next())
                result.headId = head.value(0).toLongLong();
            return result;
        },
        this,
        [this](const Opened &result) {
            const QString &error = result.error;
            m_seenId = std::max(m_seenId, result.headId);
            m_headKnown = m_headKnown || error.isEmpty();
            if (!error.isEmpty()) {
                qCWarning(lcHistory) << "cannot open the history:" << error;
                Q_EMIT openFailed(tr("The history could not be opened: %1").arg(error));
                return;
            }
            if (m_keeper) {
                loadChainKey();
                return;
            }
            m_open = true;
            Q_EMIT opened();
        });
}

void HistoryStore::setChainKeeper(ChainKeeper *keeper)
{
    if (m_keeper)
        disconnect(this, &HistoryStore::entryAppended, m_keeper, nullptr);
    m_keeper = keeper;
    if (keeper)
        connect(this, &HistoryStore::entryAppended, keeper,
                [keeper](const HistoryEntry &entry) { keeper->advance(entry.id, entry.hash); });
}

void HistoryStore::loadChainKey()
{
    struct Facts
    {
        ChainKeeper::HistoryFacts facts;
        QString error;
    };
    m_database->run<Facts>(
        [](QSqlDatabase &db) {
            Facts result;
            if (const QString error = storage::beginWriteTransaction(db); !error.isEmpty()) {
                result.error = error;
                return result;
            }
            QSqlQuery query(db);
            bool ok = query.exec(u"SELECT value FROM history_meta WHERE name = 'history_id'"_s);
            if (ok && query.next()) {
                result.facts.historyId = query.value(0).toString();
            } else if (ok) {
                // The history's identity is made once, with the history (or
                // with the first open of one made before it had one).
                result.facts.historyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                query.finish();
                query.prepare(u"INSERT INTO history_meta (name, value) VALUES ('history_id', ?)"_s);
                query.addBindValue(result.facts.historyId);
                ok = query.exec();
            }
            query.finish();
            ok = ok && query.exec(u"SELECT id, hash FROM history_entries WHERE id = (SELECT MAX(id) FROM history_entries)"_s);
            if (ok && query.next()) {
                result.facts.headId = query.value(0).toLongLong();
                result.facts.headHash = query.value(1).toString();
            }
            query.finish();
            if (!ok) {
                result.error = sqlError(HistoryStore::tr("The history could not be read"), query.lastError());
                db.rollback();
            } else if (!db.commit()) {
                result.error = sqlError(HistoryStore::tr("The history could not be read"), db.lastError());
            }
            return result;
        },
        this,
        [this](const Facts &result) {
            if (!result.error.isEmpty() || !m_keeper) {
                Q_EMIT openFailed(tr("The history could not be opened: %1").arg(result.error));
                return;
            }
            const auto checkUnkeyed = [this](std::function<void(bool)> answer) {
                walkChain({}, std::nullopt, {}, this, [answer = std::move(answer)](const VerifyResult &walked) {
                    answer(walked.ok);
                });
            };
            m_keeper->load(result.facts, checkUnkeyed, [this](const QString &error) {
                if (!error.isEmpty()) {
                    qCWarning(lcHistory) << "cannot open the history:" << error;
                    Q_EMIT openFailed(tr("The history could not be opened: %1").arg(error));
                    return;
                }
                checkKeySealsHead([this](const QString &problem) {
                    // Read and verified as it is (the check names the bad
                    // entry), never written with this key.
                    if (!problem.isEmpty())
                        qCWarning(lcHistory).noquote() << "the history is read-only:" << problem;
                    m_keyRefusal = problem;
                    m_open = true;
                    Q_EMIT opened();
                });
            });
        });
}

// A key that does not seal the newest entry is another history's (a wrong
// item copied into a keychain or a service's credential), or that entry was
// forged: entries written with it would break the team's chain for everyone,
// so nothing is.
void HistoryStore::checkKeySealsHead(std::function<void(QString problem)> done)
{
    if (!m_keeper || m_keeper->mode() != ChainKeeper::Mode::Keyed) {
        done({});
        return;
    }
    const ChainKey key = m_keeper->key();
    m_database->run<QString>(
        [key](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(u"SELECT %1 FROM history_entries WHERE id = (SELECT MAX(id) FROM history_entries)"_s
                                .arg(historyColumns())))
                return sqlError(HistoryStore::tr("The history could not be read"), query.lastError());
            if (!query.next())
                return QString();
            const HistoryRow head = readRow(query);
            if (!key.covers(head.entry.id) || key.seal(head.entry.previousHash, head.entry) == head.entry.hash)
                return QString();
            return HistoryStore::tr("the history's key (keychain item, or the service's %1 credential) does not "
                                    "seal its newest entry #%2: it is another history's key, or the entry was "
                                    "altered. Holdline does not add to this history with it.")
                .arg(QString::fromLatin1(credentials::CredentialStore::chainKeyCredentialName))
                .arg(head.entry.id);
        },
        this, std::move(done));
}

void HistoryStore::flush(QObject *context, std::function<void()> done)
{
    // Jobs run in order on the database thread: when this one runs, every
    // append posted before it has.
    m_database->run<bool>([](QSqlDatabase &) { return true; }, context,
                          [this, context = QPointer<QObject>(context), done = std::move(done)](bool) {
                              if (!m_keeper) {
                                  done();
                                  return;
                              }
                              m_keeper->flush([context, done] {
                                  if (context)
                                      done();
                              });
                          });
}

void HistoryStore::append(const HistoryEntry &entry, QObject *context, EntryCallback done)
{
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->entries.append(entry);
    }
    // Results come back in the order the entries were queued: the waiters
    // are answered from the front.
    m_waiters.append({QPointer<QObject>(context), context != nullptr, std::move(done)});
    const ChainKey key = m_keeper ? m_keeper->key() : ChainKey{};
    const QString refusal = m_keeper && m_keeper->mode() == ChainKeeper::Mode::Untrusted
        ? m_keeper->untrustedReason() : m_keyRefusal;
    m_database->run<QList<AppendResult>>(
        [inbox = m_inbox, key, refusal](QSqlDatabase &db) {
            QList<HistoryEntry> batch;
            {
                QMutexLocker lock(&inbox->mutex);
                batch.swap(inbox->entries);
            }
            if (!refusal.isEmpty()) {
                QList<AppendResult> refused(batch.size());
                for (AppendResult &r : refused)
                    r.error = refusal;
                return refused;
            }
            return batch.isEmpty() ? QList<AppendResult>() : appendEntries(db, batch, key);
        },
        this,
        [this](const QList<AppendResult> &results) {
            for (const AppendResult &result : results) {
                const Waiter waiter = m_waiters.takeFirst();
                if (result.entry && m_listening)
                    m_ownUnseen.insert(result.entry->id);
                if (result.entry)
                    Q_EMIT entryAppended(*result.entry);
                else
                    qCWarning(lcHistory) << "append failed:" << result.error;
                // A null context with no callback is fire-and-forget.
                if (waiter.done && (waiter.context || !waiter.hadContext))
                    waiter.done(result.entry, result.error);
            }
        });
}

void HistoryStore::entry(qint64 id, QObject *context, EntryCallback done)
{
    m_database->run<EntryResult>(
        [id](QSqlDatabase &db) -> EntryResult {
            if (const QString error = notOpen(db); !error.isEmpty())
                return {std::nullopt, error};
            QSqlQuery query(db);
            query.prepare(u"SELECT %1 FROM history_entries WHERE id = ?"_s.arg(historyColumns()));
            query.addBindValue(id);
            EntriesResult read = selectEntries(query);
            if (!read.error.isEmpty())
                return {std::nullopt, read.error};
            if (read.entries.isEmpty())
                return {std::nullopt, HistoryStore::tr("There is no history entry %1").arg(id)};
            return {read.entries.constFirst(), {}};
        },
        context,
        [done = std::move(done)](EntryResult result) { done(std::move(result.entry), std::move(result.error)); });
}

void HistoryStore::entries(const HistoryFilter &filter, QObject *context, EntriesCallback done)
{
    m_database->run<EntriesResult>(
        [filter](QSqlDatabase &db) {
            if (const QString error = notOpen(db); !error.isEmpty())
                return EntriesResult{{}, error};
            QStringList conditions;
            QVariantList values;
            if (!filter.tenant.isEmpty()) {
                conditions.append(u"tenant = ?"_s);
                values.append(filter.tenant);
            }
            if (!filter.queueId.isEmpty()) {
                conditions.append(u"queue_id = ?"_s);
                values.append(filter.queueId);
            }
            if (filter.beforeId > 0) {
                conditions.append(u"id < ?"_s);
                values.append(filter.beforeId);
            }
            if (filter.omitSettledPending)
                conditions.append(u"NOT EXISTS (SELECT 1 FROM history_entries r WHERE r.resolves_entry_id = "
                                  "history_entries.id)"_s);
            QString sql = u"SELECT %1 FROM history_entries"_s.arg(historyColumns());
            if (!conditions.isEmpty())
                sql += u" WHERE "_s + conditions.join(u" AND "_s);
            sql += u" ORDER BY id DESC"_s;
            if (filter.limit > 0) {
                sql += u" LIMIT ?"_s;
                values.append(filter.limit);
            }
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(sql);
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            return selectEntries(query);
        },
        context,
        [done = std::move(done)](EntriesResult result) { done(std::move(result.entries), std::move(result.error)); });
}

void HistoryStore::unresolvedPending(const QString &tenant, QObject *context, EntriesCallback done)
{
    m_database->run<EntriesResult>(
        [tenant](QSqlDatabase &db) {
            if (const QString error = notOpen(db); !error.isEmpty())
                return EntriesResult{{}, error};
            return selectUnresolved(db, tenant);
        },
        context,
        [done = std::move(done)](EntriesResult result) { done(std::move(result.entries), std::move(result.error)); });
}

void HistoryStore::claimQueues(const QString &tenant, const QStringList &queueIds, QObject *context,
                               QueuesCallback done)
{
    struct Held
    {
        QStringList queues;
        QString error;
    };
    m_database->run<Held>(
        [tenant, queueIds](QSqlDatabase &db) {
            Held held;
            if (const QString error = notOpen(db); !error.isEmpty())
                return Held{{}, error};
            for (const QString &queueId : queueIds) {
                QString why;
                if (QueueLease::claim(db, tenant, queueId, &why))
                    held.queues.append(queueId);
            }
            return held;
        },
        context, [done = std::move(done)](Held held) { done(std::move(held.queues), std::move(held.error)); });
}

void HistoryStore::claimUnresolvedPending(const QString &tenant, QObject *context, ClaimCallback done)
{
    struct Claimed
    {
        QList<HistoryEntry> entries;
        int heldElsewhere = 0;
        QString error;
    };
    m_database->run<Claimed>(
        [tenant](QSqlDatabase &db) {
            Claimed result;
            if (const QString error = notOpen(db); !error.isEmpty())
                return Claimed{{}, 0, error};
            const EntriesResult candidates = selectUnresolved(db, tenant);
            if (!candidates.error.isEmpty())
                return Claimed{{}, 0, candidates.error};
            for (const HistoryEntry &entry : std::as_const(candidates.entries)) {
                QString why;
                if (!PendingLease::claim(db, entry.id, &why)) {
                    // Its writer is still at work, or another Holdline is settling it.
                    ++result.heldElsewhere;
                    continue;
                }
                // Someone may have settled it between the list and the claim.
                const EntriesResult still = selectUnresolved(db, tenant, entry.id);
                if (still.error.isEmpty() && still.entries.size() == 1) {
                    result.entries.append(entry);
                } else {
                    PendingLease::release(db, entry.id);
                    if (!still.error.isEmpty())
                        result.error = still.error;
                }
            }
            return result;
        },
        context,
        [done = std::move(done)](Claimed result) {
            done(std::move(result.entries), result.heldElsewhere, std::move(result.error));
        });
}

void HistoryStore::releasePending(qint64 entryId)
{
    m_database->run<bool>([entryId](QSqlDatabase &db) {
        PendingLease::release(db, entryId);
        return true;
    }, this, [](bool) {});
}

void HistoryStore::fetchAppendedElsewhere()
{
    // One fetch at a time; notifications during it ask for one more after.
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    m_fetchAgain = false;
    const qint64 seen = m_seenId;
    m_database->run<EntriesResult>(
        [seen](QSqlDatabase &db) {
            if (const QString error = notOpen(db); !error.isEmpty())
                return EntriesResult{{}, error};
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(u"SELECT %1 FROM history_entries WHERE id > ? ORDER BY id"_s.arg(historyColumns()));
            query.addBindValue(seen);
            return selectEntries(query);
        },
        this,
        [this](EntriesResult result) {
            m_fetching = false;
            if (!result.error.isEmpty()) {
                qCWarning(lcHistory) << "cannot read the entries appended elsewhere:" << result.error;
            } else {
                QList<HistoryEntry> elsewhere;
                for (const HistoryEntry &e : std::as_const(result.entries)) {
                    // Our own appends are announced by entryAppended already;
                    // they come back here once, and are forgotten then.
                    if (!m_ownUnseen.remove(e.id))
                        elsewhere.append(e);
                    m_seenId = std::max(m_seenId, e.id);
                }
                if (!elsewhere.isEmpty())
                    Q_EMIT entriesAppendedElsewhere(elsewhere);
            }
            if (m_fetchAgain)
                fetchAppendedElsewhere();
        });
}

void HistoryStore::verify(QObject *context, std::function<void(VerifyResult)> done)
{
    if (!m_keeper) {
        walkChain({}, std::nullopt, tr("This check had no keychain to work with: the chain is checked as an unkeyed "
                                       "hash chain, which does not show a rewrite or a cut end."),
                  context, std::move(done));
        return;
    }
    if (m_keeper->mode() == ChainKeeper::Mode::Untrusted) {
        walkChain({}, std::nullopt, {}, context, [reason = m_keeper->untrustedReason(), done = std::move(done)](VerifyResult result) {
            result.ok = false;
            result.firstBadId = 0;
            result.problem = reason;
            done(std::move(result));
        });
        return;
    }
    if (m_keeper->mode() != ChainKeeper::Mode::Keyed) {
        walkChain({}, std::nullopt, m_keeper->limits(), context, std::move(done));
        return;
    }
    m_keeper->readAnchor([this, context = QPointer<QObject>(context), done = std::move(done)](
                             std::optional<ChainAnchor> anchor, QString error) {
        if (!context)
            return;
        const QString limits = error.isEmpty() ? QString()
                                               : tr("The anchor could not be read (%1): a cut end would not show.")
                                                     .arg(error);
        walkChain(m_keeper->key(), anchor, limits, context, done);
    });
}

void HistoryStore::walkChain(const ChainKey &key, const std::optional<ChainAnchor> &anchor, const QString &limits,
                             QObject *context, std::function<void(VerifyResult)> done)
{
    m_database->run<VerifyResult>(
        [key, anchor, limits](QSqlDatabase &db) {
            VerifyResult failed;
            failed.ok = false;
            failed.problem = notOpen(db);
            if (!failed.problem.isEmpty())
                return failed;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT %1 FROM history_entries ORDER BY id"_s.arg(historyColumns()))) {
                failed.problem = sqlError(HistoryStore::tr("The history could not be read"), query.lastError());
                return failed;
            }
            ChainWalk walk(key, anchor);
            while (query.next())
                walk.add(readRow(query));
            VerifyResult result = walk.result();
            result.limits = limits;
            return result;
        },
        context,
        [done = std::move(done)](VerifyResult result) {
            if (!result.ok)
                qCWarning(lcHistory) << "history verification failed:" << result.problem;
            done(std::move(result));
        });
}

} // namespace holdline::history
