#pragma once

#include "model/waitstrategy.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace holdline::cli {

// A file of strategies for plan/deploy --file and import. Two shapes:
//   a flat strategy, some or all of the fields: {"positionThreshold": 7, ...}
//   an 'export' file: {"queues": [{"queueId": "q-1", "strategy": {...}}, ...]}
// Reading is strict: an unknown key, a wrong type or a repeated queue is an
// error naming it, so a typo can never deploy half a change.
struct StrategyFile
{
    bool perQueue = false;                          // the 'export' shape
    QList<FieldAssignment> common;                  // flat shape
    QStringList queueIds;                           // export shape, in file order
    QHash<QString, QList<FieldAssignment>> queues;  // export shape

    // The fields for one queue; nullopt when an export file does not name it.
    std::optional<QList<FieldAssignment>> assignmentsFor(const QString &queueId) const;

    static std::optional<StrategyFile> read(const QString &path, QString *error);
    static std::optional<StrategyFile> fromJson(const QJsonObject &json, QString *error);
};

// The fields of a flat strategy object; every key must be a field name.
std::optional<QList<FieldAssignment>> assignmentsFromFlatJson(const QJsonObject &object, QString *error);

} // namespace holdline::cli
