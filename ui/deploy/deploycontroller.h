#pragma once

#include "ui/messagebar.h"

#include "deploy/deploytypes.h"
#include "history/historyentry.h"
#include "session/tenantsession.h"

#include <QObject>
#include <QPointer>

class QWidget;


namespace holdline::ui {

class QueueTableModel;
class StrategyDraft;

// The three ways the app changes a tenant — deploy a draft, roll back to a
// history entry, apply a strategy to many queues — each through its dialog.
class DeployController : public QObject
{
    Q_OBJECT
public:
    DeployController(QueueTableModel *queues, QWidget *dialogParent);

    void setSession(TenantSession *session) { m_session = session; }

    void deploy(StrategyDraft *draft);
    void rollback(const history::HistoryEntry &entry, bool toBefore);
    void bulk(const QStringList &queueIds, const WaitStrategy &initial);

Q_SIGNALS:
    // A queue was written (deploy, rollback, or one queue of a bulk run).
    void queueChanged(const holdline::deploy::DeployOutcome &outcome);
    void message(holdline::ui::MessageBar::Level level, const QString &text);

private:
    void report(const QString &queueName, const deploy::DeployOutcome &outcome, bool rollback = false);

    QueueTableModel *m_queues;
    QWidget *m_parent;
    QPointer<TenantSession> m_session;
};

} // namespace holdline::ui
