#pragma once

#include "api/analyticsclient.h"
#include "api/apierror.h"
#include "deploy/deploytypes.h"
#include "history/historyentry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace holdline::cli {

// The exit code an API error means (CONTRACT.md errors → ExitCode).
int exitCodeFor(const api::ApiError &error);
// The worst exit code of a set of outcomes: authentication > conflict >
// failure > blocked (validation) > ok.
int exitCodeFor(const QList<deploy::DeployOutcome> &outcomes);

// {"field", "before", "after"} per changed field.
QJsonArray changesToJson(const QList<FieldChange> &changes);
QJsonArray findingsToJson(const QList<Finding> &findings);
// One result line of deploy/import/rollback.
QJsonObject outcomeToJson(const deploy::DeployOutcome &outcome);
// {"id", "time", "action", "queueId", "status", "actor", "message", ...}
QJsonObject historyEntryToJson(const history::HistoryEntry &entry);
// Every metric by its contract name; null stays null.
QJsonObject metricsRecordToJson(const api::MetricsRecord &record, const QStringList &metrics);

// "12.3%" or "n/a".
QString formatRate(const std::optional<double> &rate);
// "123 s" or "n/a".
QString formatSeconds(const std::optional<double> &seconds);
// "positionThreshold=10 callback=on(5) abandonment=120 s maxHold=180 s".
QString formatStrategy(const WaitStrategy &strategy);

// Every metric of CONTRACT.md §3 but queue.id and interval.start.
QStringList contractMetricNames();

} // namespace holdline::cli
