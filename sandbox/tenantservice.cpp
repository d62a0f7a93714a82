#include "sandbox/tenantservice.h"

#include "sandbox/adminendpoints.h"
#include "sandbox/analyticsendpoint.h"
#include "sandbox/httptransport.h"
#include "sandbox/oauthendpoint.h"
#include "sandbox/routingendpoints.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/tenantstate.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {
const QString ViewQueues = u"routing:queue:view"_s;
const QString UpdateQueues = u"routing:queue:update"_s;
const QString ViewAnalytics = u"analytics:queue:view"_s;

HttpResponse tooManyRequests(int retryAfterSeconds)
{
    HttpResponse r = HttpResponse::error(429, u"too.many.requests.retry.after"_s,
                                         u"Rate limit exceeded; retry after %1 s."_s.arg(retryAfterSeconds));
    r.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

HttpResponse unauthorized(const QString &message)
{
    HttpResponse r = HttpResponse::error(401, u"bad.credentials"_s, message);
    r.addHeader("WWW-Authenticate", "Bearer realm=\"holdline-sandbox\", error=\"invalid_token\"");
    return r;
}
} // namespace

QStringList allSandboxScopes()
{
    return {ViewQueues, UpdateQueues, ViewAnalytics};
}

TenantService::TenantService(const SandboxOptions &options, QObject *parent)
    : QObject(parent), m_state(std::make_unique<TenantState>(options)), m_catchUp(this)
{
    addRoutes();
}

TenantService::~TenantService() = default;

void TenantService::addRoutes()
{
    using A = RouteAccess;
    auto &r = m_router;
    TenantState *t = m_state.get();
    r.add("POST", u"/api/v2/oauth/token"_s, A::Public, {},
          [t](const HttpRequest &q, const QStringList &, const QString &) { return issueToken(*t, q); });
    r.add("GET", u"/api/v2/routing/queues"_s, A::Bearer, ViewQueues,
          [t](const HttpRequest &q, const QStringList &, const QString &) { return listQueues(*t, q); });
    r.add("GET", u"/api/v2/routing/queues/*"_s, A::Bearer, ViewQueues,
          [t](const HttpRequest &, const QStringList &c, const QString &) { return getQueue(*t, c.at(0)); });
    r.add("PUT", u"/api/v2/routing/queues/*"_s, A::Bearer, UpdateQueues,
          [t](const HttpRequest &q, const QStringList &c, const QString &client) { return putQueue(*t, q, c.at(0), client); });
    r.add("POST", u"/api/v2/analytics/queues/summary/query"_s, A::Bearer, ViewAnalytics,
          [t](const HttpRequest &q, const QStringList &, const QString &) { return queryAnalytics(*t, q); });

    r.add("GET", u"/sandbox/faults"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return getFaults(*t); });
    r.add("PUT", u"/sandbox/faults"_s, A::Admin, {}, [t](const HttpRequest &q, auto &, auto &) { return setFaults(*t, q, false); });
    r.add("POST", u"/sandbox/faults"_s, A::Admin, {}, [t](const HttpRequest &q, auto &, auto &) { return setFaults(*t, q, true); });
    r.add("DELETE", u"/sandbox/faults"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return resetFaults(*t); });
    r.add("GET", u"/sandbox/clock"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return getClock(*t); });
    r.add("POST", u"/sandbox/clock"_s, A::Admin, {}, [t](const HttpRequest &q, auto &, auto &) { return advanceClock(*t, q); });
    r.add("POST", u"/sandbox/webhook"_s, A::Admin, {}, [t](const HttpRequest &q, auto &, auto &) { return receiveWebhook(*t, q); });
    r.add("GET", u"/sandbox/webhook"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return listWebhooks(*t); });
    r.add("DELETE", u"/sandbox/webhook"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return clearWebhooks(*t); });
    r.add("GET", u"/sandbox/stats"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return getStats(*t); });
    r.add("DELETE", u"/sandbox/stats"_s, A::Admin, {}, [t](auto &, auto &, auto &) { return clearStats(*t); });
}

void TenantService::start()
{
    const QHostAddress address(m_state->options.address);
    if (address.isNull() || !address.isLoopback()) {
        Q_EMIT startFailed(u"refusing to listen on \"%1\": the sandbox tenant listens on loopback only "
                           "(127.0.0.1 or ::1)"_s.arg(m_state->options.address));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_state->seed();
    qCInfo(lcSandbox) << m_state->queues.size() << "queues," << m_state->options.historyDays
                      << "days of history simulated in" << timer.elapsed() << "ms";

    m_transport = new HttpTransport([this](const HttpRequest &request) { return handle(request); }, this);
    if (const QString error = m_transport->listenOn(address, m_state->options.port); !error.isEmpty()) {
        Q_EMIT startFailed(error);
        return;
    }
    // Keeps the simulations near the clock so no request pays for a long catch-up.
    m_catchUp.setInterval(1000);
    connect(&m_catchUp, &QTimer::timeout, this, [this] { m_state->catchUp(); });
    m_catchUp.start();

    const SandboxClient &client = m_state->tokens.clients().constFirst();
    qCInfo(lcSandbox).noquote() << "listening on" << address.toString() << "port" << m_transport->port();
    Q_EMIT ready(m_transport->port(), client.id, client.secret);
}

HttpResponse TenantService::handle(const HttpRequest &request)
{
    HttpResponse response = dispatch(request);
    response.addHeader("X-Sandbox-Time", m_state->clock.simulatedNowHeader());
    return response;
}

HttpResponse TenantService::dispatch(const HttpRequest &request)
{
    const Router::Match match = m_router.match(request.method, request.path);
    if (!match.route) {
        if (match.status == 405) {
            HttpResponse r = HttpResponse::error(405, u"method.not.allowed"_s,
                                                 u"%1 is not allowed here."_s.arg(QString::fromLatin1(request.method)));
            r.addHeader("Allow", match.allowed.join(", "));
            return r;
        }
        return HttpResponse::error(404, u"not.found"_s, u"No such resource."_s);
    }
    if (match.route->access == RouteAccess::Admin) {
        if (!request.fromLoopback)
            return HttpResponse::error(403, u"forbidden"_s, u"The sandbox controls answer loopback callers only."_s);
        return match.route->handler(request, match.captures, {});
    }
    return apiCall(match, request);
}

void TenantService::addRateLimitHeaders(HttpResponse &r, const QByteArray &token) const
{
    const TenantState &t = *m_state;
    if (!t.limiter.isEnabled() || t.options.rateLimitHeaders == SandboxOptions::RateLimitHeaders::None
        || r.delivery != HttpResponse::Delivery::Normal)
        return;
    const RateLimiter::State state = t.limiter.state(token, t.clock.realNowMs());
    const QByteArray limit = QByteArray::number(t.limiter.perMinute());
    if (t.options.rateLimitHeaders == SandboxOptions::RateLimitHeaders::XRateLimit) {
        r.addHeader("X-RateLimit-Limit", limit);
        r.addHeader("X-RateLimit-Remaining", QByteArray::number(state.remaining));
        r.addHeader("X-RateLimit-Reset", QByteArray::number(state.resetSeconds));
        return;
    }
    r.addHeader("RateLimit-Policy", limit + ";w=60;burst=" + QByteArray::number(t.limiter.burst()));
    r.addHeader("RateLimit-Limit", limit);
    r.addHeader("RateLimit-Remaining", QByteArray::number(state.remaining));
    r.addHeader("RateLimit-Reset", QByteArray::number(state.resetSeconds));
}

HttpResponse TenantService::apiCall(const Router::Match &match, const HttpRequest &request)
{
    TenantState &t = *m_state;
    const int delay = t.faults.latencyMs();
    // A scripted step for this queue replaces every drawn fault of the call.
    static constexpr QLatin1StringView QueuePath{"/api/v2/routing/queues/"};
    const QString queueId = request.path.startsWith(QueuePath) && !request.path.mid(QueuePath.size()).contains(u'/')
        ? QUrl::fromPercentEncoding(request.path.mid(QueuePath.size()).toUtf8())
        : QString();
    const std::optional<ScriptStep> step = queueId.isEmpty() ? std::nullopt : t.faults.takeScriptStep(queueId);
    FaultInjector::Failure failure = FaultInjector::Failure::None;
    if (!step)
        failure = t.faults.failure();
    else if (*step == ScriptStep::TooManyRequests)
        failure = FaultInjector::Failure::TooManyRequests;
    else if (*step == ScriptStep::InternalError)
        failure = FaultInjector::Failure::InternalError;
    else if (*step == ScriptStep::Unavailable)
        failure = FaultInjector::Failure::Unavailable;
    HttpResponse r;
    TrafficStats::Refusal refusal = TrafficStats::Refusal::None;
    switch (failure) {
    case FaultInjector::Failure::TooManyRequests:
        r = tooManyRequests(1);
        refusal = TrafficStats::Refusal::Injected429;
        break;
    case FaultInjector::Failure::InternalError:
        r = HttpResponse::error(500, u"internal.server.error"_s, u"Injected failure."_s);
        break;
    case FaultInjector::Failure::Unavailable:
        r = HttpResponse::error(503, u"service.unavailable"_s, u"Injected failure."_s);
        break;
    case FaultInjector::Failure::None:
        if (step == ScriptStep::DropBeforeWrite) {
            r = HttpResponse::dropped();
            break;
        }
        if (match.route->access == RouteAccess::Public) {
            r = match.route->handler(request, match.captures, {});
            break;
        }
        const QByteArray authorization = request.header("authorization");
        if (authorization.left(7).compare("bearer ", Qt::CaseInsensitive) != 0) {
            r = unauthorized(u"A bearer token is required."_s);
            break;
        }
        const QByteArray token = authorization.mid(7).trimmed();
        const TokenStore::Token *info = t.tokens.find(token, t.clock.realNowMs());
        if (!info) {
            r = unauthorized(u"The token is unknown or has expired."_s);
            break;
        }
        const int retryAfter = t.limiter.acquire(token, t.clock.realNowMs());
        // The limit as stated on every answer from here on, 429s included.
        const auto stateLimit = qScopeGuard([&] { addRateLimitHeaders(r, token); });
        if (retryAfter > 0) {
            r = tooManyRequests(retryAfter);
            refusal = TrafficStats::Refusal::RateLimited;
            break;
        }
        if (!info->scopes.contains(match.route->scope)) {
            r = HttpResponse::json(403, QJsonObject{{u"code"_s, u"missing.scope"_s},
                                                    {u"message"_s, u"This call needs the scope %1."_s.arg(match.route->scope)},
                                                    {u"scope"_s, match.route->scope}});
            break;
        }
        r = match.route->handler(request, match.captures, info->clientId);
        break;
    }
    if (step == ScriptStep::DropAfterWrite && r.isSuccess())
        r = HttpResponse::dropped(); // applied (a PUT), then the connection is lost
    if (r.isSuccess() && r.delivery == HttpResponse::Delivery::Normal
        && (step ? *step == ScriptStep::Malformed : t.faults.malformJson()))
        r.body = FaultInjector::corrupt(r.body);
    r.delayMs = delay;
    t.stats.record(QString::fromLatin1(match.route->method) + u' ' + match.route->segments.join(u'/'), r.status,
                   refusal, t.clock.realNowMs());
    return r;
}

} // namespace holdline::sandbox
