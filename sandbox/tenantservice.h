#pragma once

#include "sandbox/router.h"
#include "sandbox/sandboxtenant.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace holdline::sandbox {

class HttpTransport;
struct TenantState;

// The tenant on its own thread: binds the port, simulates the history, and
// runs every request through the same pipeline — route, faults, bearer
// token, rate limit, scope, handler — stamping X-Sandbox-Time on the answer.
class TenantService : public QObject
{
    Q_OBJECT
public:
    explicit TenantService(const SandboxOptions &options, QObject *parent = nullptr);
    ~TenantService() override;

    // On the tenant's thread. Emits ready() or startFailed().
    void start();
    TenantState &state() { return *m_state; }

    HttpResponse handle(const HttpRequest &request);

Q_SIGNALS:
    void ready(quint16 port, const QString &clientId, const QString &clientSecret);
    void startFailed(const QString &reason);

private:
    void addRoutes();
    HttpResponse dispatch(const HttpRequest &request);
    HttpResponse apiCall(const Router::Match &match, const HttpRequest &request);
    void addRateLimitHeaders(HttpResponse &response, const QByteArray &token) const;

    std::unique_ptr<TenantState> m_state;
    Router m_router;
    HttpTransport *m_transport = nullptr;
    QTimer m_catchUp;
};

} // namespace holdline::sandbox
