#include "credentials/credentialstore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace holdline::credentials {

using namespace Qt::StringLiterals;

void CredentialJob::finish(Error error, const QString &errorString, const QString &secret, bool sessionOnly)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    m_secret = secret;
    m_sessionOnly = sessionOnly;
    Q_EMIT finished();
}

namespace {
// The Secret Service is reached over the D-Bus session bus: without one (a
// system service, a bare ssh login) there is no keychain to ask, and
// libsecret would only answer "could not connect" as an unnamed error.
bool sessionBusReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(u"bus"_s));
#else
    return true;
#endif
}
} // namespace

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
    , m_keychainAvailable(sessionBusReachable())
{
}

QString CredentialStore::keyFor(const QUrl &baseUrl, const QString &clientId)
{
    QString base = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return u"client-secret:"_s + base + u'|' + clientId;
}

namespace {
constexpr qint64 SystemdItemMaxBytes = 64 * 1024; // a chain key's item is some 200 bytes

// A systemd credential ($CREDENTIALS_DIRECTORY, LoadCredential=); empty when
// none is given. Secrets are short: a file of any size is not read whole.
QString readSystemdCredential(const QString &name, qint64 maxBytes)
{
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (directory.isEmpty() || name.isEmpty())
        return {};
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.read(maxBytes);
    // The unit's default for an optional credential (SetCredential=ID:\x00):
    // systemd takes no empty value, and no secret holds a NUL byte.
    if (data.contains('\0'))
        return {};
    return QString::fromUtf8(data).trimmed();
}
} // namespace

QString CredentialStore::secretFromEnvironment()
{
    const QString variable = qEnvironmentVariable("CXONE_CLIENT_SECRET");
    if (!variable.isEmpty())
        return variable;
    return readSystemdCredential(QString::fromLatin1(systemdCredentialName), 4096);
}

QString CredentialStore::systemdCredentialFor(const QString &key)
{
    if (key.startsWith(u"history-chain:"_s))
        return QString::fromLatin1(chainKeyCredentialName);
    if (key.startsWith(u"history-db-password:"_s))
        return QString::fromLatin1(historyPasswordCredentialName);
    return {};
}

bool CredentialStore::hasSystemdCredential(const QString &key)
{
    return !readSystemdCredential(systemdCredentialFor(key), SystemdItemMaxBytes).isEmpty();
}

CredentialJob *CredentialStore::readSecret(const QString &key)
{
    return start(Operation::Read, key, {});
}

CredentialJob *CredentialStore::writeSecret(const QString &key, const QString &secret)
{
    return start(Operation::Write, key, secret);
}

CredentialJob *CredentialStore::deleteSecret(const QString &key)
{
    return start(Operation::Delete, key, {});
}

// This session's memory stands in for the keychain: over a systemd
// credential (given: what it holds), or when there is no keychain.
void CredentialStore::answerFromMemory(CredentialJob *job, Operation operation, const QString &key,
                                       const QString &secret, const QString &given)
{
    using E = CredentialJob::Error;
    switch (operation) {
    case Operation::Read:
        if (!given.isEmpty())
            job->finish(E::None, {}, m_sessionSecrets.value(key, given));
        else if (m_sessionSecrets.contains(key))
            job->finish(E::None, {}, m_sessionSecrets.value(key), true);
        else
            job->finish(E::NotFound, tr("No secret is stored for this connection."));
        break;
    case Operation::Write:
        m_sessionSecrets.insert(key, secret);
        if (!given.isEmpty())
            job->finish(E::None, {}, {}, true);
        else
            job->finish(E::Unavailable,
                        tr("No keychain is available on this system; the secret is kept for this session only."), {},
                        true);
        break;
    case Operation::Delete:
        m_sessionSecrets.remove(key);
        job->finish(E::None);
        break;
    }
}

CredentialJob *CredentialStore::start(Operation operation, const QString &key, const QString &secret)
{
    auto *job = new CredentialJob(this);

    // A service's item handed over by systemd: read from there (as this
    // session moved it, once it did), never from or into a keychain.
    if (const QString given = readSystemdCredential(systemdCredentialFor(key), SystemdItemMaxBytes); !given.isEmpty()) {
        QTimer::singleShot(0, job, [=, this] { answerFromMemory(job, operation, key, secret, given); });
        return job;
    }

    if (!m_keychainAvailable) {
        // Known to be missing: answer from (or into) this session's memory.
        QTimer::singleShot(0, job, [=, this] { answerFromMemory(job, operation, key, secret, {}); });
        return job;
    }

    // Keychain jobs have no parent: the backend (libsecret) calls back into a
    // running job, so one deleted with this store mid-flight would be used
    // after free. Each deletes itself when done (autoDelete); its answer
    // reaches `job` only while that is alive.
    QKeychain::Job *keychainJob = nullptr;
    switch (operation) {
    case Operation::Read:
        keychainJob = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(secret);
        keychainJob = write;
        break;
    }
    case Operation::Delete:
        keychainJob = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    keychainJob->setKey(key);
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false); // never a plaintext file

    // A keychain daemon that hangs must not hang the app.
    auto *watchdog = new QTimer(job);
    watchdog->setSingleShot(true);
    connect(watchdog, &QTimer::timeout, job, [job] {
        qCWarning(lcCredentials) << "the keychain did not answer in time";
        job->finish(CredentialJob::Error::TimedOut,
                    tr("The keychain did not answer. Is it locked, or waiting for a password prompt?"));
    });
    watchdog->start(m_watchdogMs);

    connect(keychainJob, &QKeychain::Job::finished, job, [this, job, operation, key, secret](QKeychain::Job *done) {
        using E = CredentialJob::Error;
        switch (done->error()) {
        case QKeychain::NoError:
            if (operation == Operation::Read)
                job->finish(E::None, {}, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
            else
                job->finish(E::None);
            return;
        case QKeychain::EntryNotFound:
            // Deleting what is not there is what the caller wanted.
            job->finish(operation == Operation::Delete ? E::None : E::NotFound,
                        operation == Operation::Delete ? QString() : tr("No secret is stored for this connection."));
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            job->finish(E::Denied, tr("Access to the keychain was denied: %1").arg(done->errorString()));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::OtherError:
            break;
        }
        // No usable keychain (none installed, no D-Bus session, no secret
        // service answering): libsecret reports most of these as OtherError.
        // A write then keeps the secret for this session only, and says so.
        if (operation == Operation::Write || done->error() == QKeychain::NoBackendAvailable
            || done->error() == QKeychain::NotImplemented) {
            m_keychainAvailable = false;
            const QString reason = tr("No usable keychain on this system (%1); "
                                      "the secret is kept for this session only.").arg(done->errorString());
            qCWarning(lcCredentials) << "keychain unusable:" << done->errorString();
            Q_EMIT keychainUnavailable(reason);
            if (operation == Operation::Write) {
                m_sessionSecrets.insert(key, secret);
                job->finish(E::Unavailable, reason, {}, true);
            } else {
                job->finish(E::Unavailable, reason);
            }
            return;
        }
        job->finish(E::Other, tr("The keychain failed: %1").arg(done->errorString()));
    });
    keychainJob->start();
    return job;
}

} // namespace holdline::credentials
