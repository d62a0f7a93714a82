#pragma once

#include "common/clock.h"
#include "deploy/deploytypes.h"
#include "history/historyentry.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace holdline {
class StrategyValidator;
}
namespace holdline::api {
class ApiClient;
class TenantRouting;
class QueueReply;
}
namespace holdline::history {
class HistoryStore;
}
namespace holdline::sync {
class SyncOutbox;
}

namespace holdline::deploy {

// What a deploy needs; owned elsewhere, outliving every job.
struct DeployServices
{
    api::TenantRouting *routing = nullptr;
    const api::ApiClient *client = nullptr;        // its calls in flight pace a bulk change; optional
    history::HistoryStore *history = nullptr;
    sync::SyncOutbox *outbox = nullptr;            // optional
    const StrategyValidator *validator = nullptr;  // optional
    ActorContext actor;
    const Clock *clock = Clock::system();
};

// One deploy or rollback of one queue, write-ahead:
//   [rollback: resolve the target from history] → GET (or the request's
//   knownQueue, as listed) → plan and validate →
//   history "pending" → PUT with version → verify what the tenant stored →
//   history "completed" (or "failed"/"conflict") → sync through the outbox.
// A 409 re-reads: if only fields we do not own changed, the owned fields are
// merged onto the new version and written again; if someone changed an owned
// field, it stops and reports rather than overwrite. A write whose answer was
// lost is settled by reading the queue back.
class DeployJob : public QObject
{
    Q_OBJECT
public:
    enum class Step { Preparing, Reading, RecordingIntent, Writing, Verifying, Recording, Syncing, Done };
    Q_ENUM(Step)

    // Testing only: stop dead at a point, as if the process were killed there.
    enum class CrashPoint { None, AfterPending, AfterPut };

    DeployJob(const DeployServices &services, DeployRequest request, QObject *parent = nullptr);
    ~DeployJob() override;

    void start();
    // Effective until the write is sent; after that the job completes.
    void cancel();

    const DeployRequest &request() const { return m_request; }
    const DeployOutcome &outcome() const { return m_outcome; }
    Step step() const { return m_step; }
    bool isFinished() const { return m_step == Step::Done; }

    void setCrashPointForTesting(CrashPoint point) { m_crashPoint = point; }
    // A rollback restores this side of the target entry.
    void setRollbackToBefore(bool before) { m_rollbackToBefore = before; }

Q_SIGNALS:
    void stepChanged(holdline::deploy::DeployJob::Step step);
    void finished();

private:
    void setStep(Step step);
    void prepareRollback();
    void read();
    void onFirstRead(api::QueueReply *reply);
    void plan(const QJsonObject &queue, int version);
    void recordIntent();
    void write();
    void onWritten(api::QueueReply *reply);
    void settleByReading(const QString &why, const api::ApiError &cause);
    void onSettleRead(api::QueueReply *reply, const QString &why, const api::ApiError &cause);
    void acceptStored(const QJsonObject &stored);
    void resolve(history::Status status, const QString &message, const QJsonObject &queueAfter, DeployStatus outcome);
    void syncAndFinish();
    void finish(DeployStatus status, const QString &error = {}, const api::ApiError &apiError = {});
    history::HistoryEntry baseEntry() const;

    DeployServices m_services;
    DeployRequest m_request;
    DeployOutcome m_outcome;
    Step m_step = Step::Preparing;
    CrashPoint m_crashPoint = CrashPoint::None;
    bool m_rollbackToBefore = false;
    bool m_cancelled = false;
    int m_conflictRetries = 0;

    QJsonObject m_queue;       // as last read
    int m_version = 0;
    WaitStrategy m_original;   // owned fields at the first read
    WaitStrategy m_target;
    QJsonObject m_sent;        // the last PUT body
    QString m_entryMac;        // the resolving history entry's MAC (sent with the sync)
};

} // namespace holdline::deploy
