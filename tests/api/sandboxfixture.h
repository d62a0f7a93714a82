#pragma once
// Starts an in-process sandbox tenant and an ApiClient connected to it.

#include "api/apiclient.h"
#include "api/apireply.h"
#include "sandboxstart.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace holdline::testing {

inline std::unique_ptr<sandbox::SandboxTenant> startTenant(sandbox::SandboxOptions options = {})
{
    if (options.queueCount == 40)
        options.queueCount = 12; // a small tenant unless a test asks for more
    options.historyDays = std::min(options.historyDays, 2);
    return testsandbox::startSandbox(options);
}

// Fast retries, so fault tests do not wait for production backoff.
inline api::ClientSettings fastSettings()
{
    api::ClientSettings settings;
    settings.baseBackoffMs = 20;
    settings.maxBackoffMs = 200;
    settings.timeoutMs = 10'000;
    settings.ratePerMinute = 60'000;
    settings.burst = 1000;
    return settings;
}

inline std::unique_ptr<api::ApiClient> connectClient(const sandbox::SandboxTenant &tenant,
                                                     const api::ClientSettings &settings = fastSettings())
{
    auto client = std::make_unique<api::ApiClient>();
    client->setSettings(settings);
    const QString refusal = client->setConnection({tenant.baseUrl(), tenant.clientId(), tenant.clientSecret()});
    if (!refusal.isEmpty())
        return nullptr;
    return client;
}

// Waits for a job of the API layer; true when it finished in time.
inline bool waitFor(api::ApiJob *job, int timeoutMs = 60'000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &api::ApiJob::finished);
    return spy.wait(timeoutMs);
}

} // namespace holdline::testing
