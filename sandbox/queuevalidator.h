#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace holdline::sandbox {

using FieldErrors = QList<std::pair<QString, QString>>; // field (dotted), message

// The tenant's limits (CONTRACT.md §2.3), on top of the contract's ranges.
struct TenantLimits
{
    int maxPositionThreshold = 50;
    int maxHoldTimeSeconds = 3600;
};

// Integer-valued JSON number (10 and 10.0 are, 10.5 and "10" are not).
std::optional<qint64> jsonInteger(const QJsonValue &value);

// Checks the body of PUT /api/v2/routing/queues/{id}: the type and range of
// every field the contract defines, the cross rule callback <= wait
// threshold, and the tenant limits. Unknown fields are tenant data: any type.
FieldErrors validateQueueBody(const QJsonObject &body, const QString &pathId, const TenantLimits &limits);

} // namespace holdline::sandbox
