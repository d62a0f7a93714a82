#include "sandbox/trafficstats.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

void TrafficStats::record(const QString &route, int status, Refusal refusal, qint64 realMs)
{
    ++m_calls[route];
    ++m_statuses[status];
    if (refusal == Refusal::RateLimited)
        ++m_rateLimited;
    else if (refusal == Refusal::Injected429)
        ++m_injected429;
    if (m_firstCallMs < 0)
        m_firstCallMs = realMs;
    const qint64 second = std::max<qint64>(0, realMs - m_firstCallMs) / 1000;
    if (status == 429 || second >= MaxSeconds)
        return;
    if (m_servedPerSecond.size() <= second)
        m_servedPerSecond.resize(second + 1, 0);
    ++m_servedPerSecond[second];
}

QJsonObject TrafficStats::toJson() const
{
    QJsonObject calls, statuses;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it)
        calls.insert(it.key(), it.value());
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    QJsonArray perSecond;
    for (int n : m_servedPerSecond)
        perSecond.append(n);
    return {{u"calls"_s, calls},
            {u"statuses"_s, statuses},
            {u"rateLimited"_s, m_rateLimited},
            {u"injected429"_s, m_injected429},
            {u"firstCallMs"_s, m_firstCallMs < 0 ? QJsonValue() : QJsonValue(double(m_firstCallMs))},
            {u"servedPerSecond"_s, perSecond}};
}

} // namespace holdline::sandbox
