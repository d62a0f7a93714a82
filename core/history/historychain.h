#pragma once

#include "history/chainkey.h"
#include "history/historyrows.h"
#include "history/historystore.h"

#include <optional>

namespace holdline::history {

// Checks the hash chain one row at a time, in id order, so a history of any
// length is verified in constant memory. Stops judging at the first bad entry
// (everything after it follows from it) but keeps counting.
// With a key, entries from key.keyedFrom on must carry its HMAC; with an
// anchor, the chain must reach the anchored entry and that entry must carry
// the anchored MAC, so a history cut short or rewritten from scratch fails.
class ChainWalk
{
public:
    explicit ChainWalk(ChainKey key = {}, std::optional<ChainAnchor> anchor = {});

    void add(const HistoryRow &row);
    VerifyResult result() const;

private:
    void fail(qint64 id, const QString &problem);

    ChainKey m_key;
    std::optional<ChainAnchor> m_anchor;
    VerifyResult m_result;
    qint64 m_lastId = 0;
    QString m_lastHash;
    QString m_macAtAnchor;
};

} // namespace holdline::history
