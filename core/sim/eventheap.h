#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace holdline::sim {

// A binary min-heap of timed events (service completions and abandonments).
// Ties break on the reference, so the order never depends on the heap's shape.
struct SimEvent
{
    double time = 0;
    quint64 ref = 0; // 0: a service completion; otherwise 1 + the caller's line sequence
};

class EventHeap
{
public:
    bool empty() const { return m_heap.empty(); }
    const SimEvent &top() const { return m_heap.front(); }
    void push(SimEvent e)
    {
        m_heap.push_back(e);
        std::push_heap(m_heap.begin(), m_heap.end(), later);
    }
    SimEvent pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), later);
        const SimEvent e = m_heap.back();
        m_heap.pop_back();
        return e;
    }
    std::size_t size() const { return m_heap.size(); }

private:
    static bool later(const SimEvent &a, const SimEvent &b)
    {
        return a.time > b.time || (a.time == b.time && a.ref > b.ref);
    }
    std::vector<SimEvent> m_heap;
};

} // namespace holdline::sim
