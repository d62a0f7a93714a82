#include "sandbox/oauthendpoint.h"

#include "sandbox/sandboxlogging.h"
#include "sandbox/tenantstate.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = HttpResponse::json(status, QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    r.addHeader("Cache-Control", "no-store");
    return r;
}

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QString formDecode(QByteArray value)
{
    value.replace('+', ' ');
    return QUrl::fromPercentEncoding(value);
}

struct TokenRequest
{
    QString grantType, clientId, clientSecret, scope;
    bool hasScope = false;
};

std::optional<TokenRequest> readBody(const HttpRequest &request)
{
    TokenRequest t;
    const QByteArray contentType = request.header("content-type").toLower();
    const QByteArray body = request.body.trimmed();
    const bool looksJson = contentType.contains("json") || (!contentType.contains("form") && body.startsWith('{'));
    if (looksJson) {
        QString error;
        const auto json = parseJsonObject(body, &error);
        if (!json)
            return std::nullopt;
        t.grantType = json->value(u"grant_type"_s).toString();
        t.clientId = json->value(u"client_id"_s).toString();
        t.clientSecret = json->value(u"client_secret"_s).toString();
        t.hasScope = json->contains(u"scope"_s);
        t.scope = json->value(u"scope"_s).toString();
        return t;
    }
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        const QString key = formDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
        if (key == u"grant_type"_s)
            t.grantType = value;
        else if (key == u"client_id"_s)
            t.clientId = value;
        else if (key == u"client_secret"_s)
            t.clientSecret = value;
        else if (key == u"scope"_s)
            t.scope = value, t.hasScope = true;
    }
    return t;
}

} // namespace

HttpResponse issueToken(TenantState &tenant, const HttpRequest &request)
{
    auto body = readBody(request);
    if (!body)
        return oauthError(400, u"invalid_request"_s, u"The body is neither JSON nor form-encoded."_s);
    if (body->grantType != u"client_credentials"_s)
        return oauthError(400, u"unsupported_grant_type"_s, u"Only grant_type=client_credentials is supported."_s);

    // HTTP Basic: base64(urlencode(id) ":" urlencode(secret)), RFC 6749 §2.3.1.
    const QByteArray authorization = request.header("authorization");
    bool usedBasic = false;
    if (authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return oauthError(401, u"invalid_client"_s, u"Malformed Basic credentials."_s);
        const QString id = formDecode(decoded.left(colon));
        const QString secret = formDecode(decoded.mid(colon + 1));
        if ((!body->clientId.isEmpty() && body->clientId != id)
            || (!body->clientSecret.isEmpty() && body->clientSecret != secret)) {
            return oauthError(400, u"invalid_request"_s, u"Credentials differ between the body and Basic."_s);
        }
        body->clientId = id;
        body->clientSecret = secret;
        usedBasic = true;
    }

    const SandboxClient *client = tenant.tokens.authenticate(body->clientId, body->clientSecret);
    if (!client) {
        qCInfo(lcSandbox) << "token refused for client id" << body->clientId;
        HttpResponse r = oauthError(401, u"invalid_client"_s, u"Unknown client or wrong secret."_s);
        if (usedBasic)
            r.addHeader("WWW-Authenticate", "Basic realm=\"holdline-sandbox\"");
        return r;
    }

    QStringList scopes = client->scopes;
    if (body->hasScope && !body->scope.trimmed().isEmpty()) {
        scopes = body->scope.split(u' ', Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(scopes)) {
            if (!client->scopes.contains(s))
                return oauthError(400, u"invalid_scope"_s, u"This client is not granted %1."_s.arg(s));
        }
    }

    const qint64 now = tenant.clock.realNowMs();
    const int advertised = tenant.options.tokenTtlSeconds;
    const int lifetime = tenant.faults.faults().tokenLifetimeSeconds > 0
                             ? std::min(advertised, tenant.faults.faults().tokenLifetimeSeconds)
                             : advertised;
    const QByteArray token = tenant.tokens.issue(client->id, scopes, now + qint64(lifetime) * 1000, now);
    HttpResponse r = HttpResponse::json(200, QJsonObject{
                                                 {u"access_token"_s, QString::fromLatin1(token)},
                                                 {u"token_type"_s, u"Bearer"_s},
                                                 {u"expires_in"_s, advertised},
                                                 {u"scope"_s, scopes.join(u' ')},
                                             });
    r.addHeader("Cache-Control", "no-store");
    return r;
}

} // namespace holdline::sandbox
