// The API layer's pure parts: pacing, backoff, error classification, the
// endpoint policy and the sync payload. No network here; see tst_apiclient.
#include "api/apierror.h"
#include "api/endpointpolicy.h"
#include "common/redaction.h"
#include "api/ratelimiter.h"
#include "api/ratepolicy.h"
#include "api/retrypolicy.h"
#include "common/clock.h"
#include "sync/syncpayload.h"
#include "sync/syncoutbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace holdline;
using namespace holdline::api;
using namespace Qt::StringLiterals;

class TestApiPrimitives : public QObject
{
    Q_OBJECT

private slots:
    void rateLimiterAllowsBurstThenPaces()
    {
        ManualClock clock;
        RateLimiter limiter(&clock, 60, 5); // one a second, burst 5
        qint64 wait = 0;
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.tryAcquire(&wait));
        QVERIFY(!limiter.tryAcquire(&wait));
        QCOMPARE(wait, 1000);
        clock.advance(999);
        QVERIFY(!limiter.tryAcquire(&wait));
        QCOMPARE(wait, 1);
        clock.advance(1);
        QVERIFY(limiter.tryAcquire(&wait));
        // Never more than the burst, however long it rests.
        clock.advance(3'600'000);
        QCOMPARE(limiter.available(), 5.0);
    }

    void rateLimiterHoldsAfter429()
    {
        ManualClock clock;
        RateLimiter limiter(&clock, 6000, 50);
        limiter.holdFor(2000);
        qint64 wait = 0;
        QVERIFY(!limiter.tryAcquire(&wait));
        QCOMPARE(wait, 2000);
        QCOMPARE(limiter.available(), 0.0);
        clock.advance(2000);
        // Drained: refills from the end of the hold, not from before it.
        QVERIFY(!limiter.tryAcquire(&wait));
        clock.advance(10);
        QVERIFY(limiter.tryAcquire(&wait));
    }

    void retryDelay_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("retryAfter"); // -1: none
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("retry-after wins") << 3 << qint64(7000) << 0.5 << qint64(7000);
        QTest::newRow("retry-after capped") << 1 << qint64(900'000) << 0.5 << qint64(30'000);
        QTest::newRow("first, full jitter top") << 1 << qint64(-1) << 0.999999 << qint64(499);
        QTest::newRow("first, zero draw") << 1 << qint64(-1) << 0.0 << qint64(0);
        QTest::newRow("third doubles twice") << 3 << qint64(-1) << 0.5 << qint64(1000);
        QTest::newRow("cap") << 12 << qint64(-1) << 0.5 << qint64(15'000);
    }

    void retryDelay()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, retryAfter);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy policy{5, 500, 30'000};
        const auto after = retryAfter >= 0 ? std::optional<qint64>(retryAfter) : std::nullopt;
        QCOMPARE(policy.delayMs(attempt, after, random), expected);
    }

    void retryAfterHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected"); // -1: none
        QTest::newRow("seconds") << "3"_ba << qint64(3000);
        QTest::newRow("spaces") << " 12 "_ba << qint64(12000);
        QTest::newRow("zero") << "0"_ba << qint64(0);
        QTest::newRow("empty") << ""_ba << qint64(-1);
        QTest::newRow("negative") << "-4"_ba << qint64(-1);
        QTest::newRow("garbage") << "soon"_ba << qint64(-1);
        QTest::newRow("http date") << "Wed, 25 Nov 2026 08:00:10 GMT"_ba << qint64(10000);
    }

    void retryAfterHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const qint64 now = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        const auto parsed = parseRetryAfterMs(value, now);
        QCOMPARE(parsed.value_or(-1), expected);
    }

    void transientStatuses()
    {
        for (int status : {429, 500, 502, 503, 504})
            QVERIFY2(isTransientStatus(status), qPrintable(QString::number(status)));
        for (int status : {200, 400, 401, 403, 404, 409, 501})
            QVERIFY2(!isTransientStatus(status), qPrintable(QString::number(status)));
    }

    void errorFromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messageContains");
        using K = ApiError::Kind;
        QTest::newRow("400 details") << 400
            << R"({"code":"bad.request","message":"bad","details":[{"field":"maxHoldTime","message":"must be 1..3600"}]})"_ba
            << int(K::Validation) << u"maxHoldTime: must be 1..3600"_s;
        QTest::newRow("401 client") << 401 << R"({"error":"invalid_client"})"_ba << int(K::Auth) << u"client id or secret"_s;
        QTest::newRow("401 token") << 401 << ""_ba << int(K::Auth) << u"access token"_s;
        QTest::newRow("403 scope") << 403 << R"({"code":"missing.scope","scope":"routing:queue:update"})"_ba
            << int(K::Forbidden) << u"routing:queue:update"_s;
        QTest::newRow("404") << 404 << "not json"_ba << int(K::NotFound) << u"no such"_s;
        QTest::newRow("409") << 409 << R"({"code":"conflict","message":"x","currentVersion":8})"_ba
            << int(K::Conflict) << u"version 8"_s;
        QTest::newRow("429") << 429 << R"({"code":"too.many.requests.retry.after"})"_ba << int(K::RateLimited)
            << u"rate limit"_s;
        QTest::newRow("503") << 503 << ""_ba << int(K::Server) << u"HTTP 503"_s;
        QTest::newRow("418") << 418 << ""_ba << int(K::Protocol) << u"unexpected HTTP 418"_s;
    }

    void errorFromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messageContains);
        const ApiError error = ApiError::fromHttp(status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(messageContains), qPrintable(error.message));
    }

    void conflictCarriesCurrentVersion()
    {
        const ApiError error = ApiError::fromHttp(409, R"({"code":"conflict","currentVersion":12})"_ba);
        QCOMPARE(error.currentVersion.value_or(-1), 12);
        QCOMPARE(error.serverCode, u"conflict"_s);
    }

    void endpointPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://api.nice-incontact.com"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback range") << u"http://127.1.2.3:8080"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:9/"_s << true;
        QTest::newRow("http remote") << u"http://api.nice-incontact.com"_s << false;
        QTest::newRow("http private") << u"http://192.168.1.10"_s << false;
        QTest::newRow("http localhost lookalike") << u"http://localhost.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("userinfo") << u"https://user:pw@api.example.com"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
        QTest::newRow("token in query") << u"https://hooks.example.com/x?token=abc"_s << false;
        QTest::newRow("api key in query") << u"https://hooks.example.com/x?apiKey=abc"_s << false;
        QTest::newRow("harmless query") << u"https://hooks.example.com/x?team=billing"_s << true;
    }

    // A stated limit is read in either form and kept within its meaning.
    void statedRatesAreReadAndBounded()
    {
        const auto stated = [](std::initializer_list<std::pair<QByteArray, QByteArray>> fields) {
            HttpResponse r;
            for (const auto &[name, value] : fields)
                r.headers.insert(name.toLower(), value);
            return statedRate(r);
        };
        auto rate = stated({{"RateLimit-Policy", "300;w=60;burst=50"}, {"RateLimit-Limit", "300"}});
        QVERIFY(rate && rate->perMinute == 300 && rate->burst == 50 && rate->source == RateSource::Stated);
        rate = stated({{"RateLimit-Policy", "100;w=10, 5000;w=3600"}});
        QVERIFY(rate && rate->perMinute == 600 && rate->burst == 50);
        rate = stated({{"X-RateLimit-Limit", "6000"}, {"X-RateLimit-Remaining", "12"}});
        QVERIFY(rate && rate->perMinute == 6000 && rate->burst == 50);
        rate = stated({{"RateLimit-Policy", "999999999999;w=1;burst=99999999"}});
        QVERIFY(rate && rate->perMinute == 1'000'000 && rate->burst == 10'000);
        QVERIFY(!stated({{"RateLimit-Limit", "many"}}));
        QVERIFY(!stated({{"RateLimit-Policy", "300;w=0"}}));
        QVERIFY(!stated({{"X-RateLimit-Limit", "-5"}}));
        QVERIFY(!stated({}));
    }

    // Whatever shows a URL (messages, logs) masks what would open a door.
    // Little's law with headroom: rate × round trip × 1.25, plus two, within 2..64.
    void callsInFlightForARateAndARoundTrip()
    {
        QCOMPARE(inFlightFor(6000, 100), 15);   // 100/s × 0.1 s = 10 → 12.5 → 13, + 2
        QCOMPARE(inFlightFor(300, 100), 3);     // 5/s × 0.1 s: one, + 2
        QCOMPARE(inFlightFor(300, 0), inFlightFor(300, AssumedRoundTripMs));
        QCOMPARE(inFlightFor(0, 100), 2);
        QCOMPARE(inFlightFor(60'000, 2'000), MaxAutoInFlight);
        QCOMPARE(inFlightFor(-5, -5), 2);
    }

    void urlsAreShownWithoutCredentials()
    {
        QCOMPARE(redactedUrlText(u"ftp://user:SECRET@example.com/x"_s), u"ftp://user:***@example.com/x"_s);
        QCOMPARE(redactedUrl(QUrl(u"https://h.example/x?team=b&access_token=SECRET"_s)),
                 u"https://h.example/x?team=b&access_token=***"_s);
        QVERIFY(!redactedUrlText(u"ht!tp://us er:SECRET@exa mple"_s).contains(u"SECRET"_s));
        QVERIFY(!checkEndpoint(QUrl(u"ftp://user:SECRET@example.com"_s)).contains(u"SECRET"_s));
        QVERIFY(!checkEndpoint(QUrl(u"https://h.example/x?sig=SECRET"_s)).contains(u"SECRET"_s));
    }

    void endpointPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString refusal = checkEndpoint(QUrl(url));
        QCOMPARE(refusal.isEmpty(), allowed);
    }

    void syncPayloadFollowsContract()
    {
        const QJsonObject strategy{{"positionThreshold"_L1, 7}};
        const QByteArray body = sync::buildSyncPayload(u"q-billing-01"_s, strategy,
                                                       QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QCOMPARE(object.value("source"_L1).toString(), u"cxone_routing"_s);
        QCOMPARE(object.value("queue_id"_L1).toString(), u"q-billing-01"_s);
        QCOMPARE(object.value("strategy"_L1).toObject(), strategy);
        QCOMPARE(object.value("sync_timestamp"_L1).toString(), u"2026-11-25T08:00:00Z"_s);
    }

    void signatureIsHmacSha256()
    {
        // RFC 4231, test case 2.
        QCOMPARE(sync::signatureHeader("what do ya want for nothing?", "Jefe"),
                 "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"_ba);
    }

    void outboxBackoffGrowsToAnHour()
    {
        QCOMPARE(sync::SyncOutbox::backoffMs(1), 5000);
        QCOMPARE(sync::SyncOutbox::backoffMs(2), 10000);
        QCOMPARE(sync::SyncOutbox::backoffMs(4), 40000);
        QCOMPARE(sync::SyncOutbox::backoffMs(30), 3'600'000);
    }
};

QTEST_GUILESS_MAIN(TestApiPrimitives)
#include "tst_apiprimitives.moc"
