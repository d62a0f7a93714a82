#pragma once

#include "sandbox/sandboxfaults.h"

#include <QDateTime>
#include <QJsonArray>
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

// Every scope the tenant knows (CONTRACT.md §1).
QStringList allSandboxScopes();

// Options of one sandbox tenant (the flags of holdline-sandbox).
struct SandboxOptions
{
    quint16 port = 0;          // 0 picks a free port
    quint64 seed = 1;
    int queueCount = 40;
    double speed = 60;         // simulated seconds per real second; 0 freezes the clock
    int latencyMs = 0;         // shorthand for faults.latencyMs
    int rateLimitPerMinute = 300; // per token; 0 turns the limit off
    int burst = 50;
    // How the tenant states its limit on every API answer (CONTRACT.md §4).
    enum class RateLimitHeaders { Ietf, XRateLimit, None };
    RateLimitHeaders rateLimitHeaders = RateLimitHeaders::Ietf;
    int tokenTtlSeconds = 3600;
    // Empty: one client with every scope, its id and secret derived from the seed.
    QList<SandboxClient> clients;

    // Additions to the flags.
    QString address = QStringLiteral("127.0.0.1"); // loopback only: 127.0.0.1 or ::1
    int historyDays = 7;                  // simulated before started()
    QDateTime simulatedStart;             // simulated "now" at start; null: the wall clock
    int maxPositionThreshold = 50;        // tenant limits (CONTRACT.md §2.3)
    int maxHoldTimeSeconds = 3600;
    QByteArray webhookSigningSecret;      // when set, recorded webhooks say whether the signature matched
    SandboxFaults faults;                 // initial faults (also settable at run time)
    // Callers and staffing the predictor does not assume (sim::withUnmodelledTraffic):
    // for benchmarks that must not grade the model against itself.
    bool unmodelledTraffic = false;
};

// A CXone-compatible tenant (CONTRACT.md) on loopback, in-process. The server
// and the simulation run on a thread of their own, so a GUI that hosts the
// tenant never blocks: start() returns at once and emits started() once the
// port is bound and the history is simulated, or failed() with the reason.
//
// The control methods below are thread-safe: they run on the tenant's thread
// and return once applied, so a test can set a fault and then send a request.
// Before started() (or after failed()) they do nothing and return defaults.
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

    // Fault injection, as GET/PUT /sandbox/faults does over HTTP.
    SandboxFaults faults() const;
    void setFaults(const SandboxFaults &faults);

    // What POST /sandbox/webhook received, oldest first (as GET /sandbox/webhook lists it).
    QJsonArray receivedWebhooks() const;
    void clearWebhooks();

    // The simulated clock (what X-Sandbox-Time says).
    QDateTime simulatedNow() const;
    // Jumps the simulated clock forward (the simulation catches up).
    void advanceSimulatedTime(qint64 seconds);
    // Moves the tenant's real clock forward: token expiry, continuation-token
    // expiry and the rate limiter's refill read it. Lets tests expire things
    // without sleeping.
    void advanceRealTime(qint64 seconds);

    // Registers another OAuth client, e.g. one with fewer scopes.
    void addClient(const SandboxClient &client);

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace holdline::sandbox
