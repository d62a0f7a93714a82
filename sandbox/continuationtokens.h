#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace holdline::sandbox {

// Opaque analytics paging tokens (CONTRACT.md §3). A token carries the
// resolved window (so later pages do not drift with the simulated clock),
// the offset of the next record, a digest of the query it belongs to and its
// expiry, signed with this tenant's random key: a token from another tenant,
// for another query, altered or older than 10 minutes (real clock) is refused.
class ContinuationTokens
{
public:
    ContinuationTokens();

    static constexpr qint64 LifetimeMs = 10 * 60 * 1000;

    struct State
    {
        qint64 startSecs = 0;
        qint64 endSecs = 0;
        qint64 offset = 0;
    };

    // queryBody: the request body without continuationToken.
    QByteArray issue(const QJsonObject &queryBody, const State &state, qint64 realNowMs) const;

    enum class Error { None, Invalid, Expired };
    std::optional<State> read(const QByteArray &token, const QJsonObject &queryBody, qint64 realNowMs,
                              Error *error) const;

private:
    QByteArray digest(const QJsonObject &queryBody) const;
    QByteArray m_key;
};

} // namespace holdline::sandbox
