#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace holdline::sandbox {

// One OAuth client the sandbox accepts.
struct SandboxClient
{
    QString id;
    QString secret;
    QStringList scopes;
};

// Options of one sandbox tenant (the flags of holdline-sandbox).
struct SandboxOptions
{
    quint16 port = 0;          // 0 picks a free port
    quint64 seed = 1;
    int queueCount = 40;
    double speed = 60;         // simulated seconds per real second
    int latencyMs = 0;
    int rateLimitPerMinute = 300;
    int burst = 50;
    int tokenTtlSeconds = 3600;
    // Empty: one client with every scope, its id and secret made at start.
    QList<SandboxClient> clients;
};

// A CXone-compatible tenant (CONTRACT.md) on loopback, in-process. The server
// and the simulation run on a thread of their own, so a GUI that hosts the
// tenant never blocks: start() returns at once and emits started() once the
// port is bound and the history is simulated, or failed() with the reason.
class SandboxTenant : public QObject
{
    Q_OBJECT
public:
    explicit SandboxTenant(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxTenant() override;

    void start();
    bool isRunning() const;

    // Valid once started() was emitted.
    QUrl baseUrl() const;
    QString clientId() const;      // the first client's
    QString clientSecret() const;

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace holdline::sandbox
