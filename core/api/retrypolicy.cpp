#include "api/retrypolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace holdline::api {

qint64 RetryPolicy::delayMs(int attempt, std::optional<qint64> retryAfterMs, double random01) const
{
    if (retryAfterMs)
        return std::clamp<qint64>(*retryAfterMs, 0, maxDelayMs);
    // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^n)].
    const double ceiling = std::min(double(maxDelayMs), baseDelayMs * std::pow(2.0, std::max(0, attempt - 1)));
    return qint64(random01 * ceiling);
}

bool isTransientStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::optional<qint64> parseRetryAfterMs(const QByteArray &value, qint64 nowMsSinceEpoch)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed).left(25),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!date.isValid())
        return std::nullopt;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, utc.toMSecsSinceEpoch() - nowMsSinceEpoch);
}

} // namespace holdline::api
