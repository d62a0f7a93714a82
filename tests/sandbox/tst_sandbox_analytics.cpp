// CONTRACT.md §3 over real HTTP: interval forms on the simulated clock,
// granularity, groupBy, where (eq / in only), select, size, continuation
// paging and its expiry, null metrics where there were no contacts.
#include "sandboxtestclient.h"

#include "sim/seededqueues.h"
#include "sim/simcalendar.h"

#include <algorithm>

using namespace sandboxtest;

class TestSandboxAnalytics : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTenant> m_tenant;
    std::unique_ptr<Client> m_client;
    QStringList m_ids;

    QJsonArray data(const Reply &r) { return r.json().value(u"data"_s).toArray(); }

private slots:
    void initTestCase()
    {
        m_tenant = startTenant(); // frozen at Tue 2026-11-24 12:00Z, one day of history, 3 queues
        QVERIFY(m_tenant);
        m_client = std::make_unique<Client>(m_tenant->baseUrl());
        QVERIFY(m_client->login(*m_tenant));
        for (const QJsonValue &q : m_client->get(QueuesPath).json().value(u"entities"_s).toArray())
            m_ids.append(q.toObject().value(u"id"_s).toString());
        QCOMPARE(m_ids.size(), 3);
        QCOMPARE(m_tenant->simulatedNow(), QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));
    }

    void summaryPerQueue()
    {
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT1H"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Sandbox-Time"), QByteArray("2026-11-24T12:00:00Z"));
        const QJsonArray records = data(r);
        QCOMPARE(records.size(), 3);
        QStringList ids;
        for (const QJsonValue &v : records) {
            const QJsonObject rec = v.toObject();
            ids.append(rec.value(u"queue.id"_s).toString());
            QVERIFY(!rec.contains(u"interval.start"_s));
            // Every contract metric is there, a number or null.
            for (const QString &m : {u"queue.offered"_s, u"queue.answerRate"_s, u"queue.abandonRate"_s,
                                     u"queue.averageWaitTime"_s, u"queue.serviceLevel"_s, u"queue.agentsStaffed"_s,
                                     u"queue.callbackConversionRate"_s, u"queue.averageHandleTime"_s})
                QVERIFY2(rec.contains(m) && (rec.value(m).isDouble() || rec.value(m).isNull()), qPrintable(m));
        }
        QCOMPARE(ids, m_ids);
        QVERIFY(!r.json().contains(u"continuationToken"_s));
    }

    void selectAndRates()
    {
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT3H"_s, {{u"select"_s, QJsonArray{u"queue.id"_s, u"queue.offered"_s, u"queue.answerRate"_s}}}));
        QCOMPARE(r.status, 200);
        // Each site keeps its own hours: a queue staffed through the window
        // has traffic and a rate; one closed throughout has none, and a null rate.
        const QList<holdline::sim::SeededQueue> seeded = holdline::sim::makeSeededQueues(3, quickOptions().seed);
        const qint64 end = m_tenant->simulatedNow().toSecsSinceEpoch();
        int open = 0, closed = 0;
        for (const QJsonValue &v : data(r)) {
            const QJsonObject rec = v.toObject();
            QCOMPARE(rec.size(), 3);
            const auto q = std::find_if(seeded.cbegin(), seeded.cend(), [&](const holdline::sim::SeededQueue &s) {
                return s.profile.id == rec.value(u"queue.id"_s).toString();
            });
            QVERIFY(q != seeded.cend());
            int staffedSlots = 0;
            for (qint64 t = end - 3 * 3600; t < end; t += holdline::sim::SimCalendar::slotSeconds)
                staffedSlots += holdline::sim::SimCalendar::agentsAt(q->profile, t) > 0;
            if (staffedSlots == 6) {
                ++open;
                QVERIFY(rec.value(u"queue.offered"_s).toDouble() > 0);
                const double rate = rec.value(u"queue.answerRate"_s).toDouble(-1);
                QVERIFY(rate >= 0 && rate <= 1);
            } else if (staffedSlots == 0) {
                ++closed;
                QCOMPARE(rec.value(u"queue.offered"_s).toDouble(), 0.0);
                QVERIFY(rec.value(u"queue.answerRate"_s).isNull());
            }
        }
        QVERIFY2(open >= 1 && closed >= 1, "the seeded sites: one open, one closed at Tue 12:00Z");
    }

    void granularityBuckets()
    {
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT1H"_s, {{u"granularity"_s, u"PT15M"_s}, {u"select"_s, QJsonArray{u"queue.offered"_s}}}));
        QCOMPARE(r.status, 200);
        const QJsonArray records = data(r);
        QCOMPARE(records.size(), 3 * 4);
        // A trailing window ends with the current bucket: now 12:00 → [11:05, 12:05).
        QCOMPARE(records.at(0).toObject().value(u"interval.start"_s).toString(), u"2026-11-24T11:05:00Z"_s);
        QCOMPARE(records.at(3).toObject().value(u"interval.start"_s).toString(), u"2026-11-24T11:50:00Z"_s);
        QCOMPARE(records.at(4).toObject().value(u"queue.id"_s).toString(), m_ids.at(1));
    }

    void explicitInterval()
    {
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"2026-11-24T10:00:00Z/2026-11-24T11:00:00Z"_s,
                                                                    {{u"granularity"_s, u"PT5M"_s}, {u"where"_s, u"queue.id eq '%1'"_s.arg(m_ids.at(0))}}));
        QCOMPARE(r.status, 200);
        const QJsonArray records = data(r);
        QCOMPARE(records.size(), 12);
        QCOMPARE(records.at(0).toObject().value(u"interval.start"_s).toString(), u"2026-11-24T10:00:00Z"_s);
        QCOMPARE(records.at(11).toObject().value(u"interval.start"_s).toString(), u"2026-11-24T10:55:00Z"_s);
        // The buckets add up to the summary of the same hour.
        double sum = 0;
        for (const QJsonValue &v : records)
            sum += v.toObject().value(u"queue.offered"_s).toDouble();
        const Reply total = m_client->post(AnalyticsPath, analyticsBody(u"2026-11-24T10:00:00Z/2026-11-24T11:00:00Z"_s,
                                                                        {{u"where"_s, u"queue.id eq '%1'"_s.arg(m_ids.at(0))}}));
        QCOMPARE(data(total).size(), 1);
        QCOMPARE(data(total).at(0).toObject().value(u"queue.offered"_s).toDouble(), sum);
        const Reply offset = m_client->post(AnalyticsPath, analyticsBody(u"2026-11-24T11:00:00+00:00/2026-11-24T12:00:00+00:00"_s));
        QCOMPARE(offset.status, 200);
    }

    void whereIn()
    {
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT1H"_s, {{u"where"_s, u"queue.id in ('%1', '%2')"_s.arg(m_ids.at(2), m_ids.at(0))}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(data(r).size(), 2);
        QCOMPARE(data(r).at(0).toObject().value(u"queue.id"_s).toString(), m_ids.at(0));
        QCOMPARE(data(r).at(1).toObject().value(u"queue.id"_s).toString(), m_ids.at(2));
    }

    void withoutGroupBy()
    {
        QJsonObject body{{u"interval"_s, u"PT1H"_s}, {u"select"_s, QJsonArray{u"queue.offered"_s}}};
        const Reply all = m_client->post(AnalyticsPath, body);
        QCOMPARE(all.status, 200);
        QCOMPARE(data(all).size(), 1);
        double perQueue = 0;
        for (const QJsonValue &v : data(m_client->post(AnalyticsPath, analyticsBody(u"PT1H"_s))))
            perQueue += v.toObject().value(u"queue.offered"_s).toDouble();
        QCOMPARE(data(all).at(0).toObject().value(u"queue.offered"_s).toDouble(), perQueue);
    }

    void nullWithoutContacts()
    {
        // Before the history and in the future: no contacts, so null, never 0.
        for (const QString &interval : {u"2026-11-01T00:00:00Z/2026-11-01T01:00:00Z"_s, u"2026-11-25T00:00:00Z/2026-11-25T01:00:00Z"_s}) {
            const Reply r = m_client->post(AnalyticsPath, analyticsBody(interval));
            QCOMPARE(r.status, 200);
            QCOMPARE(data(r).size(), 3);
            for (const QJsonValue &v : data(r)) {
                const QJsonObject rec = v.toObject();
                QVERIFY(rec.value(u"queue.answerRate"_s).isNull());
                QVERIFY(rec.value(u"queue.averageWaitTime"_s).isNull());
                QVERIFY(rec.value(u"queue.offered"_s).isNull());
            }
        }
    }

    void paging()
    {
        const QJsonObject body = analyticsBody(u"PT2H"_s, {{u"granularity"_s, u"PT5M"_s}, {u"size"_s, 10}});
        QSet<QString> seen;
        QString token;
        int pages = 0;
        do {
            QJsonObject b = body;
            if (!token.isEmpty())
                b.insert(u"continuationToken"_s, token);
            const Reply r = m_client->post(AnalyticsPath, b);
            QCOMPARE(r.status, 200);
            QVERIFY(data(r).size() <= 10);
            for (const QJsonValue &v : data(r))
                seen.insert(v.toObject().value(u"queue.id"_s).toString() + v.toObject().value(u"interval.start"_s).toString());
            token = r.json().value(u"continuationToken"_s).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 20);
        QCOMPARE(seen.size(), 3 * 24);
        QCOMPARE(pages, 8);
    }

    void continuationTokenErrors()
    {
        const QJsonObject body = analyticsBody(u"PT2H"_s, {{u"granularity"_s, u"PT5M"_s}, {u"size"_s, 5}});
        const QString token = m_client->post(AnalyticsPath, body).json().value(u"continuationToken"_s).toString();
        QVERIFY(!token.isEmpty());

        QJsonObject forged = body;
        forged.insert(u"continuationToken"_s, QString(token.left(token.size() - 2) + u"xx"_s));
        QCOMPARE(m_client->post(AnalyticsPath, forged).status, 400);

        QJsonObject otherQuery = body;
        otherQuery.insert(u"size"_s, 6);
        otherQuery.insert(u"continuationToken"_s, token);
        const Reply other = m_client->post(AnalyticsPath, otherQuery);
        QCOMPARE(other.status, 400);
        QVERIFY(other.detailFields().contains(u"continuationToken"_s));

        // A token of another tenant is foreign here.
        auto tenant2 = startTenant();
        QVERIFY(tenant2);
        Client c2(tenant2->baseUrl());
        QVERIFY(c2.login(*tenant2));
        QJsonObject foreign = body;
        foreign.insert(u"continuationToken"_s, c2.post(AnalyticsPath, body).json().value(u"continuationToken"_s).toString());
        QCOMPARE(m_client->post(AnalyticsPath, foreign).status, 400);

        // Valid for 10 minutes of real time.
        QJsonObject next = body;
        next.insert(u"continuationToken"_s, token);
        QCOMPARE(m_client->post(AnalyticsPath, next).status, 200);
        m_tenant->advanceRealTime(601);
        QVERIFY(m_client->login(*m_tenant));
        const Reply expired = m_client->post(AnalyticsPath, next);
        QCOMPARE(expired.status, 400);
        QVERIFY(expired.json().value(u"message"_s).toString().contains(u"expired"_s));
    }

    void badQueries_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no interval") << QByteArray(R"({"groupBy":["queue.id"]})") << u"interval"_s;
        QTest::newRow("interval number") << QByteArray(R"({"interval":5})") << u"interval"_s;
        QTest::newRow("months") << QByteArray(R"({"interval":"P1M"})") << u"interval"_s;
        QTest::newRow("bare P") << QByteArray(R"({"interval":"P"})") << u"interval"_s;
        QTest::newRow("bare PT") << QByteArray(R"({"interval":"PT"})") << u"interval"_s;
        QTest::newRow("zero") << QByteArray(R"({"interval":"PT0M"})") << u"interval"_s;
        QTest::newRow("lowercase") << QByteArray(R"({"interval":"pt5m"})") << u"interval"_s;
        QTest::newRow("too long") << QByteArray(R"({"interval":"P32D"})") << u"interval"_s;
        QTest::newRow("local time") << QByteArray(R"({"interval":"2026-11-24T10:00:00/2026-11-24T11:00:00"})") << u"interval"_s;
        QTest::newRow("end before start") << QByteArray(R"({"interval":"2026-11-24T11:00:00Z/2026-11-24T10:00:00Z"})") << u"interval"_s;
        QTest::newRow("three parts") << QByteArray(R"({"interval":"2026-11-24T10:00:00Z/2026-11-24T11:00:00Z/x"})") << u"interval"_s;
        QTest::newRow("granularity 1 minute") << QByteArray(R"({"interval":"PT1H","granularity":"PT1M"})") << u"granularity"_s;
        QTest::newRow("granularity text") << QByteArray(R"({"interval":"PT1H","granularity":"hourly"})") << u"granularity"_s;
        QTest::newRow("groupBy other") << QByteArray(R"({"interval":"PT1H","groupBy":["queue.name"]})") << u"groupBy"_s;
        QTest::newRow("groupBy string") << QByteArray(R"({"interval":"PT1H","groupBy":"queue.id"})") << u"groupBy"_s;
        QTest::newRow("select unknown") << QByteArray(R"({"interval":"PT1H","select":["queue.happiness"]})") << u"select"_s;
        QTest::newRow("select string") << QByteArray(R"({"interval":"PT1H","select":"queue.offered"})") << u"select"_s;
        QTest::newRow("size 0") << QByteArray(R"({"interval":"PT1H","size":0})") << u"size"_s;
        QTest::newRow("size 1001") << QByteArray(R"({"interval":"PT1H","size":1001})") << u"size"_s;
        QTest::newRow("size text") << QByteArray(R"({"interval":"PT1H","size":"10"})") << u"size"_s;
        QTest::newRow("where ne") << QByteArray(R"({"interval":"PT1H","where":"queue.id ne 'a'"})") << u"where"_s;
        QTest::newRow("where other field") << QByteArray(R"({"interval":"PT1H","where":"queue.name eq 'a'"})") << u"where"_s;
        QTest::newRow("where unquoted") << QByteArray(R"({"interval":"PT1H","where":"queue.id eq a"})") << u"where"_s;
        QTest::newRow("where bad id") << QByteArray(R"({"interval":"PT1H","where":"queue.id eq 'a b'"})") << u"where"_s;
        QTest::newRow("where and") << QByteArray(R"({"interval":"PT1H","where":"queue.id eq 'a' and queue.id eq 'b'"})") << u"where"_s;
        QTest::newRow("where in empty") << QByteArray(R"x({"interval":"PT1H","where":"queue.id in ()"})x") << u"where"_s;
        QTest::newRow("where in trailing comma") << QByteArray(R"x({"interval":"PT1H","where":"queue.id in ('a',)"})x") << u"where"_s;
        QTest::newRow("where injection") << QByteArray(R"({"interval":"PT1H","where":"queue.id eq 'a' or '1'='1'"})") << u"where"_s;
        QTest::newRow("token number") << QByteArray(R"({"interval":"PT1H","continuationToken":5})") << u"continuationToken"_s;
        QTest::newRow("token garbage") << QByteArray(R"({"interval":"PT1H","continuationToken":"abc"})") << u"continuationToken"_s;
        QTest::newRow("not json") << QByteArray(R"({"interval":)") << u"body"_s;
        QTest::newRow("array") << QByteArray(R"([{"interval":"PT1H"}])") << u"body"_s;
    }

    void badQueries()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Reply r = m_client->send("POST", AnalyticsPath, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toString(), u"bad.request"_s);
        QVERIFY2(r.detailFields().contains(field), r.body.constData());
    }

    void clockMovesWindows()
    {
        const QString before = data(m_client->post(AnalyticsPath, analyticsBody(u"PT5M"_s, {{u"granularity"_s, u"PT5M"_s}}))).at(0).toObject().value(u"interval.start"_s).toString();
        m_tenant->advanceSimulatedTime(600);
        QCOMPARE(m_tenant->simulatedNow(), QDateTime(QDate(2026, 11, 24), QTime(12, 10), Qt::UTC));
        const Reply r = m_client->post(AnalyticsPath, analyticsBody(u"PT5M"_s, {{u"granularity"_s, u"PT5M"_s}}));
        QCOMPARE(r.header("X-Sandbox-Time"), QByteArray("2026-11-24T12:10:00Z"));
        QCOMPARE(before, u"2026-11-24T12:00:00Z"_s);
        QCOMPARE(data(r).at(0).toObject().value(u"interval.start"_s).toString(), u"2026-11-24T12:10:00Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAnalytics)
#include "tst_sandbox_analytics.moc"
