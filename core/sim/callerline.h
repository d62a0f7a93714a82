#pragma once

#include <QtGlobal>

#include <vector>

namespace holdline::sim {

// A caller waiting in line, with the random draws made at arrival.
struct LineCaller
{
    double arrival = 0;       // simulation-relative seconds
    double handle = 0;        // their handle time, if they reach an agent
    double uTime = 0;         // uniform deciding a time offer
    quint64 serial = 0;       // 1-based, arrival order
    int bucket = 0;           // arrival bucket index
    bool waiting = true;
};

// The FIFO line. Callers who leave from the middle (abandon, accept a callback)
// are only marked, and skipped lazily, so every operation is amortised O(1).
// Callers are addressed by a sequence number that stays valid while they wait.
// A second cursor walks the line in arrival order for the time offers; since
// every caller shares the same threshold, they fall due in that order too.
class CallerLine
{
public:
    quint64 push(const LineCaller &caller)
    {
        if (m_waiting == 0) { // empty: drop the marked leftovers
            m_base += m_entries.size();
            m_entries.clear();
            m_head = m_cursor = m_base;
            m_aheadOfCursor = 0;
        } else if (m_head - m_base > 1024 && 2 * (m_head - m_base) > m_entries.size()) {
            const quint64 keepFrom = qMin(m_head, m_cursor);
            m_entries.erase(m_entries.begin(), m_entries.begin() + qint64(keepFrom - m_base));
            m_base = keepFrom;
        }
        m_entries.push_back(caller);
        m_entries.back().waiting = true;
        ++m_waiting;
        return m_base + m_entries.size() - 1;
    }

    // nullptr once the caller has left and been dropped.
    LineCaller *find(quint64 seq)
    {
        return seq >= m_base && seq < end() ? &m_entries[seq - m_base] : nullptr;
    }

    int waiting() const { return m_waiting; }

    // The oldest waiting caller, or nullptr.
    LineCaller *head()
    {
        skipLeft(m_head);
        if (m_cursor < m_head) { // nobody waits before the head
            m_cursor = m_head;
            m_aheadOfCursor = 0;
        }
        return m_head < end() ? &m_entries[m_head - m_base] : nullptr;
    }
    quint64 headSeq() { head(); return m_head; }

    // The oldest waiting caller the time-offer rule has not looked at yet.
    LineCaller *cursor()
    {
        head();
        skipLeft(m_cursor);
        return m_cursor < end() ? &m_entries[m_cursor - m_base] : nullptr;
    }
    quint64 cursorSeq() { cursor(); return m_cursor; }
    int cursorPosition() const { return m_aheadOfCursor + 1; } // after cursor()
    void passCursor() // the cursor caller stays waiting, now behind the cursor
    {
        ++m_aheadOfCursor;
        ++m_cursor;
    }

    void leave(quint64 seq)
    {
        LineCaller &c = m_entries[seq - m_base];
        Q_ASSERT(c.waiting);
        c.waiting = false;
        --m_waiting;
        if (seq < m_cursor)
            --m_aheadOfCursor;
    }

private:
    quint64 end() const { return m_base + m_entries.size(); }
    void skipLeft(quint64 &pos) const
    {
        while (pos < end() && !m_entries[pos - m_base].waiting)
            ++pos;
    }

    std::vector<LineCaller> m_entries;
    quint64 m_base = 0;   // sequence number of m_entries[0]
    quint64 m_head = 0;
    quint64 m_cursor = 0;
    int m_aheadOfCursor = 0; // waiting callers before the cursor
    int m_waiting = 0;
};

} // namespace holdline::sim
