#pragma once

#include "deploy/deploytypes.h"

namespace holdline::deploy {

// The pure steps of a deploy, apart from any I/O, so each is tested on its own.

// The strategy the request asks for, given the queue's current one.
std::optional<WaitStrategy> targetStrategy(const DeployRequest &request, const WaitStrategy &current,
                                           QString *error);

// The queue with the fields the tenant manages removed: what must survive a
// PUT unchanged, apart from the owned fields.
QJsonObject withoutManagedFields(QJsonObject queue);

// Empty when the tenant stored what was sent (the owned fields at the target,
// every other field as it was); else what differs.
QString checkStoredQueue(const QJsonObject &sent, const QJsonObject &stored, const WaitStrategy &target);

// The owned fields of a queue as a history-friendly diff array.
QJsonArray diffToJson(const QList<FieldChange> &changes);

} // namespace holdline::deploy
