#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace holdline::sandbox {

// What the tenant was asked and how it answered, so a benchmark or a test
// can count a client's requests and the 429s it drew from the outside:
// GET /sandbox/stats, DELETE /sandbox/stats.
class TrafficStats
{
public:
    enum class Refusal { None, RateLimited, Injected429 };

    // route: "PUT /api/v2/routing/queues/*"; realMs: the tenant's real clock.
    void record(const QString &route, int status, Refusal refusal, qint64 realMs);
    void clear() { *this = {}; }

    // {"calls": {route: n}, "statuses": {"200": n}, "rateLimited": n,
    //  "injected429": n, "firstCallMs": t, "servedPerSecond": [n, ...]}:
    // servedPerSecond counts the answers that were not a 429, by whole
    // second since the first call (the first hour at most).
    QJsonObject toJson() const;

private:
    static constexpr int MaxSeconds = 3600;

    QHash<QString, int> m_calls;
    QHash<int, int> m_statuses;
    int m_rateLimited = 0;
    int m_injected429 = 0;
    qint64 m_firstCallMs = -1;
    QList<int> m_servedPerSecond;
};

} // namespace holdline::sandbox
