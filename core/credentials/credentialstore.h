#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace holdline::credentials {

// The answer of one keychain operation.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,       // nothing stored under the key
        Unavailable,    // no keychain on this system
        Denied,         // the user or the system refused access
        TimedOut,       // the keychain did not answer (the watchdog fired)
        Other,
    };

    explicit CredentialJob(QObject *parent) : QObject(parent) {}

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    QString secret() const { return m_secret; }       // reads only
    bool sessionOnly() const { return m_sessionOnly; } // kept in memory, keychain unavailable

Q_SIGNALS:
    void finished();

private:
    friend class CredentialStore;
    void finish(Error error, const QString &errorString = {}, const QString &secret = {}, bool sessionOnly = false);

    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_secret;
    bool m_sessionOnly = false;
};

// A façade over QtKeychain for client secrets. Keys are scoped by base URL and
// client id; only key names ever go to settings. When the system has no
// keychain, a secret written is kept in memory for this session only (the
// job says so, so the user can be told) and never written anywhere.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr,
                             const QString &service = QStringLiteral("Holdline"));

    static QString keyFor(const QUrl &baseUrl, const QString &clientId);
    // For automation: CXONE_CLIENT_SECRET, else the systemd credential
    // "cxone-client-secret" ($CREDENTIALS_DIRECTORY, LoadCredential=: a
    // service's secret never sits in its environment or config); empty when neither.
    static QString secretFromEnvironment();
    static constexpr const char *systemdCredentialName = "cxone-client-secret";
    // A service has no keychain: systemd hands it the history's chain key
    // (the keychain item "history-chain:<id>", as a member's keychain holds
    // it) and the team database's password as the credentials named here.
    // When one is given (a non-empty file), a read of such an item is
    // answered from it, and writes to it (the anchor moving on) are kept for
    // the session; the keychain is not asked. Empty when no credential
    // stands for the key.
    static QString systemdCredentialFor(const QString &key);
    // True when systemd gave the credential that stands for key.
    static bool hasSystemdCredential(const QString &key);
    static constexpr const char *chainKeyCredentialName = "history-chain-key";
    static constexpr const char *historyPasswordCredentialName = "history-password";

    CredentialJob *readSecret(const QString &key);
    CredentialJob *writeSecret(const QString &key, const QString &secret);
    CredentialJob *deleteSecret(const QString &key);

    // False once the keychain has been found missing this session.
    bool keychainAvailable() const { return m_keychainAvailable; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; }

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

private:
    enum class Operation { Read, Write, Delete };
    CredentialJob *start(Operation operation, const QString &key, const QString &secret);
    void answerFromMemory(CredentialJob *job, Operation operation, const QString &key, const QString &secret,
                          const QString &given);

    QString m_service;
    int m_watchdogMs = 15'000;
    bool m_keychainAvailable = true;
    QHash<QString, QString> m_sessionSecrets;
};

} // namespace holdline::credentials
