#pragma once

#include "api/apirequest.h"

#include <QString>

#include <optional>

namespace holdline::api {

// Where the rate the client paces itself at comes from.
enum class RateSource {
    Default, // the contract's default (300 a minute), until the tenant says or shows otherwise
    Stated,  // the tenant's RateLimit-* or X-RateLimit-* fields (CONTRACT.md §4)
    Learnt,  // adapted to a tenant that states nothing: raised while answers succeed, halved on a 429
    Pinned,  // set by the user (connection profile, --rate-limit)
};
// "default", "stated by the tenant", "learnt", "pinned": for people (translated).
QString rateSourceName(RateSource source);
// "default", "stated", "learnt", "pinned": stable, for --json.
QString rateSourceKey(RateSource source);

struct RateInForce
{
    int perMinute = 0;
    int burst = 0;
    RateSource source = RateSource::Default;
};

// The limit an answer states, from RateLimit-Policy ("300;w=60;burst=50"),
// else RateLimit-Limit, else X-RateLimit-Limit (both taken as a minute's
// worth). Nothing when no field is there or it makes no sense; a stated
// limit is kept within 1..1,000,000 a minute and a burst within 1..10,000.
std::optional<RateInForce> statedRate(const HttpResponse &response);

// Requests to keep in flight to run at perMinute when an answer takes
// roundTripMs (Little's law: rate × round trip), with a quarter more and two
// spare for jitter, within 2..MaxAutoInFlight. A round trip of 0 (not yet
// measured) counts as AssumedRoundTripMs.
inline constexpr int MaxAutoInFlight = 64;
inline constexpr qint64 AssumedRoundTripMs = 250;
int inFlightFor(int perMinute, qint64 roundTripMs);

} // namespace holdline::api
