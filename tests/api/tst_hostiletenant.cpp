// CONTRACT.md §4, "trust nothing a tenant sends beyond its meaning", against
// a tenant that lies over real HTTP: an answer about another queue, a page
// count in the hundreds of millions, a day-long Retry-After, a continuation
// token that comes back. Each is a clear error, bounded in requests and time,
// and never a write elsewhere.
#include "hostiletenant.h"
#include "rawtenant.h"
#include "sandboxfixture.h"

#include "api/analyticsclient.h"
#include "api/routingclient.h"
#include "api/tokenmanager.h"
#include "deploy/deployjob.h"
#include "deploy/deploymentengine.h"
#include "history/historystore.h"
#include "model/waitstrategy.h"
#include "session/tenantsession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

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

template<typename Tenant>
std::unique_ptr<api::ApiClient> connectTo(const Tenant &tenant, const api::ClientSettings &settings = fastSettings())
{
    auto client = std::make_unique<api::ApiClient>();
    client->setSettings(settings);
    if (!client->setConnection({tenant.baseUrl(), u"hostile-client"_s, u"secret"_s}).isEmpty())
        return nullptr;
    return client;
}
std::unique_ptr<TenantSession> sessionOn(const HostileTenant &tenant, const QString &databasePath)
{
    SessionOptions options;
    options.connection = {tenant.baseUrl(), u"hostile-client"_s, u"secret"_s};
    options.client = fastSettings();
    options.historyDatabasePath = databasePath;
    options.osUser = u"tester"_s;
    auto session = std::make_unique<TenantSession>(options);
    QSignalSpy ready(session.get(), &TenantSession::ready);
    session->open();
    if (!ready.wait(20'000))
        return nullptr;
    return session;
}

deploy::DeployRequest setThreshold(int threshold)
{
    deploy::DeployRequest request;
    request.queueId = u"q-a"_s;
    request.assignments.append(*parseFieldAssignment(u"positionThreshold=%1"_s.arg(threshold)));
    return request;
}

bool waitForJob(deploy::DeployJob *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &deploy::DeployJob::finished);
    return spy.wait(60'000);
}

QList<history::HistoryEntry> unresolved(TenantSession &session)
{
    QList<history::HistoryEntry> result;
    bool done = false;
    QObject context;
    session.history()->unresolvedPending({}, &context, [&](QList<history::HistoryEntry> entries, QString) {
        result = entries;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000))
        qWarning("the history did not answer");
    return result;
}

// A tenant that follows a script for one queue, call by call: each GET or PUT
// takes the next answer kind from its list (then behaves), so a sequence of
// faults is exact, not a probability.
struct ScriptedQueue
{
    enum class Answer { Normal, Drop, TooMany, Unavailable };
    QList<Answer> gets, puts;
    QJsonObject stored = queueObject(u"q-a"_s);

    HttpResponse answer(const HttpRequest &r)
    {
        QList<Answer> &script = r.method == "PUT" ? puts : gets;
        const Answer next = script.isEmpty() ? Answer::Normal : script.takeFirst();
        if (next == Answer::TooMany) {
            HttpResponse busy = HttpResponse::error(429, u"too.many.requests"_s, u"slow down"_s);
            busy.addHeader("Retry-After", "0");
            return busy;
        }
        if (next == Answer::Unavailable)
            return HttpResponse::error(503, u"unavailable"_s, u"down for a moment"_s);
        if (r.method == "PUT") {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const int current = stored.value(u"version"_s).toInt();
            if (body.value(u"version"_s).toInt() != current)
                return HttpResponse::json(409, QJsonObject{{u"code"_s, u"conflict"_s},
                                                           {u"message"_s, u"version mismatch"_s},
                                                           {u"currentVersion"_s, current}});
            // Applied, whatever happens to the answer.
            stored = body;
            stored.insert(u"version"_s, current + 1);
        }
        if (next == Answer::Drop)
            return HttpResponse::dropped();
        return HttpResponse::json(200, stored);
    }
};
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
        QVERIFY(get->queueObject().isEmpty());

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
        QCOMPARE(list->queueObjects().size(), 13);
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

    // A rate of 750 % or a negative wait is no figure to advise or guard on.
    void figuresOutsideTheirMeaningAreRefused()
    {
        HostileTenant tenant([](const HttpRequest &) {
            return HttpResponse::json(200, QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"queue.id"_s, u"q-a"_s},
                                                                                        {u"queue.offered"_s, 40},
                                                                                        {u"queue.answerRate"_s, 7.5}}}}});
        });
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::AnalyticsClient analytics(client.get());
        api::AnalyticsQuery query;
        query.interval = u"PT1H"_s;
        query.queueIds = {u"q-a"_s};
        query.metrics = {u"queue.offered"_s, u"queue.answerRate"_s};
        std::unique_ptr<api::AnalyticsReply> reply(analytics.query(query));
        QVERIFY(waitFor(reply.get()));
        QCOMPARE(reply->error().kind, api::ApiError::Kind::Protocol);
        QVERIFY2(reply->error().message.contains(u"not a rate between 0 and 1"_s), qPrintable(reply->error().message));
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

    // A token that lives 2 s (or "forever") is not fetched again for every
    // call: too short is a clear error, too long is cut to a day.
    void tokenLifetimesAreBounded_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::addColumn<bool>("usable");
        QTest::newRow("2 s") << QJsonValue(2) << false;
        QTest::newRow("negative") << QJsonValue(-5) << false;
        QTest::newRow("text") << QJsonValue(u"3600"_s) << false;
        QTest::newRow("1e300 s") << QJsonValue(1e300) << true;
        QTest::newRow("30 s") << QJsonValue(30) << true; // shorter than the refresh margin
    }

    void tokenLifetimesAreBounded()
    {
        QFETCH(QJsonValue, expiresIn);
        QFETCH(bool, usable);
        HostileTenant tenant([](const HttpRequest &) { return HttpResponse::json(200, queueObject(u"q-a"_s)); });
        tenant.setTokenExpiresIn(expiresIn);
        auto client = connectTo(tenant);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<api::QueueReply> get(routing.getQueue(u"q-a"_s));
            QVERIFY(waitFor(get.get(), 20'000));
            QCOMPARE(get->error().isError(), !usable);
            if (!usable)
                QVERIFY2(get->error().message.contains(u"expires_in"_s), qPrintable(get->error().message));
        }
        // One token for all three calls (a refused one is asked for once a call at most).
        QVERIFY2(tenant.tokenRequests() <= (usable ? 1 : 3), qPrintable(QString::number(tenant.tokenRequests())));
        if (usable)
            QVERIFY(client->tokens()->expiresInMs() <= qint64(api::TokenManager::MaxLifetimeSeconds * 1000));
    }

    // A tenant that never answers costs one deadline, not attempts × timeout.
    void silentTenantStopsAtTheDeadline()
    {
        RawTenant tenant(RawTenant::Behaviour::Silent);
        QVERIFY(tenant.isListening());
        api::ClientSettings settings = fastSettings();
        settings.timeoutMs = 1'000;
        settings.deadlineMs = 2'500;
        settings.maxAttempts = 5;
        auto client = connectTo(tenant, settings);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        api::QueueReply *get = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(get, 20'000));
        QCOMPARE(get->error().kind, api::ApiError::Kind::Timeout);
        QVERIFY2(get->error().message.contains(u"gave up after 2 attempt"_s)
                     && get->error().message.contains(u"2.5 s"_s),
                 qPrintable(get->error().message));
        QCOMPARE(tenant.calls(), 2); // 5 attempts were allowed; the deadline left room for 2
        delete get;
    }

    // Headers at once, then one byte every 200 ms: a timeout, said as one,
    // not "not JSON" about half a body.
    void tricklingBodyIsATimeout()
    {
        RawTenant tenant(RawTenant::Behaviour::Trickle);
        QVERIFY(tenant.isListening());
        api::ClientSettings settings = fastSettings();
        settings.timeoutMs = 1'000;
        settings.maxAttempts = 1;
        auto client = connectTo(tenant, settings);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        QTest::failOnWarning(QRegularExpression(u"device not open"_s, QRegularExpression::CaseInsensitiveOption));
        api::QueueReply *get = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(get, 20'000));
        QCOMPARE(get->error().kind, api::ApiError::Kind::Timeout);
        QVERIFY2(get->error().message.contains(u"began to answer (HTTP 200) but did not finish within 1 s"_s),
                 qPrintable(get->error().message));
        delete get;
    }

    // A body that never ends is cut off at the cap, not buffered without limit.
    void endlessBodyIsRefusedAtTheCap()
    {
        RawTenant tenant(RawTenant::Behaviour::Endless);
        QVERIFY(tenant.isListening());
        api::ClientSettings settings = fastSettings();
        settings.maxBodyBytes = 1024 * 1024;
        auto client = connectTo(tenant, settings);
        QVERIFY(client);
        api::RoutingClient routing(client.get());
        api::QueueReply *get = routing.getQueue(u"q-a"_s);
        QVERIFY(waitFor(get, 20'000));
        QCOMPARE(get->error().kind, api::ApiError::Kind::Protocol);
        QVERIFY2(get->error().message.contains(u"larger than 1 MiB"_s), qPrintable(get->error().message));
        QCOMPARE(tenant.calls(), 1); // the same answer would come again: not retried
        // The tenant stops by itself at 48 MiB; a client without the cap reads all of it. What the
        // tenant writes after the client let go depends on socket buffers, hence the margin.
        QVERIFY2(tenant.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(tenant.bytesSent())));
        delete get;
    }

    // The write is applied but its answer is lost; the read-back meets 429,
    // 429, then succeeds: the deploy is recognised as applied, never recorded
    // as failed (the bug tst_bulk once caught only by chance).
    void appliedWriteWithLostAnswerIsRecognised()
    {
        using A = ScriptedQueue::Answer;
        ScriptedQueue queue;
        queue.gets = {A::Normal, A::TooMany, A::TooMany};
        queue.puts = {A::Drop};
        HostileTenant tenant([&](const HttpRequest &r) { return queue.answer(r); });
        QTemporaryDir dir;
        auto session = sessionOn(tenant, dir.filePath(u"history.sqlite"_s));
        QVERIFY(session);
        deploy::DeployJob *job = session->engine()->deploy(setThreshold(14));
        QVERIFY(waitForJob(job));
        const deploy::DeployOutcome &o = job->outcome();
        QCOMPARE(o.status, deploy::DeployStatus::Deployed);
        QVERIFY(o.entryId > 0);
        QCOMPARE(queue.stored.value(u"version"_s).toInt(), 4); // written once, whatever was retried
        QCOMPARE(o.version, 4);
        QVERIFY(unresolved(*session).isEmpty());
    }

    // The write's answer is lost and so is every read-back: not "failed" but
    // "uncertain", naming the pending entry that stays open to be settled.
    void lostWriteAndLostReadBackIsUncertain()
    {
        using A = ScriptedQueue::Answer;
        ScriptedQueue queue;
        queue.gets = {A::Normal};
        for (int i = 0; i < 10; ++i)
            queue.gets.append(A::Unavailable);
        queue.puts = {A::Drop};
        HostileTenant tenant([&](const HttpRequest &r) { return queue.answer(r); });
        QTemporaryDir dir;
        auto session = sessionOn(tenant, dir.filePath(u"history.sqlite"_s));
        QVERIFY(session);
        deploy::DeployJob *job = session->engine()->deploy(setThreshold(14));
        QVERIFY(waitForJob(job));
        const deploy::DeployOutcome &o = job->outcome();
        QCOMPARE(o.status, deploy::DeployStatus::Uncertain);
        QCOMPARE(deploy::deployStatusName(o.status), u"uncertain"_s);
        QVERIFY(o.pendingEntryId > 0);
        QCOMPARE(o.entryId, 0);
        QVERIFY2(o.error.contains(u"#%1"_s.arg(o.pendingEntryId)), qPrintable(o.error));
        const QList<history::HistoryEntry> pending = unresolved(*session);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, o.pendingEntryId);
    }
};

QTEST_GUILESS_MAIN(TestHostileTenant)
#include "tst_hostiletenant.moc"
