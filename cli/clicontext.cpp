#include "cli/clicontext.h"

#include "common/commandline.h"
#include "credentials/credentialstore.h"
#include "deploy/deploymentengine.h"
#include "history/chainkeeper.h"
#include "history/historystore.h"
#include "sandbox/sandboxtenant.h"
#include "session/tenantsession.h"
#include "storage/databaselocation.h"
#include "storage/databasepassword.h"
#include "storage/databaseworker.h"

#include <QTimer>

namespace holdline::cli {

using namespace Qt::StringLiterals;

CliContext::CliContext(Invocation invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(std::move(invocation))
    , m_output(m_invocation.json)
{
}

CliContext::~CliContext()
{
    // The session's clients talk to the sandbox: they go first.
    m_session.reset();
    m_sandbox.reset();
    if (m_database)
        m_database->waitForIdle();
    delete m_history;
    m_database.reset();
}

history::HistoryStore *CliContext::history() const
{
    return m_session ? m_session->history() : m_history;
}

credentials::CredentialStore *CliContext::keychain()
{
    if (!m_keychain)
        m_keychain = new credentials::CredentialStore(this);
    return m_keychain;
}

void CliContext::withHistoryLocation(std::function<void(storage::DatabaseLocation)> use)
{
    QString error;
    auto location = storage::DatabaseLocation::parse(
        m_invocation.historyDb.isEmpty() ? TenantSession::defaultHistoryPath() : m_invocation.historyDb, &error);
    if (!location) { // checked by parseInvocation already
        QTimer::singleShot(0, this, [this, error] { fail(ExitUsage, u"--history-db: "_s + error); });
        return;
    }
    location->password = m_invocation.historyDbPassword;
    m_invocation.historyDbPassword.clear();
    storage::resolveDatabasePassword(*location, keychain(), this,
                                     [this, use = std::move(use)](storage::DatabaseLocation resolved, QString why) {
        if (!why.isEmpty()) {
            fail(ExitFailure, why);
            return;
        }
        use(std::move(resolved));
    });
}

void CliContext::openHistoryOnly()
{
    withHistoryLocation([this](const storage::DatabaseLocation &location) {
        m_database = std::make_unique<storage::DatabaseWorker>(location);
        m_history = new history::HistoryStore(m_database.get());
        const QString where = location.isPostgreSql() ? location.text()
                                                      : history::ChainKeeper::locationOfFile(location.path);
        m_history->setChainKeeper(new history::ChainKeeper(where, keychain(), m_history));
        connect(m_history, &history::HistoryStore::opened, this, &CliContext::ready);
        connect(m_history, &history::HistoryStore::openFailed, this, [this, where](const QString &reason) {
            fail(ExitFailure, tr("cannot open the history at %1: %2").arg(where, reason));
        });
        m_history->open();
    });
}

void CliContext::fail(int exitCode, const QString &message)
{
    m_output.error(message);
    Q_EMIT failed(exitCode);
}

void CliContext::start()
{
    const CommandInfo *info = findCommand(m_invocation.command);
    if ((info && !info->needsTenant) || m_invocation.isHistoryMigrate())
        openHistoryOnly();
    else if (m_invocation.sandbox)
        startSandbox();
    else {
        m_baseUrl = m_invocation.baseUrl;
        m_clientId = m_invocation.clientId;
        resolveSecret();
    }
}

void CliContext::startSandbox()
{
    sandbox::SandboxOptions options;
    options.seed = m_invocation.sandboxSeed;
    options.speed = m_invocation.sandboxSpeed;
    options.queueCount = m_invocation.sandboxQueues;
    options.simulatedStart = m_invocation.sandboxStart;
    m_sandbox = std::make_unique<sandbox::SandboxTenant>(options);
    connect(m_sandbox.get(), &sandbox::SandboxTenant::failed, this, [this](const QString &reason) {
        fail(ExitFailure, tr("the sandbox tenant did not start: %1").arg(reason));
    });
    connect(m_sandbox.get(), &sandbox::SandboxTenant::started, this, [this] {
        m_baseUrl = m_sandbox->baseUrl();
        m_clientId = m_sandbox->clientId();
        if (!m_output.isJson())
            m_output.note(tr("Sandbox tenant at %1 (seed %2, %3 queues, %4x speed).")
                              .arg(m_baseUrl.toString())
                              .arg(m_invocation.sandboxSeed)
                              .arg(m_invocation.sandboxQueues)
                              .arg(m_invocation.sandboxSpeed));
        openSession(m_sandbox->clientSecret());
    });
    if (!m_output.isJson() && Output::stderrIsTerminal())
        m_output.note(tr("Starting the sandbox tenant (simulating its recent history)..."));
    m_sandbox->start();
}

void CliContext::resolveSecret()
{
    const QString fromEnvironment = credentials::CredentialStore::secretFromEnvironment();
    if (!fromEnvironment.isEmpty()) {
        openSession(fromEnvironment);
        return;
    }
    auto *store = new credentials::CredentialStore(this);
    const QString key = credentials::CredentialStore::keyFor(m_baseUrl, m_clientId);
    credentials::CredentialJob *job = store->readSecret(key);
    connect(job, &credentials::CredentialJob::finished, this, [this, job, store] {
        job->deleteLater();
        store->deleteLater();
        switch (job->error()) {
        case credentials::CredentialJob::Error::None:
            openSession(job->secret());
            return;
        case credentials::CredentialJob::Error::NotFound:
            fail(ExitAuthentication, tr("no secret stored for client %1 at %2: run 'holdline-cli login --base-url "
                                        "%2 --client-id %1', or set CXONE_CLIENT_SECRET.")
                                         .arg(m_clientId, m_baseUrl.toString()));
            return;
        default:
            fail(ExitAuthentication, tr("the keychain could not give the secret (%1); set CXONE_CLIENT_SECRET instead.")
                                         .arg(job->errorString()));
            return;
        }
    });
}

void CliContext::openSession(const QString &secret)
{
    withHistoryLocation([this, secret](const storage::DatabaseLocation &location) { openSession(secret, location); });
}

void CliContext::openSession(const QString &secret, const storage::DatabaseLocation &history)
{
    SessionOptions options;
    options.connection = {m_baseUrl, m_clientId, secret};
    options.historyDatabasePath = history.isPostgreSql() ? history.text() : history.path;
    options.historyDatabasePassword = history.password;
    options.syncEndpoint = m_invocation.syncEndpoint;
    options.policies = m_invocation.policies;
    options.client.pinnedRatePerMinute = m_invocation.rateLimit;
    if (m_sandbox) {
        // The sandbox's own limits (SandboxOptions defaults).
        const sandbox::SandboxOptions defaults;
        options.limits = {defaults.maxPositionThreshold, defaults.maxHoldTimeSeconds};
    }
    m_session = std::make_unique<TenantSession>(options);
    connect(m_session.get(), &TenantSession::failed, this, [this](const QString &reason) {
        fail(ExitFailure, reason);
    });
    connect(m_session.get(), &TenantSession::ready, this, [this] {
        const CommandInfo *info = findCommand(m_invocation.command);
        if (info && info->writes)
            reconcile();
        else
            Q_EMIT ready();
    });
    m_session->open();
}

void CliContext::reconcile()
{
    deploy::DeploymentEngine *engine = m_session->engine();
    connect(engine, &deploy::DeploymentEngine::reconciled, this,
            [this](const QList<deploy::Reconciliation> &results) {
        for (const deploy::Reconciliation &r : results)
            m_output.note(r.pendingEntryId > 0
                              ? tr("Settled pending entry #%1 (%2) left by an interrupted run: %3. %4")
                                    .arg(r.pendingEntryId).arg(r.queueId, r.status, r.message)
                              : tr("Could not check for interrupted changes: %1").arg(r.message));
        Q_EMIT ready();
    }, Qt::SingleShotConnection);
    engine->reconcilePending();
}

void CliContext::flushHistory(std::function<void()> done)
{
    history::HistoryStore *store = history();
    if (!store || !store->isOpen()) {
        QTimer::singleShot(0, this, std::move(done));
        return;
    }
    store->flush(this, std::move(done));
}

} // namespace holdline::cli
