#pragma once

#include "model/openinghours.h"
#include "model/waitstrategy.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace holdline {

// A queue as the tenant holds it, read once: what Holdline shows and owns,
// typed, and the object itself, kept whole for a read-merge-write (every
// field Holdline does not own must survive a deploy).
struct Queue
{
    // CONTRACT.md §2.1: a queue that states no service-level duration is judged at 20 s.
    static constexpr int DefaultServiceLevelSeconds = 20;

    QString id;
    QString name;
    int version = 0;
    std::optional<WaitStrategy> strategy; // nullopt: the owned fields are unreadable (readError says why)
    QString readError;
    std::optional<OpeningHours> hours;    // nullopt: the tenant does not say
    int serviceLevelSeconds = DefaultServiceLevelSeconds; // mediaSettings.call.serviceLevel.durationMs
    QJsonObject object;                   // as the tenant sent it

    static Queue fromJson(const QJsonObject &object);
};

} // namespace holdline
