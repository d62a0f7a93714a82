#include "deploy/queuechange.h"

#include "model/queuemapping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace holdline::deploy {

using namespace Qt::StringLiterals;

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QueueChange)
};
} // namespace

std::optional<WaitStrategy> targetStrategy(const DeployRequest &request, const WaitStrategy &current, QString *error)
{
    if (request.fullTarget)
        return *request.fullTarget;
    WaitStrategy target = current;
    for (const FieldAssignment &assignment : request.assignments) {
        if (!setFieldValue(target, assignment.field, assignment.value)) {
            *error = Text::tr("%1 cannot be set to \"%2\".").arg(fieldName(assignment.field), assignment.value.toString());
            return std::nullopt;
        }
    }
    return target;
}

QJsonObject withoutManagedFields(QJsonObject queue)
{
    for (const auto key : {"version"_L1, "dateModified"_L1, "modifiedBy"_L1})
        queue.remove(key);
    return queue;
}

QString checkStoredQueue(const QJsonObject &sent, const QJsonObject &stored, const WaitStrategy &target)
{
    const QueueReadResult read = readWaitStrategy(stored);
    if (!read.isOk())
        return Text::tr("The tenant's answer has a malformed strategy: %1").arg(read.errorString());
    if (*read.strategy != target)
        return Text::tr("The tenant stored a different strategy: %1")
            .arg(summarizeChanges(diffStrategies(target, *read.strategy)));
    if (canonicalJson(withoutManagedFields(sent)) != canonicalJson(withoutManagedFields(stored))) {
        QStringList changed;
        const QJsonObject a = withoutManagedFields(sent);
        const QJsonObject b = withoutManagedFields(stored);
        for (auto it = a.begin(); it != a.end(); ++it)
            if (b.value(it.key()) != it.value())
                changed.append(it.key());
        for (auto it = b.begin(); it != b.end(); ++it)
            if (!a.contains(it.key()))
                changed.append(it.key());
        return Text::tr("The tenant did not keep the queue's other fields as sent (%1).").arg(changed.join(", "_L1));
    }
    return {};
}

QJsonArray diffToJson(const QList<FieldChange> &changes)
{
    QJsonArray array;
    for (const FieldChange &change : changes)
        array.append(QJsonObject{
            {"field"_L1, fieldName(change.field)},
            {"before"_L1, QJsonValue::fromVariant(change.before)},
            {"after"_L1, QJsonValue::fromVariant(change.after)},
        });
    return array;
}

QString deployStatusName(DeployStatus status)
{
    switch (status) {
    case DeployStatus::Planned: return u"planned"_s;
    case DeployStatus::Deployed: return u"deployed"_s;
    case DeployStatus::Unchanged: return u"unchanged"_s;
    case DeployStatus::Blocked: return u"blocked"_s;
    case DeployStatus::Conflict: return u"conflict"_s;
    case DeployStatus::Failed: return u"failed"_s;
    case DeployStatus::Uncertain: return u"uncertain"_s;
    case DeployStatus::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString ActorContext::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

} // namespace holdline::deploy
