#include "sandbox/tenantstate.h"

#include "sim/seededqueues.h"

namespace holdline::sandbox {

namespace {
qint64 simulatedStartMs(const SandboxOptions &o)
{
    return o.simulatedStart.isValid() ? o.simulatedStart.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
}

SandboxFaults initialFaults(const SandboxOptions &o)
{
    SandboxFaults f = o.faults;
    if (o.latencyMs > 0 && f.latencyMs == 0)
        f.latencyMs = o.latencyMs;
    return f;
}
} // namespace

TenantState::TenantState(const SandboxOptions &opts)
    : options(opts)
    , clock(simulatedStartMs(opts), opts.speed)
    , limiter(opts.rateLimitPerMinute, opts.burst)
    , queues(TenantLimits{opts.maxPositionThreshold, opts.maxHoldTimeSeconds})
    , faults(opts.seed, initialFaults(opts))
    , webhooks(opts.webhookSigningSecret)
{
    if (options.clients.isEmpty()) {
        // One client with every scope; its secret follows from the seed so a
        // run is reproducible (the sandbox holds no real data).
        quint64 x = options.seed ^ 0xc1e47c0ffeeULL;
        QByteArray secret;
        for (int i = 0; i < 3; ++i) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            secret += QByteArray::number(x >> 1, 16).rightJustified(16, '0');
        }
        options.clients.append({QStringLiteral("holdline-sandbox"), QString::fromLatin1(secret.left(40)), allSandboxScopes()});
    }
    for (const SandboxClient &client : std::as_const(options.clients))
        tokens.addClient(client);
}

void TenantState::seed()
{
    const qint64 now = clock.simulatedNowSecs();
    // History starts on a bucket boundary, historyDays before now.
    const qint64 start = (now - qint64(options.historyDays) * 86400) / 300 * 300;
    QList<sim::SeededQueue> seeded = sim::makeSeededQueues(options.queueCount, options.seed);
    if (options.unmodelledTraffic)
        for (sim::SeededQueue &q : seeded)
            q.profile = sim::withUnmodelledTraffic(q.profile);
    for (const sim::SeededQueue &q : seeded)
        queues.addSeeded(q, start);
    simulations.create(seeded, options.seed, start);
    simulations.advanceTo(now);
}

} // namespace holdline::sandbox
