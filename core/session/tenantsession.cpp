#include "session/tenantsession.h"

#include "api/analyticsclient.h"
#include "api/apiclient.h"
#include "api/routingclient.h"
#include "credentials/credentialstore.h"
#include "deploy/degradationguard.h"
#include "deploy/deploymentengine.h"
#include "history/chainkeeper.h"
#include "history/historystore.h"
#include "session/queueadvisor.h"
#include "storage/databaselocation.h"
#include "storage/databaseworker.h"
#include "sync/syncoutbox.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace holdline {

using namespace Qt::StringLiterals;

namespace {

TenantApis contractApis(api::ApiClient *client)
{
    return {new api::RoutingClient(client), new api::AnalyticsClient(client)};
}

} // namespace

TenantSession::TenantSession(const SessionOptions &options, QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_registry(PolicyRegistry::withBuiltInPacks())
    , m_validator(m_registry, options.policies, options.limits)
{
    if (!m_options.userPolicyDirectory.isEmpty())
        m_registry.loadDirectory(m_options.userPolicyDirectory);
    if (m_options.historyDatabasePath.isEmpty())
        m_options.historyDatabasePath = defaultHistoryPath();
    if (m_options.osUser.isEmpty())
        m_options.osUser = deploy::ActorContext::currentOsUser();

    auto location = storage::DatabaseLocation::parse(m_options.historyDatabasePath, &m_locationError);
    if (location) {
        location->password = m_options.historyDatabasePassword;
        m_locationError = location->refusal();
    }
    if (!location || !m_locationError.isEmpty())
        location = storage::DatabaseLocation::sqliteFile(u":memory:"_s); // a stand-in: open() fails first
    m_options.historyDatabasePassword.clear();
    m_database = std::make_unique<storage::DatabaseWorker>(*location);
    // The sync outbox is this machine's work (its signing secret is in this
    // process's memory only): on a team's history it stays in the local file.
    storage::DatabaseWorker *outboxDatabase = m_database.get();
    if (location->isPostgreSql()) {
        m_localDatabase = std::make_unique<storage::DatabaseWorker>(defaultHistoryPath());
        outboxDatabase = m_localDatabase.get();
    }
    m_client = new api::ApiClient(this, clock);
    m_client->setSettings(m_options.client);
    const TenantApis apis = m_options.dialect ? m_options.dialect(m_client) : contractApis(m_client);
    Q_ASSERT(apis.routing && apis.analytics);
    m_routing = apis.routing;
    m_analytics = apis.analytics;
    m_routing->setParent(this);
    m_analytics->setParent(this);
    m_history = new history::HistoryStore(m_database.get(), this);
    m_keychain = new credentials::CredentialStore(this);
    m_chainKeeper = new history::ChainKeeper(location->isPostgreSql()
                                                 ? location->text()
                                                 : history::ChainKeeper::locationOfFile(location->path),
                                             m_keychain, this);
    m_history->setChainKeeper(m_chainKeeper);
    m_advisor = new QueueAdvisor(m_history, tenantKey(), this);
    m_outbox = new sync::SyncOutbox(m_client, outboxDatabase, this, clock);
    m_outbox->setSigningSecret(m_options.syncSigningSecret);

    deploy::DeployServices services;
    services.routing = m_routing;
    services.client = m_client;
    services.history = m_history;
    services.outbox = m_outbox;
    services.validator = &m_validator;
    services.actor = {m_options.osUser, m_options.connection.clientId, tenantKey(),
                      m_options.syncEndpoint};
    services.clock = clock;
    m_engine = new deploy::DeploymentEngine(services, this);
    m_guard = new deploy::DegradationGuard(m_engine, m_analytics, [this] { return tenantNow(); }, {}, this);

    connect(m_history, &history::HistoryStore::opened, this, &TenantSession::onStoreOpened);
    connect(m_outbox, &sync::SyncOutbox::opened, this, &TenantSession::onStoreOpened);
    const auto fail = [this](const QString &reason) {
        if (m_failed)
            return;
        m_failed = true;
        Q_EMIT failed(reason);
    };
    connect(m_history, &history::HistoryStore::openFailed, this, fail);
    connect(m_outbox, &sync::SyncOutbox::openFailed, this, fail);
}

TenantSession::~TenantSession()
{
    // Writes already posted (a guard decision, a sync attempt) reach the disk:
    // stopping the thread would drop them. Then the children that post go,
    // then the thread stops.
    m_database->waitForIdle();
    if (m_localDatabase)
        m_localDatabase->waitForIdle();
    delete m_guard;
    delete m_engine;
    delete m_outbox;
    delete m_history;
    m_database.reset();
    m_localDatabase.reset();
}

QString TenantSession::defaultHistoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

void TenantSession::open()
{
    if (!m_locationError.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_failed = true;
            Q_EMIT failed(tr("The history cannot be used: %1").arg(m_locationError));
        });
        return;
    }
    const QString refusal = m_client->setConnection(m_options.connection);
    if (!refusal.isEmpty()) {
        QTimer::singleShot(0, this, [this, refusal] { m_failed = true; Q_EMIT failed(refusal); });
        return;
    }
    if (m_options.connection.clientId.isEmpty() || m_options.connection.clientSecret.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_failed = true;
            Q_EMIT failed(tr("A client id and secret are needed to connect."));
        });
        return;
    }
    m_history->open();
    m_outbox->open();
}

void TenantSession::onStoreOpened()
{
    if (++m_storesOpen < 2 || m_failed)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void TenantSession::setSyncEndpoint(const QUrl &endpoint)
{
    m_options.syncEndpoint = endpoint;
    m_engine->setSyncEndpoint(endpoint);
}

QDateTime TenantSession::tenantNow() const
{
    const QDateTime tenant = m_client->tenantTime();
    return tenant.isValid() ? tenant : m_clock->utcNow();
}

} // namespace holdline
