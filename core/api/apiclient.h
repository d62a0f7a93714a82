#pragma once

#include "api/apireply.h"
#include "api/ratelimiter.h"
#include "api/ratepolicy.h"
#include "api/retrypolicy.h"
#include "api/tenantconnection.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

namespace holdline::api {

class TokenManager;

// The one owner of the QNetworkAccessManager. Every call to a tenant goes
// through send(): it gets a token (refreshed once on an unexpected 401), is
// paced by the client-side rate limiter, runs with bounded concurrency and a
// deadline, and is retried on transient failures per its RetryPolicy.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr, const Clock *clock = Clock::system());
    ~ApiClient() override;

    // Empty when accepted; else why the connection is refused (e.g. plain http).
    QString setConnection(const TenantConnection &connection);
    const TenantConnection &connection() const { return m_connection; }

    void setSettings(const ClientSettings &settings);
    const ClientSettings &settings() const { return m_settings; }

    ApiReply *send(const ApiRequest &request);
    void cancel(ApiReply *reply);

    TokenManager *tokens() const { return m_tokens; }
    const RateLimiter &rateLimiter() const { return m_limiter; }
    // The pace in force and where it comes from (stated, learnt, pinned, default).
    RateInForce rateInForce() const { return {m_limiter.perMinute(), m_limiter.burst(), m_rateSource}; }
    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return m_inFlight; }
    // The tenant's answers' smoothed round trip (0 until one is measured),
    // and the calls kept in flight: the setting, or chosen from the rate in
    // force and that round trip.
    qint64 roundTripMs() const { return m_roundTripMs; }
    int inFlightLimit() const;
    // The tenant's clock as it last told it (X-Sandbox-Time), invalid if never.
    QDateTime tenantTime() const { return m_tenantTime; }

Q_SIGNALS:
    void rateLimited(qint64 retryAfterMs);
    void rateChanged();
    void tenantTimeChanged(const QDateTime &tenantTime);

private:
    void pump();
    void schedulePump(qint64 delayMs);
    void dispatch(ApiReply *reply);
    void onNetworkReplyFinished(ApiReply *reply);
    bool retryLater(ApiReply *reply, std::optional<qint64> retryAfterMs);
    void complete(ApiReply *reply, const ApiError &error);
    void failWaitingForToken(const ApiError &error);
    QUrl urlFor(const ApiRequest &request) const;
    void followRate(const HttpResponse &response, qint64 sentAtMs);
    void setRate(int perMinute, int burst, RateSource source);

    QNetworkAccessManager *networkManagerForNextCall();
    void measureRoundTrip(qint64 sampleMs);

    const Clock *m_clock;
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per host;
    // concurrency beyond that takes more managers, all owned here.
    QList<QNetworkAccessManager *> m_networkManagers;
    QHash<QNetworkAccessManager *, int> m_inFlightByManager;
    TokenManager *m_tokens;
    QTimer *m_pumpTimer;
    TenantConnection m_connection;
    ClientSettings m_settings;
    RetryPolicy m_retry;
    RateLimiter m_limiter;
    QList<QPointer<ApiReply>> m_queue;
    int m_inFlight = 0;
    qint64 m_roundTripMs = 0;
    QDateTime m_tenantTime;
    RateSource m_rateSource = RateSource::Default;
    int m_successStreak = 0; // paced answers since the learnt rate last changed
    bool m_slowStart = true;  // no 429 seen yet: the learnt rate doubles
    qint64 m_lastDecreaseAtMs = -1; // monotonic; when a 429 last halved the learnt rate
    int m_lastLossRate = 0;          // the learnt rate that drew that 429
};

} // namespace holdline::api
