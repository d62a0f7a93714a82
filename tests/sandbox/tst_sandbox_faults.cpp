// Fault injection (by C++ and by the admin endpoint), the rate limit, the
// webhook receiver, the clock controls, and determinism for a seed.
#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>

using namespace sandboxtest;
using holdline::sandbox::SandboxFaults;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTenant> m_tenant;
    std::unique_ptr<Client> m_client;
    QString m_id;

    QString queuePath() const { return QueuesPath + u'/' + m_id; }
    int version() { return m_client->get(queuePath()).json().value(u"version"_s).toInt(); }
    QJsonObject body()
    {
        QJsonObject q = m_client->get(queuePath()).json();
        q.remove(u"version"_s);
        return q;
    }

    static QList<int> statuses(quint64 seed, int count)
    {
        SandboxOptions o = quickOptions();
        o.seed = seed;
        o.historyDays = 0;
        o.faults.probability500 = 0.5;
        auto tenant = startTenant(o);
        if (!tenant)
            return {};
        Client c(tenant->baseUrl());
        QList<int> result;
        // The token request itself may fail: retry it, as a client would.
        for (int i = 0; i < 20 && !c.login(*tenant); ++i) { }
        for (int i = 0; i < count; ++i)
            result.append(c.get(QueuesPath).status);
        return result;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions o = quickOptions();
        o.historyDays = 0;
        o.webhookSigningSecret = "webhook-secret";
        m_tenant = startTenant(o);
        QVERIFY(m_tenant);
        m_client = std::make_unique<Client>(m_tenant->baseUrl());
        QVERIFY(m_client->login(*m_tenant));
        m_id = m_client->get(QueuesPath).json().value(u"entities"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    }

    void cleanup()
    {
        m_tenant->setFaults({});
    }

    void cppControlRoundTrip()
    {
        SandboxFaults f;
        f.latencyMs = 5;
        f.probability503 = 0.25;
        f.concurrentWriterField = u"description"_s;
        m_tenant->setFaults(f);
        QCOMPARE(m_tenant->faults(), f);
        const QJsonObject json = m_client->send("GET", u"/sandbox/faults"_s, {}, {}, false).json();
        QCOMPARE(json, f.toJson());
    }

    // An exact sequence for one queue, set as JSON: each call to that queue
    // takes the next step; other queues and later calls are untouched.
    void scriptedStepsComeInOrder()
    {
        Client admin(m_tenant->baseUrl());
        const QJsonObject script{{m_id, QJsonArray{u"503"_s, u"ok"_s, u"429"_s, u"malformed"_s}}};
        const Reply set = admin.post(u"/sandbox/faults"_s, QJsonObject{{u"script"_s, script}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"script"_s).toObject(), script);
        const QString path = QueuesPath + u'/' + m_id;
        QCOMPARE(m_client->get(path).status, 503);
        QCOMPARE(m_client->get(QueuesPath).status, 200); // the listing is not this queue's call
        QCOMPARE(m_client->get(path).status, 200);
        const Reply limited = m_client->get(path);
        QCOMPARE(limited.status, 429);
        const Reply cut = m_client->get(path);
        QCOMPARE(cut.status, 200);
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        QCOMPARE(m_client->get(path).status, 200); // the script is used up
        QVERIFY(m_tenant->faults().script.isEmpty());

        const Reply bad = admin.post(u"/sandbox/faults"_s, QJsonObject{{u"script"_s, QJsonObject{{m_id, QJsonArray{u"explode"_s}}}}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.detailFields(), QStringList{u"script"_s});
    }

    void adminEndpoint()
    {
        Client admin(m_tenant->baseUrl()); // no token needed
        const Reply initial = admin.get(u"/sandbox/faults"_s);
        QCOMPARE(initial.status, 200);
        QCOMPARE(initial.json(), SandboxFaults{}.toJson());

        const Reply put = admin.put(u"/sandbox/faults"_s, QJsonObject{{u"probability500"_s, 1}, {u"jitterMs"_s, 3}});
        QCOMPARE(put.status, 200);
        QCOMPARE(put.json().value(u"probability500"_s).toDouble(), 1.0);
        QCOMPARE(m_client->get(QueuesPath).status, 500);
        QCOMPARE(admin.get(u"/sandbox/faults"_s).status, 200); // the admin endpoints are never faulted

        const Reply merged = admin.post(u"/sandbox/faults"_s, QJsonObject{{u"latencyMs"_s, 1}});
        QCOMPARE(merged.json().value(u"probability500"_s).toDouble(), 1.0);
        QCOMPARE(merged.json().value(u"latencyMs"_s).toInt(), 1);
        const Reply replaced = admin.put(u"/sandbox/faults"_s, QJsonObject{{u"latencyMs"_s, 2}});
        QCOMPARE(replaced.json().value(u"probability500"_s).toDouble(), 0.0);
        QCOMPARE(m_tenant->faults().latencyMs, 2);

        const Reply bad = admin.put(u"/sandbox/faults"_s, QJsonObject{{u"probability429"_s, 2}, {u"latencyMs"_s, u"x"_s}, {u"nonsense"_s, 1}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.detailFields(), (QStringList{u"latencyMs"_s, u"probability429"_s, u"nonsense"_s}));
        QCOMPARE(admin.send("PUT", u"/sandbox/faults"_s, "{oops").status, 400);

        QCOMPARE(admin.send("DELETE", u"/sandbox/faults"_s).json(), SandboxFaults{}.toJson());
        QCOMPARE(m_client->get(QueuesPath).status, 200);
    }

    void injectedStatuses_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("429") << u"probability429"_s << 429;
        QTest::newRow("500") << u"probability500"_s << 500;
        QTest::newRow("503") << u"probability503"_s << 503;
    }

    void injectedStatuses()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QCOMPARE(m_client->put(u"/sandbox/faults"_s, QJsonObject{{fault, 1}}).status, 200);
        for (const Reply &r : {m_client->get(QueuesPath), m_client->post(AnalyticsPath, analyticsBody(u"PT1H"_s)),
                               m_client->put(queuePath(), QJsonObject{{u"name"_s, u"x"_s}}), m_client->requestToken(u"a"_s, u"b"_s)}) {
            QCOMPARE(r.status, status);
            QVERIFY(!r.json().value(u"code"_s).toString().isEmpty());
            QVERIFY(r.hasHeader("X-Sandbox-Time"));
            if (status == 429) {
                QCOMPARE(r.json().value(u"code"_s).toString(), u"too.many.requests.retry.after"_s);
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
            }
        }
        QVERIFY(m_client->get(queuePath()).status == status); // nothing was written
        m_tenant->setFaults({});
        QCOMPARE(m_client->get(queuePath()).json().value(u"name"_s).toString() == u"x"_s, false);
    }

    void latency()
    {
        SandboxFaults f;
        f.latencyMs = 150;
        f.jitterMs = 20;
        m_tenant->setFaults(f);
        QElapsedTimer timer;
        timer.start();
        const Reply r = m_client->get(QueuesPath);
        QCOMPARE(r.status, 200);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    }

    void dropBeforeWrite()
    {
        SandboxFaults f;
        f.dropBeforeWriteProbability = 1;
        const int before = version();
        m_tenant->setFaults(f);
        QJsonObject b = body();
        b.insert(u"name"_s, u"Dropped"_s);
        const Reply r = m_client->put(queuePath(), b);
        QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.status)));
        QCOMPARE(r.status, 0);
        m_tenant->setFaults({});
        QCOMPARE(version(), before);
    }

    void dropAfterWrite()
    {
        SandboxFaults f;
        f.dropAfterWriteProbability = 1;
        const int before = version();
        QJsonObject b = body();
        b.insert(u"name"_s, u"Applied"_s);
        m_tenant->setFaults(f);
        const Reply r = m_client->put(queuePath(), b);
        QVERIFY(r.error != QNetworkReply::NoError);
        m_tenant->setFaults({});
        // Applied (perhaps more than once: an HTTP stack may resend on a dropped connection).
        QVERIFY(version() > before);
        QCOMPARE(m_client->get(queuePath()).json().value(u"name"_s).toString(), u"Applied"_s);
    }

    void malformedJson()
    {
        SandboxFaults f;
        f.malformedJsonProbability = 1;
        m_tenant->setFaults(f);
        const Reply r = m_client->get(queuePath());
        QCOMPARE(r.status, 200);
        QJsonParseError error{};
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        // Errors stay well-formed: only 2xx bodies are damaged.
        const Reply notFound = m_client->get(QueuesPath + u"/q-none"_s);
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.json().value(u"code"_s).toString(), u"not.found"_s);
    }

    void shortTokenLifetime()
    {
        SandboxFaults f;
        f.tokenLifetimeSeconds = 5;
        m_tenant->setFaults(f);
        Client c(m_tenant->baseUrl());
        const Reply token = c.requestToken(m_tenant->clientId(), m_tenant->clientSecret());
        QCOMPARE(token.json().value(u"expires_in"_s).toInt(), 3600); // what it says ...
        c.token = token.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(c.get(QueuesPath).status, 200);
        m_tenant->advanceRealTime(6);
        QCOMPARE(c.get(QueuesPath).status, 401); // ... is not what it does
        QVERIFY(m_client->login(*m_tenant));
    }

    void concurrentWriterConflict()
    {
        SandboxFaults f;
        f.concurrentWriterProbability = 1;
        f.concurrentWriterField = u"waitStrategy.positionThreshold"_s;
        m_tenant->setFaults(f);
        const QJsonObject read = m_client->get(queuePath()).json();
        const int v = read.value(u"version"_s).toInt();
        QJsonObject b = read;
        b.insert(u"name"_s, u"Mine"_s);
        const Reply r = m_client->put(queuePath(), b);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(u"currentVersion"_s).toInt(), v + 1);
        m_tenant->setFaults({});
        const QJsonObject now = m_client->get(queuePath()).json();
        QCOMPARE(now.value(u"modifiedBy"_s).toString(), u"client:sandbox-other-writer"_s);
        QVERIFY(now.value(u"waitStrategy"_s).toObject().value(u"positionThreshold"_s)
                != read.value(u"waitStrategy"_s).toObject().value(u"positionThreshold"_s));
        QVERIFY(now.value(u"name"_s).toString() != u"Mine"_s);
    }

    void concurrentWriterLastWriterWins()
    {
        SandboxFaults f;
        f.concurrentWriterProbability = 1;
        f.concurrentWriterField = u"description"_s;
        m_tenant->setFaults(f);
        QJsonObject read = m_client->get(queuePath()).json();
        const int v = read.value(u"version"_s).toInt();
        read.remove(u"version"_s);
        const Reply r = m_client->put(queuePath(), read);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"version"_s).toInt(), v + 2); // the other writer's, then ours
        // Without a GET first, nothing intervenes.
        const Reply again = m_client->put(queuePath(), read);
        QCOMPARE(again.json().value(u"version"_s).toInt(), v + 3);
    }

    void rateLimitPerToken()
    {
        SandboxOptions o = quickOptions();
        o.historyDays = 0;
        o.rateLimitPerMinute = 60;
        o.burst = 3;
        auto tenant = startTenant(o);
        QVERIFY(tenant);
        Client a(tenant->baseUrl());
        Client b(tenant->baseUrl());
        QVERIFY(a.login(*tenant));
        QVERIFY(b.login(*tenant));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.get(QueuesPath).status, 200);
        const Reply limited = a.get(QueuesPath);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value(u"code"_s).toString(), u"too.many.requests.retry.after"_s);
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok && retryAfter >= 1);
        QCOMPARE(b.get(QueuesPath).status, 200); // another token has its own bucket
        tenant->advanceRealTime(retryAfter);
        QCOMPARE(a.get(QueuesPath).status, 200);
        QCOMPARE(a.get(QueuesPath).status, 429);

        // What it answered, counted from outside (GET /sandbox/stats).
        Client admin(tenant->baseUrl());
        const QJsonObject stats = admin.send("GET", u"/sandbox/stats"_s, {}, {}, false).json();
        QCOMPARE(stats.value(u"calls"_s).toObject().value(u"GET /api/v2/routing/queues"_s).toInt(), 7);
        QCOMPARE(stats.value(u"rateLimited"_s).toInt(), 2);
        QCOMPARE(stats.value(u"injected429"_s).toInt(), 0);
        QCOMPARE(stats.value(u"statuses"_s).toObject().value(u"429"_s).toInt(), 2);
        int served = 0;
        for (const QJsonValue &n : stats.value(u"servedPerSecond"_s).toArray())
            served += n.toInt();
        QCOMPARE(served, 5 + 2); // the two token requests are served too; a 429 serves nothing
        QCOMPARE(admin.send("DELETE", u"/sandbox/stats"_s, {}, {}, false).json().value(u"rateLimited"_s).toInt(), 0);
    }

    void webhookReceiver()
    {
        Client hook(m_tenant->baseUrl());
        QCOMPARE(hook.send("DELETE", u"/sandbox/webhook"_s).status, 200);
        const QByteArray payload = R"({"source":"cxone_routing","queue_id":"q-1","strategy":{},"sync_timestamp":"2026-11-25T08:00:00Z"})";
        const QByteArray signature = "sha256=" + QMessageAuthenticationCode::hash(payload, "webhook-secret", QCryptographicHash::Sha256).toHex();
        QCOMPARE(hook.send("POST", u"/sandbox/webhook"_s, payload, {{"Idempotency-Key", "k-1"}, {"X-Holdline-Signature", signature}}).status, 200);
        QCOMPARE(hook.send("POST", u"/sandbox/webhook"_s, payload, {{"Idempotency-Key", "k-1"}, {"X-Holdline-Signature", "sha256=00"}}).status, 200);

        SandboxFaults f;
        f.webhookFailures = 2;
        f.webhookFailureStatus = 502;
        m_tenant->setFaults(f);
        QCOMPARE(hook.send("POST", u"/sandbox/webhook"_s, payload, {{"Idempotency-Key", "k-2"}}).status, 502);
        QCOMPARE(hook.send("POST", u"/sandbox/webhook"_s, payload, {{"Idempotency-Key", "k-2"}}).status, 502);
        QCOMPARE(hook.send("POST", u"/sandbox/webhook"_s, payload, {{"Idempotency-Key", "k-2"}}).status, 200);
        QCOMPARE(m_tenant->faults().webhookFailures, 0);

        const QJsonArray received = hook.get(u"/sandbox/webhook"_s).json().value(u"received"_s).toArray();
        QCOMPARE(received, m_tenant->receivedWebhooks());
        QCOMPARE(received.size(), 5);
        const QJsonObject first = received.at(0).toObject();
        QCOMPARE(first.value(u"idempotencyKey"_s).toString(), u"k-1"_s);
        QCOMPARE(first.value(u"signature"_s).toString().toLatin1(), signature);
        QCOMPARE(first.value(u"signatureValid"_s).toBool(), true);
        QCOMPARE(first.value(u"duplicate"_s).toBool(), false);
        QCOMPARE(first.value(u"body"_s).toObject().value(u"queue_id"_s).toString(), u"q-1"_s);
        QCOMPARE(received.at(1).toObject().value(u"signatureValid"_s).toBool(), false);
        QCOMPARE(received.at(1).toObject().value(u"duplicate"_s).toBool(), true);
        QCOMPARE(received.at(2).toObject().value(u"status"_s).toInt(), 502);
        QCOMPARE(received.at(4).toObject().value(u"duplicate"_s).toBool(), false);
        m_tenant->clearWebhooks();
        QVERIFY(m_tenant->receivedWebhooks().isEmpty());
    }

    void clockEndpoint()
    {
        Client admin(m_tenant->baseUrl());
        const QDateTime before = m_tenant->simulatedNow();
        const Reply r = admin.post(u"/sandbox/clock"_s, QJsonObject{{u"advanceSimulatedSeconds"_s, 3600}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"simulatedNow"_s).toString(), before.addSecs(3600).toString(Qt::ISODate));
        QCOMPARE(m_tenant->simulatedNow(), before.addSecs(3600));
        QCOMPARE(admin.get(u"/sandbox/clock"_s).json().value(u"speed"_s).toDouble(), 0.0);
        QCOMPARE(admin.post(u"/sandbox/clock"_s, QJsonObject{{u"advanceSimulatedSeconds"_s, -5}}).status, 400);
    }

    void determinismForSeed()
    {
        const QList<int> a = statuses(7, 30);
        const QList<int> b = statuses(7, 30);
        const QList<int> c = statuses(8, 30);
        QCOMPARE(a.size(), 30);
        QCOMPARE(a, b);
        QVERIFY(a.contains(500) && a.contains(200));
        QVERIFY(a != c);

        // Same seed, same tenant data.
        auto t1 = startTenant();
        auto t2 = startTenant();
        Client c1(t1->baseUrl());
        Client c2(t2->baseUrl());
        QVERIFY(c1.login(*t1));
        QVERIFY(c2.login(*t2));
        QCOMPARE(t1->clientSecret(), t2->clientSecret());
        QCOMPARE(c1.get(QueuesPath).body, c2.get(QueuesPath).body);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
