#include "sandbox/tokenstore.h"

#include <QRandomGenerator>

namespace holdline::sandbox {

namespace {
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i % std::max<qsizetype>(1, b.size())));
    return diff == 0;
}
} // namespace

void TokenStore::addClient(const SandboxClient &client)
{
    for (SandboxClient &existing : m_clients) {
        if (existing.id == client.id) {
            existing = client;
            return;
        }
    }
    m_clients.append(client);
}

const SandboxClient *TokenStore::authenticate(const QString &id, const QString &secret) const
{
    for (const SandboxClient &client : m_clients) {
        if (client.id == id)
            return constantTimeEquals(client.secret.toUtf8(), secret.toUtf8()) ? &client : nullptr;
    }
    return nullptr;
}

QByteArray TokenStore::issue(const QString &clientId, const QStringList &scopes, qint64 expiresAtMs, qint64 nowMs)
{
    if (m_tokens.size() > 10000)
        purgeExpired(nowMs);
    // Tokens are random, not derived from the seed: a token must not be guessable.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, {clientId, scopes, expiresAtMs});
    return token;
}

const TokenStore::Token *TokenStore::find(const QByteArray &token, qint64 nowMs) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expiresAtMs <= nowMs)
        return nullptr;
    return &*it;
}

QList<QByteArray> TokenStore::purgeExpired(qint64 nowMs)
{
    QList<QByteArray> gone;
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (it->expiresAtMs <= nowMs) {
            gone.append(it.key());
            it = m_tokens.erase(it);
        } else {
            ++it;
        }
    }
    return gone;
}

} // namespace holdline::sandbox
