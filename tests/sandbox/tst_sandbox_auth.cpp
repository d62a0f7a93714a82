// CONTRACT.md §1 and §4 over real HTTP: the token endpoint's three ways of
// sending credentials, its errors, scopes per client, bearer checks, expiry.
#include "sandboxtestclient.h"

using namespace sandboxtest;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTenant> m_tenant;

    Client client() { return Client(m_tenant->baseUrl()); }

private slots:
    void initTestCase()
    {
        SandboxOptions o = quickOptions();
        o.clients = {{u"full"_s, u"full-secret"_s, holdline::sandbox::allSandboxScopes()},
                     {u"viewer"_s, u"viewer-secret"_s, {u"routing:queue:view"_s}}};
        o.tokenTtlSeconds = 600;
        m_tenant = startTenant(o);
        QVERIFY(m_tenant);
        QCOMPARE(m_tenant->clientId(), u"full"_s);
        QCOMPARE(m_tenant->baseUrl().host(), u"127.0.0.1"_s);
    }

    void jsonCredentials()
    {
        Client c = client();
        const Reply r = c.requestToken(u"full"_s, u"full-secret"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject json = r.json();
        QVERIFY(!json.value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(json.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(json.value(u"expires_in"_s).toInt(), 600);
        QCOMPARE(json.value(u"scope"_s).toString(), u"routing:queue:view routing:queue:update analytics:queue:view"_s);
        QVERIFY(r.hasHeader("X-Sandbox-Time"));
    }

    void formCredentials()
    {
        Client c = client();
        const Reply r = c.send("POST", u"/api/v2/oauth/token"_s,
                               "grant_type=client_credentials&client_id=full&client_secret=full-secret",
                               {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(u"access_token"_s).toString().isEmpty());
    }

    void basicCredentials()
    {
        Client c = client();
        const Reply r = c.send("POST", u"/api/v2/oauth/token"_s, "grant_type=client_credentials",
                               {{"Content-Type", "application/x-www-form-urlencoded"},
                                {"Authorization", "Basic " + QByteArray("full:full-secret").toBase64()}},
                               false);
        QCOMPARE(r.status, 200);
        const Reply wrong = c.send("POST", u"/api/v2/oauth/token"_s, "grant_type=client_credentials",
                                   {{"Content-Type", "application/x-www-form-urlencoded"},
                                    {"Authorization", "Basic " + QByteArray("full:nope").toBase64()}},
                                   false);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().value(u"error"_s).toString(), u"invalid_client"_s);
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret") << QByteArray(R"({"grant_type":"client_credentials","client_id":"full","client_secret":"x"})") << 401 << u"invalid_client"_s;
        QTest::newRow("unknown client") << QByteArray(R"({"grant_type":"client_credentials","client_id":"who","client_secret":"x"})") << 401 << u"invalid_client"_s;
        QTest::newRow("no credentials") << QByteArray(R"({"grant_type":"client_credentials"})") << 401 << u"invalid_client"_s;
        QTest::newRow("password grant") << QByteArray(R"({"grant_type":"password","client_id":"full","client_secret":"full-secret"})") << 400 << u"unsupported_grant_type"_s;
        QTest::newRow("no grant") << QByteArray(R"({"client_id":"full","client_secret":"full-secret"})") << 400 << u"unsupported_grant_type"_s;
        QTest::newRow("not json") << QByteArray("{nope") << 400 << u"invalid_request"_s;
        QTest::newRow("scope not granted") << QByteArray(R"({"grant_type":"client_credentials","client_id":"viewer","client_secret":"viewer-secret","scope":"routing:queue:update"})") << 400 << u"invalid_scope"_s;
    }

    void tokenErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        Client c = client();
        const Reply r = c.send("POST", u"/api/v2/oauth/token"_s, body, {}, false);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"error"_s).toString(), error);
    }

    void requestedScopeSubset()
    {
        Client c = client();
        const Reply r = c.send("POST", u"/api/v2/oauth/token"_s,
                               R"({"grant_type":"client_credentials","client_id":"full","client_secret":"full-secret","scope":"routing:queue:view"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"scope"_s).toString(), u"routing:queue:view"_s);
        c.token = r.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(c.get(QueuesPath).status, 200);
        QCOMPARE(c.post(AnalyticsPath, analyticsBody(u"PT1H"_s)).status, 403);
    }

    void missingScope()
    {
        Client c = client();
        QVERIFY(c.login(u"viewer"_s, u"viewer-secret"_s));
        QCOMPARE(c.get(QueuesPath).status, 200);
        const QString id = c.get(QueuesPath).json().value(u"entities"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        const Reply put = c.put(QueuesPath + u'/' + id, QJsonObject{{u"name"_s, u"x"_s}});
        QCOMPARE(put.status, 403);
        QCOMPARE(put.json().value(u"code"_s).toString(), u"missing.scope"_s);
        QCOMPARE(put.json().value(u"scope"_s).toString(), u"routing:queue:update"_s);
        const Reply analytics = c.post(AnalyticsPath, analyticsBody(u"PT1H"_s));
        QCOMPARE(analytics.status, 403);
        QCOMPARE(analytics.json().value(u"scope"_s).toString(), u"analytics:queue:view"_s);
    }

    void addedClient()
    {
        m_tenant->addClient({u"late"_s, u"late-secret"_s, {u"analytics:queue:view"_s}});
        Client c = client();
        QVERIFY(c.login(u"late"_s, u"late-secret"_s));
        QCOMPARE(c.get(QueuesPath).status, 403);
        QCOMPARE(c.post(AnalyticsPath, analyticsBody(u"PT1H"_s)).status, 200);
    }

    void bearerRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown") << QByteArray("Bearer not-a-token");
        QTest::newRow("basic") << QByteArray("Basic " + QByteArray("full:full-secret").toBase64());
        QTest::newRow("empty bearer") << QByteArray("Bearer ");
    }

    void bearerRequired()
    {
        QFETCH(QByteArray, authorization);
        Client c = client();
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const Reply r = c.send("GET", QueuesPath, {}, headers, false);
        QCOMPARE(r.status, 401);
        QVERIFY(!r.json().value(u"code"_s).toString().isEmpty());
        QVERIFY(r.hasHeader("WWW-Authenticate"));
    }

    void tokenExpires()
    {
        Client c = client();
        QVERIFY(c.login(u"full"_s, u"full-secret"_s));
        QCOMPARE(c.get(QueuesPath).status, 200);
        m_tenant->advanceRealTime(599);
        QCOMPARE(c.get(QueuesPath).status, 200);
        m_tenant->advanceRealTime(2);
        QCOMPARE(c.get(QueuesPath).status, 401);
        QVERIFY(c.login(u"full"_s, u"full-secret"_s));
        QCOMPARE(c.get(QueuesPath).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
