#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace holdline {
class Clock;
}

namespace holdline::api {

class ApiClient;

// The OAuth client-credentials token of one connection: cached, refreshed 60 s
// before it expires, fetched once however many calls wait for it.
class TokenManager : public QObject
{
    Q_OBJECT
public:
    enum class State { None, Fetching, Valid, Failed };
    Q_ENUM(State)

    static constexpr qint64 RefreshMarginMs = 60'000;
    // A token's lifetime as a tenant states it is trusted within these bounds:
    // shorter is refused (it would be fetched for every call), longer is cut.
    static constexpr double MinLifetimeSeconds = 10;
    static constexpr double MaxLifetimeSeconds = 24 * 3600;

    struct Answer
    {
        QString token;
        qint64 lifetimeMs = 0;
        QStringList scopes;
    };
    // The token endpoint's answer, checked; nothing (and *error) when unusable.
    static std::optional<Answer> parseAnswer(const QJsonObject &object, ApiError *error);

    TokenManager(ApiClient *client, const Clock *clock);

    State state() const;
    bool hasUsableToken() const;     // valid for at least the refresh margin
    QString accessToken() const;     // never log it
    QStringList scopes() const;
    qint64 expiresInMs() const;
    const ApiError &lastError() const { return m_lastError; }

    // Starts a fetch unless one is under way; tokenReady() or tokenFailed() follow.
    void ensureToken();
    // The tenant refused this token: forget it (a newer one is kept).
    void invalidate(const QString &token);
    void reset();

Q_SIGNALS:
    void tokenReady();
    void tokenFailed(const holdline::api::ApiError &error);
    void stateChanged();

private:
    void onTokenReply();

    ApiClient *m_client;
    const Clock *m_clock;
    QString m_token;
    QStringList m_scopes;
    qint64 m_expiresAtMs = 0;
    qint64 m_refreshAtMs = 0;  // before expiry by the margin, or half the lifetime when that is shorter
    bool m_fetching = false;
    int m_generation = 0;
    ApiError m_lastError;
};

} // namespace holdline::api
