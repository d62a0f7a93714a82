#pragma once

#include "api/tenantconnection.h"
#include "common/clock.h"
#include "model/policyregistry.h"
#include "model/policyselection.h"
#include "model/strategyvalidator.h"
#include "model/tenantlimits.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace holdline::api {
class TenantAnalytics;
class ApiClient;
class TenantRouting;
}
namespace holdline::deploy {
class DegradationGuard;
class DeploymentEngine;
}
namespace holdline::credentials {
class CredentialStore;
}
namespace holdline::history {
class ChainKeeper;
class HistoryStore;
}
namespace holdline::storage {
class DatabaseWorker;
}
namespace holdline::sync {
class SyncOutbox;
}

namespace holdline {

class QueueAdvisor;

// The tenant's routing and analytics as one API dialect speaks them.
struct TenantApis
{
    api::TenantRouting *routing = nullptr;
    api::TenantAnalytics *analytics = nullptr;
};
// Makes them over the session's HTTP client (tokens, rate limit, retries);
// the session takes ownership of what it returns.
using TenantDialect = std::function<TenantApis(api::ApiClient *client)>;

struct SessionOptions
{
    api::TenantConnection connection;
    api::ClientSettings client;
    QString historyDatabasePath;     // a file or a postgresql:// URL (without its password); empty: defaultHistoryPath()
    QString historyDatabasePassword; // a PostgreSQL history's, in memory only (storage::resolveDatabasePassword)
    QUrl syncEndpoint;               // empty: no external sync
    QByteArray syncSigningSecret;    // in memory only
    PolicySelection policies;        // default: baseline
    QString userPolicyDirectory;     // extra *.json packs; empty: none
    TenantLimits limits;
    QString osUser;                  // empty: the current OS user
    TenantDialect dialect;           // empty: the contract's (CONTRACT.md)
};

// Everything Holdline needs to work with one tenant, wired together: the API
// clients, the history and the sync outbox on one database thread, the
// validator with its policy packs, and the deployment engine. The CLI and the
// GUI both start from here; nothing in it blocks the thread that owns it.
class TenantSession : public QObject
{
    Q_OBJECT
public:
    explicit TenantSession(const SessionOptions &options, QObject *parent = nullptr,
                           const Clock *clock = Clock::system());
    ~TenantSession() override;

    static QString defaultHistoryPath();

    // Checks the options (a refused URL, a missing secret) and opens the
    // history and the outbox; ready() or failed() follows.
    void open();
    bool isReady() const { return m_ready; }

    const SessionOptions &options() const { return m_options; }
    api::ApiClient *client() const { return m_client; }
    // The tenant's queues and metrics, in the session's dialect.
    api::TenantRouting *routing() const { return m_routing; }
    api::TenantAnalytics *analytics() const { return m_analytics; }
    history::HistoryStore *history() const { return m_history; }
    sync::SyncOutbox *outbox() const { return m_outbox; }
    deploy::DeploymentEngine *engine() const { return m_engine; }
    // The threshold advisor every front end asks (its memory is the history).
    QueueAdvisor *advisor() const { return m_advisor; }
    // The degradation guard of this tenant's deploys. It judges only when a
    // front end drives poll() (the GUI's refresh, the CLI's GuardRunner, a
    // service) and acts per its settings, which the front end sets.
    deploy::DegradationGuard *guard() const { return m_guard; }
    // The tenant as the history records it: entries are filtered by it.
    QString tenantKey() const { return m_options.connection.baseUrl.toString(); }
    const PolicyRegistry &policies() const { return m_registry; }
    StrategyValidator &validator() { return m_validator; }
    void setPolicySelection(const PolicySelection &selection) { m_validator.setSelection(selection); }
    void setSyncEndpoint(const QUrl &endpoint);

    // The tenant's clock as last seen (the sandbox's simulated time), else UTC now.
    QDateTime tenantNow() const;

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    void onStoreOpened();

    SessionOptions m_options;
    const Clock *m_clock;
    PolicyRegistry m_registry;
    StrategyValidator m_validator;
    QString m_locationError;                             // a history location that cannot be used
    std::unique_ptr<storage::DatabaseWorker> m_database; // the history's
    std::unique_ptr<storage::DatabaseWorker> m_localDatabase; // the outbox's, when the history is a team's
    api::ApiClient *m_client = nullptr;
    api::TenantRouting *m_routing = nullptr;
    api::TenantAnalytics *m_analytics = nullptr;
    history::HistoryStore *m_history = nullptr;
    QueueAdvisor *m_advisor = nullptr;
    credentials::CredentialStore *m_keychain = nullptr;  // the history chain's key and anchor
    history::ChainKeeper *m_chainKeeper = nullptr;
    sync::SyncOutbox *m_outbox = nullptr;
    deploy::DeploymentEngine *m_engine = nullptr;
    deploy::DegradationGuard *m_guard = nullptr;
    int m_storesOpen = 0;
    bool m_ready = false;
    bool m_failed = false;
};

} // namespace holdline
