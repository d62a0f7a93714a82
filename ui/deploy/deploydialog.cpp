#include "ui/deploy/deploydialog.h"

#include "ui/editor/strategyeditor.h"

#include "deploy/deploymentengine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;
using deploy::DeployJob;
using deploy::DeployStatus;

DeployDialog::DeployDialog(deploy::DeploymentEngine *engine, deploy::DeployRequest request, const QString &queueName,
                           const QList<FieldChange> &changes, const QList<Finding> &findings, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_request(std::move(request))
    , m_hasErrors(hasErrors(findings))
    , m_summary(new QLabel(this))
    , m_acknowledge(new QCheckBox(tr("I have read the warnings and want to deploy anyway"), this))
    , m_progress(new QProgressBar(this))
    , m_step(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool rollback = m_request.action == history::Action::Rollback;
    setWindowTitle(rollback ? tr("Roll back %1").arg(queueName) : tr("Deploy to %1").arg(queueName));
    setMinimumWidth(520);

    QString html = rollback ? tr("<p>Roll back <b>%1</b> (%2). On the tenant this changes:</p>")
                            : tr("<p>Deploy to <b>%1</b> (%2). On the tenant this changes:</p>");
    html = html.arg(queueName.toHtmlEscaped(), m_request.queueId.toHtmlEscaped());
    QStringList lines;
    for (const FieldChange &c : changes)
        lines.append(u"<li>"_s + describeChange(c).toHtmlEscaped() + u"</li>"_s);
    html += lines.isEmpty() ? tr("<p>Nothing: the strategy is already in place.</p>")
                            : u"<ul>"_s + lines.join(QString()) + u"</ul>"_s;
    QList<Finding> shown;
    for (const Finding &f : findings)
        if (f.severity != FindingSeverity::NeedsPrediction || !f.message.isEmpty())
            shown.append(f);
    if (!shown.isEmpty())
        html += tr("<p>Findings:</p>") + u"<p>"_s + findingsHtml(shown) + u"</p>"_s;
    html += tr("<p>Every other field of the queue is kept as it is; the change is recorded in the history "
               "before it is written.</p>");
    m_summary->setText(html);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const bool warnings = !findingsWithSeverity(findings, FindingSeverity::Warning).isEmpty();
    m_acknowledge->setVisible(warnings && !m_hasErrors);
    m_progress->setRange(0, int(DeployJob::Step::Done));
    m_progress->setVisible(false);
    m_step->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_confirm = m_buttons->addButton(rollback ? tr("&Roll back") : tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] { start(m_request.force); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeployDialog::reject);
    connect(m_acknowledge, &QCheckBox::toggled, this, &DeployDialog::updateConfirm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_step);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    updateConfirm();
}

void DeployDialog::setRollback(qint64 entryId, bool toBefore)
{
    m_rollbackEntry = entryId;
    m_rollbackToBefore = toBefore;
}

void DeployDialog::updateConfirm()
{
    m_confirm->setEnabled(!m_hasErrors && (!m_acknowledge->isVisible() || m_acknowledge->isChecked()));
}

QString DeployDialog::stepText(DeployJob::Step step)
{
    switch (step) {
    case DeployJob::Step::Preparing: return tr("Finding the version to restore in the history…");
    case DeployJob::Step::Reading: return tr("Reading the queue from the tenant…");
    case DeployJob::Step::RecordingIntent: return tr("Recording the change in the history…");
    case DeployJob::Step::Writing: return tr("Writing the queue…");
    case DeployJob::Step::Verifying: return tr("Checking what the tenant stored…");
    case DeployJob::Step::Recording: return tr("Recording the outcome…");
    case DeployJob::Step::Syncing: return tr("Queuing the external sync…");
    case DeployJob::Step::Done: return tr("Done.");
    }
    return {};
}

QString DeployDialog::outcomeText(const deploy::DeployOutcome &o, bool rollback)
{
    switch (o.status) {
    case DeployStatus::Deployed:
        return (rollback ? tr("Rolled back: %1. The queue is now at version %2.")
                         : tr("Deployed: %1. The queue is now at version %2."))
                   .arg(summarizeChanges(o.changes)).arg(o.version)
            + (o.error.isEmpty() ? QString() : u' ' + o.error);
    case DeployStatus::Unchanged: return tr("Nothing to do: the tenant already holds this strategy.");
    case DeployStatus::Planned: return tr("Planned only: %1.").arg(summarizeChanges(o.changes));
    case DeployStatus::Blocked: return tr("Not deployed, the strategy breaks a rule: %1").arg(o.error);
    case DeployStatus::Conflict:
        return tr("Not deployed: someone else changed this queue's strategy since it was read, and Holdline does "
                  "not overwrite their change. %1").arg(o.error);
    case DeployStatus::Cancelled: return tr("Cancelled before anything was written.");
    case DeployStatus::Uncertain: return tr("Outcome not known yet: %1").arg(o.error);
    case DeployStatus::Failed: break;
    }
    return tr("Failed: %1").arg(o.error);
}

void DeployDialog::start(bool force)
{
    m_acknowledge->setEnabled(false);
    m_confirm->setEnabled(false);
    m_step->setVisible(true);
    m_progress->setVisible(true);
    m_result->setVisible(false);
    m_request.force = force;
    if (m_rollbackEntry > 0)
        m_job = m_engine->rollback(m_request.queueId, m_rollbackEntry, m_rollbackToBefore, force);
    else
        m_job = m_engine->deploy(m_request);
    m_step->setText(stepText(m_job->step()));
    connect(m_job, &DeployJob::stepChanged, this, [this](DeployJob::Step step) {
        m_step->setText(stepText(step));
        m_progress->setValue(int(step));
    });
    connect(m_job, &DeployJob::finished, this, &DeployDialog::onJobFinished);
    if (m_job->isFinished())
        onJobFinished();
}

void DeployDialog::onJobFinished()
{
    if (!m_job || m_finished)
        return;
    m_outcome = m_job->outcome();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->setValue(m_progress->maximum());
    m_step->setVisible(false);
    m_progress->setVisible(false);
    m_result->setText(outcomeText(m_outcome, m_rollbackEntry > 0));
    m_result->setVisible(true);
    const bool conflict = m_outcome.status == DeployStatus::Conflict && m_rollbackEntry > 0;
    if (conflict) {
        // A rollback may be forced once the supervisor has read whose change it overwrites.
        m_confirm->setText(tr("Roll back &anyway"));
        m_confirm->setEnabled(true);
        disconnect(m_confirm, &QPushButton::clicked, this, nullptr);
        connect(m_confirm, &QPushButton::clicked, this, [this] { m_finished = false; start(true); });
    } else {
        m_finished = true;
        m_confirm->setVisible(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    Q_EMIT finishedJob(m_outcome);
}

void DeployDialog::reject()
{
    if (m_job && !m_job->isFinished()) {
        m_job->cancel(); // effective until the write is sent; the outcome says which
        m_step->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace holdline::ui
