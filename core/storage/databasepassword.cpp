#include "storage/databasepassword.h"

#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace holdline::storage {

using credentials::CredentialJob;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePassword)
};

} // namespace

void resolveDatabasePassword(DatabaseLocation location, credentials::CredentialStore *keychain, QObject *context,
                             std::function<void(DatabaseLocation, QString)> done)
{
    if (!location.isPostgreSql()) {
        QTimer::singleShot(0, context, [location, done = std::move(done)] { done(location, {}); });
        return;
    }
    const bool given = !location.password.isEmpty();
    CredentialJob *job = given ? keychain->writeSecret(location.passwordKey(), location.password)
                               : keychain->readSecret(location.passwordKey());
    QObject::connect(job, &CredentialJob::finished, context, [job, given, location, done = std::move(done)]() mutable {
        job->deleteLater();
        switch (job->error()) {
        case CredentialJob::Error::None:
            if (!given)
                location.password = job->secret();
            done(location, {});
            return;
        case CredentialJob::Error::NotFound:
            done(location, {}); // libpq's own ways: PGPASSFILE, peer, certificates
            return;
        case CredentialJob::Error::Unavailable:
            // No keychain: nothing is written anywhere else, so a password
            // given serves this run only; without one, libpq's own ways.
            done(location, {});
            return;
        case CredentialJob::Error::Denied:
        case CredentialJob::Error::TimedOut:
        case CredentialJob::Error::Other:
            if (given) {
                done(location, {}); // used now, not remembered; the next run asks again
                return;
            }
            done({}, Text::tr("the keychain could not give the history database's password: %1")
                         .arg(job->errorString()));
            return;
        }
    });
}

} // namespace holdline::storage
