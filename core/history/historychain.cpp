#include "history/historychain.h"

#include <QCoreApplication>

namespace holdline::history {

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChain)
};

} // namespace

using namespace Qt::StringLiterals;

ChainWalk::ChainWalk(ChainKey key, std::optional<ChainAnchor> anchor)
    : m_key(std::move(key))
    , m_anchor(std::move(anchor))
{
    m_result.keyed = m_key.isKeyed();
}

VerifyResult ChainWalk::result() const
{
    VerifyResult result = m_result;
    if (!result.ok || !m_anchor || m_anchor->id <= 0)
        return result;
    result.anchorId = m_anchor->id;
    if (m_lastId < m_anchor->id) {
        result.ok = false;
        result.firstBadId = m_lastId + 1;
        result.problem = m_lastId == 0
            ? Text::tr("the history is empty, but its anchor (kept outside the database) says it reached entry #%1: "
                       "every entry was deleted").arg(m_anchor->id)
            : Text::tr("the history ends at #%1, its anchor (kept outside the database) says #%2: the last entries "
                       "were deleted").arg(m_lastId).arg(m_anchor->id);
    } else if (m_macAtAnchor != m_anchor->mac) {
        result.ok = false;
        result.firstBadId = m_anchor->id;
        result.problem = Text::tr("entry %1 is not the entry its anchor (kept outside the database) names: the "
                                  "history was rewritten up to there").arg(m_anchor->id);
    }
    return result;
}

void ChainWalk::fail(qint64 id, const QString &problem)
{
    m_result.ok = false;
    m_result.firstBadId = id;
    m_result.problem = problem;
}

void ChainWalk::add(const HistoryRow &row)
{
    ++m_result.entries;
    if (!m_result.ok)
        return;
    const HistoryEntry &e = row.entry;
    const bool first = m_lastId == 0;
    const QString after = first ? QString() : Text::tr("entry %1").arg(m_lastId);

    // Ids are assigned 1, 2, 3, ... without gaps, so a gap is a deletion.
    if (!row.idValid)
        return fail(m_lastId + 1, first ? Text::tr("the first row has no valid id")
                                        : Text::tr("the row after %1 has no valid id").arg(after));
    if (e.id != m_lastId + 1) {
        if (e.id <= m_lastId || e.id < 1)
            return fail(e.id, Text::tr("entry %1 has an id out of sequence").arg(e.id));
        return fail(e.id, first ? Text::tr("entry %1 is the first entry: an entry is missing before it").arg(e.id)
                                : Text::tr("entry %1 does not follow %2: an entry is missing").arg(e.id).arg(after));
    }
    if (!row.problem.isEmpty())
        return fail(e.id, Text::tr("entry %1 cannot be read: %2").arg(e.id).arg(row.problem));

    const bool linked = e.previousHash == m_lastHash;
    if (m_key.seal(e.previousHash, e) != e.hash) {
        // The seal covers the id, so an entry moved to another id shows here too.
        if (m_key.covers(e.id))
            return fail(e.id, linked ? Text::tr("entry %1 was altered or forged: it does not carry the MAC that this "
                                                "history's key gives its content").arg(e.id)
                                     : Text::tr("entry %1 was altered, moved or forged: it does not carry the MAC that "
                                                "this history's key gives its content, and it does not follow %2")
                                           .arg(e.id).arg(first ? Text::tr("the start of the chain") : after));
        return fail(e.id, linked ? Text::tr("entry %1 was altered: its content does not match its hash").arg(e.id)
                                 : Text::tr("entry %1 was altered or moved: its content does not match its hash, "
                                            "and it does not follow %2").arg(e.id).arg(first ? Text::tr("the start of the chain") : after));
    }
    if (!linked) {
        // Self-consistent but chained to something else: a forged, reordered
        // or re-hashed entry, or entries removed before it.
        return fail(e.id, first ? Text::tr("entry %1 does not start the chain: its previous hash is not empty").arg(e.id)
                                : Text::tr("entry %1 does not follow %2: its previous hash is not the hash of %2 "
                                           "(an entry was inserted, deleted or reordered)").arg(e.id).arg(after));
    }
    m_lastId = e.id;
    m_lastHash = e.hash;
    if (m_anchor && e.id == m_anchor->id)
        m_macAtAnchor = e.hash;
}

} // namespace holdline::history
