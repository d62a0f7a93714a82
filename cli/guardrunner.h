#pragma once

#include "deploy/degradationguard.h"

#include <QDateTime>
#include <QObject>

class QTimer;

namespace holdline {
class TenantSession;
}
namespace holdline::history {
struct HistoryEntry;
}
namespace holdline::sandbox {
class SandboxTenant;
}

namespace holdline::cli {

// Drives the session's DegradationGuard on the tenant's clock without ever sleeping: a
// QTimer reads a queue (whose answer carries the tenant's time), then lets
// the guard judge every window that has passed. With an in-process sandbox
// and advanceSandbox, each tick also moves the simulated clock on, so a
// 30-minute window passes in moments. A guard rollback is reported once its
// history entry is written.
class GuardRunner : public QObject
{
    Q_OBJECT
public:
    GuardRunner(TenantSession *session, deploy::DegradationGuard::Settings settings,
                sandbox::SandboxTenant *sandbox, bool advanceSandbox, int pollMs, QObject *parent = nullptr);

    void watch(const QString &queueId, qint64 deployEntryId, const QDateTime &deployedAt);
    int watchedCount() const;
    qint64 windowSeconds() const { return m_guard->settings().windowSeconds; }
    void stop();

Q_SIGNALS:
    // Seconds of tenant time since the oldest watched deploy.
    void progress(qint64 elapsedSeconds, qint64 windowSeconds);
    void decided(const QString &queueId, qint64 deployEntryId, const holdline::deploy::GuardVerdict &verdict,
                 bool rollingBack);
    // The guard's rollback has been recorded (completed, failed, conflict, ...).
    void rollbackRecorded(const QString &queueId, qint64 deployEntryId, const holdline::history::HistoryEntry &entry);
    void failed(const QString &queueId, const QString &error);

private:
    void tick();

    TenantSession *m_session;
    deploy::DegradationGuard *m_guard;
    sandbox::SandboxTenant *m_sandbox;
    bool m_advanceSandbox;
    QTimer *m_timer;
    QString m_probeQueue;
    QDateTime m_oldestDeploy;
    QList<qint64> m_rollingBack;
    bool m_busy = false;
};

} // namespace holdline::cli
