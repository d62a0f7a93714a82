#pragma once

#include <QtGlobal>

#include <vector>

namespace holdline::sim {

// A caller who left the line for a callback and waits to be called back.
struct PendingCallback
{
    double handle = 0;
    int bucket = 0;        // arrival bucket index
    quint64 serial = 0;
    bool accepted = false; // an accepted offer; false: a max-hold exit
};

// FIFO of pending callbacks on a vector that is compacted now and then, so
// pushing and popping allocate nothing once it has grown.
class CallbackQueue
{
public:
    bool empty() const { return m_head == m_items.size(); }
    int size() const { return int(m_items.size() - m_head); }
    void push(const PendingCallback &cb) { m_items.push_back(cb); }
    PendingCallback pop()
    {
        const PendingCallback cb = m_items[m_head++];
        if (m_head == m_items.size()) {
            m_items.clear();
            m_head = 0;
        } else if (m_head > 1024 && 2 * m_head > m_items.size()) {
            m_items.erase(m_items.begin(), m_items.begin() + qint64(m_head));
            m_head = 0;
        }
        return cb;
    }

private:
    std::vector<PendingCallback> m_items;
    std::size_t m_head = 0;
};

} // namespace holdline::sim
