#include "api/apiclient.h"

#include "api/endpointpolicy.h"
#include "api/tokenmanager.h"
#include "common/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace holdline::api {

using namespace Qt::StringLiterals;

namespace {
constexpr int ConnectionsPerManager = 6;
// An attempt with less time than this left before the deadline is not made.
constexpr qint64 MinimumAttemptMs = 1'000;
}

ApiClient::ApiClient(QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(clock)
    , m_tokens(new TokenManager(this, clock))
    , m_pumpTimer(new QTimer(this))
    , m_limiter(clock, m_settings.ratePerMinute, m_settings.burst)
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    connect(m_tokens, &TokenManager::tokenReady, this, &ApiClient::pump);
    connect(m_tokens, &TokenManager::tokenFailed, this, &ApiClient::failWaitingForToken);
    setSettings(m_settings);
}

ApiClient::~ApiClient() = default;

QString ApiClient::setConnection(const TenantConnection &connection)
{
    const QString refusal = checkEndpoint(connection.baseUrl);
    if (!refusal.isEmpty())
        return refusal;
    m_connection = connection;
    m_tokens->reset();
    return {};
}

void ApiClient::setSettings(const ClientSettings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrency = std::max(0, settings.maxConcurrency);
    m_retry = {std::max(1, settings.maxAttempts), settings.baseBackoffMs, settings.maxBackoffMs};
    m_slowStart = true;
    m_lastLossRate = 0;
    if (settings.pinnedRatePerMinute > 0)
        setRate(settings.pinnedRatePerMinute, settings.burst, RateSource::Pinned);
    else
        setRate(settings.ratePerMinute, settings.burst, RateSource::Default);
    schedulePump(0);
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(this, request);
    if (request.externalUrl.isValid()) {
        const QString refusal = checkEndpoint(request.externalUrl);
        if (!refusal.isEmpty()) {
            // Finish after the caller had the chance to connect.
            QTimer::singleShot(0, reply, [this, reply, refusal] {
                complete(reply, ApiError::make(ApiError::Kind::Insecure, refusal));
            });
            return reply;
        }
    } else if (m_connection.baseUrl.isEmpty()) {
        QTimer::singleShot(0, reply, [this, reply] {
            complete(reply, ApiError::make(ApiError::Kind::Network, tr("No tenant is connected.")));
        });
        return reply;
    }
    m_queue.append(reply);
    schedulePump(0);
    return reply;
}

void ApiClient::cancel(ApiReply *reply)
{
    m_queue.removeAll(reply);
    complete(reply, ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
    if (reply->m_networkReply)
        reply->m_networkReply->abort();
}

void ApiClient::schedulePump(qint64 delayMs)
{
    delayMs = std::max<qint64>(0, delayMs);
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delayMs)
        return;
    m_pumpTimer->start(int(std::min<qint64>(delayMs, 24 * 3600 * 1000)));
}

int ApiClient::inFlightLimit() const
{
    return m_settings.maxConcurrency > 0 ? m_settings.maxConcurrency
                                         : inFlightFor(m_limiter.perMinute(), m_roundTripMs);
}

void ApiClient::measureRoundTrip(qint64 sampleMs)
{
    // Smoothed as TCP's SRTT is: one answer moves it an eighth of the way.
    m_roundTripMs = m_roundTripMs == 0 ? std::max<qint64>(1, sampleMs)
                                       : std::max<qint64>(1, (7 * m_roundTripMs + sampleMs) / 8);
}

void ApiClient::pump()
{
    const qint64 now = m_clock->monotonicMs();
    std::optional<qint64> wakeIn;
    const auto wakeAfter = [&wakeIn](qint64 ms) { wakeIn = wakeIn ? std::min(*wakeIn, ms) : ms; };
    bool needToken = false;
    bool limited = false;
    const int inFlightMax = inFlightLimit();

    for (qsizetype i = 0; i < m_queue.size() && m_inFlight < inFlightMax;) {
        ApiReply *reply = m_queue.at(i);
        if (!reply || reply->isFinished()) {
            m_queue.removeAt(i);
            continue;
        }
        if (reply->m_notBeforeMs > now) {
            wakeAfter(reply->m_notBeforeMs - now);
            ++i;
            continue;
        }
        const bool paced = !reply->m_request.externalUrl.isValid() && reply->m_request.authenticated;
        if (paced) {
            if (!m_tokens->hasUsableToken()) {
                needToken = true;
                ++i;
                continue;
            }
            qint64 waitMs = 0;
            if (limited || !m_limiter.tryAcquire(&waitMs)) {
                if (!limited)
                    wakeAfter(waitMs);
                limited = true;
                ++i;
                continue;
            }
        }
        m_queue.removeAt(i);
        dispatch(reply);
    }
    if (needToken)
        m_tokens->ensureToken();
    if (wakeIn)
        schedulePump(*wakeIn);
}

QNetworkAccessManager *ApiClient::networkManagerForNextCall()
{
    // The least busy one, so connections spread evenly; another one only when
    // all have their six connections busy.
    QNetworkAccessManager *best = nullptr;
    for (QNetworkAccessManager *manager : std::as_const(m_networkManagers))
        if (!best || m_inFlightByManager.value(manager) < m_inFlightByManager.value(best))
            best = manager;
    if (best && m_inFlightByManager.value(best) < ConnectionsPerManager)
        return best;
    auto *manager = new QNetworkAccessManager(this);
    // Redirects are not followed: a tenant that redirects is misconfigured,
    // and following could carry the bearer token to another host.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_networkManagers.append(manager);
    return manager;
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    if (request.externalUrl.isValid())
        return request.externalUrl;
    QUrl url = m_connection.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query);
    return url;
}

void ApiClient::dispatch(ApiReply *reply)
{
    const ApiRequest &request = reply->m_request;
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (!request.externalUrl.isValid() && request.authenticated) {
        reply->m_usedToken = m_tokens->accessToken();
        networkRequest.setRawHeader("Authorization", "Bearer " + reply->m_usedToken.toLatin1());
    }

    ++m_inFlight;
    ++reply->m_attempts;
    reply->m_timedOut = false;
    const qint64 now = m_clock->monotonicMs();
    if (reply->m_attempts == 1)
        reply->m_deadlineAtMs = now + std::max(m_settings.deadlineMs, m_settings.timeoutMs);
    // The attempt ends with the call's deadline at the latest.
    const qint64 attemptMs = std::clamp<qint64>(reply->m_deadlineAtMs - now, 1, m_settings.timeoutMs);
    reply->m_attemptMs = attemptMs;
    reply->m_sentAtMs = now;
    QNetworkAccessManager *manager = networkManagerForNextCall();
    ++m_inFlightByManager[manager];
    QNetworkReply *networkReply = manager->sendCustomRequest(networkRequest, request.method, request.body);
    reply->m_networkReply = networkReply;
    qCDebug(lcApi).noquote() << request.describe() << "attempt" << reply->m_attempts;

    auto *deadline = new QTimer(networkReply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, networkReply, [reply = QPointer(reply), networkReply] {
        if (reply)
            reply->m_timedOut = true;
        networkReply->abort();
    });
    deadline->start(int(attemptMs));

    // Bounded before it is read: a tenant cannot make us buffer gigabytes.
    const qint64 maxBody = m_settings.maxBodyBytes;
    const auto refuse = [reply = QPointer(reply), networkReply] {
        if (reply)
            reply->m_bodyTooLarge = true;
        networkReply->abort();
    };
    // A stated length over the cap is refused at once; a body that keeps
    // coming is counted on each arrival (readyRead: downloadProgress is
    // throttled to a few a second, by when a fast tenant has sent tens of MiB).
    connect(networkReply, &QNetworkReply::downloadProgress, networkReply,
            [maxBody, refuse](qint64 received, qint64 total) {
                if (received > maxBody || total > maxBody)
                    refuse();
            });
    connect(networkReply, &QNetworkReply::readyRead, networkReply, [networkReply, maxBody, refuse] {
        if (networkReply->bytesAvailable() > maxBody)
            refuse();
    });

    // TLS errors are reported, never ignored: the reply then fails.
    connect(networkReply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcApi) << "TLS error:" << error.errorString();
    });
    connect(reply, &QObject::destroyed, networkReply, &QNetworkReply::abort);
    connect(networkReply, &QNetworkReply::finished, this, [this, reply = QPointer(reply), networkReply, manager] {
        --m_inFlight;
        --m_inFlightByManager[manager];
        networkReply->deleteLater();
        if (reply)
            onNetworkReplyFinished(reply);
        schedulePump(0);
    });
}

void ApiClient::onNetworkReplyFinished(ApiReply *reply)
{
    QNetworkReply *networkReply = reply->m_networkReply;
    reply->m_networkReply = nullptr;
    const ApiRequest &request = reply->m_request;

    const QByteArray tenantTime = networkReply->rawHeader("X-Sandbox-Time");
    if (!tenantTime.isEmpty() && !request.externalUrl.isValid()) {
        const QDateTime time = QDateTime::fromString(QString::fromLatin1(tenantTime), Qt::ISODateWithMs);
        if (time.isValid() && time != m_tenantTime) {
            m_tenantTime = time;
            Q_EMIT tenantTimeChanged(time);
        }
    }
    if (reply->isFinished())
        return; // cancelled meanwhile

    if (reply->m_bodyTooLarge) {
        // Not retried: the same tenant would send the same answer.
        complete(reply, ApiError::make(ApiError::Kind::Protocol,
                                       tr("%1: the tenant's answer is larger than %2 MiB, more than Holdline reads; "
                                          "it was not read.")
                                           .arg(request.describe())
                                           .arg(m_settings.maxBodyBytes / (1024 * 1024))));
        return;
    }
    const int status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A timed-out answer may have had its status line already (a body that
    // trickles in): it is a timeout all the same, never a half body to parse.
    if (status == 0 || reply->m_timedOut) {
        const bool timedOut = reply->m_timedOut;
        ApiError error = ApiError::make(timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network, {});
        if (timedOut && status != 0)
            error.message = tr("%1: the tenant began to answer (HTTP %2) but did not finish within %3 s.")
                                .arg(request.describe())
                                .arg(status)
                                .arg(reply->m_attemptMs / 1000.0);
        else if (timedOut)
            error.message = tr("%1 got no answer within %2 s.").arg(request.describe()).arg(reply->m_attemptMs / 1000.0);
        else if (networkReply->error() == QNetworkReply::SslHandshakeFailedError)
            error.message = tr("The TLS connection to %1 failed: %2").arg(networkReply->url().host(), networkReply->errorString());
        else
            error.message = tr("%1 failed: %2").arg(request.describe(), networkReply->errorString());
        if (!request.retryOnTransient && request.method != "GET")
            error.message += u' ' + tr("It may or may not have been applied; read the current state before trying again.");
        if (request.retryOnTransient && retryLater(reply, std::nullopt))
            return;
        complete(reply, error);
        return;
    }

    HttpResponse &response = reply->m_response;
    response.status = status;
    response.body = networkReply->readAll();
    response.headers.clear();
    for (const auto &[name, value] : networkReply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    qCDebug(lcApi).noquote() << request.describe() << "->" << status;
    if (!request.externalUrl.isValid() && request.authenticated) {
        followRate(response, reply->m_sentAtMs);
        measureRoundTrip(m_clock->monotonicMs() - reply->m_sentAtMs);
    }

    if (status >= 200 && status < 300) {
        complete(reply, {});
        return;
    }
    const bool tenantCall = !request.externalUrl.isValid();
    if (status == 401 && tenantCall && request.authenticated && !reply->m_refreshedAfter401) {
        // An unexpected 401: the token may have been revoked or expired early.
        // Refresh once and retry once.
        qCInfo(lcApiAuth) << "401 from the tenant; refreshing the token once";
        m_tokens->invalidate(reply->m_usedToken);
        reply->m_refreshedAfter401 = true;
        reply->m_notBeforeMs = 0;
        m_queue.prepend(reply);
        return;
    }
    const auto retryAfter = parseRetryAfterMs(response.header("Retry-After"), m_clock->utcNow().toMSecsSinceEpoch());
    // A tenant that asks for a longer wait than we ever make (a day, say) is
    // not waited for: nothing, not even the rate limiter, is held past the cap.
    if (retryAfter && *retryAfter > m_retry.maxDelayMs && (status == 429 || isTransientStatus(status))) {
        ApiError error = ApiError::fromHttp(status, response.body);
        error.message = tr("%1: the tenant answered %2 and asked to wait %3 s before trying again; Holdline waits at "
                           "most %4 s, so it gave up.")
                            .arg(request.describe()).arg(status).arg(*retryAfter / 1000.0).arg(m_retry.maxDelayMs / 1000.0);
        if (status == 429 && tenantCall) {
            m_limiter.holdFor(m_retry.maxDelayMs);
            Q_EMIT rateLimited(m_retry.maxDelayMs);
        }
        complete(reply, error);
        return;
    }
    if (status == 429) {
        // Not applied, so safe to retry whatever the method.
        if (tenantCall) {
            const qint64 hold = retryAfter.value_or(m_retry.delayMs(reply->m_attempts, std::nullopt, 1.0));
            m_limiter.holdFor(hold);
            Q_EMIT rateLimited(hold);
        }
        if (retryLater(reply, retryAfter))
            return;
    } else if (isTransientStatus(status) && request.retryOnTransient && retryLater(reply, retryAfter)) {
        return;
    }
    complete(reply, ApiError::fromHttp(status, response.body));
}

void ApiClient::setRate(int perMinute, int burst, RateSource source)
{
    const RateInForce before = rateInForce();
    m_limiter.configure(perMinute, burst);
    m_rateSource = source;
    m_successStreak = 0;
    const RateInForce now = rateInForce();
    if (now.perMinute != before.perMinute || now.burst != before.burst || now.source != before.source) {
        // A learnt rate moves every few answers: its steps are for debugging,
        // not for the log of every bulk change.
        if (now.source != before.source || now.source != RateSource::Learnt)
            qCInfo(lcApi).noquote() << "pacing at" << now.perMinute << "requests a minute, burst" << now.burst << '('
                                    << rateSourceName(now.source) << ')';
        else
            qCDebug(lcApi).noquote() << "pacing at" << now.perMinute << "requests a minute (learnt)";
        Q_EMIT rateChanged();
    }
}

// CONTRACT.md §4: follow the limit the tenant states; where it states none,
// adapt: twice as fast after each run of successes until the first 429 (slow
// start, as TCP does), then a tenth faster (AIMD); half as fast after a 429;
// never below a floor or above a ceiling. A pinned rate stays.
// One overshoot draws a 429 for every call then in flight: only the first of
// them halves the rate, as TCP halves once per window, or 50 calls in flight
// would take the rate to the floor and a bulk change to a crawl.
void ApiClient::followRate(const HttpResponse &response, qint64 sentAtMs)
{
    if (m_rateSource == RateSource::Pinned)
        return;
    if (const auto stated = statedRate(response)) {
        setRate(stated->perMinute, stated->burst, RateSource::Stated);
        return;
    }
    if (m_rateSource == RateSource::Stated)
        return; // one answer without the fields does not unlearn them
    constexpr int FloorPerMinute = 10, CeilingPerMinute = 60'000, SuccessesPerStep = 20;
    const int rate = m_limiter.perMinute();
    if (response.status == 429) {
        m_slowStart = false;
        if (sentAtMs < m_lastDecreaseAtMs)
            return; // sent at the rate already halved for
        m_lastDecreaseAtMs = m_clock->monotonicMs();
        m_lastLossRate = rate;
        setRate(std::max(FloorPerMinute, rate / 2), m_limiter.burst(), RateSource::Learnt);
    } else if (response.status >= 200 && response.status < 300 && ++m_successStreak >= SuccessesPerStep
               && rate < CeilingPerMinute) {
        // A tenth faster far below the rate that last drew a 429, a hundredth
        // near or above it: the limit is probed, not rammed, each time.
        const bool nearLoss = m_lastLossRate > 0 && rate >= m_lastLossRate * 9 / 10;
        const int step = m_slowStart ? rate : std::max(10, nearLoss ? rate / 100 : rate / 10);
        setRate(std::min(CeilingPerMinute, rate + step), m_limiter.burst(), RateSource::Learnt);
    }
}

bool ApiClient::retryLater(ApiReply *reply, std::optional<qint64> retryAfterMs)
{
    if (reply->m_attempts >= m_retry.maxAttempts)
        return false;
    const qint64 delay = m_retry.delayMs(reply->m_attempts, retryAfterMs, QRandomGenerator::global()->generateDouble());
    // Another try must have time to be answered before the call's deadline.
    if (m_clock->monotonicMs() + delay + MinimumAttemptMs > reply->m_deadlineAtMs) {
        reply->m_deadlineReached = true;
        return false;
    }
    qCInfo(lcApi).noquote() << reply->m_request.describe() << "retrying in" << delay << "ms (attempt"
                            << reply->m_attempts << "of" << m_retry.maxAttempts << ')';
    reply->m_notBeforeMs = m_clock->monotonicMs() + delay;
    m_queue.prepend(reply);
    return true;
}

void ApiClient::complete(ApiReply *reply, const ApiError &error)
{
    ApiError withAttempts = error;
    withAttempts.attempts = reply->m_attempts;
    if (reply->m_deadlineReached && error.isError())
        withAttempts.message += u' '
            + tr("Holdline gave up after %n attempt(s): no more fit in the %1 s it gives one call.", nullptr,
                 reply->m_attempts)
                  .arg(std::max(m_settings.deadlineMs, m_settings.timeoutMs) / 1000.0);
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCWarning(lcApi).noquote() << reply->m_request.describe() << "failed:" << ApiError::kindName(error.kind)
                                   << error.message;
    reply->finish(withAttempts);
}

void ApiClient::failWaitingForToken(const ApiError &error)
{
    const auto waiting = m_queue;
    for (ApiReply *reply : waiting) {
        if (reply && !reply->m_request.externalUrl.isValid() && reply->m_request.authenticated) {
            m_queue.removeAll(reply);
            complete(reply, error);
        }
    }
}

} // namespace holdline::api
