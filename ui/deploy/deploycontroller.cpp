#include "ui/deploy/deploycontroller.h"

#include "ui/deploy/bulkdialog.h"
#include "ui/deploy/deploydialog.h"
#include "ui/editor/strategydraft.h"
#include "ui/queues/queuetablemodel.h"

#include "model/queuemapping.h"
#include "session/tenantsession.h"

namespace holdline::ui {

using namespace Qt::StringLiterals;
using deploy::DeployStatus;
using Level = MessageBar::Level;

DeployController::DeployController(QueueTableModel *queues, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_queues(queues)
    , m_parent(dialogParent)
{
}

void DeployController::deploy(StrategyDraft *draft)
{
    if (!m_session || !draft || !draft->isDirty() || draft->hasErrors())
        return;
    deploy::DeployRequest request;
    request.queueId = draft->queueId();
    for (const FieldChange &c : draft->changes())
        request.assignments.append({c.field, c.after});
    auto *dialog = new DeployDialog(m_session->engine(), request, draft->queueName(), draft->changes(),
                                    draft->findings(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = draft->queueName();
    connect(dialog, &DeployDialog::finishedJob, this,
            [this, name](const deploy::DeployOutcome &outcome) { report(name, outcome); });
    dialog->open();
}

void DeployController::rollback(const history::HistoryEntry &entry, bool toBefore)
{
    if (!m_session)
        return;
    const QueueRow *row = m_queues->queue(entry.queueId);
    const QueueReadResult target = toBefore ? entry.strategyBefore() : entry.strategyAfter();
    if (!target.isOk()) {
        Q_EMIT message(Level::Error, tr("History entry %1 holds no complete strategy to restore: %2")
                                         .arg(entry.id).arg(target.errorString()));
        return;
    }
    if (!row || !row->strategy) {
        Q_EMIT message(Level::Error, tr("Queue %1 is not on this tenant any more, or its strategy is unreadable.")
                                         .arg(entry.queueId));
        return;
    }
    const QList<FieldChange> changes = diffStrategies(*row->strategy, *target.strategy);
    deploy::DeployRequest request;
    request.queueId = entry.queueId;
    request.action = history::Action::Rollback;
    request.targetEntryId = entry.id;
    const QList<Finding> findings = m_session->validator().validate(*target.strategy, m_session->tenantNow().date());
    auto *dialog = new DeployDialog(m_session->engine(), request, row->name, changes, findings, m_parent);
    dialog->setRollback(entry.id, toBefore);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployDialog::finishedJob, this,
            [this, name = row->name](const deploy::DeployOutcome &outcome) { report(name, outcome, true); });
    dialog->open();
}

void DeployController::bulk(const QStringList &queueIds, const WaitStrategy &initial)
{
    if (!m_session || queueIds.isEmpty())
        return;
    QList<QueueRow> rows;
    for (const QString &id : queueIds)
        if (const QueueRow *row = m_queues->queue(id))
            rows.append(*row);
    auto *dialog = new BulkDialog(m_session->engine(), &m_session->validator(), m_session->tenantNow().date(), rows,
                                  initial, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->predictWith(m_session->analytics());
    connect(dialog, &BulkDialog::queueDeployed, this, &DeployController::queueChanged);
    dialog->open();
}

void DeployController::report(const QString &queueName, const deploy::DeployOutcome &outcome, bool rollback)
{
    const QString text = tr("%1: %2").arg(queueName, DeployDialog::outcomeText(outcome, rollback));
    switch (outcome.status) {
    case DeployStatus::Deployed:
        Q_EMIT queueChanged(outcome);
        Q_EMIT message(outcome.error.isEmpty() ? Level::Info : Level::Warning, text);
        break;
    case DeployStatus::Unchanged:
    case DeployStatus::Planned:
    case DeployStatus::Cancelled: Q_EMIT message(Level::Info, text); break;
    case DeployStatus::Conflict:
    case DeployStatus::Uncertain:
        Q_EMIT queueChanged(outcome); // re-read: the list must show what the tenant now holds
        Q_EMIT message(Level::Warning, text);
        break;
    case DeployStatus::Blocked:
    case DeployStatus::Failed: Q_EMIT message(Level::Error, text); break;
    }
}

} // namespace holdline::ui
