#pragma once

#include "sandbox/sandboxtenant.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace holdline::sandbox {

// The OAuth side of the tenant: registered clients and the bearer tokens
// issued to them. Times are the tenant's real clock (ms since the epoch).
class TokenStore
{
public:
    struct Token
    {
        QString clientId;
        QStringList scopes;
        qint64 expiresAtMs = 0;
    };

    void addClient(const SandboxClient &client);
    const QList<SandboxClient> &clients() const { return m_clients; }
    // The client with this id and secret, or null (compared in constant time).
    const SandboxClient *authenticate(const QString &id, const QString &secret) const;

    QByteArray issue(const QString &clientId, const QStringList &scopes, qint64 expiresAtMs, qint64 nowMs);
    // The live token, or null when unknown or expired.
    const Token *find(const QByteArray &token, qint64 nowMs) const;
    // Expired tokens, to forget their rate-limit buckets as well.
    QList<QByteArray> purgeExpired(qint64 nowMs);

private:
    QList<SandboxClient> m_clients;
    QHash<QByteArray, Token> m_tokens;
};

} // namespace holdline::sandbox
