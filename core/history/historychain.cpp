#include "history/historychain.h"

namespace holdline::history {

using namespace Qt::StringLiterals;

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
    const QString after = first ? QString() : u"entry %1"_s.arg(m_lastId);

    // Ids are assigned 1, 2, 3, ... without gaps, so a gap is a deletion.
    if (!row.idValid)
        return fail(m_lastId + 1, first ? u"the first row has no valid id"_s
                                        : u"the row after %1 has no valid id"_s.arg(after));
    if (e.id != m_lastId + 1) {
        if (e.id <= m_lastId || e.id < 1)
            return fail(e.id, u"entry %1 has an id out of sequence"_s.arg(e.id));
        return fail(e.id, first ? u"entry %1 is the first entry: an entry is missing before it"_s.arg(e.id)
                                : u"entry %1 does not follow %2: an entry is missing"_s.arg(e.id).arg(after));
    }
    if (!row.problem.isEmpty())
        return fail(e.id, u"entry %1 cannot be read: %2"_s.arg(e.id).arg(row.problem));

    const bool linked = e.previousHash == m_lastHash;
    if (chainHash(e.previousHash, e) != e.hash) {
        // The hash covers the id, so an entry moved to another id shows here too.
        return fail(e.id, linked ? u"entry %1 was altered: its content does not match its hash"_s.arg(e.id)
                                 : u"entry %1 was altered or moved: its content does not match its hash, "
                                   "and it does not follow %2"_s.arg(e.id).arg(first ? u"the start of the chain"_s : after));
    }
    if (!linked) {
        // Self-consistent but chained to something else: a forged, reordered
        // or re-hashed entry, or entries removed before it.
        return fail(e.id, first ? u"entry %1 does not start the chain: its previous hash is not empty"_s.arg(e.id)
                                : u"entry %1 does not follow %2: its previous hash is not the hash of %2 "
                                  "(an entry was inserted, deleted or reordered)"_s.arg(e.id).arg(after));
    }
    m_lastId = e.id;
    m_lastHash = e.hash;
}

} // namespace holdline::history
