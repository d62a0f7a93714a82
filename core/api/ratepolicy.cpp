#include "api/ratepolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace holdline::api {

namespace {
constexpr int MaxStatedPerMinute = 1'000'000;
constexpr int MaxStatedBurst = 10'000;
constexpr int DefaultStatedBurst = 50; // the contract's, when a tenant states only its limit

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RatePolicy)
};

std::optional<qint64> positiveInteger(const QByteArray &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value > 0 ? std::optional(value) : std::nullopt;
}

RateInForce bounded(double perMinute, std::optional<qint64> burst)
{
    const int rate = int(std::clamp(std::round(perMinute), 1.0, double(MaxStatedPerMinute)));
    const qint64 b = burst.value_or(std::min<qint64>(rate, DefaultStatedBurst));
    return {rate, int(std::clamp<qint64>(b, 1, MaxStatedBurst)), RateSource::Stated};
}
} // namespace

QString rateSourceName(RateSource source)
{
    switch (source) {
    case RateSource::Default: return Text::tr("default");
    case RateSource::Stated: return Text::tr("stated by the tenant");
    case RateSource::Learnt: return Text::tr("learnt");
    case RateSource::Pinned: return Text::tr("pinned");
    }
    return {};
}

QString rateSourceKey(RateSource source)
{
    switch (source) {
    case RateSource::Default: return QStringLiteral("default");
    case RateSource::Stated: return QStringLiteral("stated");
    case RateSource::Learnt: return QStringLiteral("learnt");
    case RateSource::Pinned: return QStringLiteral("pinned");
    }
    return {};
}

std::optional<RateInForce> statedRate(const HttpResponse &response)
{
    // The first policy of the list: "300;w=60;burst=50, 10000;w=3600".
    const QByteArray policy = response.header("RateLimit-Policy").split(',').constFirst();
    if (!policy.trimmed().isEmpty()) {
        const QList<QByteArray> parts = policy.split(';');
        const auto limit = positiveInteger(parts.constFirst());
        std::optional<qint64> window = 60, burst;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray part = parts.at(i).trimmed();
            if (part.startsWith("w="))
                window = positiveInteger(part.mid(2));
            else if (part.startsWith("burst="))
                burst = positiveInteger(part.mid(6));
        }
        if (limit && window)
            return bounded(double(*limit) * 60.0 / double(*window), burst);
    }
    for (const char *name : {"RateLimit-Limit", "X-RateLimit-Limit"})
        if (const auto limit = positiveInteger(response.header(name)))
            return bounded(double(*limit), std::nullopt);
    return std::nullopt;
}

int inFlightFor(int perMinute, qint64 roundTripMs)
{
    const double roundTrip = double(roundTripMs > 0 ? roundTripMs : AssumedRoundTripMs);
    const double needed = std::ceil(double(std::max(0, perMinute)) / 60'000.0 * roundTrip * 1.25) + 2.0;
    return int(std::clamp(needed, 2.0, double(MaxAutoInFlight)));
}

} // namespace holdline::api
