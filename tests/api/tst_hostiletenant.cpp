// CONTRACT.md §4, "trust nothing a tenant sends beyond its meaning", against
// a tenant that lies over real HTTP: an answer about another queue, a page
// count in the hundreds of millions, a day-long Retry-After, a continuation
// token that comes back. Each is a clear error, bounded in requests and time,
// and never a write elsewhere.
#include "hostiletenant.h"
#include "sandboxfixture.h"

#include "api/analyticsclient.h"
#include "api/routingclient.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace holdline;
using namespace holdline::testing;
using namespace Qt::StringLiterals;
using sandbox::HttpRequest;
using sandbox::HttpResponse;

namespace {
QJsonObject queueObject(const QString &id, int version = 3)
{
    QJsonObject wait;
    wait.insert(u"type"_s, u"position"_s);
    wait.insert(u"positionThreshold"_s, 10);
    wait.insert(u"abandonmentThreshold"_s, 120);
    QJsonObject callback;
    callback.insert(u"enabled"_s, true);
    callback.insert(u"positionThreshold"_s, 5);
    QJsonObject queue;
    queue.insert(u"id"_s, id);
    queue.insert(u"name"_s, QString(u"Queue "_s + id));
    queue.insert(u"version"_s, version);
    queue.insert(u"waitStrategy"_s, wait);
    queue.insert(u"callback"_s, callback);
    queue.insert(u"maxHoldTime"_s, 180);
    return queue;
}

std::unique_ptr<api::ApiClient> connectTo(const HostileTenant &tenant)
{
    auto client = std::make_unique<api::ApiClient>();
    client->setSettings(fastSettings());
    if (!client->setConnection({tenant.baseUrl(), u"hostile-client"_s, u"secret"_s}).isEmpty())
        return nullptr;
    return client;
}
} // namespace

class TestHostileTenant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A GET of q-a that says it is q-other must not make a write go to q-other.
    void answerAboutAnotherQueueIsAnError()
    {
        HostileTenant tenant([](const HttpRequest &r) {
            if (r.method == "GET")
                return HttpResponse::json(200, queueObject(u"q-other"_s));
            return HttpResponse::json(200, queueObject(u"q-other"_s, 4));
        });
        QVERIFY(tenant.isListening());
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::RoutingClient routing(client.get());

        api::QueueReply *get = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(get));
        QCOMPARE(get->error().kind, api::ApiError::Kind::Protocol);
        QVERIFY2(get->error().message.contains(u"q-a"_s) && get->error().message.contains(u"q-other"_s),
                 qPrintable(get->error().message));
        QVERIFY(get->queue().isEmpty());

        // Writing what was read (it names q-other) as q-a is refused before anything is sent.
        api::QueueReply *put = routing.putQueue(u"q-a"_s, queueObject(u"q-other"_s), 3);
        QVERIFY(waitFor(put));
        QCOMPARE(put->error().kind, api::ApiError::Kind::Validation);
        QCOMPARE(tenant.count("PUT", u"/api/v2/routing/queues"_s), 0);

        // A PUT whose answer is about another queue is not taken as verified.
        api::QueueReply *lying = routing.putQueue(u"q-a"_s, queueObject(u"q-a"_s), 3);
        QVERIFY(waitFor(lying));
        QCOMPARE(lying->error().kind, api::ApiError::Kind::Protocol);
        QCOMPARE(tenant.requests().constLast().path, u"/api/v2/routing/queues/q-a"_s);
        delete get;
        delete put;
        delete lying;
    }

    void hugePageCountIsRefusedAtOnce()
    {
        HostileTenant tenant([](const HttpRequest &r) {
            const int size = r.query.queryItemValue(u"pageSize"_s).toInt();
            QJsonArray entities;
            for (int i = 0; i < size; ++i)
                entities.append(queueObject(u"q-%1-%2"_s.arg(r.query.queryItemValue(u"pageNumber"_s)).arg(i)));
            return HttpResponse::json(200, QJsonObject{{u"entities"_s, entities}, {u"pageSize"_s, size},
                                                       {u"pageNumber"_s, 1}, {u"total"_s, 5e8 * size},
                                                       {u"pageCount"_s, 500000000}});
        });
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        api::QueueListReply *list = routing.listQueues(10);
        QVERIFY(waitFor(list));
        QCOMPARE(list->error().kind, api::ApiError::Kind::Protocol);
        QVERIFY2(list->error().message.contains(u"500000000"_s), qPrintable(list->error().message));
        QCOMPARE(tenant.count("GET", u"/api/v2/routing/queues"_s), 1);
        delete list;
    }

    // pageCount says 50, the second page is short: the list ends there, and
    // never more than a few pages are asked for at once.
    void shortPageEndsTheList()
    {
        HostileTenant tenant([](const HttpRequest &r) {
            const int page = r.query.queryItemValue(u"pageNumber"_s).toInt();
            const int size = r.query.queryItemValue(u"pageSize"_s).toInt();
            QJsonArray entities;
            for (int i = 0; i < (page == 1 ? size : page == 2 ? 3 : size); ++i)
                entities.append(queueObject(u"q-%1-%2"_s.arg(page).arg(i)));
            return HttpResponse::json(200, QJsonObject{{u"entities"_s, entities}, {u"pageSize"_s, size},
                                                       {u"pageNumber"_s, page}, {u"pageCount"_s, 50}});
        });
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        api::QueueListReply *list = routing.listQueues(10);
        QVERIFY(waitFor(list));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().message));
        QCOMPARE(list->queues().size(), 13);
        // Page 1, then at most a window of pages before the short page 2 was seen.
        QVERIFY2(tenant.count("GET", u"/api/v2/routing/queues"_s) <= 1 + api::QueueListReply::PagesInFlight,
                 qPrintable(QString::number(tenant.count("GET", u"/api/v2/routing/queues"_s))));
        delete list;
    }

    // Retry-After: 86400 neither holds the call nor the rate limiter for a day.
    void dayLongRetryAfterGivesUpClearly()
    {
        bool limited = true;
        HostileTenant tenant([&](const HttpRequest &) {
            if (!limited)
                return HttpResponse::json(200, queueObject(u"q-a"_s));
            HttpResponse busy = HttpResponse::error(429, u"too.many.requests.retry.after"_s, u"slow down"_s);
            busy.addHeader("Retry-After", "86400");
            return busy;
        });
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        QElapsedTimer clock;
        clock.start();
        api::QueueReply *get = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(get, 20'000));
        QVERIFY(get->error().isError());
        QVERIFY2(get->error().message.contains(u"86400"_s), qPrintable(get->error().message));
        QCOMPARE(tenant.count("GET", u"/api/v2/routing/queues/q-a"_s), 1); // not retried

        // The next call goes out once the capped hold (maxBackoffMs) is over.
        limited = false;
        api::QueueReply *again = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(again, 20'000));
        QVERIFY2(!again->error().isError(), qPrintable(again->error().message));
        QVERIFY2(clock.elapsed() < 20'000, qPrintable(QString::number(clock.elapsed())));
        delete get;
        delete again;
    }

    void repeatedContinuationTokenEnds()
    {
        HostileTenant tenant([](const HttpRequest &) {
            return HttpResponse::json(200, QJsonObject{{u"data"_s, QJsonArray{}}, {u"continuationToken"_s, u"again"_s}});
        });
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::AnalyticsClient analytics(client.get());
        api::AnalyticsQuery query;
        query.interval = u"PT1H"_s;
        query.queueIds = {u"q-a"_s};
        query.metrics = {u"queue.offered"_s};
        api::AnalyticsReply *reply = analytics.query(query);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, api::ApiError::Kind::Protocol);
        QVERIFY2(reply->error().message.contains(u"continuationToken"_s), qPrintable(reply->error().message));
        QCOMPARE(tenant.count("POST", u"/api/v2/analytics"_s), 2);
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestHostileTenant)
#include "tst_hostiletenant.moc"
