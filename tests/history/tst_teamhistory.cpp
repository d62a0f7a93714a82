// A team's history on a real PostgreSQL server this test starts itself
// (tests/testpostgres.h): where a history may live and what is refused,
// entries another Holdline appends reaching an open store within 2 s,
// pending entries settled once by whoever claims them, a personal history
// copied chain intact, and four writer processes × 100 deploys on one chain.
#include "credentials/credentialstore.h"
#include "history/chainkeeper.h"
#include "history/historycopier.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "history/queuelease.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "sandboxstart.h"
#include "testpostgres.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace holdline;
using namespace holdline::history;
using namespace Qt::StringLiterals;

namespace {

HistoryEntry entry(const QString &queueId, const QString &status = u"completed"_s, qint64 resolves = 0)
{
    HistoryEntry e;
    e.osUser = u"alice"_s;
    e.clientId = u"abc"_s;
    e.tenant = u"https://team.example.test"_s;
    e.queueId = queueId;
    e.action = u"deploy"_s;
    e.status = status;
    e.queueBefore = QJsonObject{{u"id"_s, queueId}, {u"positionThreshold"_s, 10}};
    e.queueAfter = QJsonObject{{u"id"_s, queueId}, {u"positionThreshold"_s, 7}};
    e.message = u"positionThreshold 10 → 7"_s;
    e.resolvesEntryId = resolves;
    return e;
}

} // namespace

class TestTeamHistory : public QObject
{
    Q_OBJECT

private:
    testpostgres::Server m_server;
    bool m_serverUp = false;

    struct Open
    {
        std::unique_ptr<storage::DatabaseWorker> worker;
        std::unique_ptr<credentials::CredentialStore> keychain;
        std::unique_ptr<ChainKeeper> keeper;
        std::unique_ptr<HistoryStore> store;
    };

    static Open openStore(const storage::DatabaseLocation &location, bool keyed = false)
    {
        Open o;
        o.worker = std::make_unique<storage::DatabaseWorker>(location);
        o.store = std::make_unique<HistoryStore>(o.worker.get());
        if (keyed) {
            o.keychain = std::make_unique<credentials::CredentialStore>();
            o.keeper = std::make_unique<ChainKeeper>(location.isPostgreSql() ? location.text()
                                                                              : ChainKeeper::locationOfFile(location.path),
                                                     o.keychain.get());
            o.store->setChainKeeper(o.keeper.get());
        }
        QSignalSpy opened(o.store.get(), &HistoryStore::opened);
        o.store->open();
        if (!opened.wait(20'000))
            o.store.reset();
        return o;
    }

    std::optional<HistoryEntry> append(HistoryStore &store, const HistoryEntry &e, QString *error = nullptr)
    {
        bool done = false;
        std::optional<HistoryEntry> stored;
        store.append(e, this, [&](std::optional<HistoryEntry> written, QString why) {
            stored = std::move(written);
            if (error)
                *error = why;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000) && error)
            *error = u"timed out"_s;
        return stored;
    }

    struct Claim
    {
        QList<qint64> ids;
        int heldElsewhere = -1;
        QString error;
    };
    Claim claim(HistoryStore &store)
    {
        Claim result;
        bool done = false;
        store.claimUnresolvedPending({}, this, [&](QList<HistoryEntry> claimed, int held, QString error) {
            for (const HistoryEntry &e : claimed)
                result.ids.append(e.id);
            result.heldElsewhere = held;
            result.error = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            result.error = u"timed out"_s;
        return result;
    }

    VerifyResult verify(HistoryStore &store)
    {
        VerifyResult result;
        result.ok = false;
        result.problem = u"timed out"_s;
        bool done = false;
        store.verify(this, [&](VerifyResult r) {
            result = std::move(r);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60'000))
            qWarning("no answer from the history");
        return result;
    }

    QList<HistoryEntry> all(HistoryStore &store)
    {
        QList<HistoryEntry> out;
        bool done = false;
        store.entries({{}, {}, 0, 0}, this, [&](QList<HistoryEntry> entries, QString) {
            out = std::move(entries);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            qWarning("no answer from the history");
        return out;
    }

    storage::DatabaseLocation freshDatabase()
    {
        QString error;
        const auto location = m_server.createDatabase(&error);
        if (!location)
            qWarning() << "cannot create a database:" << error;
        return location.value_or(storage::DatabaseLocation{});
    }

    static bool keychainAtHand()
    {
        return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    }

#define REQUIRE_SERVER() \
    if (!m_serverUp) QSKIP("no PostgreSQL server (see initTestCase)");
#define REQUIRE_KEYCHAIN()                                                                                      \
    if (!keychainAtHand()) {                                                                                    \
        if (qEnvironmentVariable("HOLDLINE_REQUIRE_KEYCHAIN") == "1"_L1)                                        \
            QFAIL("No D-Bus session: test.sh should have started one with a throwaway keyring.");               \
        QSKIP("No D-Bus session with a keyring; run through ./test.sh.");                                      \
    }

private slots:
    void initTestCase()
    {
        const QString error = m_server.start();
        m_serverUp = error.isEmpty();
        if (!m_serverUp && testpostgres::required())
            QFAIL(qPrintable(u"HOLDLINE_REQUIRE_POSTGRES=1, but the server did not start: "_s + error));
        if (!m_serverUp)
            qWarning("PostgreSQL tests skipped: %s", qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }

    // --- where a history may live (no server needed) ---------------------

    void locations_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("text");      // as logged and shown: never the password
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("refusal");   // part of the refusal; empty: accepted

        QTest::newRow("a file") << u"/home/a/history.sqlite"_s << true << u"/home/a/history.sqlite"_s << QString()
                                << QString();
        QTest::newRow("remote over TLS, password taken out")
            << u"postgresql://sup:s3cr%40t@db.example.com:6432/holdline?sslmode=verify-full"_s << true
            << u"postgresql://sup@db.example.com:6432/holdline?sslmode=verify-full"_s << u"s3cr@t"_s << QString();
        QTest::newRow("remote in clear is refused")
            << u"postgresql://sup:pw@db.example.com/holdline"_s << true << u"postgresql://sup@db.example.com/holdline"_s
            << u"pw"_s << u"only over TLS"_s;
        QTest::newRow("remote with sslmode=prefer is refused")
            << u"postgresql://db.example.com/holdline?sslmode=prefer"_s << true
            << u"postgresql://db.example.com/holdline?sslmode=prefer"_s << QString() << u"sslmode=verify-full"_s;
        QTest::newRow("loopback in clear") << u"postgres://sup@127.0.0.1:5433/h"_s << true
                                           << u"postgresql://sup@127.0.0.1:5433/h"_s << QString() << QString();
        QTest::newRow("localhost") << u"postgresql://localhost/h"_s << true << u"postgresql://localhost/h"_s << QString()
                                   << QString();
        QTest::newRow("a Unix socket") << u"postgresql:///team?host=/run/postgresql"_s << true
                                       << u"postgresql:///team?host=/run/postgresql"_s << QString() << QString();
        QTest::newRow("no database") << u"postgresql://db.example.com/?sslmode=require"_s << false << QString()
                                     << QString() << QString();
        QTest::newRow("unknown parameter") << u"postgresql://localhost/h?options=-c"_s << false << QString()
                                           << QString() << QString();
        QTest::newRow("another scheme") << u"mysql://localhost/h"_s << false << QString() << QString() << QString();
    }

    void locations()
    {
        QFETCH(QString, given);
        QFETCH(bool, valid);
        QFETCH(QString, text);
        QFETCH(QString, password);
        QFETCH(QString, refusal);
        QString error;
        const auto location = storage::DatabaseLocation::parse(given, &error);
        QCOMPARE(bool(location), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(u"pw"_s), qPrintable(error));
            return;
        }
        QCOMPARE(location->text(), text);
        QCOMPARE(location->password, password);
        if (!password.isEmpty()) {
            QVERIFY(!location->text().contains(password));
            QVERIFY(!location->passwordKey().contains(password));
        }
        if (refusal.isEmpty())
            QVERIFY2(location->refusal().isEmpty(), qPrintable(location->refusal()));
        else
            QVERIFY2(location->refusal().contains(refusal), qPrintable(location->refusal()));
        // What text() says parses back to the same place.
        const auto again = storage::DatabaseLocation::parse(location->text(), &error);
        QVERIFY(again);
        QCOMPARE(again->text(), text);
    }

    // --- many writers, one chain --------------------------------------------

    void everyoneSeesTheTeamsChangesWithin2s()
    {
        REQUIRE_SERVER();
        const storage::DatabaseLocation location = freshDatabase();
        Open alice = openStore(location);
        Open bob = openStore(location);
        QVERIFY(alice.store && bob.store);
        QSignalSpy bobSees(bob.store.get(), &HistoryStore::entriesAppendedElsewhere);
        QSignalSpy aliceSees(alice.store.get(), &HistoryStore::entriesAppendedElsewhere);
        QSignalSpy bobAppended(bob.store.get(), &HistoryStore::entryAppended);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(append(*alice.store, entry(u"q1"_s)));
        QVERIFY(append(*alice.store, entry(u"q2"_s)));
        const auto count = [](const QSignalSpy &spy) {
            qsizetype n = 0;
            for (const QList<QVariant> &emission : spy)
                n += emission.at(0).value<QList<HistoryEntry>>().size();
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(count(bobSees), 2, 2'000);
        qInfo("bob saw alice's two entries after %lld ms", static_cast<long long>(clock.elapsed()));
        QCOMPARE(bobSees.constFirst().at(0).value<QList<HistoryEntry>>().constFirst().queueId, u"q1"_s);
        QCOMPARE(bobAppended.size(), 0); // not taken for bob's own

        // Bob's own append reaches alice, and is not announced to bob as someone else's.
        const auto own = append(*bob.store, entry(u"q3"_s));
        QVERIFY(own);
        QCOMPARE(own->id, 3);
        QTRY_COMPARE_WITH_TIMEOUT(count(aliceSees), 1, 2'000);
        QVERIFY(append(*alice.store, entry(u"q4"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(count(bobSees), 3, 2'000);
        QList<qint64> seenByBob;
        for (const QList<QVariant> &emission : bobSees)
            for (const HistoryEntry &e : emission.at(0).value<QList<HistoryEntry>>())
                seenByBob.append(e.id);
        QCOMPARE(seenByBob, (QList<qint64>{1, 2, 4}));
    }

    // The team's server restarts under an open Holdline: its connection is
    // opened again (at most the one job that met the dead connection
    // fails, with the reason), nothing written before is lost, and what
    // others append afterwards is announced again (LISTEN renewed).
    void aDroppedConnectionIsOpenedAgain()
    {
        REQUIRE_SERVER();
        const storage::DatabaseLocation location = freshDatabase();
        Open alice = openStore(location);
        QVERIFY(alice.store);
        QVERIFY(append(*alice.store, entry(u"q1"_s)));
        QSignalSpy reopened(alice.worker.get(), &storage::DatabaseWorker::reopened);
        QSignalSpy aliceSees(alice.store.get(), &HistoryStore::entriesAppendedElsewhere);

        QCOMPARE(m_server.restart(), QString());
        QString firstError;
        std::optional<HistoryEntry> stored = append(*alice.store, entry(u"q2"_s), &firstError);
        if (!stored) { // the job ran before the connection was known dead
            QVERIFY2(!firstError.isEmpty(), "a failed append says why");
            stored = append(*alice.store, entry(u"q2"_s));
        }
        QVERIFY(stored);
        QCOMPARE(stored->id, 2);
        QCOMPARE(reopened.size(), 1);

        Open bob = openStore(location);
        QVERIFY(bob.store);
        const std::optional<HistoryEntry> bobs = append(*bob.store, entry(u"q3"_s));
        QVERIFY(bobs);
        QTRY_VERIFY_WITH_TIMEOUT(!aliceSees.isEmpty(), 2'000);
        QCOMPARE(aliceSees.constLast().at(0).value<QList<HistoryEntry>>().constLast().id, bobs->id);
        QCOMPARE(all(*alice.store).size(), 3);
        QVERIFY(verify(*alice.store).ok);
    }

    // The service has no keychain: systemd hands it the team history's key
    // (the keychain item a member holds, as a credential file) and the
    // database's password. It then writes keyed entries the members verify;
    // given another history's key, it writes nothing.
    void aServiceWritesWithTheKeySystemdHandsIt()
    {
        REQUIRE_SERVER();
        REQUIRE_KEYCHAIN();
        const storage::DatabaseLocation location = freshDatabase();
        Open alice = openStore(location, true);
        QVERIFY(alice.store);
        QVERIFY(append(*alice.store, entry(u"q1"_s)));
        const QString item = ChainKeeper::keychainKeyFor(alice.keeper->historyId());
        credentials::CredentialJob *read = alice.keychain->readSecret(item);
        QSignalSpy readDone(read, &credentials::CredentialJob::finished);
        QVERIFY(readDone.wait(20'000));
        QCOMPARE(read->error(), credentials::CredentialJob::Error::None);
        const QString aliceItem = read->secret();

        QTemporaryDir credentialsDir;
        const auto runService = [&](const QByteArray &chainKey) {
            QFile file(credentialsDir.filePath(QString::fromLatin1(credentials::CredentialStore::chainKeyCredentialName)));
            if (!file.open(QIODevice::WriteOnly) || file.write(chainKey) != chainKey.size())
                return std::pair{-1, QString()};
            file.close();
            QProcess service;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain, as under systemd
            environment.insert(u"CREDENTIALS_DIRECTORY"_s, credentialsDir.path());
            service.setProcessEnvironment(environment);
            service.start(QStringLiteral(HISTORY_WRITER_PATH), {location.text(), u"service"_s, u"3"_s, u"--keyed"_s});
            if (!service.waitForFinished(60'000))
                return std::pair{-1, u"timed out"_s};
            return std::pair{service.exitStatus() == QProcess::NormalExit ? service.exitCode() : -1,
                             QString::fromLocal8Bit(service.readAllStandardError())};
        };
        const auto [code, errors] = runService(aliceItem.toUtf8());
        QVERIFY2(code == 0, qPrintable(errors));
        VerifyResult checked = verify(*alice.store);
        QVERIFY2(checked.ok, qPrintable(checked.problem));
        QVERIFY(checked.keyed);
        QCOMPARE(checked.entries, 1 + 3 * 2);

        QJsonObject other = QJsonDocument::fromJson(aliceItem.toUtf8()).object();
        other.insert(u"key"_s, QString::fromLatin1(QByteArray(32, 'x').toBase64()));
        const auto [wrongCode, wrongErrors] = runService(QJsonDocument(other).toJson(QJsonDocument::Compact));
        QCOMPARE(wrongCode, 1);
        QVERIFY2(wrongErrors.contains(u"does not seal"_s), qPrintable(wrongErrors));
        QCOMPARE(all(*alice.store).size(), 7); // nothing written with it

        // No key given (the unit's default, a lone NUL byte): a sealed history
        // is not written unkeyed.
        const auto [noKeyCode, noKeyErrors] = runService(QByteArray(1, '\0'));
        QCOMPARE(noKeyCode, 1);
        QVERIFY2(noKeyErrors.contains(u"history-chain-key"_s), qPrintable(noKeyErrors));
        QCOMPARE(all(*alice.store).size(), 7);

        // The team database's password comes the same way, never from a keychain.
        QFile password(credentialsDir.filePath(QString::fromLatin1(credentials::CredentialStore::historyPasswordCredentialName)));
        QVERIFY(password.open(QIODevice::WriteOnly) && password.write("team-s3cret\n") > 0);
        password.close();
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentialsDir.path()));
        credentials::CredentialStore serviceStore;
        credentials::CredentialJob *given = serviceStore.readSecret(location.passwordKey());
        QSignalSpy givenDone(given, &credentials::CredentialJob::finished);
        const bool answered = givenDone.wait(5'000);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY(answered);
        QCOMPARE(given->error(), credentials::CredentialJob::Error::None);
        QCOMPARE(given->secret(), u"team-s3cret"_s);
    }

    // A pending entry belongs to its writer while its connection lives; a
    // crash frees it; then exactly one Holdline settles it, once.
    void pendingEntriesAreSettledOnceByWhoeverClaimsThem()
    {
        REQUIRE_SERVER();
        const storage::DatabaseLocation location = freshDatabase();
        Open writer = openStore(location);
        Open bob = openStore(location);
        Open carol = openStore(location);
        QVERIFY(writer.store && bob.store && carol.store);
        const auto pending = append(*writer.store, entry(u"q1"_s, u"pending"_s));
        QVERIFY(pending);

        // The writer's deploy is in flight: nobody else may settle it.
        Claim claimed = claim(*bob.store);
        QVERIFY2(claimed.error.isEmpty(), qPrintable(claimed.error));
        QCOMPARE(claimed.ids, QList<qint64>{});
        QCOMPARE(claimed.heldElsewhere, 1);
        // Its writer itself may (it holds the lease).
        QCOMPARE(claim(*writer.store).ids, QList<qint64>{pending->id});

        // The writer crashes: its connection goes, and the server frees the lease.
        { const Open crashed = std::move(writer); } // store, keeper, keychain, worker: in that order
        QTRY_COMPARE_WITH_TIMEOUT((claimed = claim(*bob.store)).ids, QList<qint64>{pending->id}, 10'000);

        // Bob is settling it: Carol may not.
        claimed = claim(*carol.store);
        QCOMPARE(claimed.ids, QList<qint64>{});
        QCOMPARE(claimed.heldElsewhere, 1);

        QString error;
        QVERIFY2(append(*bob.store, entry(u"q1"_s, u"failed"_s, pending->id), &error), qPrintable(error));
        // Settled: nothing left to claim, and a second resolution is refused.
        claimed = claim(*carol.store);
        QCOMPARE(claimed.ids, QList<qint64>{});
        QCOMPARE(claimed.heldElsewhere, 0);
        QVERIFY(!append(*carol.store, entry(u"q1"_s, u"completed"_s, pending->id), &error));
        QVERIFY2(error.contains(u"already settled, by entry 2"_s), qPrintable(error));
        QCOMPARE(all(*carol.store).size(), 2);
        QVERIFY(verify(*carol.store).ok);
    }

    // Guard services on several machines: each queue is watched by one, and
    // the queues of one that stops (its connection goes) pass to the others
    // at their next claim. Different tenants' queues of one id do not collide.
    void queueLeasesSplitTheQueuesAndPassOn()
    {
        REQUIRE_SERVER();
        const storage::DatabaseLocation location = freshDatabase();
        Open first = openStore(location);
        Open second = openStore(location);
        QVERIFY(first.store && second.store);
        const auto claimQueues = [this](HistoryStore &store, const QString &tenant, const QStringList &ids) {
            QStringList held;
            bool done = false;
            store.claimQueues(tenant, ids, this, [&](QStringList h, QString error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                held = h;
                done = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20'000); }();
            return held;
        };
        const QString tenant = u"https://tenant.example.test"_s;
        QCOMPARE(claimQueues(*first.store, tenant, {u"q1"_s, u"q2"_s}), (QStringList{u"q1"_s, u"q2"_s}));
        QCOMPARE(claimQueues(*first.store, tenant, {u"q1"_s, u"q2"_s}), (QStringList{u"q1"_s, u"q2"_s})); // still its own
        QCOMPARE(claimQueues(*second.store, tenant, {u"q1"_s, u"q2"_s, u"q3"_s}), QStringList{u"q3"_s});
        QCOMPARE(claimQueues(*second.store, u"https://other.example.test"_s, {u"q1"_s}), QStringList{u"q1"_s});

        { const Open stopped = std::move(first); } // the first service stops, or dies: its connection goes
        QTRY_COMPARE_WITH_TIMEOUT(claimQueues(*second.store, tenant, {u"q1"_s, u"q2"_s, u"q3"_s}),
                                  (QStringList{u"q1"_s, u"q2"_s, u"q3"_s}), 10'000);
        QVERIFY(history::QueueLease::keyOf(tenant, u"q1"_s) != history::QueueLease::keyOf(tenant, u"q2"_s));
    }

    // Two guard services (watch --all, as holdline-watch.service runs it) on
    // one tenant and one team history: the second finds every queue watched
    // by the first and acts on none; when the first is killed, the second
    // takes all of them over at its next round.
    void twoServicesNeverWatchAQueueTwiceAndOneTakesOver()
    {
        REQUIRE_SERVER();
        sandbox::SandboxOptions options;
        options.queueCount = 5;
        options.historyDays = 1;
        std::unique_ptr<sandbox::SandboxTenant> tenant = testsandbox::startSandbox(options);
        QVERIFY(tenant);
        const QString team = freshDatabase().text();
        struct Service
        {
            QProcess process;
            QByteArray out;
            // The queues it watched in its latest "queues" event (-1: none yet).
            int watching()
            {
                out += process.readAllStandardOutput();
                int latest = -1;
                for (const QByteArray &line : out.split('\n')) {
                    const QJsonObject event = QJsonDocument::fromJson(line).object();
                    if (event.value(u"event"_s).toString() == u"queues"_s)
                        latest = int(event.value(u"watching"_s).toArray().size());
                }
                return latest;
            }
        };
        const auto start = [&](Service &s) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"CXONE_CLIENT_SECRET"_s, tenant->clientSecret());
            s.process.setProcessEnvironment(env);
            s.process.start(QStringLiteral(HOLDLINE_CLI_PATH),
                            {u"--base-url"_s, tenant->baseUrl().toString(), u"--client-id"_s, tenant->clientId(),
                             u"--history-db"_s, team, u"--json"_s, u"watch"_s, u"--all"_s, u"--every"_s, u"1"_s});
            return s.process.waitForStarted();
        };
        Service first, second;
        QVERIFY(start(first));
        QTRY_COMPARE_WITH_TIMEOUT(first.watching(), 5, 60'000);
        QVERIFY(start(second));
        QTRY_COMPARE_WITH_TIMEOUT(second.watching(), 0, 60'000);
        QVERIFY2(second.out.contains("\"elsewhere\":5"), second.out.constData());
        QVERIFY(!second.out.contains("\"event\":\"advice\"")); // it acted on nothing

        QElapsedTimer clock;
        clock.start();
        first.process.kill(); // dies: no clean stop, its connection simply goes
        QVERIFY(first.process.waitForFinished(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(second.watching(), 5, 10'000);
        qInfo("the second service took the 5 queues over %lld ms after the first died",
              static_cast<long long>(clock.elapsed()));
        QTRY_VERIFY_WITH_TIMEOUT((second.watching(), second.out.contains("\"event\":\"advice\"")), 10'000);
        second.process.terminate();
        QVERIFY(second.process.waitForFinished(30'000));
        QCOMPARE(second.process.exitCode(), 0);
    }

    // `history migrate --to`: a personal, keyed history copied into the team's,
    // every entry as it was, verifying under the same key and anchor.
    void aPersonalHistoryIsCopiedChainIntact()
    {
        REQUIRE_SERVER();
        REQUIRE_KEYCHAIN();
        QTemporaryDir dir;
        const auto personal = storage::DatabaseLocation::sqliteFile(dir.filePath(u"history.sqlite"_s));
        QList<HistoryEntry> written;
        {
            Open o = openStore(personal, true);
            QVERIFY(o.store);
            QCOMPARE(o.keeper->mode(), ChainKeeper::Mode::Keyed);
            for (int i = 0; i < 6; ++i)
                written.append(*append(*o.store, entry(u"q%1"_s.arg(i))));
            bool flushed = false;
            o.store->flush(this, [&] { flushed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(flushed, 20'000);
        }
        const storage::DatabaseLocation team = freshDatabase();
        Open source = openStore(personal, true);
        Open target = openStore(team); // migrated, not keyed: nothing is made for it
        QVERIFY(source.store && target.store);
        CopyResult copied;
        bool done = false;
        HistoryCopier copier(source.worker.get(), target.worker.get());
        copier.copy([&](CopyResult result) {
            copied = result;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
        QVERIFY2(copied.error.isEmpty(), qPrintable(copied.error));
        QCOMPARE(copied.entries, 6);
        QCOMPARE(copied.historyId, source.keeper->historyId());

        Open check = openStore(team, true);
        QVERIFY(check.store);
        QCOMPARE(check.keeper->mode(), ChainKeeper::Mode::Keyed);
        const VerifyResult result = verify(*check.store);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QVERIFY(result.keyed);
        QCOMPARE(result.anchorId, 6);
        QList<HistoryEntry> read = all(*check.store);
        std::reverse(read.begin(), read.end());
        QVERIFY(read == written);
        // The team goes on from there, on the same chain.
        const auto next = append(*check.store, entry(u"q9"_s));
        QVERIFY(next);
        QCOMPARE(next->id, 7);
        QCOMPARE(next->previousHash, written.constLast().hash);

        // A second copy into a history that is no longer empty is refused.
        done = false;
        copier.copy([&](CopyResult again) {
            copied = again;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
        QVERIFY2(copied.error.contains(u"already holds 7 entries"_s), qPrintable(copied.error));
    }

private:
    // --- holdline-cli on a team's history ----------------------------------

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(HOLDLINE_CLI_PATH), arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"timed out"_s};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    // Refused before anything is opened, with the reason, never the password.
    void cliRefusesAServerInClearAndNeverPrintsThePassword()
    {
        Run run = cli({u"--history-db"_s, u"postgresql://sup:Sekr3tPw@db.example.com/team"_s, u"audit"_s, u"verify"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"only over TLS"_s) && run.err.contains(u"sslmode=verify-full"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"Sekr3tPw"_s) && !run.out.contains("Sekr3tPw"), qPrintable(run.err));

        run = cli({u"history"_s, u"migrate"_s, u"--to"_s, u"/tmp/other.sqlite"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"postgresql:// URL"_s), qPrintable(run.err));
        run = cli({u"history"_s, u"migrate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--to postgresql://"_s), qPrintable(run.err));
    }

    // `history migrate --to URL`, then `audit verify` on the team's history,
    // as two real holdline-cli runs.
    void cliMigratesAPersonalHistoryAndVerifiesIt()
    {
        REQUIRE_SERVER();
        REQUIRE_KEYCHAIN();
        QTemporaryDir dir;
        const QString file = dir.filePath(u"history.sqlite"_s);
        {
            Open o = openStore(storage::DatabaseLocation::sqliteFile(file), true);
            QVERIFY(o.store);
            for (int i = 0; i < 3; ++i)
                QVERIFY(append(*o.store, entry(u"q%1"_s.arg(i))));
            bool flushed = false;
            o.store->flush(this, [&] { flushed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(flushed, 20'000);
        }
        const QString team = freshDatabase().text();
        Run run = cli({u"--history-db"_s, file, u"history"_s, u"migrate"_s, u"--to"_s, team});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QByteArray("Copied 3 entries into " + team.toUtf8())), run.out.constData());
        QVERIFY2(run.out.contains("up to its anchor (entry #3)"), run.out.constData());

        run = cli({u"--history-db"_s, team, u"--json"_s, u"audit"_s, u"verify"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject verified = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(verified.value(u"ok"_s).toBool(), true);
        QCOMPARE(verified.value(u"entries"_s).toInt(), 3);
        QCOMPARE(verified.value(u"keyed"_s).toBool(), true);

        // Copied once: a second run finds the team's history no longer empty.
        run = cli({u"--history-db"_s, file, u"history"_s, u"migrate"_s, u"--to"_s, team});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"already holds 3 entries"_s), qPrintable(run.err));
    }

    // Four writer processes, 100 deploys each (a pending entry and its
    // resolution), on one keyed chain: 800 entries, ids 1..800, each deploy
    // once, each resolved once, and the chain verifies.
    void fourWritersOneChain()
    {
        REQUIRE_SERVER();
        const bool keyed = keychainAtHand();
        const storage::DatabaseLocation location = freshDatabase();
        {
            // The history and its key are made once, before the writers start.
            Open first = openStore(location, keyed);
            QVERIFY(first.store);
        }
        constexpr int writers = 4;
        constexpr int deploys = 100;
        QElapsedTimer clock;
        clock.start();
        // The writers generate load: ASan's slow unwinding on every malloc
        // (the suite's setting, for LSan's suppressions) would make them
        // measure the sanitizer, ten times over.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString asan = environment.value(u"ASAN_OPTIONS"_s);
        asan.replace(u"fast_unwind_on_malloc=0"_s, u"fast_unwind_on_malloc=1"_s);
        asan.replace(u"detect_stack_use_after_return=1"_s, u"detect_stack_use_after_return=0"_s);
        environment.insert(u"ASAN_OPTIONS"_s, asan);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int w = 0; w < writers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment);
            QStringList arguments{location.text(), u"w%1"_s.arg(w), QString::number(deploys)};
            if (keyed)
                arguments.append(u"--keyed"_s);
            process->start(QStringLiteral(HISTORY_WRITER_PATH), arguments);
            QVERIFY(process->waitForStarted());
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(180'000));
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                     qPrintable(QString::fromLocal8Bit(process->readAllStandardError())));
            qInfo("%s", process->readAllStandardOutput().trimmed().constData());
        }
        qInfo("4 writers x 100 deploys: %lld ms", static_cast<long long>(clock.elapsed()));

        Open check = openStore(location, keyed);
        QVERIFY(check.store);
        const QList<HistoryEntry> entries = all(*check.store);
        QCOMPARE(entries.size(), writers * deploys * 2);
        QSet<QString> deploysSeen;
        QHash<qint64, int> resolutions;
        QSet<qint64> pendingIds;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const HistoryEntry &e = entries.at(i);
            QCOMPARE(e.id, qint64(entries.size() - i)); // 800 .. 1, no gap, no double
            if (e.status == "pending"_L1) {
                const QString key = e.osUser + u'/' + QString::number(e.details.value(u"deploy"_s).toInt());
                QVERIFY2(!deploysSeen.contains(key), qPrintable(key));
                deploysSeen.insert(key);
                pendingIds.insert(e.id);
            } else {
                ++resolutions[e.resolvesEntryId];
            }
        }
        QCOMPARE(deploysSeen.size(), writers * deploys);
        QCOMPARE(resolutions.size(), writers * deploys);
        for (auto it = resolutions.cbegin(); it != resolutions.cend(); ++it) {
            QCOMPARE(it.value(), 1);
            QVERIFY(pendingIds.contains(it.key()));
        }
        const VerifyResult result = verify(*check.store);
        QVERIFY2(result.ok, qPrintable(result.problem));
        QCOMPARE(result.entries, writers * deploys * 2);
        QCOMPARE(result.keyed, keyed);
    }
};

QTEST_GUILESS_MAIN(TestTeamHistory)
#include "tst_teamhistory.moc"
