#pragma once

#include <QtGlobal>

#include <optional>

namespace holdline::api {

// How often and how patiently a call is retried: Retry-After when the server
// gives it, otherwise exponential backoff with full jitter, within a bounded
// number of attempts.
struct RetryPolicy
{
    int maxAttempts = 5;
    qint64 baseDelayMs = 500;
    qint64 maxDelayMs = 30'000;

    // attempt: 1 for the first retry. random01: a uniform draw in [0, 1).
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs, double random01) const;
};

// Whether an HTTP status is worth another try (the request was not applied,
// or failed in a way that may pass).
bool isTransientStatus(int httpStatus);

// Retry-After in whole seconds (an HTTP date is accepted too); nothing when absent or unusable.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch);

} // namespace holdline::api
