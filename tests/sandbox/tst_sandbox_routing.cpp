// CONTRACT.md §2 over real HTTP: listing and paging, one queue and its ETag,
// the id rule, full-replace PUT (unknown fields kept, omitted fields gone),
// optimistic concurrency (version and If-Match → 409), validation details,
// tenant limits, and the strategy reaching the simulation.
#include "sandboxtestclient.h"

using namespace sandboxtest;

class TestSandboxRouting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTenant> m_tenant;
    std::unique_ptr<Client> m_client;
    QString m_id; // a queue every test may change

    QJsonObject current() { return m_client->get(QueuesPath + u'/' + m_id).json(); }

    // A valid body: the stored queue with the server-managed fields left in.
    QJsonObject editable()
    {
        QJsonObject q = current();
        q.remove(u"version"_s);
        return q;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions o = quickOptions();
        o.queueCount = 30;
        o.historyDays = 0;
        o.maxPositionThreshold = 40;
        o.maxHoldTimeSeconds = 1800;
        m_tenant = startTenant(o);
        QVERIFY(m_tenant);
        m_client = std::make_unique<Client>(m_tenant->baseUrl());
        QVERIFY(m_client->login(*m_tenant));
        m_id = m_client->get(QueuesPath).json().value(u"entities"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(!m_id.isEmpty());
    }

    void listDefaults()
    {
        const Reply r = m_client->get(QueuesPath);
        QCOMPARE(r.status, 200);
        const QJsonObject page = r.json();
        QCOMPARE(page.value(u"pageSize"_s).toInt(), 25);
        QCOMPARE(page.value(u"pageNumber"_s).toInt(), 1);
        QCOMPARE(page.value(u"total"_s).toInt(), 30);
        QCOMPARE(page.value(u"pageCount"_s).toInt(), 2);
        QCOMPARE(page.value(u"entities"_s).toArray().size(), 25);
        QVERIFY(r.hasHeader("X-Sandbox-Time"));
    }

    void listPaging()
    {
        QSet<QString> seen;
        for (int page = 1; page <= 4; ++page) {
            const QJsonObject json = m_client->get(QueuesPath + u"?pageSize=8&pageNumber=%1"_s.arg(page)).json();
            QCOMPARE(json.value(u"pageCount"_s).toInt(), 4);
            const QJsonArray entities = json.value(u"entities"_s).toArray();
            QCOMPARE(entities.size(), page < 4 ? 8 : 6);
            for (const QJsonValue &e : entities)
                seen.insert(e.toObject().value(u"id"_s).toString());
        }
        QCOMPARE(seen.size(), 30);
        const QJsonObject beyond = m_client->get(QueuesPath + u"?pageSize=8&pageNumber=9"_s).json();
        QVERIFY(beyond.value(u"entities"_s).toArray().isEmpty());
        QCOMPARE(m_client->get(QueuesPath + u"?pageSize=500"_s).json().value(u"entities"_s).toArray().size(), 30);
    }

    void listBadParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("pageSize 0") << u"pageSize=0"_s << u"pageSize"_s;
        QTest::newRow("pageSize 501") << u"pageSize=501"_s << u"pageSize"_s;
        QTest::newRow("pageSize text") << u"pageSize=ten"_s << u"pageSize"_s;
        QTest::newRow("pageSize empty") << u"pageSize="_s << u"pageSize"_s;
        QTest::newRow("pageNumber 0") << u"pageNumber=0"_s << u"pageNumber"_s;
        QTest::newRow("pageNumber -1") << u"pageNumber=-1"_s << u"pageNumber"_s;
        QTest::newRow("pageNumber float") << u"pageNumber=1.5"_s << u"pageNumber"_s;
    }

    void listBadParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Reply r = m_client->get(QueuesPath + u'?' + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"bad.request"_s);
        QVERIFY2(r.detailFields().contains(field), r.body.constData());
    }

    void queueObject()
    {
        const Reply r = m_client->get(QueuesPath + u'/' + m_id);
        QCOMPARE(r.status, 200);
        const QJsonObject q = r.json();
        for (const QString &key : {u"id"_s, u"name"_s, u"version"_s, u"waitStrategy"_s, u"callback"_s, u"maxHoldTime"_s,
                                   u"description"_s, u"division"_s, u"skills"_s, u"mediaSettings"_s,
                                   u"dateModified"_s, u"modifiedBy"_s})
            QVERIFY2(q.contains(key), qPrintable(key));
        QCOMPARE(q.value(u"waitStrategy"_s).toObject().value(u"type"_s).toString(), u"position"_s);
        QVERIFY(q.value(u"mediaSettings"_s).toObject().value(u"call"_s).toObject().value(u"serviceLevel"_s).toObject().contains(u"durationMs"_s));
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(q.value(u"version"_s).toInt()) + '"');
    }

    void queueIdRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown") << u"q-no-such-queue"_s << 404;
        QTest::newRow("64 chars") << QString(64, u'a') << 404;
        QTest::newRow("65 chars") << QString(65, u'a') << 400;
        QTest::newRow("space") << u"q%20x"_s << 400;
        QTest::newRow("quote") << u"q'x"_s << 400;
        QTest::newRow("unicode") << u"q-%C3%A9"_s << 400;
        QTest::newRow("empty") << QString() << 400;
        QTest::newRow("encoded slash") << u"a%2Fb"_s << 400;
    }

    void queueIdRule()
    {
        QFETCH(QString, id);
        QFETCH(int, status);
        const Reply get = m_client->get(QueuesPath + u'/' + id);
        QCOMPARE(get.status, status);
        if (status == 400)
            QCOMPARE(get.json().value(u"code"_s).toString(), u"bad.request"_s);
        const Reply put = m_client->put(QueuesPath + u'/' + id, QJsonObject{{u"name"_s, u"x"_s}});
        QCOMPARE(put.status, status);
    }

    void fullReplaceKeepsUnknownFields()
    {
        const QJsonObject before = current();
        QJsonObject body = editable();
        body.insert(u"tenantExtension"_s, QJsonObject{{u"colour"_s, u"teal"_s}, {u"n"_s, 3}});
        body.remove(u"description"_s); // omitted: deleted
        body.insert(u"modifiedBy"_s, u"someone-else"_s); // server-managed: ignored
        const Reply r = m_client->put(QueuesPath + u'/' + m_id, body);
        QCOMPARE(r.status, 200);
        const QJsonObject stored = r.json();
        QCOMPARE(stored.value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 1);
        QCOMPARE(r.header("ETag"), '"' + QByteArray::number(stored.value(u"version"_s).toInt()) + '"');
        QCOMPARE(stored.value(u"modifiedBy"_s).toString(), u"client:"_s + m_tenant->clientId());
        QCOMPARE(stored.value(u"dateModified"_s).toString().toLatin1(), r.header("X-Sandbox-Time"));
        QVERIFY(!stored.contains(u"description"_s));
        QCOMPARE(stored.value(u"tenantExtension"_s).toObject().value(u"colour"_s).toString(), u"teal"_s);
        QCOMPARE(current(), stored);

        // A body with almost nothing leaves almost nothing.
        const Reply bare = m_client->put(QueuesPath + u'/' + m_id, QJsonObject{{u"name"_s, u"Bare"_s}});
        QCOMPARE(bare.status, 200);
        const QStringList keys = bare.json().keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{u"id"_s, u"name"_s, u"version"_s, u"dateModified"_s, u"modifiedBy"_s}));
        // Restore a full object for the other tests.
        QJsonObject full = before;
        full.remove(u"version"_s);
        QCOMPARE(m_client->put(QueuesPath + u'/' + m_id, full).status, 200);
    }

    void conflictByVersion()
    {
        const QJsonObject before = current();
        const int version = before.value(u"version"_s).toInt();
        QJsonObject body = before;
        body.insert(u"version"_s, version - 1);
        body.insert(u"name"_s, u"Stale"_s);
        const Reply r = m_client->put(QueuesPath + u'/' + m_id, body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"conflict"_s);
        QCOMPARE(r.json().value(u"currentVersion"_s).toInt(), version);
        QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
        QCOMPARE(current(), before);

        body.insert(u"version"_s, version);
        const Reply ok = m_client->put(QueuesPath + u'/' + m_id, body);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(u"version"_s).toInt(), version + 1);
    }

    void conflictByIfMatch_data()
    {
        QTest::addColumn<QByteArray>("ifMatch"); // %1: the current version
        QTest::addColumn<int>("status");
        QTest::newRow("stale") << QByteArray("\"0\"") << 409;
        QTest::newRow("current") << QByteArray("\"%1\"") << 200;
        QTest::newRow("weak current") << QByteArray("W/\"%1\"") << 200;
        QTest::newRow("list with current") << QByteArray("\"0\", \"%1\"") << 200;
        QTest::newRow("star") << QByteArray("*") << 200;
        QTest::newRow("garbage") << QByteArray("\"abc\"") << 409;
    }

    void conflictByIfMatch()
    {
        QFETCH(QByteArray, ifMatch);
        QFETCH(int, status);
        const QJsonObject before = current();
        const int version = before.value(u"version"_s).toInt();
        ifMatch.replace("%1", QByteArray::number(version));
        QJsonObject body = before;
        body.remove(u"version"_s);
        const Reply r = m_client->put(QueuesPath + u'/' + m_id, body, {{"If-Match", ifMatch}});
        QCOMPARE(r.status, status);
        if (status == 409) {
            QCOMPARE(r.json().value(u"currentVersion"_s).toInt(), version);
            QCOMPARE(current(), before);
        }
    }

    void lastWriterWins()
    {
        QJsonObject body = editable();
        body.insert(u"name"_s, u"Writer A"_s);
        QCOMPARE(m_client->put(QueuesPath + u'/' + m_id, body).status, 200);
        body.insert(u"name"_s, u"Writer B"_s);
        QCOMPARE(m_client->put(QueuesPath + u'/' + m_id, body).status, 200);
        QCOMPARE(current().value(u"name"_s).toString(), u"Writer B"_s);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("path");   // dotted field to set
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");  // expected in details
        const auto row = [](const char *name, const QString &path, const QJsonValue &v, const QString &field) {
            QTest::newRow(name) << path << v << field;
        };
        row("wait threshold 0", u"waitStrategy.positionThreshold"_s, 0, u"waitStrategy.positionThreshold"_s);
        row("wait threshold 101", u"waitStrategy.positionThreshold"_s, 101, u"waitStrategy.positionThreshold"_s);
        row("wait threshold over tenant limit", u"waitStrategy.positionThreshold"_s, 45, u"waitStrategy.positionThreshold"_s);
        row("wait threshold string", u"waitStrategy.positionThreshold"_s, u"10"_s, u"waitStrategy.positionThreshold"_s);
        row("wait threshold fraction", u"waitStrategy.positionThreshold"_s, 10.5, u"waitStrategy.positionThreshold"_s);
        row("abandonment -1", u"waitStrategy.abandonmentThreshold"_s, -1, u"waitStrategy.abandonmentThreshold"_s);
        row("abandonment 3601", u"waitStrategy.abandonmentThreshold"_s, 3601, u"waitStrategy.abandonmentThreshold"_s);
        row("strategy type", u"waitStrategy.type"_s, u"time"_s, u"waitStrategy.type"_s);
        row("strategy not object", u"waitStrategy"_s, 5, u"waitStrategy"_s);
        row("callback threshold 0", u"callback.positionThreshold"_s, 0, u"callback.positionThreshold"_s);
        row("callback above wait", u"callback.positionThreshold"_s, 39, u"callback.positionThreshold"_s);
        row("callback enabled string", u"callback.enabled"_s, u"yes"_s, u"callback.enabled"_s);
        row("maxHoldTime 0", u"maxHoldTime"_s, 0, u"maxHoldTime"_s);
        row("maxHoldTime 3601", u"maxHoldTime"_s, 3601, u"maxHoldTime"_s);
        row("maxHoldTime over tenant limit", u"maxHoldTime"_s, 2000, u"maxHoldTime"_s);
        row("maxHoldTime null", u"maxHoldTime"_s, QJsonValue(), u"maxHoldTime"_s);
        row("name number", u"name"_s, 3, u"name"_s);
        row("skills not strings", u"skills"_s, QJsonArray{1, 2}, u"skills"_s);
        row("service level percentage", u"mediaSettings.call.serviceLevel.percentage"_s, 1.5, u"mediaSettings.call.serviceLevel.percentage"_s);
        row("version text", u"version"_s, u"7"_s, u"version"_s);
        row("other id", u"id"_s, u"q-other"_s, u"id"_s);
    }

    void validation()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject before = current();
        QJsonObject body = before;
        body.remove(u"version"_s);
        QJsonObject ws = body.value(u"waitStrategy"_s).toObject();
        ws.insert(u"positionThreshold"_s, 20);
        body.insert(u"waitStrategy"_s, ws);
        QJsonObject cb = body.value(u"callback"_s).toObject();
        cb.insert(u"positionThreshold"_s, 5);
        body.insert(u"callback"_s, cb);
        body.insert(u"maxHoldTime"_s, 600);

        // Set the dotted path.
        const QStringList parts = path.split(u'.');
        std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int i) {
            if (i == parts.size() - 1)
                o.insert(parts.at(i), value);
            else
                o.insert(parts.at(i), set(o.value(parts.at(i)).toObject(), i + 1));
            return o;
        };
        body = set(body, 0);
        const Reply r = m_client->put(QueuesPath + u'/' + m_id, body);
        QCOMPARE(r.status, 400);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(u"code"_s).toString(), u"bad.request"_s);
        QVERIFY(!json.value(u"message"_s).toString().isEmpty());
        QVERIFY2(r.detailFields().contains(field), r.body.constData());
        for (const QJsonValue &d : json.value(u"details"_s).toArray())
            QVERIFY(!d.toObject().value(u"message"_s).toString().isEmpty());
        QCOMPARE(current(), before);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not json") << QByteArray("{\"name\": ");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("string") << QByteArray("\"queue\"");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        const QJsonObject before = current();
        const Reply r = m_client->send("PUT", QueuesPath + u'/' + m_id, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"bad.request"_s);
        QCOMPARE(current(), before);
    }

    void strategyReachesSimulation()
    {
        // Aggressive callbacks on every queue vs. none: two hours later the
        // callback offers show which strategy the simulation ran.
        const QJsonArray queues = m_client->get(QueuesPath + u"?pageSize=500"_s).json().value(u"entities"_s).toArray();
        for (const QJsonValue &v : queues) {
            QJsonObject q = v.toObject();
            q.remove(u"version"_s);
            q.insert(u"waitStrategy"_s, QJsonObject{{u"type"_s, u"position"_s}, {u"positionThreshold"_s, 1}, {u"abandonmentThreshold"_s, 1}});
            q.insert(u"callback"_s, QJsonObject{{u"enabled"_s, v.toObject().value(u"id"_s).toString() != m_id}, {u"positionThreshold"_s, 1}});
            QCOMPARE(m_client->put(QueuesPath + u'/' + q.value(u"id"_s).toString(), q).status, 200);
        }
        m_tenant->advanceSimulatedTime(2 * 3600);
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT2H"_s, {{u"select"_s, QJsonArray{u"queue.callbacksOffered"_s, u"queue.offered"_s}}}));
        QCOMPARE(r.status, 200);
        double offeredElsewhere = 0;
        for (const QJsonValue &v : r.json().value(u"data"_s).toArray()) {
            const QJsonObject rec = v.toObject();
            if (rec.value(u"queue.id"_s).toString() == m_id)
                QVERIFY2(rec.value(u"queue.callbacksOffered"_s).toDouble(0) == 0, qPrintable(QString::fromUtf8(QJsonDocument(rec).toJson())));
            else
                offeredElsewhere += rec.value(u"queue.callbacksOffered"_s).toDouble(0);
        }
        QVERIFY2(offeredElsewhere > 0, r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxRouting)
#include "tst_sandbox_routing.moc"
