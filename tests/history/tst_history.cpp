// The history on both of its backends, a real SQLite file and a real
// PostgreSQL server this test starts (testpostgres.h): entries read back
// exactly as written, ids without gaps under concurrent appends, filters and
// paging, unresolved write-ahead entries, persistence, and a chain that names
// the first entry altered, inserted, deleted or moved behind its back. The
// whole class runs once per backend (main() below).
#include "credentials/credentialstore.h"
#include "history/chainkeeper.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "testpostgres.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace holdline;
using namespace holdline::history;
using namespace Qt::StringLiterals;

namespace {
const QString tenantA = u"https://a.example.test"_s;
const QString tenantB = u"https://b.example.test"_s;

// A full queue object as a tenant answers it, with members Holdline does not
// know at several depths: history must keep them byte for byte.
QJsonObject queueObject(const QString &queueId, int threshold, int version)
{
    return QJsonObject{
        {u"id"_s, queueId},
        {u"name"_s, u"Sales – Zürich ✓"_s},
        {u"version"_s, version},
        {u"waitStrategy"_s, QJsonObject{{u"type"_s, u"positional"_s},
                                         {u"positionThreshold"_s, threshold},
                                         {u"x-vendor"_s, QJsonObject{{u"weights"_s, QJsonArray{1, 2.5, 0.1, u"three"_s, QJsonValue(), true}}}}}},
        {u"callback"_s, QJsonObject{{u"enabled"_s, true}, {u"positionThreshold"_s, 3}, {u"type"_s, u"queued"_s}}},
        {u"unknownTopLevel"_s, QJsonObject{{u"deep"_s, QJsonObject{{u"deeper"_s, QJsonArray{QJsonObject{{u"k"_s, u"v\"q"_s}}}}}}}},
        {u"bigCounter"_s, qint64(9'007'199'254'740'993)},
        {u"emptyArray"_s, QJsonArray()},
        {u"emptyObject"_s, QJsonObject()},
    };
}

HistoryEntry sampleEntry(const QString &queueId, const QString &status = u"completed"_s,
                         const QString &tenant = tenantA)
{
    HistoryEntry e;
    e.osUser = u"alice"_s;
    e.clientId = u"abc"_s;
    e.tenant = tenant;
    e.queueId = queueId;
    e.action = u"deploy"_s;
    e.status = status;
    e.queueBefore = queueObject(queueId, 10, 7);
    e.queueAfter = queueObject(queueId, 7, 8);
    e.diff = QJsonArray{QJsonObject{{u"field"_s, u"positionThreshold"_s}, {u"before"_s, 10}, {u"after"_s, 7}}};
    e.message = u"positionThreshold 10 → 7"_s;
    e.details = QJsonObject{{u"syncKey"_s, u"k-1"_s}, {u"window"_s, QJsonObject{{u"avgWait"_s, 212.5}}}};
    return e;
}

QList<qint64> idsOf(const QList<HistoryEntry> &entries)
{
    QList<qint64> ids;
    for (const HistoryEntry &e : entries)
        ids.append(e.id);
    return ids;
}
} // namespace

enum class Backend { Sqlite, PostgreSql };

class TestHistory : public QObject
{
    Q_OBJECT

public:
    explicit TestHistory(Backend backend) : m_backend(backend) {}

private:
    Backend m_backend;
    std::unique_ptr<testpostgres::Server> m_server; // PostgreSql: started by initTestCase
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_path; // this test function's database: a file, or a postgresql:// URL

    bool onPostgreSql() const { return m_backend == Backend::PostgreSql; }

    // A new, empty database: a file name, or a database on the test's server.
    QString freshDatabase(const QString &stem = u"history"_s)
    {
        if (!onPostgreSql())
            return m_dir.filePath(u"%1-%2.sqlite"_s.arg(stem).arg(++m_files));
        QString error;
        const auto location = m_server->createDatabase(&error);
        if (!location)
            qWarning() << "cannot create a database:" << error;
        return location ? location->text() : QString();
    }

    static storage::DatabaseLocation where(const QString &path)
    {
        QString error;
        return storage::DatabaseLocation::parse(path, &error).value_or(storage::DatabaseLocation::sqliteFile(path));
    }
    // Where the chain keeper knows the history: a file's absolute path, or the URL.
    static QString keeperLocation(const QString &path)
    {
        const storage::DatabaseLocation location = where(path);
        return location.isPostgreSql() ? location.text() : ChainKeeper::locationOfFile(path);
    }

    // One store over one worker; reopened on the same file to test persistence.
    struct Open
    {
        std::unique_ptr<storage::DatabaseWorker> worker;
        std::unique_ptr<credentials::CredentialStore> keychain;
        std::unique_ptr<ChainKeeper> keeper;
        std::unique_ptr<HistoryStore> store;
    };

    // keyed: with a ChainKeeper on the (throwaway, test.sh's) keychain, as
    // the app and the CLI open it.
    // keychainWatchdogMs 0: the keychain "does not answer" (a prompt nobody saw).
    static Open openStore(const QString &path, bool keyed = false, int keychainWatchdogMs = -1)
    {
        Open o;
        o.worker = std::make_unique<storage::DatabaseWorker>(where(path));
        o.store = std::make_unique<HistoryStore>(o.worker.get());
        if (keyed) {
            o.keychain = std::make_unique<credentials::CredentialStore>();
            if (keychainWatchdogMs >= 0)
                o.keychain->setWatchdogMs(keychainWatchdogMs);
            o.keeper = std::make_unique<ChainKeeper>(keeperLocation(path), o.keychain.get());
            o.store->setChainKeeper(o.keeper.get());
        }
        QSignalSpy opened(o.store.get(), &HistoryStore::opened);
        o.store->open();
        if (!opened.wait(10'000))
            o.store.reset();
        return o;
    }

    std::optional<HistoryEntry> append(HistoryStore &store, const HistoryEntry &e, QString *error = nullptr)
    {
        bool done = false;
        std::optional<HistoryEntry> stored;
        QString why;
        store.append(e, this, [&](std::optional<HistoryEntry> entry, QString err) {
            stored = std::move(entry);
            why = std::move(err);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            why = u"timed out"_s;
        if (error)
            *error = why;
        return stored;
    }

    QList<HistoryEntry> list(HistoryStore &store, const HistoryFilter &filter, QString *error = nullptr)
    {
        bool done = false;
        QList<HistoryEntry> out;
        store.entries(filter, this, [&](QList<HistoryEntry> entries, QString err) {
            out = std::move(entries);
            if (error)
                *error = err;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("no answer from the history");
        return out;
    }

    std::optional<HistoryEntry> fetch(HistoryStore &store, qint64 id, QString *error = nullptr)
    {
        bool done = false;
        std::optional<HistoryEntry> out;
        store.entry(id, this, [&](std::optional<HistoryEntry> entry, QString err) {
            out = std::move(entry);
            if (error)
                *error = err;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("no answer from the history");
        return out;
    }

    QList<HistoryEntry> pending(HistoryStore &store, const QString &tenant)
    {
        bool done = false;
        QList<HistoryEntry> out;
        store.unresolvedPending(tenant, this, [&](QList<HistoryEntry> entries, QString) {
            out = std::move(entries);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qWarning("no answer from the history");
        return out;
    }

    VerifyResult verify(HistoryStore &store)
    {
        bool done = false;
        VerifyResult out;
        out.ok = false;
        out.problem = u"timed out"_s;
        store.verify(this, [&](VerifyResult result) {
            out = std::move(result);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60'000))
            qWarning("no answer from the history");
        return out;
    }

    // Ten entries on a fresh file, the store closed again: ready to tamper with.
    QList<HistoryEntry> writeTen()
    {
        Open o = openStore(m_path);
        QList<HistoryEntry> stored;
        if (!o.store)
            return stored;
        for (int i = 1; i <= 10; ++i)
            if (auto e = append(*o.store, sampleEntry(u"q%1"_s.arg(i % 3))))
                stored.append(*e);
        return stored;
    }

    // Edits the file behind the store's back, as an attacker with the file would.
    static bool tamper(const QString &path, const std::function<bool(QSqlDatabase &)> &edit)
    {
        const QString name = u"tamper"_s;
        bool ok = false;
        {
            const storage::DatabaseLocation location = where(path);
            QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), name);
            if (location.isPostgreSql()) {
                db.setHostName(location.host);
                db.setUserName(location.user);
                db.setDatabaseName(location.database);
            } else {
                db.setDatabaseName(path);
            }
            ok = db.open() && edit(db);
            if (!db.isOpen())
                qWarning() << "cannot tamper with" << path << db.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static bool exec(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }

    VerifyResult verifyFile()
    {
        Open o = openStore(m_path);
        if (!o.store) {
            VerifyResult failed;
            failed.ok = false;
            failed.problem = u"could not open"_s;
            return failed;
        }
        return verify(*o.store);
    }

    // The forger's job done right: an entry whose hash matches its content
    // and which chains to the entry before it.
    static bool insertRow(QSqlDatabase &db, const HistoryEntry &e)
    {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO history_entries (id, entry_time, os_user, client_id, tenant, queue_id, action, "
                      "status, queue_before, queue_after, diff, message, resolves_entry_id, target_entry_id, details, "
                      "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)"_s);
        for (const QVariant &v : QVariantList{
                 e.id, e.time.toString(Qt::ISODateWithMs), e.osUser, e.clientId, e.tenant, e.queueId, e.action,
                 e.status, QString::fromUtf8(canonicalJson(e.queueBefore)), QString::fromUtf8(canonicalJson(e.queueAfter)),
                 QString::fromUtf8(QJsonDocument(e.diff).toJson(QJsonDocument::Compact)), e.message,
                 QString::fromUtf8(canonicalJson(e.details)), e.previousHash, e.hash})
            query.addBindValue(v);
        if (query.exec())
            return true;
        qWarning() << query.lastError().text();
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!onPostgreSql())
            return;
        qInfo("The same tests on PostgreSQL, on a server of their own:");
        m_server = std::make_unique<testpostgres::Server>();
        if (const QString error = m_server->start(); !error.isEmpty()) {
            if (testpostgres::required())
                QFAIL(qPrintable(u"HOLDLINE_REQUIRE_POSTGRES=1, but the server did not start: "_s + error));
            QSKIP(qPrintable(u"PostgreSQL: "_s + error));
        }
    }

    void cleanupTestCase()
    {
        m_server.reset(); // stops it (and so does a failure's unwinding)
    }

    void init()
    {
        m_path = freshDatabase();
        QVERIFY(!m_path.isEmpty());
    }

    void entryJsonRoundTrip()
    {
        HistoryEntry e = sampleEntry(u"q1"_s);
        e.id = 42;
        e.time = QDateTime::fromString(u"2026-11-25T08:05:00.123Z"_s, Qt::ISODateWithMs);
        e.resolvesEntryId = 41;
        e.targetEntryId = 7;
        e.previousHash = u"ab"_s.repeated(32);
        e.hash = chainHash(e.previousHash, e);
        QCOMPARE(e.actor(), u"alice (client:abc)"_s);

        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"time"_s).toString(), u"2026-11-25T08:05:00.123Z"_s);
        QCOMPARE(json.value(u"id"_s).toInteger(), 42);
        QVERIFY(HistoryEntry::fromJson(json) == e);
        QCOMPARE(HistoryEntry::fromJson(json).toJson(), json);

        // The hash covers the content and the previous hash, not the hashes themselves.
        const QByteArray content = e.canonicalContent();
        QVERIFY(!content.contains("previousHash"));
        QVERIFY(content.startsWith("{\"action\":\"deploy\",\"clientId\":\"abc\","));
        HistoryEntry other = e;
        other.hash = u"x"_s;
        QCOMPARE(other.canonicalContent(), content);
        QCOMPARE(chainHash(e.previousHash, other), e.hash);
        other.status = u"failed"_s;
        QVERIFY(chainHash(e.previousHash, other) != e.hash);
        QVERIFY(chainHash(QString(), e) != e.hash);
        QCOMPARE(e.hash.size(), 64);
    }

    void appendAndReadKeepEveryField()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QVERIFY(o.store->isOpen());
        QSignalSpy appended(o.store.get(), &HistoryStore::entryAppended);

        HistoryEntry original = sampleEntry(u"q1"_s, u"pending"_s);
        original.targetEntryId = 3;
        original.details.insert(u"guard"_s, QJsonObject{{u"contacts"_s, 120}, {u"ratio"_s, 0.1 + 0.2}});
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QString error;
        const auto stored = append(*o.store, original, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(appended.size(), 1);
        QVERIFY(appended.at(0).at(0).value<HistoryEntry>() == *stored);

        QCOMPARE(stored->id, 1);
        QVERIFY(stored->previousHash.isEmpty());
        QCOMPARE(stored->hash, chainHash(QString(), *stored));
        QCOMPARE(stored->time.timeSpec(), Qt::UTC);
        QVERIFY(stored->time >= before.addMSecs(-1) && stored->time <= QDateTime::currentDateTimeUtc());

        const auto read = fetch(*o.store, 1, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read == *stored);
        QCOMPARE(read->time, stored->time);
        QCOMPARE(read->osUser, original.osUser);
        QCOMPARE(read->clientId, original.clientId);
        QCOMPARE(read->tenant, original.tenant);
        QCOMPARE(read->queueId, original.queueId);
        QCOMPARE(read->action, original.action);
        QCOMPARE(read->status, original.status);
        QCOMPARE(read->message, original.message);
        QCOMPARE(read->resolvesEntryId, 0);
        QCOMPARE(read->targetEntryId, 3);
        QCOMPARE(canonicalJson(read->queueBefore), canonicalJson(original.queueBefore));
        QCOMPARE(canonicalJson(read->queueAfter), canonicalJson(original.queueAfter));
        QCOMPARE(canonicalJson(read->details), canonicalJson(original.details));
        QCOMPARE(QJsonDocument(read->diff).toJson(), QJsonDocument(original.diff).toJson());
        QCOMPARE(read->queueAfter.value(u"bigCounter"_s).toInteger(), qint64(9'007'199'254'740'993));
        QCOMPARE(read->hash, chainHash(QString(), *read));

        // A given time is kept (in UTC, to the millisecond), and the next entry chains to the first.
        HistoryEntry timed = sampleEntry(u"q2"_s);
        timed.resolvesEntryId = 1;
        timed.time = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::OffsetFromUTC, 3600);
        const auto second = append(*o.store, timed, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->id, 2);
        QCOMPARE(second->previousHash, stored->hash);
        QCOMPARE(second->time.toString(Qt::ISODateWithMs), u"2026-01-02T02:04:05.678Z"_s);
        QVERIFY(*fetch(*o.store, 2) == *second);

        QVERIFY(!fetch(*o.store, 99, &error));
        QVERIFY2(error.contains(u"no history entry 99"_s), qPrintable(error));
    }

    void concurrentAppendsGetIdsWithoutGaps()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QSignalSpy appended(o.store.get(), &HistoryStore::entryAppended);
        QList<qint64> ids;
        QStringList errors;
        bool foreignThread = false;
        constexpr int count = 200;
        for (int i = 0; i < count; ++i)
            o.store->append(sampleEntry(u"q%1"_s.arg(i % 7)), this,
                            [&](std::optional<HistoryEntry> e, QString error) {
                                foreignThread |= QThread::currentThread() != thread();
                                if (e)
                                    ids.append(e->id);
                                else
                                    errors.append(error);
                            });
        QTRY_COMPARE_WITH_TIMEOUT(ids.size() + errors.size(), count, 30'000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!foreignThread);
        QCOMPARE(appended.size(), count);
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < count; ++i)
            QCOMPARE(ids.at(i), qint64(i + 1));

        const VerifyResult result = verify(*o.store);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.entries, count);
        QCOMPARE(result.firstBadId, 0);
    }

    // Four writers on one file, each with its own connection and thread, as
    // four CLIs sharing a history are: every append lands, none fails with
    // "database is locked", and the chain stays one line.
    void writersSharingAFileWaitTheirTurn()
    {
        constexpr int writers = 4;
        constexpr int perWriter = 60;
        std::vector<Open> opened;
        for (int w = 0; w < writers; ++w) {
            opened.push_back(openStore(m_path));
            QVERIFY(opened.back().store);
        }
        QList<qint64> ids;
        QStringList errors;
        for (int i = 0; i < perWriter; ++i)
            for (int w = 0; w < writers; ++w)
                opened[w].store->append(sampleEntry(u"q%1"_s.arg(w)), this,
                                        [&](std::optional<HistoryEntry> e, QString error) {
                                            if (e)
                                                ids.append(e->id);
                                            else
                                                errors.append(error);
                                        });
        QTRY_COMPARE_WITH_TIMEOUT(ids.size() + errors.size(), writers * perWriter, 60'000);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids.at(i), qint64(i + 1));
        const VerifyResult result = verify(*opened.front().store);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.entries, writers * perWriter);
    }

    void aBurstKeepsPostingOrderAndIsolatesARefusal()
    {
        // A burst is written in one transaction; a refused entry fails alone.
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QList<std::pair<int, qint64>> written; // posting index, id
        QList<int> refused;
        for (int i = 0; i < 20; ++i) {
            HistoryEntry e = sampleEntry(u"q1"_s);
            e.message = QString::number(i);
            if (i == 10)
                e.details.insert(u"access_token"_s, u"eyJ"_s);
            o.store->append(e, this, [&, i](std::optional<HistoryEntry> stored, QString) {
                if (stored)
                    written.append({i, stored->id});
                else
                    refused.append(i);
            });
        }
        QTRY_COMPARE(written.size() + refused.size(), 20);
        QCOMPARE(refused, QList<int>{10});
        for (qsizetype k = 0; k < written.size(); ++k) {
            QCOMPARE(written.at(k).second, qint64(k + 1));
            QCOMPARE(written.at(k).first, int(k < 10 ? k : k + 1));
        }
        QVERIFY(verify(*o.store).ok);
    }

    void filtersAndPaging()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        // 1..12: tenants alternate A, B; queues cycle q0, q1, q2.
        for (int i = 1; i <= 12; ++i)
            QVERIFY(append(*o.store, sampleEntry(u"q%1"_s.arg(i % 3), u"completed"_s, i % 2 ? tenantA : tenantB)));

        QString error;
        QCOMPARE(idsOf(list(*o.store, {}, &error)), (QList<qint64>{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(idsOf(list(*o.store, {tenantA, {}})), (QList<qint64>{11, 9, 7, 5, 3, 1}));
        QCOMPARE(idsOf(list(*o.store, {tenantA, u"q1"_s})), (QList<qint64>{7, 1}));
        QCOMPARE(idsOf(list(*o.store, {{}, u"q0"_s})), (QList<qint64>{12, 9, 6, 3}));
        QCOMPARE(idsOf(list(*o.store, {{}, {}, 3})), (QList<qint64>{12, 11, 10}));
        QCOMPARE(idsOf(list(*o.store, {tenantB, {}, 2, 8})), (QList<qint64>{6, 4}));
        QVERIFY(list(*o.store, {u"https://nobody.test"_s, {}}).isEmpty());

        // Paging by beforeId visits every entry once, newest first.
        QList<qint64> seen;
        HistoryFilter page{{}, {}, 5, 0};
        for (int guard = 0; guard < 10; ++guard) {
            const QList<HistoryEntry> batch = list(*o.store, page);
            if (batch.isEmpty())
                break;
            QVERIFY(batch.size() <= 5);
            seen += idsOf(batch);
            page.beforeId = batch.constLast().id;
        }
        QCOMPARE(seen, idsOf(list(*o.store, {})));
    }

    void unresolvedPendingEntries()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QVERIFY(append(*o.store, sampleEntry(u"q1"_s, u"pending"_s)));              // 1, resolved by 2
        HistoryEntry resolved = sampleEntry(u"q1"_s, u"completed"_s);
        resolved.resolvesEntryId = 1;
        QVERIFY(append(*o.store, resolved));                                        // 2
        QVERIFY(append(*o.store, sampleEntry(u"q2"_s, u"pending"_s)));              // 3, unresolved
        QVERIFY(append(*o.store, sampleEntry(u"q9"_s, u"pending"_s, tenantB)));     // 4, other tenant
        QVERIFY(append(*o.store, sampleEntry(u"q3"_s, u"pending"_s)));              // 5, resolved by 7
        QVERIFY(append(*o.store, sampleEntry(u"q1"_s, u"pending"_s)));              // 6, unresolved
        HistoryEntry failed = sampleEntry(u"q3"_s, u"failed"_s);
        failed.resolvesEntryId = 5;
        QVERIFY(append(*o.store, failed));                                          // 7

        QCOMPARE(idsOf(pending(*o.store, tenantA)), (QList<qint64>{3, 6}));
        QCOMPARE(idsOf(pending(*o.store, tenantB)), (QList<qint64>{4}));
        QCOMPARE(idsOf(pending(*o.store, {})), (QList<qint64>{3, 4, 6}));
        QCOMPARE(pending(*o.store, tenantA).constFirst().queueId, u"q2"_s);
    }

    // A pending entry is settled once, whoever tries twice; once settled it
    // is no longer offered for claiming.
    void aPendingEntryIsSettledOnce()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        const auto pendingEntry = append(*o.store, sampleEntry(u"q1"_s, u"pending"_s));
        QVERIFY(pendingEntry);
        QList<qint64> claimed;
        bool done = false;
        o.store->claimUnresolvedPending(tenantA, this, [&](QList<HistoryEntry> entries, int held, QString error) {
            claimed = idsOf(entries);
            QCOMPARE(held, 0);
            QVERIFY(error.isEmpty());
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(claimed, QList<qint64>{pendingEntry->id});

        HistoryEntry resolution = sampleEntry(u"q1"_s, u"failed"_s);
        resolution.resolvesEntryId = pendingEntry->id;
        QString error;
        QVERIFY2(append(*o.store, resolution, &error), qPrintable(error));
        resolution.status = u"completed"_s;
        QVERIFY(!append(*o.store, resolution, &error));
        QVERIFY2(error.contains(u"entry 1 is already settled, by entry 2"_s), qPrintable(error));
        done = false;
        o.store->claimUnresolvedPending(tenantA, this, [&](QList<HistoryEntry> entries, int, QString) {
            claimed = idsOf(entries);
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(claimed.isEmpty());
        QCOMPARE(list(*o.store, {}).size(), 2);
        QVERIFY(verify(*o.store).ok);
    }

    void persistsAcrossReopening()
    {
        QList<HistoryEntry> written = writeTen();
        QCOMPARE(written.size(), 10);

        Open o = openStore(m_path);
        QVERIFY(o.store);
        const QList<HistoryEntry> read = list(*o.store, {});
        QCOMPARE(read.size(), 10);
        std::reverse(written.begin(), written.end());
        QVERIFY(read == written);
        const auto next = append(*o.store, sampleEntry(u"q1"_s));
        QVERIFY(next);
        QCOMPARE(next->id, 11);
        QCOMPARE(next->previousHash, written.constFirst().hash);
        QVERIFY(verify(*o.store).ok);
    }

    void migrationIsIdempotent()
    {
        QCOMPARE(writeTen().size(), 10);
        {
            // Opened twice on one worker, then again on another: nothing lost, one version row.
            Open o = openStore(m_path);
            QVERIFY(o.store);
            QSignalSpy opened(o.store.get(), &HistoryStore::opened);
            QSignalSpy failed(o.store.get(), &HistoryStore::openFailed);
            o.store->open();
            QVERIFY(opened.wait(10'000));
            QCOMPARE(failed.size(), 0);
            QCOMPARE(list(*o.store, {}).size(), 10);
        }
        QVERIFY(tamper(m_path, [](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.exec(u"SELECT COUNT(*), MAX(version) FROM schema_version WHERE component = 'history'"_s);
            return query.next() && query.value(0).toInt() == 1 && query.value(1).toInt() == 2; // version 2: history_meta
        }));
    }

    void emptyHistoryVerifies()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        const VerifyResult result = verify(*o.store);
        QVERIFY(result.ok);
        QCOMPARE(result.entries, 0);
    }

    void verifyNamesTheFirstBadEntry_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");

        QTest::newRow("status altered")
            << QStringList{u"UPDATE history_entries SET status = 'failed' WHERE id = 4"_s}
            << qint64(4) << u"entry 4 was altered"_s;
        QTest::newRow("value inside queue_after altered")
            << QStringList{u"UPDATE history_entries SET queue_after = "
                           "replace(queue_after, '\"positionThreshold\":7', '\"positionThreshold\":1') WHERE id = 6"_s}
            << qint64(6) << u"entry 6 was altered"_s;
        QTest::newRow("time altered")
            << QStringList{u"UPDATE history_entries SET entry_time = '2020-01-01T00:00:00.000Z' WHERE id = 2"_s}
            << qint64(2) << u"entry 2 was altered"_s;
        QTest::newRow("unknown nested member altered")
            << QStringList{u"UPDATE history_entries SET queue_before = replace(queue_before, 'v\\\"q', 'w') WHERE id = 9"_s}
            << qint64(9) << u"entry 9 was altered"_s;
        QTest::newRow("resolves link added")
            << QStringList{u"UPDATE history_entries SET resolves_entry_id = 2 WHERE id = 3"_s}
            << qint64(3) << u"entry 3 was altered"_s;
        QTest::newRow("deleted in the middle")
            << QStringList{u"DELETE FROM history_entries WHERE id = 7"_s}
            << qint64(8) << u"entry 8 does not follow entry 6: an entry is missing"_s;
        QTest::newRow("first deleted")
            << QStringList{u"DELETE FROM history_entries WHERE id = 1"_s}
            << qint64(2) << u"entry 2 is the first entry: an entry is missing"_s;
        QTest::newRow("deleted and renumbered")
            << QStringList{u"DELETE FROM history_entries WHERE id = 5"_s,
                           u"UPDATE history_entries SET id = id - 1 WHERE id > 5"_s}
            << qint64(5) << u"entry 5 was altered or moved"_s;
        QTest::newRow("swapped order")
            << QStringList{u"UPDATE history_entries SET id = -4 WHERE id = 4"_s,
                           u"UPDATE history_entries SET id = 4 WHERE id = 5"_s,
                           u"UPDATE history_entries SET id = 5 WHERE id = -4"_s}
            << qint64(4) << u"entry 4 was altered or moved"_s;
        QTest::newRow("naive forgery appended")
            << QStringList{u"INSERT INTO history_entries SELECT 11, entry_time, os_user, client_id, tenant, queue_id, "
                           "action, 'completed', queue_before, queue_after, diff, message, resolves_entry_id, "
                           "target_entry_id, details, hash, hash FROM history_entries WHERE id = 10"_s}
            << qint64(11) << u"entry 11 was altered"_s;
        QTest::newRow("corrupt JSON")
            << QStringList{u"UPDATE history_entries SET details = '{\"broken\": ' WHERE id = 3"_s}
            << qint64(3) << u"entry 3 cannot be read: details is not valid JSON"_s;
        QTest::newRow("JSON of the wrong kind")
            << QStringList{u"UPDATE history_entries SET queue_after = '[1,2]' WHERE id = 5"_s}
            << qint64(5) << u"entry 5 cannot be read: queue_after is not a JSON object"_s;
        QTest::newRow("bad time")
            << QStringList{u"UPDATE history_entries SET entry_time = 'yesterday' WHERE id = 8"_s}
            << qint64(8) << u"entry 8 cannot be read: its time"_s;
        QTest::newRow("hash erased")
            << QStringList{u"UPDATE history_entries SET hash = '' WHERE id = 10"_s}
            << qint64(10) << u"entry 10 was altered"_s;
    }

    void verifyNamesTheFirstBadEntry()
    {
        QFETCH(QStringList, statements);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);

        QCOMPARE(writeTen().size(), 10);
        QVERIFY(verifyFile().ok);
        QVERIFY(tamper(m_path, [&](QSqlDatabase &db) {
            return std::all_of(statements.cbegin(), statements.cend(), [&](const QString &sql) { return exec(db, sql); });
        }));
        const VerifyResult result = verifyFile();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadId, firstBad);
        QVERIFY2(result.problem.startsWith(problem), qPrintable(result.problem));
        QVERIFY(result.entries >= 9);
    }

    void verifyCatchesAWellForgedInsertion()
    {
        // The forger renumbers 5..10 to 6..11 and inserts a perfectly hashed
        // entry 5 chained to 4: it fits, but the entry it displaced does not.
        const QList<HistoryEntry> written = writeTen();
        QCOMPARE(written.size(), 10);
        HistoryEntry forged = written.at(4);
        forged.status = u"completed"_s;
        forged.message = u"nothing to see"_s;
        forged.previousHash = written.at(3).hash;
        forged.hash = chainHash(forged.previousHash, forged);
        QVERIFY(tamper(m_path, [&](QSqlDatabase &db) {
            return exec(db, u"UPDATE history_entries SET id = -id WHERE id >= 5"_s)
                && exec(db, u"UPDATE history_entries SET id = 1 - id WHERE id < 0"_s)
                && insertRow(db, forged);
        }));
        const VerifyResult result = verifyFile();
        QVERIFY(!result.ok);
        QCOMPARE(result.entries, 11);
        QCOMPARE(result.firstBadId, 6);
        QVERIFY2(result.problem.startsWith(u"entry 6 was altered or moved"_s), qPrintable(result.problem));
    }

    void verifyCatchesARehashedEntry()
    {
        // Altered and re-hashed in place: entry 4 is self-consistent, so the
        // break shows at 5, whose previous hash no longer matches.
        const QList<HistoryEntry> written = writeTen();
        QCOMPARE(written.size(), 10);
        HistoryEntry altered = written.at(3);
        altered.status = u"failed"_s;
        altered.hash = chainHash(altered.previousHash, altered);
        QVERIFY(tamper(m_path, [&](QSqlDatabase &db) {
            return exec(db, u"DELETE FROM history_entries WHERE id = 4"_s) && insertRow(db, altered);
        }));
        const VerifyResult result = verifyFile();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadId, 5);
        QVERIFY2(result.problem.startsWith(u"entry 5 does not follow entry 4: its previous hash"_s),
                 qPrintable(result.problem));
    }

    void verifyCatchesAFirstEntryThatDoesNotStartTheChain()
    {
        const QList<HistoryEntry> written = writeTen();
        QCOMPARE(written.size(), 10);
        HistoryEntry first = written.at(0);
        first.previousHash = u"00"_s.repeated(32);
        first.hash = chainHash(first.previousHash, first);
        QVERIFY(tamper(m_path, [&](QSqlDatabase &db) {
            return exec(db, u"DELETE FROM history_entries WHERE id = 1"_s) && insertRow(db, first);
        }));
        const VerifyResult result = verifyFile();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadId, 1);
        QVERIFY2(result.problem.startsWith(u"entry 1 does not start the chain"_s), qPrintable(result.problem));
    }

    // --- the keyed, anchored chain (key and anchor in the keychain) ----------

    static bool keychainAtHand()
    {
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    }
#define REQUIRE_KEYCHAIN()                                                                                      \
    if (!keychainAtHand()) {                                                                                    \
        if (qEnvironmentVariable("HOLDLINE_REQUIRE_KEYCHAIN") == "1"_L1)                                        \
            QFAIL("No D-Bus session: test.sh should have started one with a throwaway keyring.");               \
        QSKIP("No D-Bus session with a keyring; run through ./test.sh.");                                      \
    }

    QList<HistoryEntry> writeKeyed(int count, Open *keep = nullptr)
    {
        Open o = openStore(m_path, true);
        QList<HistoryEntry> stored;
        if (!o.store)
            return stored;
        for (int i = 1; i <= count; ++i)
            if (auto e = append(*o.store, sampleEntry(u"q%1"_s.arg(i % 3))))
                stored.append(*e);
        bool flushed = false;
        o.store->flush(this, [&] { flushed = true; });
        if (!QTest::qWaitFor([&] { return flushed; }, 20'000))
            qWarning("the history was not flushed");
        if (keep)
            *keep = std::move(o);
        return stored;
    }

    VerifyResult verifyKeyed()
    {
        Open o = openStore(m_path, true);
        if (!o.store) {
            VerifyResult failed;
            failed.ok = false;
            failed.problem = u"could not open"_s;
            return failed;
        }
        return verify(*o.store);
    }

    void keyedChainVerifiesUpToItsAnchor()
    {
        REQUIRE_KEYCHAIN();
        const QList<HistoryEntry> written = writeKeyed(6);
        QCOMPARE(written.size(), 6);
        QVERIFY(written.constLast().hash != chainHash(written.constLast().previousHash, written.constLast()));
        const VerifyResult result = verifyKeyed();
        QVERIFY2(result.ok, qPrintable(result.problem));
        QVERIFY(result.keyed);
        QCOMPARE(result.anchorId, 6);
        QCOMPARE(result.entries, 6);
        QVERIFY2(result.limits.isEmpty(), qPrintable(result.limits));
        // The key never reaches the database.
        Open o = openStore(m_path, true);
        QVERIFY(o.store);
        const QByteArray key = o.keeper->key().key;
        QCOMPARE(key.size(), 32);
        QByteArray bytes;
        if (onPostgreSql()) {
            // Every value of every table Holdline wrote, as text.
            QVERIFY(tamper(m_path, [&bytes](QSqlDatabase &db) {
                for (const QString &table : {u"history_entries"_s, u"history_meta"_s, u"schema_version"_s}) {
                    QSqlQuery query(db);
                    if (!query.exec(u"SELECT * FROM "_s + table))
                        return false;
                    while (query.next())
                        for (int i = 0; i < query.record().count(); ++i)
                            bytes += query.value(i).toString().toUtf8() + '\n';
                }
                return !bytes.isEmpty();
            }));
        } else {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
        }
        QVERIFY(!bytes.contains(key) && !bytes.contains(key.toBase64()) && !bytes.contains(key.toHex()));
    }

    void keyedChainNamesACutEnd()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(writeKeyed(10).size(), 10);
        QVERIFY(tamper(m_path, [](QSqlDatabase &db) { return exec(db, u"DELETE FROM history_entries WHERE id > 7"_s); }));
        VerifyResult result = verifyKeyed();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadId, 8);
        QVERIFY2(result.problem.startsWith(u"the history ends at #7, its anchor (kept outside the database) says #10"_s),
                 qPrintable(result.problem));

        QVERIFY(tamper(m_path, [](QSqlDatabase &db) { return exec(db, u"DELETE FROM history_entries"_s); }));
        result = verifyKeyed();
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"every entry was deleted"_s), qPrintable(result.problem));
    }

    // The forger edits an entry and recomputes every hash after it, as the
    // unkeyed chain allowed: without the key the MACs cannot follow.
    void keyedChainNamesARecomputedForgery()
    {
        REQUIRE_KEYCHAIN();
        const QList<HistoryEntry> written = writeKeyed(8);
        QCOMPARE(written.size(), 8);
        QVERIFY(tamper(m_path, [&](QSqlDatabase &db) {
            QString previous = written.at(3).previousHash;
            for (qsizetype i = 3; i < written.size(); ++i) {
                HistoryEntry e = written.at(i);
                if (i == 3)
                    e.status = u"failed"_s;
                e.previousHash = previous;
                e.hash = chainHash(previous, e);
                previous = e.hash;
                if (!exec(db, u"DELETE FROM history_entries WHERE id = %1"_s.arg(e.id)) || !insertRow(db, e))
                    return false;
            }
            return true;
        }));
        const VerifyResult result = verifyKeyed();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadId, 4);
        QVERIFY2(result.problem.contains(u"does not carry the MAC"_s), qPrintable(result.problem));
    }

    // A history written before keys keeps its hashed entries; it is keyed from
    // the next entry on and anchored at once.
    void unkeyedHistoryIsKeyedFromTheNextEntry()
    {
        REQUIRE_KEYCHAIN();
        QCOMPARE(writeTen().size(), 10);
        QCOMPARE(writeKeyed(2).size(), 2);
        Open o = openStore(m_path, true);
        QVERIFY(o.store);
        QCOMPARE(o.keeper->key().keyedFrom, 11);
        const VerifyResult result = verify(*o.store);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.entries, 12);
        QCOMPARE(result.anchorId, 12);
    }

    // The key goes with the history's id, not its path: a copy elsewhere is
    // still checked under its key.
    void aCopiedHistoryKeepsItsKey()
    {
        REQUIRE_KEYCHAIN();
        if (onPostgreSql())
            QSKIP("A file copied: on PostgreSQL a history is copied by 'history migrate' (tst_teamhistory).");
        QCOMPARE(writeKeyed(4).size(), 4);
        const QString copy = m_dir.filePath(u"copy-%1.sqlite"_s.arg(++m_files));
        QVERIFY(QFile::copy(m_path, copy));
        m_path = copy;
        const VerifyResult result = verifyKeyed();
        QVERIFY2(result.ok, qPrintable(result.problem));
        QVERIFY(result.keyed);
        QCOMPARE(result.anchorId, 4);
    }

    // Another history put where this one was (or this one's id changed) is
    // named, and nothing is added to it.
    void aReplacedHistoryIsNamedAndNotWritten()
    {
        REQUIRE_KEYCHAIN();
        if (onPostgreSql())
            QSKIP("A file replaced by another: a PostgreSQL database is not a file.");
        const QString original = m_path;
        QCOMPARE(writeKeyed(3).size(), 3);
        m_path = m_dir.filePath(u"other-%1.sqlite"_s.arg(++m_files));
        QCOMPARE(writeKeyed(2).size(), 2);
        QVERIFY(QFile::remove(original));
        QVERIFY(QFile::copy(m_path, original));
        m_path = original;
        Open o = openStore(m_path, true);
        QVERIFY(o.store);
        QCOMPARE(o.keeper->mode(), ChainKeeper::Mode::Untrusted);
        const VerifyResult result = verify(*o.store);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"is not the one that was there"_s), qPrintable(result.problem));
        QString error;
        QVERIFY(!append(*o.store, sampleEntry(u"q1"_s), &error));
        QVERIFY2(error.contains(u"not the one that was there"_s), qPrintable(error));
    }

    // A keyed history whose key is not in this keychain (another account,
    // another machine) is not re-keyed over: that would launder a forgery.
    void aHistoryWhoseKeyIsElsewhereIsNotReKeyed()
    {
        REQUIRE_KEYCHAIN();
        Open keep;
        QCOMPARE(writeKeyed(3, &keep).size(), 3);
        const QString historyId = keep.keeper->historyId();
        { const Open closed = std::move(keep); } // store, keeper, keychain, worker: in that order
        credentials::CredentialStore keychain;
        std::unique_ptr<credentials::CredentialJob> removed(keychain.deleteSecret(ChainKeeper::keychainKeyFor(historyId)));
        QSignalSpy spy(removed.get(), &credentials::CredentialJob::finished);
        QVERIFY(removed->isFinished() || spy.wait(20'000));
        Open o = openStore(m_path, true);
        QVERIFY(o.store);
        QCOMPARE(o.keeper->mode(), ChainKeeper::Mode::Untrusted);
        const VerifyResult result = verify(*o.store);
        QVERIFY(!result.ok);
        QVERIFY2(result.problem.contains(u"sealed with a key this keychain does not hold"_s), qPrintable(result.problem));
    }

    // A keychain that does not answer: a history with nothing sealed carries
    // on unkeyed and says so; one with sealed entries is not written.
    void aSilentKeychainDegradesOnlyWhatIsNotSealed()
    {
        REQUIRE_KEYCHAIN();
        {
            Open o = openStore(m_path, true, 0);
            QVERIFY(o.store);
            QCOMPARE(o.keeper->mode(), ChainKeeper::Mode::Unkeyed);
            QVERIFY(append(*o.store, sampleEntry(u"q1"_s)));
            const VerifyResult result = verify(*o.store);
            QVERIFY2(result.ok, qPrintable(result.problem));
            QVERIFY2(result.limits.contains(u"did not answer"_s), qPrintable(result.limits));
        }
        m_path = freshDatabase(u"sealed"_s);
        QCOMPARE(writeKeyed(3).size(), 3);
        Open o;
        o.worker = std::make_unique<storage::DatabaseWorker>(where(m_path));
        o.store = std::make_unique<HistoryStore>(o.worker.get());
        o.keychain = std::make_unique<credentials::CredentialStore>();
        o.keychain->setWatchdogMs(0);
        o.keeper = std::make_unique<ChainKeeper>(keeperLocation(m_path), o.keychain.get());
        o.store->setChainKeeper(o.keeper.get());
        QSignalSpy failed(o.store.get(), &HistoryStore::openFailed);
        o.store->open();
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(u"Unlock the keychain"_s), qPrintable(failed.first().first().toString()));
    }

    void corruptRowIsAnErrorNotACrash()
    {
        QCOMPARE(writeTen().size(), 10);
        QVERIFY(tamper(m_path, [](QSqlDatabase &db) {
            return exec(db, u"UPDATE history_entries SET queue_before = 'not json' WHERE id = 3"_s);
        }));
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QString error;
        QVERIFY(!fetch(*o.store, 3, &error));
        QVERIFY2(error.contains(u"corrupt (3)"_s) && error.contains(u"queue_before"_s), qPrintable(error));
        QVERIFY(fetch(*o.store, 4, &error));
        QVERIFY(list(*o.store, {}, &error).isEmpty());
        QVERIFY2(error.contains(u"corrupt (3)"_s), qPrintable(error));
        QCOMPARE(list(*o.store, {{}, {}, 5}, &error).size(), 5); // newest five are fine
        QVERIFY(error.isEmpty());
    }

    void secretsAreRefused_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");

        QTest::newRow("client_secret in the queue")
            << u"queueAfter"_s << QJsonValue(QJsonObject{{u"client_secret"_s, u"s3cr3t"_s}})
            << u"queueAfter.client_secret"_s;
        QTest::newRow("access_token deep in details")
            << u"details"_s
            << QJsonValue(QJsonObject{{u"auth"_s, QJsonArray{QJsonObject{{u"access_token"_s, u"eyJ"_s}}}}})
            << u"details.auth[0].access_token"_s;
        QTest::newRow("camelCase clientSecret")
            << u"queueBefore"_s << QJsonValue(QJsonObject{{u"clientSecret"_s, u"x"_s}})
            << u"queueBefore.clientSecret"_s;
        QTest::newRow("refresh-token")
            << u"details"_s << QJsonValue(QJsonObject{{u"Refresh-Token"_s, u"x"_s}})
            << u"details.Refresh-Token"_s;
        QTest::newRow("a diff of a secret field")
            << u"diff"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"field"_s, u"auth.clientSecret"_s}, {u"before"_s, u"a"_s}, {u"after"_s, u"b"_s}}})
            << u"diff[0].field=auth.clientSecret"_s;
    }

    void secretsAreRefused()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);

        Open o = openStore(m_path);
        QVERIFY(o.store);
        QSignalSpy appended(o.store.get(), &HistoryStore::entryAppended);
        HistoryEntry e = sampleEntry(u"q1"_s);
        if (member == u"queueAfter"_s)
            e.queueAfter = value.toObject();
        else if (member == u"queueBefore"_s)
            e.queueBefore = value.toObject();
        else if (member == u"details"_s)
            e.details = value.toObject();
        else
            e.diff = value.toArray();
        QString error;
        QVERIFY(!append(*o.store, e, &error));
        QVERIFY2(error.contains(u"refused"_s) && error.contains(path), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cr3t"_s) && !error.contains(u"eyJ"_s), qPrintable(error));
        QCOMPARE(appended.size(), 0);
        QVERIFY(list(*o.store, {}).isEmpty());

        // Words in prose and values are not keys: an auth failure can still be recorded.
        HistoryEntry failure = sampleEntry(u"q1"_s, u"failed"_s);
        failure.message = u"the access_token expired; check client_secret"_s;
        failure.details = QJsonObject{{u"hint"_s, u"client_secret"_s}};
        QVERIFY2(append(*o.store, failure, &error), qPrintable(error));
        QCOMPARE(list(*o.store, {}).constFirst().id, 1);
    }

    void sqlErrorsReachTheCallbacks()
    {
        // The path is a directory: SQLite cannot open it; a database that
        // does not exist: PostgreSQL refuses the connection.
        storage::DatabaseLocation unusable = storage::DatabaseLocation::sqliteFile(m_dir.path());
        if (onPostgreSql())
            unusable = m_server->location(u"no_such_database"_s);
        storage::DatabaseWorker worker(unusable);
        HistoryStore store(&worker);
        QSignalSpy failed(&store, &HistoryStore::openFailed);
        store.open();
        QVERIFY(failed.wait(10'000));
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(!store.isOpen());

        QString error;
        QVERIFY(!append(store, sampleEntry(u"q1"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(list(store, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        const VerifyResult result = verify(store);
        QVERIFY(!result.ok);
        QVERIFY(!result.problem.isEmpty());
    }

    void withoutOpenTheTableIsMissing()
    {
        storage::DatabaseWorker worker(where(m_path));
        HistoryStore store(&worker);
        QString error;
        QVERIFY(!append(store, sampleEntry(u"q1"_s), &error));
        QVERIFY2(error.contains(u"history_entries"_s), qPrintable(error));
    }

    void callbacksSkipADeadContext()
    {
        Open o = openStore(m_path);
        QVERIFY(o.store);
        QSignalSpy appended(o.store.get(), &HistoryStore::entryAppended);
        bool called = false;
        {
            QObject context;
            o.store->append(sampleEntry(u"q1"_s), &context, [&](auto, auto) { called = true; });
        }
        o.store->append(sampleEntry(u"q2"_s), nullptr, {});
        QTRY_COMPARE(appended.size(), 2); // still written and announced
        o.worker->waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

// The class once per backend; a failure in either fails the test.
// HOLDLINE_HISTORY_BACKEND=sqlite or postgresql runs one (ctest runs the two
// as two tests, side by side).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    const QString only = qEnvironmentVariable("HOLDLINE_HISTORY_BACKEND");
    int failed = 0;
    for (const auto &[backend, name] : {std::pair{Backend::Sqlite, u"sqlite"_s},
                                         std::pair{Backend::PostgreSql, u"postgresql"_s}}) {
        if (!only.isEmpty() && only != name)
            continue;
        TestHistory test(backend);
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}
#include "tst_history.moc"
