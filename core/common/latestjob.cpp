#include "common/latestjob.h"

namespace holdline {

LatestJob::LatestJob(QObject *parent)
    : QObject(parent)
{
    // One worker: a superseded run gives way at its next look at the flag.
    m_pool.setMaxThreadCount(1);
}

LatestJob::~LatestJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone(); // the run posts to `this`: it must not outlive it
}

LatestJob::Run LatestJob::begin()
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    return {++m_generation, m_cancel};
}

void LatestJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_running) {
        m_running = false;
        Q_EMIT cancelled(m_generation);
    }
}

bool LatestJob::finish(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return false;
    m_running = false;
    return true;
}

} // namespace holdline
