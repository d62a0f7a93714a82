#pragma once
// A tenant that lies, over real HTTP on loopback: it hands out tokens like
// any tenant, and answers every other call with what the test scripts. Every
// request is recorded, so a test can say what was (not) sent.

#include "sandbox/httptransport.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace holdline::testing {

class HostileTenant
{
public:
    using Script = std::function<sandbox::HttpResponse(const sandbox::HttpRequest &)>;

    explicit HostileTenant(Script script)
        : m_script(std::move(script))
        , m_transport([this](const sandbox::HttpRequest &request) { return answer(request); })
    {
        m_error = m_transport.listenOn(QHostAddress::LocalHost, 0);
    }

    // What the token endpoint's answer says instead of a sane lifetime.
    void setTokenExpiresIn(const QJsonValue &expiresIn) { m_expiresIn = expiresIn; }
    int tokenRequests() const { return m_tokenRequests; }

    bool isListening() const { return m_error.isEmpty(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_transport.port())); }
    const QList<sandbox::HttpRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &pathPrefix) const
    {
        int n = 0;
        for (const sandbox::HttpRequest &r : m_requests)
            n += r.method == method && r.path.startsWith(pathPrefix);
        return n;
    }

private:
    sandbox::HttpResponse answer(const sandbox::HttpRequest &request)
    {
        if (request.path == QStringLiteral("/api/v2/oauth/token")) {
            ++m_tokenRequests;
            return sandbox::HttpResponse::json(
                200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("hostile-token")},
                                 {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("expires_in"), m_expiresIn},
                                 {QStringLiteral("scope"),
                                  QStringLiteral("routing:queue:view routing:queue:update analytics:queue:view")}});
        }
        m_requests.append(request);
        return m_script(request);
    }

    Script m_script;
    sandbox::HttpTransport m_transport;
    QString m_error;
    QList<sandbox::HttpRequest> m_requests;
    QJsonValue m_expiresIn = 3600;
    int m_tokenRequests = 0;
};

} // namespace holdline::testing
