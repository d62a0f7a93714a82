#include "ui/connection/sessioncontroller.h"

#include "credentials/credentialstore.h"
#include "session/tenantsession.h"
#include "storage/databaselocation.h"
#include "storage/databasepassword.h"
#include "sync/syncoutbox.h"
#include "ui/settings/appsettings.h"

namespace holdline::ui {

using namespace Qt::StringLiterals;
using credentials::CredentialJob;
using credentials::CredentialStore;

SessionController::SessionController(AppSettings *settings, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
{
    m_sandboxOptions.queueCount = 40;
    m_sandboxOptions.historyDays = 7;
}

SessionController::~SessionController()
{
    delete m_session; // before the tenant it talks to
}

double SessionController::clockSpeed() const
{
    return m_profile.sandbox ? m_sandboxOptions.speed : 1.0;
}

void SessionController::close()
{
    ++m_generation;
    if (m_session) {
        delete m_session;
        Q_EMIT sessionClosed();
    }
}

void SessionController::open(const ConnectionProfile &profile, const QString &secret,
                             const QString &historyPassword)
{
    close();
    m_profile = profile;
    const bool overridden = !m_historyOverride.isEmpty();
    m_historyPath = overridden ? m_historyOverride : profile.history;
    m_historyPassword = overridden ? std::exchange(m_historyOverridePassword, {}) : historyPassword;
    if (profile.sandbox) {
        startSandbox();
        return;
    }
    const QString key = CredentialStore::keyFor(profile.baseUrl, profile.clientId);
    if (!secret.isEmpty()) {
        // Stored for next time; the session does not wait for the keychain.
        CredentialJob *job = m_credentials->writeSecret(key, secret);
        connect(job, &CredentialJob::finished, job, &QObject::deleteLater);
        createSession(profile.baseUrl, profile.clientId, secret);
        return;
    }
    if (const QString fromEnv = CredentialStore::secretFromEnvironment(); !fromEnv.isEmpty()) {
        createSession(profile.baseUrl, profile.clientId, fromEnv);
        return;
    }
    Q_EMIT opening(tr("Reading the secret of “%1” from the keychain…").arg(profile.name));
    const int generation = m_generation;
    CredentialJob *job = m_credentials->readSecret(key);
    connect(job, &CredentialJob::finished, this, [this, job, generation, profile] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (job->error() == CredentialJob::Error::None && !job->secret().isEmpty()) {
            createSession(profile.baseUrl, profile.clientId, job->secret());
        } else if (job->error() == CredentialJob::Error::Unavailable) {
            Q_EMIT secretNeeded(profile, tr("No keychain is available on this system, so the secret cannot be "
                                            "stored. Type it to connect; it is kept for this session only."));
        } else if (job->error() == CredentialJob::Error::NotFound) {
            Q_EMIT secretNeeded(profile, tr("No secret is stored for client “%1” yet.").arg(profile.clientId));
        } else {
            Q_EMIT secretNeeded(profile, tr("The keychain could not be read: %1").arg(job->errorString()));
        }
    });
}

void SessionController::startSandbox()
{
    if (m_sandbox && m_sandbox->isRunning()) {
        createSession(m_sandbox->baseUrl(), m_sandbox->clientId(), m_sandbox->clientSecret());
        return;
    }
    Q_EMIT opening(tr("Starting the sandbox tenant (simulating %n day(s) of traffic)…", nullptr,
                      m_sandboxOptions.historyDays));
    if (!m_sandbox) {
        m_sandbox = std::make_unique<sandbox::SandboxTenant>(m_sandboxOptions);
        connect(m_sandbox.get(), &sandbox::SandboxTenant::started, this, [this] {
            if (m_profile.sandbox)
                createSession(m_sandbox->baseUrl(), m_sandbox->clientId(), m_sandbox->clientSecret());
        });
        connect(m_sandbox.get(), &sandbox::SandboxTenant::failed, this, [this](const QString &reason) {
            Q_EMIT failed(tr("The sandbox tenant did not start: %1").arg(reason));
            m_sandbox.reset();
        });
    }
    m_sandbox->start();
}

void SessionController::createSession(const QUrl &baseUrl, const QString &clientId, const QString &secret)
{
    QString error;
    const auto location = storage::DatabaseLocation::parse(m_historyPath, &error);
    if (!location || !location->isPostgreSql()) {
        createSession(baseUrl, clientId, secret, {}); // a file (or the default one): nothing to look up
        return;
    }
    // A team's history: its password from the URL (kept in the keychain
    // from now on) or from the keychain, before the session connects.
    storage::DatabaseLocation withPassword = *location;
    withPassword.password = std::exchange(m_historyPassword, {});
    const int generation = m_generation;
    storage::resolveDatabasePassword(withPassword, m_credentials, this,
                                     [this, generation, baseUrl, clientId, secret](storage::DatabaseLocation resolved,
                                                                                   QString why) {
        if (generation != m_generation)
            return;
        if (!why.isEmpty()) {
            Q_EMIT failed(why);
            return;
        }
        createSession(baseUrl, clientId, secret, resolved.password);
    });
}

void SessionController::createSession(const QUrl &baseUrl, const QString &clientId, const QString &secret,
                                      const QString &historyPassword)
{
    SessionOptions options;
    options.connection = {baseUrl, clientId, secret};
    options.historyDatabasePath = m_historyPath;
    options.historyDatabasePassword = historyPassword;
    options.policies = m_settings->policies();
    options.syncEndpoint = m_settings->syncEndpoint();
    options.client.pinnedRatePerMinute = m_profile.pinnedRatePerMinute;
    if (m_profile.sandbox)
        options.limits = {m_sandboxOptions.maxPositionThreshold, m_sandboxOptions.maxHoldTimeSeconds};
    auto *session = new TenantSession(options, this);
    m_session = session;
    const int generation = m_generation;
    connect(session, &TenantSession::ready, this, [this, session, generation] {
        if (generation != m_generation)
            return;
        loadSigningSecret();
        Q_EMIT sessionReady(session);
    });
    connect(session, &TenantSession::failed, this, [this, session, generation](const QString &reason) {
        if (generation != m_generation)
            return;
        Q_EMIT failed(reason);
        session->deleteLater();
    });
    Q_EMIT opening(tr("Opening the history and the sync outbox…"));
    session->open();
}

void SessionController::loadSigningSecret()
{
    const QUrl endpoint = m_settings->syncEndpoint();
    if (endpoint.isEmpty() || !m_session)
        return;
    CredentialJob *job = m_credentials->readSecret(AppSettings::signingSecretKey(endpoint));
    connect(job, &CredentialJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_session && job->error() == CredentialJob::Error::None)
            m_session->outbox()->setSigningSecret(job->secret().toUtf8());
    });
}

} // namespace holdline::ui
