#include "cli/logincommand.h"

#include "common/commandline.h"
#include "credentials/credentialstore.h"

#include <QTextStream>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace holdline::cli {

using namespace Qt::StringLiterals;

QString LoginCommand::readSecret()
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved = {};
    if (terminal) {
        std::fputs("Client secret (not shown): ", stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // One line, read before the event loop has anything to do: a prompt is
    // the one place the CLI waits for a person.
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    return line.trimmed();
}

void LoginCommand::run()
{
    const QString secret = readSecret();
    if (secret.isEmpty()) {
        out().error(tr("no secret given on stdin; nothing was stored."));
        finish(ExitUsage);
        return;
    }
    auto *store = new credentials::CredentialStore(this);
    const QString key = credentials::CredentialStore::keyFor(invocation().baseUrl, invocation().clientId);
    credentials::CredentialJob *job = store->writeSecret(key, secret);
    connect(job, &credentials::CredentialJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() == credentials::CredentialJob::Error::None && !job->sessionOnly()) {
            if (out().isJson())
                out().json({{"stored"_L1, true}, {"clientId"_L1, invocation().clientId},
                            {"baseUrl"_L1, invocation().baseUrl.toString()}});
            else
                out().text(tr("Stored the secret of client %1 for %2 in the keychain.")
                               .arg(invocation().clientId, invocation().baseUrl.toString()));
            finish(ExitOk);
            return;
        }
        const bool unavailable = job->sessionOnly() || job->error() == credentials::CredentialJob::Error::Unavailable;
        if (out().isJson())
            out().json({{"stored"_L1, false}, {"keychainAvailable"_L1, !unavailable}, {"error"_L1, job->errorString()}});
        // (The store's own warning names the cause; its message would add
        // "kept for this session", which means nothing to a one-shot CLI.)
        out().error(unavailable ? tr("no keychain is available on this system, so the secret was NOT stored. "
                                     "Set CXONE_CLIENT_SECRET for each run instead.")
                                : tr("the keychain refused to store the secret: %1").arg(job->errorString()));
        finish(ExitFailure);
    });
}

} // namespace holdline::cli
