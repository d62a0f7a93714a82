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

    // This history, whatever a profile names (holdline --history-db, and
    // tests at temporary places); empty: the profile's.
    void setHistoryDatabasePath(const QString &path) { m_historyOverride = path; }
    // The same for a team's history: the URL without its password, and a
    // password the URL gave (in memory; it goes to the keychain when the
    // session opens).
    void setHistoryDatabase(const QString &location, const QString &password)
    {
        m_historyOverride = location;
        m_historyOverridePassword = password;
    }
    // The history of the session opened last: a file or a URL (no password).
    QString historyLocation() const { return m_historyPath; }
    void setSandboxOptions(const sandbox::SandboxOptions &options) { m_sandboxOptions = options; }

    // secret: typed by the user now (also stored in the keychain); empty:
    // from CXONE_CLIENT_SECRET or the keychain. historyPassword: the
    // password of the profile's team history, typed now (it goes to the
    // keychain); empty: from the keychain.
    void open(const ConnectionProfile &profile, const QString &secret = {}, const QString &historyPassword = {});
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
    QString m_historyOverride;
    QString m_historyOverridePassword;
    QString m_historyPath;     // the session's: the override, else the profile's
    QString m_historyPassword; // until it is in the keychain
    sandbox::SandboxOptions m_sandboxOptions;
    std::unique_ptr<sandbox::SandboxTenant> m_sandbox;
    QPointer<TenantSession> m_session;
    int m_generation = 0; // drops answers meant for an earlier open()
};

} // namespace holdline::ui
