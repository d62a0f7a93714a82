// Many queued requests under the tenant's rate limit: the client paces itself
// and retries what the tenant still refuses, so callers never see a 429.
#include "sandboxfixture.h"

#include "api/routingclient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace holdline;
using namespace holdline::api;
using namespace holdline::testing;
using namespace Qt::StringLiterals;

class TestRateLimit : public QObject
{
    Q_OBJECT

private:
    // Sends `count` reads at once and checks that every one succeeds.
    static void burstOfReads(sandbox::SandboxTenant &tenant, int perMinute, int burst, int count)
    {
        ClientSettings settings = fastSettings();
        settings.ratePerMinute = perMinute;
        settings.burst = burst;
        settings.maxBackoffMs = 5000;
        auto client = connectClient(tenant, settings);
        QVERIFY(client);
        QSignalSpy limited(client.get(), &ApiClient::rateLimited);
        RoutingClient routing(client.get());
        QList<QueueReply *> replies;
        for (int i = 0; i < count; ++i)
            replies.append(routing.getQueue(u"q-unknown-%1"_s.arg(i % 7))); // 404s count against the limit too

        QElapsedTimer timer;
        timer.start();
        int surfaced429 = 0;
        int failedOtherwise = 0;
        for (QueueReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply, 300'000));
            if (reply->error().kind == ApiError::Kind::RateLimited)
                ++surfaced429;
            else if (reply->error().kind != ApiError::Kind::NotFound)
                ++failedOtherwise;
        }
        qInfo("%d requests at %d/min (burst %d): %.1f s, %lld 429s absorbed by retries", count, perMinute, burst,
              timer.elapsed() / 1000.0, qint64(limited.count()));
        QCOMPARE(surfaced429, 0);
        QCOMPARE(failedOtherwise, 0);
        // Paced, not flooded: no faster than the limit allows after the burst.
        const double floorSeconds = (count - burst) * 60.0 / perMinute;
        QVERIFY2(timer.elapsed() / 1000.0 >= floorSeconds * 0.9,
                 qPrintable(u"%1 s < floor %2 s"_s.arg(timer.elapsed() / 1000.0).arg(floorSeconds)));
    }

private slots:
    void thousandRequestsSurfaceNo429()
    {
        // The contract's 300/min scaled up 20x so the run takes seconds, not
        // minutes; the same pacing and retry code runs either way.
        sandbox::SandboxOptions options;
        options.queueCount = 7;
        options.rateLimitPerMinute = 6000;
        options.burst = 50;
        auto tenant = startTenant(options);
        QVERIFY(tenant);
        burstOfReads(*tenant, 6000, 50, 1000);
    }

    void contractDefaultLimit()
    {
        sandbox::SandboxOptions options;
        options.queueCount = 7;
        options.rateLimitPerMinute = 300;
        options.burst = 50;
        auto tenant = startTenant(options);
        QVERIFY(tenant);
        burstOfReads(*tenant, 300, 50, 110);
    }

    void serverStricterThanClientStillNo429()
    {
        // A client configured too generously learns from the 429s' Retry-After.
        sandbox::SandboxOptions options;
        options.queueCount = 7;
        options.rateLimitPerMinute = 1200;
        options.burst = 20;
        auto tenant = startTenant(options);
        QVERIFY(tenant);
        ClientSettings settings = fastSettings();
        settings.ratePerMinute = 6000;
        settings.burst = 100;
        settings.maxAttempts = 8;
        settings.maxBackoffMs = 5000;
        auto client = connectClient(*tenant, settings);
        QSignalSpy limited(client.get(), &ApiClient::rateLimited);
        RoutingClient routing(client.get());
        QList<QueueReply *> replies;
        for (int i = 0; i < 120; ++i)
            replies.append(routing.getQueue(u"q-unknown"_s));
        for (QueueReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply, 300'000));
            QCOMPARE(reply->error().kind, ApiError::Kind::NotFound);
        }
        QVERIFY(limited.count() > 0); // the tenant did push back
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
