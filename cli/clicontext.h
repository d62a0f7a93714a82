#pragma once

#include "cli/invocation.h"
#include "cli/output.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace holdline {
class TenantSession;
}
namespace holdline::credentials {
class CredentialStore;
}
namespace holdline::history {
class HistoryStore;
}
namespace holdline::sandbox {
class SandboxTenant;
}
namespace holdline::storage {
class DatabaseWorker;
struct DatabaseLocation;
}

namespace holdline::cli {

// What every tenant command works with: the parsed invocation, the output,
// the session (clients, history, engine) and, with --sandbox, the in-process
// tenant. start() brings them up without blocking — sandbox, secret, session,
// then, for commands that write, the reconciliation of pending history
// entries — and emits ready() or failed(exitCode).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(Invocation invocation, QObject *parent = nullptr);
    ~CliContext() override;

    void start();

    const Invocation &invocation() const { return m_invocation; }
    const Output &output() const { return m_output; }
    TenantSession *session() const { return m_session.get(); }
    // The session's history, or for commands without a tenant (audit) one of its own.
    history::HistoryStore *history() const;
    // Null without --sandbox.
    sandbox::SandboxTenant *sandbox() const { return m_sandbox.get(); }

    // Runs done once every history write posted so far is on disk.
    void flushHistory(std::function<void()> done);
    // The database thread of history() when the context opened it itself
    // (audit, history migrate); null otherwise.
    storage::DatabaseWorker *historyDatabase() const { return m_database.get(); }
    // The keychain the context reads and writes (made on first use).
    credentials::CredentialStore *keychain();

Q_SIGNALS:
    void ready();
    void failed(int exitCode);

private:
    void openHistoryOnly();
    void startSandbox();
    void resolveSecret();
    void openSession(const QString &secret);
    void openSession(const QString &secret, const storage::DatabaseLocation &history);
    // The history's location (--history-db or the default file) with its
    // password from the URL or the keychain; failed() when it cannot be had.
    void withHistoryLocation(std::function<void(storage::DatabaseLocation)> use);
    void reconcile();
    void fail(int exitCode, const QString &message);

    Invocation m_invocation;
    Output m_output;
    QUrl m_baseUrl;
    QString m_clientId;
    std::unique_ptr<sandbox::SandboxTenant> m_sandbox;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<storage::DatabaseWorker> m_database; // audit only
    history::HistoryStore *m_history = nullptr;          // audit only
    credentials::CredentialStore *m_keychain = nullptr;
};

} // namespace holdline::cli
