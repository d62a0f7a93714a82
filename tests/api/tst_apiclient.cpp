// The tenant API clients against the sandbox tenant over real HTTP on
// loopback, with every fault the sandbox can inject.
#include "sandboxfixture.h"
#include "sandboxstats.h"

#include "api/analyticsclient.h"
#include "api/routingclient.h"
#include "api/tokenmanager.h"

#include <QJsonArray>
#include <QtTest>

using namespace holdline;
using namespace holdline::api;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;

    sandbox::SandboxTenant &tenant() { return *m_tenant; }

    QJsonObject fetchQueue(ApiClient &client, const QString &id)
    {
        RoutingClient routing(&client);
        std::unique_ptr<QueueReply> reply(routing.getQueue(id));
        return waitFor(reply.get()) ? reply->queueObject() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_tenant = startTenant();
        QVERIFY(m_tenant);
    }

    void init() { tenant().setFaults({}); }

    void refusesPlainHttpToRemoteHosts()
    {
        ApiClient client;
        const QString refusal = client.setConnection({QUrl(u"http://api.nice-incontact.com"_s), u"id"_s, u"secret"_s});
        QVERIFY2(refusal.contains(u"https://"_s), qPrintable(refusal));
        QVERIFY(client.connection().baseUrl.isEmpty());
    }

    void oneTokenForManyConcurrentCalls()
    {
        auto client = connectClient(tenant());
        QSignalSpy tokens(client->tokens(), &TokenManager::tokenReady);
        RoutingClient routing(client.get());
        QList<QueueReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies.append(routing.getQueue(u"q-does-not-matter"_s));
        for (QueueReply *reply : replies)
            QVERIFY(waitFor(reply));
        QCOMPARE(tokens.count(), 1);
        QVERIFY(client->tokens()->scopes().contains(u"routing:queue:update"_s));
        QVERIFY(client->tokens()->expiresInMs() > 0);
    }

    void wrongSecretIsAnAuthError()
    {
        ApiClient client;
        client.setSettings(fastSettings());
        QVERIFY(client.setConnection({tenant().baseUrl(), tenant().clientId(), u"wrong"_s}).isEmpty());
        RoutingClient routing(&client);
        QueueListReply *first = routing.listQueues();
        QueueReply *second = routing.getQueue(u"q-x"_s);
        QVERIFY(waitFor(first));
        QVERIFY(waitFor(second));
        QCOMPARE(first->error().kind, ApiError::Kind::Auth);
        QCOMPARE(second->error().kind, ApiError::Kind::Auth);
        QVERIFY2(first->error().message.contains(u"client id or secret"_s), qPrintable(first->error().message));
    }

    void listsEveryPage()
    {
        auto client = connectClient(tenant());
        RoutingClient routing(client.get());
        QueueListReply *reply = routing.listQueues(5); // 12 queues: 3 pages
        QSignalSpy progress(reply, &QueueListReply::progress);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().message));
        QCOMPARE(reply->queueObjects().size(), 12);
        QCOMPARE(progress.count(), 3);
        QSet<QString> ids;
        for (const QJsonObject &queue : reply->queueObjects())
            ids.insert(queue.value("id"_L1).toString());
        QCOMPARE(ids.size(), 12);
    }

    // A caller that wants a few queues reads the list only when it is short:
    // past the budget, the listing stops after its first page.
    void listingStopsAtItsPageBudget()
    {
        auto client = connectClient(tenant());
        RoutingClient routing(client.get());
        sandboxStats(tenant().baseUrl(), true);
        std::unique_ptr<QueueListReply> reply(routing.listQueues(5, 2)); // 12 queues: 3 pages
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->error().isError());
        QVERIFY(reply->exceededPageBudget());
        QVERIFY(reply->queueObjects().isEmpty());
        QCOMPARE(callsTo(sandboxStats(tenant().baseUrl()), ListQueuesRoute), 1);
        std::unique_ptr<QueueListReply> enough(routing.listQueues(5, 3));
        QVERIFY(waitFor(enough.get()));
        QVERIFY2(enough->succeeded(), qPrintable(enough->error().message));
        QCOMPARE(enough->queueObjects().size(), 12);
    }

    // On the defaults, the calls in flight follow the rate in force and the
    // round trip the client measures (rate × round trip, with headroom),
    // beyond one network manager's six connections; a number set stays.
    void callsInFlightFollowRateAndRoundTrip()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.burst = 50;
        auto slow = startTenant(options);
        QVERIFY(slow);
        sandbox::SandboxFaults faults;
        faults.latencyMs = 100;
        slow->setFaults(faults);
        ClientSettings settings = fastSettings();
        settings.ratePerMinute = 300; // the contract's default, until the tenant states its limit
        settings.burst = 50;
        auto client = connectClient(*slow, settings);
        QVERIFY(client);
        const QString id = fetchFirstQueueId(*client);
        QCOMPARE(client->rateInForce().perMinute, 6000);
        QVERIFY2(client->roundTripMs() >= 100, qPrintable(QString::number(client->roundTripMs())));
        const int limit = client->inFlightLimit();
        QCOMPARE(limit, inFlightFor(6000, client->roundTripMs()));
        QVERIFY2(limit > 6, qPrintable(QString::number(limit)));

        RoutingClient routing(client.get());
        int mostInFlight = 0;
        QList<QueueReply *> replies;
        for (int i = 0; i < 40; ++i) {
            replies.append(routing.getQueue(id));
            connect(replies.last(), &ApiJob::finished, this,
                    [&] { mostInFlight = std::max(mostInFlight, client->inFlightCount() + 1); });
        }
        for (QueueReply *reply : std::as_const(replies))
            QVERIFY(waitFor(reply));
        qDeleteAll(replies);
        QVERIFY2(mostInFlight > 6 && mostInFlight <= MaxAutoInFlight,
                 qPrintable(u"%1 in flight, limit %2"_s.arg(mostInFlight).arg(client->inFlightLimit())));

        settings.maxConcurrency = 3;
        client->setSettings(settings);
        QCOMPARE(client->inFlightLimit(), 3);
    }

    void putPreservesWhatItSends()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        QJsonObject queue = fetchQueue(*client, id);
        QVERIFY(!queue.isEmpty());
        const int version = queue.value("version"_L1).toInt();

        queue.insert("x-holdline-test"_L1, QJsonObject{{"nested"_L1, QJsonArray{1, u"two"_s, QJsonObject{{"three"_L1, 3}}}}});
        QJsonObject callback = queue.value("callback"_L1).toObject();
        callback.insert("positionThreshold"_L1, 1);
        queue.insert("callback"_L1, callback);

        RoutingClient routing(client.get());
        QueueReply *put = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, version);
        QVERIFY(waitFor(put));
        QVERIFY2(put->succeeded(), qPrintable(put->error().message));
        QCOMPARE(put->version(), version + 1);
        QCOMPARE(put->queueObject().value("x-holdline-test"_L1), queue.value("x-holdline-test"_L1));

        // The same version again is stale now: a conflict naming the current one.
        QueueReply *stale = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, version);
        QVERIFY(waitFor(stale));
        QCOMPARE(stale->error().kind, ApiError::Kind::Conflict);
        QCOMPARE(stale->error().currentVersion.value_or(-1), version + 1);
        QCOMPARE(fetchQueue(*client, id).value("version"_L1).toInt(), version + 1);
    }

    void validationDetailsNameTheField()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        QJsonObject queue = fetchQueue(*client, id);
        queue.insert("maxHoldTime"_L1, 99999);
        RoutingClient routing(client.get());
        QueueReply *put = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, queue.value("version"_L1).toInt());
        QVERIFY(waitFor(put));
        QCOMPARE(put->error().kind, ApiError::Kind::Validation);
        QVERIFY(!put->error().fieldDetails.isEmpty());
        QCOMPARE(put->error().fieldDetails.first().field, u"maxHoldTime"_s);
        QVERIFY2(put->error().message.contains(u"maxHoldTime"_s), qPrintable(put->error().message));
    }

    void badAndUnknownQueueIds()
    {
        auto client = connectClient(tenant());
        RoutingClient routing(client.get());
        QueueReply *bad = routing.getQueue(u"q/../../etc"_s);
        QueueReply *unknown = routing.getQueue(u"q-no-such-queue"_s);
        QVERIFY(waitFor(bad));
        QVERIFY(waitFor(unknown));
        QCOMPARE(bad->error().kind, ApiError::Kind::Validation);
        QCOMPARE(bad->error().attempts, 0); // refused before anything was sent
        QCOMPARE(unknown->error().kind, ApiError::Kind::NotFound);
    }

    void missingScopeIsNamed()
    {
        tenant().addClient({u"viewer"_s, u"viewer-secret"_s, {u"routing:queue:view"_s}});
        ApiClient client;
        client.setSettings(fastSettings());
        QVERIFY(client.setConnection({tenant().baseUrl(), u"viewer"_s, u"viewer-secret"_s}).isEmpty());
        auto full = connectClient(tenant());
        const QJsonObject queue = fetchQueue(*full, fetchFirstQueueId(*full));

        RoutingClient routing(&client);
        QueueReply *put = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, queue.value("version"_L1).toInt());
        QVERIFY(waitFor(put));
        QCOMPARE(put->error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(put->error().missingScope, u"routing:queue:update"_s);
        QVERIFY(put->error().message.contains(u"routing:queue:update"_s));

        AnalyticsClient analytics(&client);
        AnalyticsQuery query;
        query.queueIds = {queue.value("id"_L1).toString()};
        query.metrics = {u"queue.answerRate"_s};
        AnalyticsReply *reply = analytics.query(query);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().missingScope, u"analytics:queue:view"_s);
    }

    void analyticsKeepsEveryPage()
    {
        // A frozen simulated clock, so the two queries see the same buckets.
        sandbox::SandboxOptions frozen;
        frozen.speed = 0;
        frozen.queueCount = 4;
        auto still = startTenant(frozen);
        QVERIFY(still);
        auto client = connectClient(*still);
        const QStringList ids = firstQueueIds(*client, 3);
        AnalyticsClient analytics(client.get());
        AnalyticsQuery query;
        query.interval = u"PT1H"_s;
        query.granularity = u"PT5M"_s;
        query.queueIds = ids;
        query.metrics = {u"queue.offered"_s, u"queue.answerRate"_s, u"queue.averageWaitTime"_s};
        query.pageSize = 10;

        AnalyticsReply *paged = analytics.query(query);
        QVERIFY(waitFor(paged));
        QVERIFY2(paged->succeeded(), qPrintable(paged->error().message));
        QVERIFY2(paged->pagesRead() >= 3, qPrintable(QString::number(paged->pagesRead())));

        query.pageSize = 1000;
        AnalyticsReply *whole = analytics.query(query);
        QVERIFY(waitFor(whole));
        QCOMPARE(whole->pagesRead(), 1);
        QVERIFY(whole->records().size() > 10);

        // Every page's records, each once: the same set as one big page.
        const auto keyed = [](const QList<MetricsRecord> &records) {
            QMap<QString, std::optional<double>> map;
            for (const MetricsRecord &r : records)
                map.insert(r.queueId + u'@' + r.intervalStart.toString(Qt::ISODate), r.value(u"queue.offered"_s));
            return map;
        };
        QCOMPARE(paged->records().size(), whole->records().size());
        QCOMPARE(keyed(paged->records()).size(), whole->records().size());
        QCOMPARE(keyed(paged->records()), keyed(whole->records()));
        for (const MetricsRecord &record : paged->records()) {
            QVERIFY(ids.contains(record.queueId));
            QVERIFY(record.intervalStart.isValid());
        }
    }

    void analyticsBatchesManyQueues()
    {
        auto client = connectClient(tenant());
        const QStringList ids = firstQueueIds(*client, 12);
        AnalyticsClient analytics(client.get());
        AnalyticsQuery query;
        query.interval = u"PT1H"_s;
        query.queueIds = ids;
        query.metrics = {u"queue.answerRate"_s};
        query.queuesPerRequest = 5;
        AnalyticsReply *reply = analytics.query(query);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().message));
        QSet<QString> seen;
        for (const MetricsRecord &record : reply->records())
            seen.insert(record.queueId);
        QCOMPARE(seen, QSet<QString>(ids.cbegin(), ids.cend()));
    }

    void nullMetricsStayNull()
    {
        auto client = connectClient(tenant());
        AnalyticsClient analytics(client.get());
        AnalyticsQuery query;
        // A window long before the tenant's history began: no contacts at all.
        const QDateTime end = tenant().simulatedNow().addDays(-30);
        query.interval = end.addSecs(-3600).toString(Qt::ISODate) + u'/' + end.toString(Qt::ISODate);
        query.queueIds = firstQueueIds(*client, 1);
        query.metrics = {u"queue.offered"_s, u"queue.answerRate"_s, u"queue.averageWaitTime"_s};
        AnalyticsReply *reply = analytics.query(query);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().message));
        for (const MetricsRecord &record : reply->records()) {
            QVERIFY(record.values.contains(u"queue.answerRate"_s));
            QVERIFY(!record.value(u"queue.answerRate"_s).has_value());
            QVERIFY(!record.value(u"queue.averageWaitTime"_s).has_value());
        }
    }

    void expiredTokenMidBatchRefreshesOnce()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        QSignalSpy tokens(client->tokens(), &TokenManager::tokenReady);
        // The tenant's clock jumps past every token's lifetime; the client's
        // own does not, so the 401s are unexpected and must be handled.
        tenant().advanceRealTime(2 * 3600);
        RoutingClient routing(client.get());
        QList<QueueReply *> replies;
        for (int i = 0; i < 30; ++i)
            replies.append(routing.getQueue(id));
        for (QueueReply *reply : replies) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().message));
        }
        QVERIFY2(tokens.count() >= 1 && tokens.count() <= 2, qPrintable(QString::number(tokens.count())));
    }

    void malformedBodyIsAProtocolError()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        sandbox::SandboxFaults faults;
        faults.malformedJsonProbability = 1.0;
        tenant().setFaults(faults);
        RoutingClient routing(client.get());
        QueueReply *reply = routing.getQueue(id);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Protocol);
        QVERIFY2(reply->error().message.contains(u"not JSON"_s), qPrintable(reply->error().message));
        QVERIFY(reply->queueObject().isEmpty());
    }

    void serverErrorsRetryReadsButNotBlindWrites()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        const QJsonObject queue = fetchQueue(*client, id);
        sandbox::SandboxFaults faults;
        faults.probability503 = 1.0;
        tenant().setFaults(faults);
        RoutingClient routing(client.get());

        QueueReply *read = routing.getQueue(id);
        QueueReply *blind = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, std::nullopt);
        QueueReply *versioned = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, queue.value("version"_L1).toInt());
        QVERIFY(waitFor(read));
        QVERIFY(waitFor(blind));
        QVERIFY(waitFor(versioned));
        QCOMPARE(read->error().kind, ApiError::Kind::Server);
        QCOMPARE(read->error().attempts, client->settings().maxAttempts);
        QCOMPARE(blind->error().kind, ApiError::Kind::Server);
        QCOMPARE(blind->error().attempts, 1);
        QCOMPARE(versioned->error().attempts, client->settings().maxAttempts);

        tenant().setFaults({});
        QCOMPARE(fetchQueue(*client, id).value("version"_L1).toInt(), queue.value("version"_L1).toInt());
    }

    void rateLimitedUntilItGivesUp()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        sandbox::SandboxFaults faults;
        faults.probability429 = 1.0;
        tenant().setFaults(faults);
        QSignalSpy limited(client.get(), &ApiClient::rateLimited);
        ClientSettings settings = fastSettings();
        settings.maxBackoffMs = 1500; // Retry-After is whole seconds
        settings.maxAttempts = 2;
        client->setSettings(settings);
        RoutingClient routing(client.get());
        QueueReply *reply = routing.getQueue(id);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(reply->error().attempts, 2);
        QCOMPARE(limited.count(), 2);
        QVERIFY(limited.first().first().toLongLong() >= 1000); // Retry-After honoured
    }

    // CONTRACT.md §4: the limit a tenant states, in either form, is the pace.
    void followsTheLimitTheTenantStates_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<int>("burst");
        QTest::newRow("RateLimit-*") << int(sandbox::SandboxOptions::RateLimitHeaders::Ietf) << 100;
        QTest::newRow("X-RateLimit-*") << int(sandbox::SandboxOptions::RateLimitHeaders::XRateLimit) << 50;
    }

    void followsTheLimitTheTenantStates()
    {
        QFETCH(int, form);
        QFETCH(int, burst);
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        options.burst = 100;
        options.rateLimitHeaders = sandbox::SandboxOptions::RateLimitHeaders(form);
        auto big = startTenant(options);
        QVERIFY(big);
        auto client = connectClient(*big);
        QCOMPARE(client->rateInForce().source, RateSource::Default);
        QSignalSpy changed(client.get(), &ApiClient::rateChanged);
        fetchFirstQueueId(*client);
        const RateInForce rate = client->rateInForce();
        QCOMPARE(rate.source, RateSource::Stated);
        QCOMPARE(rate.perMinute, 6000);
        QCOMPARE(rate.burst, burst);
        QVERIFY(!changed.isEmpty());
    }

    // A tenant that states nothing: the client neither keeps its default nor
    // floods. It speeds up while answers succeed, halves on a 429, and no
    // 429 reaches a caller.
    void learnsALimitNobodyStates()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 1200;
        options.burst = 10;
        options.rateLimitHeaders = sandbox::SandboxOptions::RateLimitHeaders::None;
        auto silent = startTenant(options);
        QVERIFY(silent);
        ClientSettings settings = fastSettings();
        settings.ratePerMinute = 3000; // starts too fast for this tenant
        settings.burst = 10;
        settings.maxBackoffMs = 2000;  // waits out the sandbox's Retry-After: 1
        auto client = connectClient(*silent, settings);
        QVERIFY(client);
        const QString id = fetchFirstQueueId(*client);
        QSignalSpy limited(client.get(), &ApiClient::rateLimited);
        RoutingClient routing(client.get());
        QList<QueueReply *> replies;
        for (int i = 0; i < 120; ++i)
            replies.append(routing.getQueue(id));
        for (QueueReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        }
        qDeleteAll(replies);
        const RateInForce rate = client->rateInForce();
        QCOMPARE(rate.source, RateSource::Learnt);
        QVERIFY2(!limited.isEmpty() && rate.perMinute < 3000,
                 qPrintable(u"%1 429s, %2/min"_s.arg(limited.size()).arg(rate.perMinute)));
        // The 429s of one overshoot halve the rate once, not once each: it
        // never falls far below the tenant's limit.
        QVERIFY2(rate.perMinute >= 1200 / 4, qPrintable(u"%1 429s, %2/min"_s.arg(limited.size()).arg(rate.perMinute)));
        qInfo("learnt %d/min after %lld 429s (the tenant's limit: 1200/min)", rate.perMinute, qint64(limited.size()));
    }

    // A pinned rate stays, whatever the tenant states.
    void aPinnedRateStays()
    {
        sandbox::SandboxOptions options;
        options.rateLimitPerMinute = 6000;
        auto big = startTenant(options);
        QVERIFY(big);
        ClientSettings settings = fastSettings();
        settings.pinnedRatePerMinute = 120;
        auto client = connectClient(*big, settings);
        fetchFirstQueueId(*client);
        QCOMPARE(client->rateInForce().source, RateSource::Pinned);
        QCOMPARE(client->rateInForce().perMinute, 120);
    }

    void timeoutIsReported()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        sandbox::SandboxFaults faults;
        faults.latencyMs = 3000;
        tenant().setFaults(faults);
        ClientSettings settings = fastSettings();
        settings.timeoutMs = 200;
        settings.maxAttempts = 2;
        client->setSettings(settings);
        RoutingClient routing(client.get());
        QueueReply *reply = routing.getQueue(id);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(reply->error().attempts, 2);
    }

    void droppedAfterWriteNeverOverwrites()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        QJsonObject queue = fetchQueue(*client, id);
        const int version = queue.value("version"_L1).toInt();
        queue.insert("description"_L1, u"written once"_s);
        sandbox::SandboxFaults faults;
        faults.dropAfterWriteProbability = 1.0;
        tenant().setFaults(faults);

        RoutingClient routing(client.get());
        QueueReply *put = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, version);
        QVERIFY(waitFor(put));
        // The first attempt was applied and its answer lost; the retry carries
        // the old version, so the tenant refuses it instead of writing twice.
        QCOMPARE(put->error().kind, ApiError::Kind::Conflict);
        QCOMPARE(put->error().currentVersion.value_or(-1), version + 1);
        tenant().setFaults({});
        const QJsonObject stored = fetchQueue(*client, id);
        QCOMPARE(stored.value("version"_L1).toInt(), version + 1);
        QCOMPARE(stored.value("description"_L1).toString(), u"written once"_s);
    }

    void droppedBeforeWriteChangesNothing()
    {
        auto client = connectClient(tenant());
        const QString id = fetchFirstQueueId(*client);
        QJsonObject queue = fetchQueue(*client, id);
        const int version = queue.value("version"_L1).toInt();
        queue.insert("description"_L1, u"never written"_s);
        sandbox::SandboxFaults faults;
        faults.dropBeforeWriteProbability = 1.0;
        tenant().setFaults(faults);
        RoutingClient routing(client.get());
        QueueReply *put = routing.putQueue(queue.value(QLatin1String("id")).toString(), queue, version);
        QVERIFY(waitFor(put));
        QCOMPARE(put->error().kind, ApiError::Kind::Network);
        tenant().setFaults({});
        const QJsonObject stored = fetchQueue(*client, id);
        QCOMPARE(stored.value("version"_L1).toInt(), version);
        QVERIFY(stored.value("description"_L1).toString() != u"never written"_s);
    }

    void tenantClockIsObserved()
    {
        auto client = connectClient(tenant());
        QSignalSpy time(client.get(), &ApiClient::tenantTimeChanged);
        fetchFirstQueueId(*client);
        QVERIFY(!time.isEmpty());
        QVERIFY(client->tenantTime().isValid());
        QVERIFY(qAbs(client->tenantTime().secsTo(tenant().simulatedNow())) < 3600);
    }

private:
    QStringList firstQueueIds(ApiClient &client, int count)
    {
        RoutingClient routing(&client);
        std::unique_ptr<QueueListReply> reply(routing.listQueues());
        if (!waitFor(reply.get()) || !reply->succeeded())
            return {};
        QStringList ids;
        for (const QJsonObject &queue : reply->queueObjects())
            if (ids.size() < count)
                ids.append(queue.value("id"_L1).toString());
        return ids;
    }

    QString fetchFirstQueueId(ApiClient &client)
    {
        const QStringList ids = firstQueueIds(client, 1);
        return ids.isEmpty() ? QString() : ids.first();
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
