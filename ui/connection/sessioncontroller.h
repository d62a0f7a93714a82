#pragma once

#include "sandbox/sandboxtenant.h"
#include "session/tenantsession.h"
#include "ui/connection/connectionprofiles.h"

#include <QObject>
#include <QPointer>

namespace holdline::credentials {
class CredentialStore;
}

namespace holdline::ui {

class AppSettings;

// Opens a TenantSession for a connection profile: starts the in-process
// sandbox tenant for the Sandbox profile, or reads the secret from the
// keychain for the others. Everything is asynchronous; one session at a time.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(AppSettings *settings, credentials::CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionController() override;

    // Tests point these at temporary places and a small tenant.
    void setHistoryDatabasePath(const QString &path) { m_historyPath = path; }
    // A team's history (holdline --history-db URL): the URL without its
    // password, and a password the URL gave (in memory; it goes to the
    // keychain when the session opens).
    void setHistoryDatabase(const QString &location, const QString &password)
    {
        m_historyPath = location;
        m_historyPassword = password;
    }
    void setSandboxOptions(const sandbox::SandboxOptions &options) { m_sandboxOptions = options; }

    // secret: typed by the user now (also stored in the keychain); empty:
    // from CXONE_CLIENT_SECRET or the keychain.
    void open(const ConnectionProfile &profile, const QString &secret = {});
    void close();

    TenantSession *session() const { return m_session; }
    const ConnectionProfile &profile() const { return m_profile; }
    sandbox::SandboxTenant *sandbox() const { return m_sandbox.get(); }
    // Simulated seconds per real second on the sandbox; 1 on a real tenant.
    double clockSpeed() const;

Q_SIGNALS:
    void opening(const QString &what);
    void sessionReady(holdline::TenantSession *session);
    void sessionClosed();
    void failed(const QString &reason);
    // The profile needs a secret typed by the user; reason says why.
    void secretNeeded(const holdline::ui::ConnectionProfile &profile, const QString &reason);

private:
    void startSandbox();
    void createSession(const QUrl &baseUrl, const QString &clientId, const QString &secret);
    void createSession(const QUrl &baseUrl, const QString &clientId, const QString &secret,
                       const QString &historyPassword);
    void loadSigningSecret();

    AppSettings *m_settings;
    credentials::CredentialStore *m_credentials;
    ConnectionProfile m_profile;
    QString m_historyPath;
    QString m_historyPassword;
    sandbox::SandboxOptions m_sandboxOptions;
    std::unique_ptr<sandbox::SandboxTenant> m_sandbox;
    QPointer<TenantSession> m_session;
    int m_generation = 0; // drops answers meant for an earlier open()
};

} // namespace holdline::ui
