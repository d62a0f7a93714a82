#include "sandbox/tenantclock.h"

#include <cmath>

namespace holdline::sandbox {

TenantClock::TenantClock(qint64 simulatedStartMs, double speed)
    : m_simStartMs(simulatedStartMs), m_speed(speed)
{
    m_elapsed.start();
}

qint64 TenantClock::realNowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_realOffsetMs;
}

qint64 TenantClock::simulatedNowMs() const
{
    return m_simStartMs + static_cast<qint64>(std::floor(static_cast<double>(m_elapsed.elapsed()) * m_speed))
           + m_simOffsetMs;
}

QByteArray TenantClock::simulatedNowHeader() const
{
    return isoUtc(simulatedNowSecs()).toLatin1();
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace holdline::sandbox
