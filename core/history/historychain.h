#pragma once

#include "history/historyrows.h"
#include "history/historystore.h"

namespace holdline::history {

// Checks the hash chain one row at a time, in id order, so a history of any
// length is verified in constant memory. Stops judging at the first bad entry
// (everything after it follows from it) but keeps counting.
class ChainWalk
{
public:
    void add(const HistoryRow &row);
    VerifyResult result() const { return m_result; }

private:
    void fail(qint64 id, const QString &problem);

    VerifyResult m_result;
    qint64 m_lastId = 0;
    QString m_lastHash;
};

} // namespace holdline::history
