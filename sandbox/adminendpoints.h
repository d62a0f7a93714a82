#pragma once

#include "sandbox/httpmessage.h"

namespace holdline::sandbox {

struct TenantState;

// /sandbox/*: the tenant's own controls, for loopback callers, no token.
//   GET    /sandbox/faults          the faults as JSON (SandboxFaults::toJson)
//   PUT    /sandbox/faults          replace: fields left out return to their defaults
//   POST   /sandbox/faults          merge: only the fields given change
//   DELETE /sandbox/faults          no faults
//   GET    /sandbox/clock           {"simulatedNow", "historyStart", "speed", "realNow"}
//   POST   /sandbox/clock           {"advanceSimulatedSeconds": n, "advanceRealSeconds": n}
//   POST   /sandbox/webhook         records a delivery (CONTRACT.md §5)
//   GET    /sandbox/webhook         {"received": [...]}
//   DELETE /sandbox/webhook         forgets them
//   GET    /sandbox/stats           the API calls answered (TrafficStats::toJson)
//   DELETE /sandbox/stats           starts counting again
HttpResponse getFaults(TenantState &tenant);
HttpResponse setFaults(TenantState &tenant, const HttpRequest &request, bool merge);
HttpResponse resetFaults(TenantState &tenant);
HttpResponse getClock(TenantState &tenant);
HttpResponse advanceClock(TenantState &tenant, const HttpRequest &request);
HttpResponse receiveWebhook(TenantState &tenant, const HttpRequest &request);
HttpResponse listWebhooks(TenantState &tenant);
HttpResponse clearWebhooks(TenantState &tenant);
HttpResponse getStats(TenantState &tenant);
HttpResponse clearStats(TenantState &tenant);

} // namespace holdline::sandbox
