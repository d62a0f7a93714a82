#pragma once

#include <QString>
#include <QUrl>

namespace holdline::api {

// Where and as whom to connect. The secret lives only in memory here; it comes
// from the keychain (or CXONE_CLIENT_SECRET) and goes only to the token endpoint.
struct TenantConnection
{
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
};

// Tunables of one client; the defaults are the contract's tenant defaults.
struct ClientSettings
{
    // The pace until the tenant states its limit (RateLimit-*), or as learnt
    // when it states nothing; pinnedRatePerMinute > 0 fixes it whatever the
    // tenant says (a connection profile, --rate-limit).
    int ratePerMinute = 300;
    int burst = 50;
    int pinnedRatePerMinute = 0;
    // Requests in flight at once; 0 chooses from the rate in force and the
    // round trip measured (inFlightFor), as a user's defaults do.
    int maxConcurrency = 0;
    int timeoutMs = 30'000;     // the whole answer, per attempt
    // One call, all its attempts and waits between them: a silent tenant costs
    // this, not attempts × timeout. Never less than timeoutMs.
    int deadlineMs = 60'000;
    qint64 maxBodyBytes = 64 * 1024 * 1024; // an answer larger than this is refused, not read
    int maxAttempts = 5;
    qint64 baseBackoffMs = 500;
    qint64 maxBackoffMs = 30'000;
};

} // namespace holdline::api
