// The strategy sync outbox against the sandbox's webhook receiver, on a real
// SQLite database: delivered with its idempotency key and signature, retried
// while the endpoint fails, and resumed after a restart.
#include "sandboxfixture.h"

#include "storage/databaseworker.h"
#include "sync/syncoutbox.h"
#include "sync/syncpayload.h"
#include "api/tokenmanager.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QtTest>

using namespace holdline;
using namespace holdline::testing;
using namespace holdline::sync;
using namespace Qt::StringLiterals;

class TestSyncOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    QTemporaryDir m_dir;

    QUrl webhookUrl() const
    {
        QUrl url = m_tenant->baseUrl();
        url.setPath(u"/sandbox/webhook"_s);
        return url;
    }

    static bool openOutbox(SyncOutbox &outbox)
    {
        QSignalSpy opened(&outbox, &SyncOutbox::opened);
        outbox.open();
        return opened.wait(10'000);
    }

    static const SyncDelivery *find(const SyncOutbox &outbox, const QString &key, SyncDelivery *copy)
    {
        for (const SyncDelivery &d : outbox.deliveries())
            if (d.idempotencyKey == key) {
                *copy = d;
                return copy;
            }
        return nullptr;
    }

    static SyncDelivery::State stateOf(const SyncOutbox &outbox, const QString &key)
    {
        SyncDelivery d;
        return find(outbox, key, &d) ? d.state : SyncDelivery::State::Pending;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.queueCount = 3;
        options.webhookSigningSecret = "sign-me";
        m_tenant = startTenant(options);
        QVERIFY(m_tenant);
    }

    void init()
    {
        m_tenant->setFaults({});
        m_tenant->clearWebhooks();
    }

    void deliversSignedWithIdempotencyKey()
    {
        auto client = connectClient(*m_tenant);
        storage::DatabaseWorker db(m_dir.filePath(u"deliver.db"_s));
        SyncOutbox outbox(client.get(), &db);
        outbox.setSigningSecret("sign-me");
        QVERIFY(openOutbox(outbox));

        const QJsonObject strategy{{"positionThreshold"_L1, 8}, {"callbackEnabled"_L1, true}};
        QString error;
        const QString key = outbox.enqueue(webhookUrl(), u"q-billing-01"_s, strategy, &error);
        QVERIFY2(!key.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(outbox, key), SyncDelivery::State::Delivered, 10'000);
        QCOMPARE(outbox.pendingCount(), 0);

        const QJsonArray received = m_tenant->receivedWebhooks();
        QCOMPARE(received.size(), 1);
        const QJsonObject hook = received.first().toObject();
        QCOMPARE(hook.value("idempotencyKey"_L1).toString(), key);
        QCOMPARE(hook.value("signatureValid"_L1).toBool(), true);
        const QJsonObject body = hook.value("body"_L1).toObject();
        QCOMPARE(body.value("source"_L1).toString(), u"cxone_routing"_s);
        QCOMPARE(body.value("queue_id"_L1).toString(), u"q-billing-01"_s);
        QCOMPARE(body.value("strategy"_L1).toObject(), strategy);
        QVERIFY(QDateTime::fromString(body.value("sync_timestamp"_L1).toString(), Qt::ISODate).isValid());
    }

    void failureStaysPendingAndRetriesSameKey()
    {
        auto client = connectClient(*m_tenant);
        api::ClientSettings settings = fastSettings();
        settings.maxAttempts = 1; // the outbox's own retry is under test here
        client->setSettings(settings);
        storage::DatabaseWorker db(m_dir.filePath(u"retry.db"_s));
        SyncOutbox outbox(client.get(), &db);
        QVERIFY(openOutbox(outbox));

        sandbox::SandboxFaults faults;
        faults.webhookFailures = 2;
        m_tenant->setFaults(faults);

        QString error;
        const QString key = outbox.enqueue(webhookUrl(), u"q-claims-01"_s, QJsonObject{{"maxHoldTime"_L1, 180}}, &error);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            SyncDelivery d;
            return find(outbox, key, &d) && d.attempts == 1 && d.state == SyncDelivery::State::Pending;
        }(), 10'000);
        SyncDelivery failed;
        find(outbox, key, &failed);
        QVERIFY2(failed.lastError.contains(u"503"_s), qPrintable(failed.lastError));
        QVERIFY(failed.nextAttemptAt > failed.createdAt);
        QCOMPARE(outbox.pendingCount(), 1);

        outbox.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT([&] { SyncDelivery d; return find(outbox, key, &d) && d.attempts == 2 && d.state == SyncDelivery::State::Pending; }(), 10'000);
        outbox.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(outbox, key), SyncDelivery::State::Delivered, 10'000);

        // Three tries, one key, the same body every time.
        const QJsonArray received = m_tenant->receivedWebhooks();
        QCOMPARE(received.size(), 3);
        for (const QJsonValue &hook : received) {
            QCOMPARE(hook.toObject().value("idempotencyKey"_L1).toString(), key);
            QCOMPARE(hook.toObject().value("body"_L1), received.first().toObject().value("body"_L1));
        }
    }

    void survivesARestart()
    {
        const QString path = m_dir.filePath(u"restart.db"_s);
        QString key;
        {
            // The endpoint is down: a loopback port nobody listens on.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 deadPort = probe.serverPort();
            probe.close();

            auto client = connectClient(*m_tenant);
            api::ClientSettings settings = fastSettings();
            settings.maxAttempts = 1;
            client->setSettings(settings);
            storage::DatabaseWorker db(path);
            SyncOutbox outbox(client.get(), &db);
            QVERIFY(openOutbox(outbox));
            QString error;
            key = outbox.enqueue(QUrl(u"http://127.0.0.1:%1/hook"_s.arg(deadPort)), u"q-vip-01"_s,
                                 QJsonObject{{"positionThreshold"_L1, 3}}, &error);
            // The attempt has ended (and its error is recorded) once the delivery is pending again.
            QTRY_VERIFY_WITH_TIMEOUT([&] {
                SyncDelivery d;
                return find(outbox, key, &d) && d.attempts == 1 && d.state == SyncDelivery::State::Pending
                    && !d.lastError.isEmpty();
            }(), 10'000);
            QCOMPARE(outbox.pendingCount(), 1);
            db.waitForIdle();
        } // the app exits with the sync still pending

        {
            // Next session: the pending sync is there, with its history.
            auto client = connectClient(*m_tenant);
            storage::DatabaseWorker db(path);
            SyncOutbox outbox(client.get(), &db);
            QVERIFY(openOutbox(outbox));
            QCOMPARE(outbox.pendingCount(), 1);
            SyncDelivery resumed;
            QVERIFY(find(outbox, key, &resumed));
            QCOMPARE(resumed.attempts, 1);
            QCOMPARE(resumed.queueId, u"q-vip-01"_s);
            QVERIFY(!resumed.lastError.isEmpty());
            QVERIFY(resumed.body.contains("q-vip-01"));
        }
    }

    void refusesPlainHttpToRemoteEndpoints()
    {
        auto client = connectClient(*m_tenant);
        storage::DatabaseWorker db(m_dir.filePath(u"refuse.db"_s));
        SyncOutbox outbox(client.get(), &db);
        QVERIFY(openOutbox(outbox));
        QString error;
        const QString key = outbox.enqueue(QUrl(u"http://orchestrator.example.com/sync"_s), u"q-1"_s, {}, &error);
        QVERIFY(key.isEmpty());
        QVERIFY2(error.contains(u"https://"_s), qPrintable(error));
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void noSecretReachesTheDatabase()
    {
        auto client = connectClient(*m_tenant);
        // Get a real token first, so there is one to look for.
        api::ApiRequest list;
        list.path = u"/api/v2/routing/queues"_s;
        std::unique_ptr<api::ApiReply> warmUp(client->send(list));
        QSignalSpy tokenReady(client->tokens(), &api::TokenManager::tokenReady);
        QVERIFY(tokenReady.wait(10'000));
        QVERIFY(!client->tokens()->accessToken().isEmpty());
        const QString path = m_dir.filePath(u"secrets.db"_s);
        {
            storage::DatabaseWorker db(path);
            SyncOutbox outbox(client.get(), &db);
            outbox.setSigningSecret("very-secret-signing-key");
            QVERIFY(openOutbox(outbox));
            QString error;
            const QString key = outbox.enqueue(webhookUrl(), u"q-2"_s, QJsonObject{{"maxHoldTime"_L1, 120}}, &error);
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(outbox, key), SyncDelivery::State::Delivered, 10'000);
            db.waitForIdle();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("very-secret-signing-key"));
        QVERIFY(!bytes.contains(m_tenant->clientSecret().toUtf8()));
        QVERIFY(!bytes.contains(client->tokens()->accessToken().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_syncoutbox.moc"
