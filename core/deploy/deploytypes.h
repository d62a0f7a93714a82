#pragma once

#include "api/apierror.h"
#include "history/historyvocabulary.h"
#include "model/finding.h"
#include "model/strategydiff.h"
#include "model/waitstrategy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace holdline::deploy {

// Who acts, on which tenant; recorded with every history entry.
struct ActorContext
{
    QString osUser;
    QString clientId;
    QString tenant;       // base URL
    QUrl syncEndpoint;    // empty: no external sync

    static QString currentOsUser();
};

// What to change on one queue.
struct DeployRequest
{
    QString queueId;
    history::Action action = history::Action::Deploy; // or Rollback
    // A deploy sets these fields on the queue's current strategy ...
    QList<FieldAssignment> assignments;
    // ... a rollback sets the whole strategy.
    std::optional<WaitStrategy> fullTarget;
    // A rollback refuses when the queue's owned fields are not these (someone
    // else changed them since), unless forced.
    std::optional<WaitStrategy> expectedCurrent;
    bool force = false;
    qint64 targetEntryId = 0;  // a rollback's history entry
    bool dryRun = false;       // plan only: nothing is written
    // A deploy's queue as a listing just returned it, version included: the
    // plan starts from it and the versioned PUT checks it is still current
    // (a 409 reads the queue and merges), so the queue costs one request.
    QJsonObject knownQueue;
};

enum class DeployStatus {
    Planned,    // dry run
    Deployed,
    Unchanged,  // already at the target: nothing written
    Blocked,    // the target fails validation: nothing written
    Conflict,   // someone else changed an owned field: nothing overwritten
    Failed,
    // The write may have been applied: its answer was lost and so was the
    // read-back. The pending history entry (pendingEntryId) stays open until
    // Holdline reads the queue again and settles it; never reported as failed.
    Uncertain,
    Cancelled, // keep last: DeployStatusCount counts up to it
};
inline constexpr int DeployStatusCount = int(DeployStatus::Cancelled) + 1;

QString deployStatusName(DeployStatus status); // "deployed", "unchanged", ... (stable, for JSON)

struct DeployOutcome
{
    QString queueId;
    DeployStatus status = DeployStatus::Failed;
    QString error;                 // for people; empty on success
    api::ApiError apiError;        // when the tenant was the cause
    qint64 entryId = 0;            // the resolving history entry (0 when nothing was recorded)
    qint64 pendingEntryId = 0;
    std::optional<WaitStrategy> before;
    std::optional<WaitStrategy> after;
    QList<FieldChange> changes;
    QList<Finding> findings;
    QJsonObject queueAfter;        // as the tenant stored it
    QString syncKey;               // the outbox's idempotency key, when synced
    int version = 0;               // the queue's version after (or as read, when nothing was written)

    bool succeeded() const { return status == DeployStatus::Deployed || status == DeployStatus::Unchanged
                                    || status == DeployStatus::Planned; }
};

} // namespace holdline::deploy
