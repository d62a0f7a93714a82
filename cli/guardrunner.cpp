#include "cli/guardrunner.h"

#include "api/routingclient.h"
#include "history/historystore.h"
#include "sandbox/sandboxtenant.h"
#include "session/tenantsession.h"

#include <QTimer>

namespace holdline::cli {

using namespace Qt::StringLiterals;

GuardRunner::GuardRunner(TenantSession *session, deploy::DegradationGuard::Settings settings,
                         sandbox::SandboxTenant *sandbox, bool advanceSandbox, int pollMs, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_guard(session->guard())
    , m_sandbox(sandbox)
    , m_advanceSandbox(advanceSandbox && sandbox)
    , m_timer(new QTimer(this))
{
    m_guard->setSettings(settings);
    m_timer->setInterval(pollMs);
    connect(m_timer, &QTimer::timeout, this, &GuardRunner::tick);
    connect(m_guard, &deploy::DegradationGuard::failed, this, &GuardRunner::failed);
    connect(m_guard, &deploy::DegradationGuard::decided, this,
            [this](const QString &queueId, qint64 entryId, const deploy::GuardVerdict &verdict, bool rollingBack) {
        if (rollingBack)
            m_rollingBack.append(entryId);
        Q_EMIT decided(queueId, entryId, verdict, rollingBack);
    });
    connect(m_session->history(), &history::HistoryStore::entryAppended, this,
            [this](const history::HistoryEntry &entry) {
        if (entry.is(history::Action::Rollback) && !entry.is(history::Status::Pending) && m_rollingBack.contains(entry.targetEntryId)) {
            m_rollingBack.removeAll(entry.targetEntryId);
            Q_EMIT rollbackRecorded(entry.queueId, entry.targetEntryId, entry);
        }
    });
}

void GuardRunner::watch(const QString &queueId, qint64 deployEntryId, const QDateTime &deployedAt)
{
    m_guard->watch(queueId, deployEntryId, deployedAt);
    m_probeQueue = queueId;
    if (!m_oldestDeploy.isValid() || deployedAt < m_oldestDeploy)
        m_oldestDeploy = deployedAt;
    if (!m_timer->isActive())
        m_timer->start();
}

int GuardRunner::watchedCount() const
{
    return m_guard->watchedCount() + int(m_rollingBack.size());
}

void GuardRunner::stop()
{
    m_timer->stop();
}

void GuardRunner::tick()
{
    if (m_busy)
        return;
    if (m_guard->watchedCount() == 0) {
        if (m_rollingBack.isEmpty())
            m_timer->stop();
        return;
    }
    const qint64 window = m_guard->settings().windowSeconds;
    if (m_advanceSandbox) {
        const qint64 remaining = m_oldestDeploy.secsTo(m_sandbox->simulatedNow().addSecs(-window));
        if (remaining < 0)
            m_sandbox->advanceSimulatedTime(std::min<qint64>(-remaining + 1, std::max<qint64>(60, window / 20)));
    }
    // Any answer carries the tenant's time; a queue read is the cheapest call.
    m_busy = true;
    api::QueueReply *reply = m_session->routing()->getQueue(m_probeQueue);
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, window] {
        reply->deleteLater();
        m_busy = false;
        Q_EMIT progress(m_oldestDeploy.secsTo(m_session->tenantNow()), window);
        m_guard->poll();
    });
}

} // namespace holdline::cli
