#pragma once

#include "deploy/deployjob.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace holdline::deploy {
class DeploymentEngine;
}

namespace holdline::ui {

// Confirm → progress → outcome of one deploy or rollback. The confirmation
// shows exactly what changes and every finding; warnings must be acknowledged.
// The job runs in core; this dialog only follows its steps.
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    DeployDialog(deploy::DeploymentEngine *engine, deploy::DeployRequest request, const QString &queueName,
                 const QList<FieldChange> &changes, const QList<Finding> &findings, QWidget *parent = nullptr);

    // A rollback uses the engine's history-driven job (entry and side).
    void setRollback(qint64 entryId, bool toBefore);

    QPushButton *confirmButton() const { return m_confirm; }
    QCheckBox *acknowledgeWarnings() const { return m_acknowledge; }
    bool isFinished() const { return m_finished; }
    const deploy::DeployOutcome &outcome() const { return m_outcome; }

    static QString stepText(deploy::DeployJob::Step step);
    static QString outcomeText(const deploy::DeployOutcome &outcome, bool rollback = false);

    // While the job runs: cancel it (effective until the write is sent); after: close.
    void reject() override;

Q_SIGNALS:
    void finishedJob(const holdline::deploy::DeployOutcome &outcome);


private:
    void start(bool force);
    void onJobFinished();
    void updateConfirm();

    deploy::DeploymentEngine *m_engine;
    deploy::DeployRequest m_request;
    qint64 m_rollbackEntry = 0;
    bool m_rollbackToBefore = false;
    QPointer<deploy::DeployJob> m_job;
    deploy::DeployOutcome m_outcome;
    bool m_finished = false;
    bool m_hasErrors = false;
    QLabel *m_summary;
    QCheckBox *m_acknowledge;
    QProgressBar *m_progress;
    QLabel *m_step;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace holdline::ui
