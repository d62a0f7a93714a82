#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace holdline::sandbox {

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
};

// A CXone-compatible tenant on loopback, in-process. start() binds and begins
// serving; the address and credentials are then available.
class SandboxTenant : public QObject
{
    Q_OBJECT
public:
    explicit SandboxTenant(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxTenant() override;

    // Binds to 127.0.0.1; false with errorString() on failure.
    bool start();
    QString errorString() const;

    QUrl baseUrl() const;
    QString clientId() const;
    QString clientSecret() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace holdline::sandbox
