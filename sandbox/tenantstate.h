#pragma once

#include "sandbox/continuationtokens.h"
#include "sandbox/faultinjector.h"
#include "sandbox/queuestore.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/sandboxtenant.h"
#include "sandbox/simulationhost.h"
#include "sandbox/tenantclock.h"
#include "sandbox/tokenstore.h"
#include "sandbox/trafficstats.h"
#include "sandbox/webhookrecorder.h"

namespace holdline::sandbox {

// Everything one tenant knows, owned by its thread. The endpoints are free
// functions over it, so each stays small and testable on its own.
struct TenantState
{
    explicit TenantState(const SandboxOptions &opts);

    SandboxOptions options;
    TenantClock clock;
    TokenStore tokens;
    RateLimiter limiter;
    QueueStore queues;
    SimulationHost simulations;
    FaultInjector faults;
    WebhookRecorder webhooks;
    ContinuationTokens continuation;
    TrafficStats stats;

    // Seeds the queues and simulates the history up to the simulated now.
    void seed();
    // Brings every simulation up to the simulated now.
    void catchUp() { simulations.advanceTo(clock.simulatedNowSecs()); }
};

} // namespace holdline::sandbox
