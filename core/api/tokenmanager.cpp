#include "api/tokenmanager.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/clock.h"
#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace holdline::api {

using namespace Qt::StringLiterals;

TokenManager::TokenManager(ApiClient *client, const Clock *clock)
    : QObject(client)
    , m_client(client)
    , m_clock(clock)
{
}

TokenManager::State TokenManager::state() const
{
    if (m_fetching)
        return State::Fetching;
    if (hasUsableToken())
        return State::Valid;
    return m_lastError.isError() ? State::Failed : State::None;
}

bool TokenManager::hasUsableToken() const
{
    return !m_token.isEmpty() && m_clock->monotonicMs() < m_refreshAtMs;
}

std::optional<TokenManager::Answer> TokenManager::parseAnswer(const QJsonObject &object, ApiError *error)
{
    Answer answer;
    answer.token = object.value("access_token"_L1).toString();
    const double expiresIn = object.value("expires_in"_L1).toDouble(-1);
    if (answer.token.isEmpty()) {
        *error = ApiError::protocol(tr("the token answer has no access_token."));
        return std::nullopt;
    }
    if (!(expiresIn >= MinLifetimeSeconds)) { // also NaN
        *error = ApiError::protocol(tr("the token answer's expires_in (%1) is not at least %2 s: a token that short "
                                       "would be fetched again for every call.")
                                        .arg(object.value("expires_in"_L1).toVariant().toString())
                                        .arg(MinLifetimeSeconds));
        return std::nullopt;
    }
    answer.lifetimeMs = qint64(std::min(expiresIn, MaxLifetimeSeconds) * 1000);
    answer.scopes = object.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    return answer;
}

QString TokenManager::accessToken() const { return m_token; }
QStringList TokenManager::scopes() const { return m_scopes; }

qint64 TokenManager::expiresInMs() const
{
    return m_token.isEmpty() ? 0 : std::max<qint64>(0, m_expiresAtMs - m_clock->monotonicMs());
}

void TokenManager::ensureToken()
{
    if (m_fetching)
        return;
    m_fetching = true;
    Q_EMIT stateChanged();

    const TenantConnection &connection = m_client->connection();
    ApiRequest request;
    request.method = "POST";
    request.path = u"/api/v2/oauth/token"_s;
    request.authenticated = false;
    request.body = QJsonDocument(QJsonObject{
                                     {"grant_type"_L1, "client_credentials"_L1},
                                     {"client_id"_L1, connection.clientId},
                                     {"client_secret"_L1, connection.clientSecret},
                                 })
                       .toJson(QJsonDocument::Compact);
    qCDebug(lcApiAuth) << "requesting a token for client" << connection.clientId;
    ApiReply *reply = m_client->send(request);
    reply->setProperty("generation", m_generation);
    connect(reply, &ApiJob::finished, this, &TokenManager::onTokenReply);
}

void TokenManager::onTokenReply()
{
    auto *reply = qobject_cast<ApiReply *>(sender());
    reply->deleteLater();
    if (reply->property("generation").toInt() != m_generation)
        return; // fetched for credentials since replaced
    m_fetching = false;

    ApiError error = reply->error();
    QJsonObject object;
    if (!error.isError())
        object = reply->jsonObject(&error);
    if (!error.isError()) {
        if (const auto answer = parseAnswer(object, &error)) {
            const qint64 now = m_clock->monotonicMs();
            m_token = answer->token;
            m_expiresAtMs = now + answer->lifetimeMs;
            m_refreshAtMs = m_expiresAtMs - std::min(RefreshMarginMs, answer->lifetimeMs / 2);
            m_scopes = answer->scopes;
            m_lastError = {};
            qCInfo(lcApiAuth) << "token obtained, expires in" << answer->lifetimeMs / 1000 << "s, scopes" << m_scopes;
            Q_EMIT stateChanged();
            Q_EMIT tokenReady();
            return;
        }
    }
    m_token.clear();
    m_lastError = error;
    qCWarning(lcApiAuth) << "token request failed:" << error.message;
    Q_EMIT stateChanged();
    Q_EMIT tokenFailed(error);
}

void TokenManager::invalidate(const QString &token)
{
    if (token == m_token) {
        m_token.clear();
        m_expiresAtMs = 0;
        m_refreshAtMs = 0;
        Q_EMIT stateChanged();
    }
}

void TokenManager::reset()
{
    ++m_generation;
    m_fetching = false;
    m_token.clear();
    m_scopes.clear();
    m_expiresAtMs = 0;
    m_refreshAtMs = 0;
    m_lastError = {};
    Q_EMIT stateChanged();
}

} // namespace holdline::api
