#include "ui/connection/connectiontester.h"

#include "api/apiclient.h"
#include "api/tokenmanager.h"

namespace holdline::ui {

using namespace Qt::StringLiterals;

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent) {}

QStringList ConnectionTester::requiredScopes()
{
    return {u"routing:queue:view"_s, u"routing:queue:update"_s, u"analytics:queue:view"_s};
}

void ConnectionTester::test(const QUrl &baseUrl, const QString &clientId, const QString &secret)
{
    delete m_client;
    m_client = new api::ApiClient(this);
    const QString refusal = m_client->setConnection({baseUrl, clientId, secret});
    if (!refusal.isEmpty()) {
        Q_EMIT finished(false, refusal);
        return;
    }
    if (clientId.isEmpty() || secret.isEmpty()) {
        Q_EMIT finished(false, tr("A client id and a secret are needed."));
        return;
    }
    api::TokenManager *tokens = m_client->tokens();
    connect(tokens, &api::TokenManager::tokenReady, this, [this, tokens] {
        const QStringList granted = tokens->scopes();
        QStringList missing;
        for (const QString &s : requiredScopes())
            if (!granted.contains(s))
                missing.append(s);
        QString report = tr("Connected. Granted scopes: %1.").arg(granted.join(u", "_s));
        if (!missing.isEmpty())
            report += u' ' + tr("Missing: %1 — Holdline cannot work without them; ask your CXone administrator "
                                "to grant them to this client.").arg(missing.join(u", "_s));
        Q_EMIT finished(missing.isEmpty(), report);
    });
    connect(tokens, &api::TokenManager::tokenFailed, this, [this](const api::ApiError &error) {
        Q_EMIT finished(false, tr("The tenant refused the connection: %1").arg(error.message));
    });
    tokens->ensureToken();
}

} // namespace holdline::ui
