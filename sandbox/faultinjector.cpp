#include "sandbox/faultinjector.h"

namespace holdline::sandbox {

FaultInjector::FaultInjector(quint64 seed, const SandboxFaults &faults)
    : m_state(seed ^ 0x5eedfa17ULL), m_faults(faults)
{
}

void FaultInjector::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    if (m_faults.concurrentWriterProbability <= 0)
        m_armed.clear();
}

double FaultInjector::uniform()
{
    // splitmix64: tiny, fast and good enough for fault decisions.
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * (1.0 / 9007199254740992.0);
}

bool FaultInjector::draw(double probability)
{
    return probability > 0 && uniform() < probability;
}

int FaultInjector::latencyMs()
{
    int ms = m_faults.latencyMs;
    if (m_faults.jitterMs > 0)
        ms += static_cast<int>(uniform() * (m_faults.jitterMs + 1));
    return ms;
}

FaultInjector::Failure FaultInjector::failure()
{
    if (draw(m_faults.probability429))
        return Failure::TooManyRequests;
    if (draw(m_faults.probability500))
        return Failure::InternalError;
    if (draw(m_faults.probability503))
        return Failure::Unavailable;
    return Failure::None;
}

void FaultInjector::noteRead(const QString &queueId)
{
    if (draw(m_faults.concurrentWriterProbability))
        m_armed.insert(queueId);
}

std::optional<ScriptStep> FaultInjector::takeScriptStep(const QString &queueId)
{
    const auto it = m_faults.script.find(queueId);
    if (it == m_faults.script.end() || it->isEmpty())
        return std::nullopt;
    const ScriptStep step = it->takeFirst();
    if (it->isEmpty())
        m_faults.script.erase(it);
    return step;
}

int FaultInjector::takeWebhookFailure()
{
    if (m_faults.webhookFailures <= 0)
        return 0;
    --m_faults.webhookFailures;
    return m_faults.webhookFailureStatus;
}

QByteArray FaultInjector::corrupt(const QByteArray &body)
{
    // Half a document and a stray brace: a parser must reject it.
    return body.left(body.size() / 2) + "\"}{";
}

} // namespace holdline::sandbox
