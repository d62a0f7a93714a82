#pragma once

#include "sandbox/queuevalidator.h"
#include "sim/seededqueues.h"
#include "sim/simstrategy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace holdline::sandbox {

// The tenant's queue objects (CONTRACT.md §2.2) in listing order, with the
// full-replace and optimistic-concurrency rules of §2.3. Knows nothing of
// HTTP or of the simulation: the caller maps results to answers and pushes
// strategy changes to the simulation.
class QueueStore
{
public:
    explicit QueueStore(TenantLimits limits) : m_limits(limits) {}

    // Seeds one queue object from a simulated queue's profile and strategy.
    void addSeeded(const sim::SeededQueue &seed, qint64 modifiedSecs);

    qsizetype size() const { return m_order.size(); }
    QJsonObject at(qsizetype index) const { return m_queues.value(m_order.at(index)); }
    const QStringList &ids() const { return m_order; }
    std::optional<QJsonObject> find(const QString &id) const;

    struct ReplaceResult
    {
        enum class Kind { Replaced, NotFound, Conflict, Invalid } kind = Kind::Replaced;
        QJsonObject stored;     // Replaced
        qint64 currentVersion = 0; // Conflict
        FieldErrors errors;     // Invalid
    };
    // PUT semantics. expectedVersions: from If-Match ("*" is std::nullopt in
    // the list and matches anything); empty when the header is absent.
    ReplaceResult replace(const QString &id, const QJsonObject &body, const QList<std::optional<qint64>> &ifMatch,
                          const QString &modifiedBy, qint64 nowSecs);

    // The concurrent-writer fault: another supervisor saves the queue,
    // bumping its version and maybe changing one field. Returns the new object.
    std::optional<QJsonObject> writeByOther(const QString &id, const QString &field, qint64 nowSecs);

    // CONTRACT.md §2.2's id rule: 1..64 of [A-Za-z0-9_.-].
    static bool isValidId(QStringView id);
    // What the simulation applies for a stored queue (§2.4); an absent field
    // turns its mechanism off.
    static sim::SimStrategy strategyOf(const QJsonObject &queue);

private:
    TenantLimits m_limits;
    QStringList m_order;
    QHash<QString, QJsonObject> m_queues;
};

} // namespace holdline::sandbox
