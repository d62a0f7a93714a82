#pragma once

#include "sandbox/sandboxfaults.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace holdline::sandbox {

// Decides, request by request, which of the configured faults strike. Its
// own PRNG (splitmix64 seeded with --seed) makes a run reproducible: the same
// seed, faults and request sequence give the same failures. A draw is made
// only for a fault whose probability is above zero.
class FaultInjector
{
public:
    enum class Failure { None, TooManyRequests, InternalError, Unavailable };

    explicit FaultInjector(quint64 seed, const SandboxFaults &faults = {});

    const SandboxFaults &faults() const { return m_faults; }
    void setFaults(const SandboxFaults &faults);

    int latencyMs();
    Failure failure();
    bool dropBeforeWrite() { return draw(m_faults.dropBeforeWriteProbability); }
    bool dropAfterWrite() { return draw(m_faults.dropAfterWriteProbability); }
    bool malformJson() { return draw(m_faults.malformedJsonProbability); }

    // The concurrent writer: a GET of a queue may arm it; the next PUT to that
    // queue then finds it changed by someone else first.
    void noteRead(const QString &queueId);
    bool takeConcurrentWrite(const QString &queueId) { return m_armed.remove(queueId); }

    // The next scripted step for a call to this queue, taken; nothing when
    // the queue has no steps left (then faults are drawn as usual).
    std::optional<ScriptStep> takeScriptStep(const QString &queueId);

    // The status the next webhook delivery should fail with, or 0.
    int takeWebhookFailure();

    // A JSON body cut short (and so never valid JSON).
    static QByteArray corrupt(const QByteArray &body);

private:
    bool draw(double probability);
    double uniform();

    quint64 m_state;
    SandboxFaults m_faults;
    QSet<QString> m_armed;
};

} // namespace holdline::sandbox
