#include "ui/deploy/bulkdialog.h"

#include "ui/deploy/deploydialog.h"

#include "deploy/bulkdeployment.h"
#include "deploy/queuechange.h"
#include "model/strategyvalidator.h"
#include "predict/calibrationfetch.h"
#include "predict/strategyerlang.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;
using deploy::DeployStatus;

BulkDialog::BulkDialog(deploy::DeploymentEngine *engine, const StrategyValidator *validator, QDate asOf,
                       QList<QueueRow> queues, const WaitStrategy &initial, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_validator(validator)
    , m_asOf(asOf)
    , m_queues(std::move(queues))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(int(m_queues.size()), ColumnCount, this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply a strategy to %n queue(s)", nullptr, int(m_queues.size())));
    resize(760, 560);
    m_form = buildForm(initial);
    m_table->setHorizontalHeaderLabels({tr("Queue"), tr("Change"), tr("Predicted (last day's traffic)"), tr("Outcome")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QueueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PredictedColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Queues and their outcomes"));
    for (int r = 0; r < m_queues.size(); ++r)
        m_table->setItem(r, 0, new QTableWidgetItem(m_queues.at(r).name));
    m_summary->setWordWrap(true);
    m_progress->setRange(0, int(m_queues.size()));
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Progress"));

    m_start = m_buttons->addButton(tr("&Review…"), QDialogButtonBox::AcceptRole);
    m_back = m_buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_back->setVisible(false);
    connect(m_start, &QPushButton::clicked, this, [this] { m_reviewing ? start() : review(); });
    connect(m_back, &QPushButton::clicked, this, &BulkDialog::back);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    preview();
}

QWidget *BulkDialog::buildForm(const WaitStrategy &initial)
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Set these fields on every selected queue; the others stay as they are."), box),
                    0, 0, 1, 3);
    int row = 1;
    for (WaitStrategyField field : allWaitStrategyFields()) {
        // Nothing is set until the supervisor ticks it: safe by default.
        auto *use = new QCheckBox(fieldLabel(field), box);
        use->setChecked(false);
        m_use.insert(field, use);
        QWidget *editor;
        if (isBoolField(field)) {
            m_callback = new QCheckBox(tr("Offer callbacks"), box);
            m_callback->setChecked(initial.callbackEnabled);
            connect(m_callback, &QCheckBox::toggled, this, &BulkDialog::preview);
            editor = m_callback;
        } else {
            auto *spin = new QSpinBox(box);
            spin->setRange(0, 99'999);
            spin->setValue(fieldValue(initial, field).toInt());
            if (!fieldUnit(field).isEmpty())
                spin->setSuffix(u' ' + fieldUnit(field));
            connect(spin, &QSpinBox::valueChanged, this, &BulkDialog::preview);
            m_spins.insert(field, spin);
            editor = spin;
        }
        editor->setAccessibleName(fieldLabel(field));
        editor->setEnabled(false);
        connect(use, &QCheckBox::toggled, editor, &QWidget::setEnabled);
        connect(use, &QCheckBox::toggled, this, &BulkDialog::preview);
        grid->addWidget(use, row, 0);
        grid->addWidget(editor, row, 1);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    return box;
}

QList<FieldAssignment> BulkDialog::assignments() const
{
    QList<FieldAssignment> out;
    for (WaitStrategyField field : allWaitStrategyFields()) {
        if (!m_use.value(field)->isChecked())
            continue;
        const QVariant value = isBoolField(field) ? QVariant(m_callback->isChecked())
                                                  : QVariant(m_spins.value(field)->value());
        out.append({field, value});
    }
    return out;
}

void BulkDialog::preview()
{
    const QList<FieldAssignment> set = assignments();
    int blocked = 0, unchanged = 0;
    m_changing = 0;
    for (int r = 0; r < m_queues.size(); ++r) {
        const QueueRow &q = m_queues.at(r);
        if (!q.strategy) {
            setRowStatus(r, tr("Unreadable on the tenant"), q.readError);
            continue;
        }
        if (set.isEmpty()) { // nothing ticked yet: nothing to say of any queue
            m_table->setItem(r, ChangeColumn, new QTableWidgetItem(tr("—")));
            m_table->setItem(r, PredictedColumn, new QTableWidgetItem(tr("—")));
            setRowStatus(r, tr("—"));
            continue;
        }
        WaitStrategy target = *q.strategy;
        for (const FieldAssignment &a : set)
            setFieldValue(target, a.field, a.value);
        const QList<FieldChange> changes = diffStrategies(*q.strategy, target);
        m_table->setItem(r, ChangeColumn, new QTableWidgetItem(summarizeChanges(changes)));
        m_table->setItem(r, PredictedColumn,
                         new QTableWidgetItem(changes.isEmpty() ? tr("—") : predictedText(q, target)));
        const QList<Finding> findings = m_validator ? m_validator->validate(target, m_asOf) : QList<Finding>();
        if (hasErrors(findings)) {
            ++blocked;
            setRowStatus(r, tr("Would be blocked: %1").arg(findingsWithSeverity(findings, FindingSeverity::Error)
                                                               .first().message));
        } else {
            if (changes.isEmpty())
                ++unchanged;
            else
                ++m_changing;
            setRowStatus(r, changes.isEmpty() ? tr("Already in place") : tr("Ready"));
        }
    }
    if (set.isEmpty())
        m_summary->setText(tr("Tick the fields to set on the %n selected queue(s).", nullptr, int(m_queues.size())));
    else
        m_summary->setText(tr("%1 queue(s) selected: %2 would change, %3 already in place, %4 blocked by a rule "
                              "(left as they are).")
                               .arg(m_queues.size()).arg(m_changing).arg(unchanged).arg(blocked));
    m_start->setEnabled(m_changing > 0);
}

// A second look before writing, as a single deploy has: what is set, on how
// many queues, and what is left alone.
void BulkDialog::review()
{
    QStringList fields;
    for (const FieldAssignment &a : assignments())
        fields.append(tr("%1 to %2").arg(fieldLabel(a.field), formatFieldValue(a.field, a.value)));
    m_reviewing = true;
    m_form->setEnabled(false);
    m_back->setVisible(true);
    m_start->setText(tr("&Write %n queue(s)", nullptr, m_changing));
    m_start->setDefault(false);
    m_back->setDefault(true);
    m_summary->setText(tr("<b>About to set</b> %1 on %n queue(s); the rows below say what changes on each. "
                          "Every write is recorded in the history and can be rolled back.",
                          nullptr, m_changing)
                           .arg(fields.join(u", "_s).toHtmlEscaped()));
}

void BulkDialog::back()
{
    m_reviewing = false;
    m_form->setEnabled(true);
    m_back->setVisible(false);
    m_start->setText(tr("&Review…"));
    preview();
}

void BulkDialog::predictWith(api::TenantAnalytics *analytics)
{
    QHash<QString, predict::QueueFacts> queues;
    for (const QueueRow &q : std::as_const(m_queues))
        if (q.strategy)
            queues.insert(q.id, {*q.strategy, 20});
    if (!analytics || queues.isEmpty())
        return;
    m_predictionNote = tr("calibrating…");
    preview();
    // A day of totals: Erlang A needs the rates, not the time of day.
    auto *fetch = new predict::CalibrationFetch(analytics, queues, u"P1D"_s, QString(), this);
    connect(fetch, &predict::CalibrationFetch::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (fetch->succeeded())
            m_calibrations = fetch->calibrations();
        m_predictionNote = fetch->succeeded() ? QString()
                                              : tr("no prediction: %1").arg(fetch->error().message);
        if (!m_bulk)
            preview();
    });
    fetch->start();
}

// The queue's answered and abandoned shares now and with the change, from
// its last day of traffic; said plainly when that day cannot tell.
QString BulkDialog::predictedText(const QueueRow &queue, const WaitStrategy &target) const
{
    if (!m_predictionNote.isEmpty())
        return m_predictionNote;
    const auto found = m_calibrations.constFind(queue.id);
    if (found == m_calibrations.cend() || !queue.strategy)
        return tr("—");
    const predict::Calibration &c = *found;
    if (c.confidence == predict::Calibration::Confidence::None || c.agents <= 0)
        return tr("no traffic in the last day to predict from");
    const predict::StrategyErlangResult now = predict::strategyErlang(c, *queue.strategy, {});
    const predict::StrategyErlangResult then = predict::strategyErlang(c, target, {});
    const auto pct = [](double v) { return QLocale().toString(v * 100, 'f', 1); };
    return tr("answered %1 → %2 %, abandoned %3 → %4 %")
        .arg(pct(now.value(predict::Metric::AnswerRate)), pct(then.value(predict::Metric::AnswerRate)),
             pct(now.value(predict::Metric::AbandonRate)), pct(then.value(predict::Metric::AbandonRate)));
}

void BulkDialog::setRowStatus(int row, const QString &text, const QString &detail)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(detail.isEmpty() ? text : detail);
    m_table->setItem(row, OutcomeColumn, item);
}

void BulkDialog::start()
{
    QList<deploy::DeployRequest> requests;
    const QList<FieldAssignment> set = assignments();
    for (const QueueRow &q : std::as_const(m_queues)) {
        deploy::DeployRequest r;
        r.queueId = q.id;
        r.assignments = set;
        requests.append(r);
    }
    m_form->setEnabled(false);
    m_start->setEnabled(false);
    m_back->setVisible(false);
    m_progress->setVisible(true);
    m_bulk = new deploy::BulkDeployment(m_engine, requests, deploy::BulkDeployment::AutoConcurrency, this);
    connect(m_bulk, &deploy::BulkDeployment::queueStepChanged, this,
            [this](int index, const QString &, deploy::DeployJob::Step step) {
                setRowStatus(index, DeployDialog::stepText(step));
            });
    connect(m_bulk, &deploy::BulkDeployment::queueFinished, this,
            [this](int index, const deploy::DeployOutcome &outcome) {
                setRowStatus(index, DeployDialog::outcomeText(outcome));
                if (outcome.status == DeployStatus::Deployed)
                    Q_EMIT queueDeployed(outcome);
            });
    connect(m_bulk, &deploy::BulkDeployment::progress, m_progress, &QProgressBar::setValue);
    connect(m_bulk, &deploy::BulkDeployment::finished, this, [this] {
        m_finished = true;
        m_summary->setText(outcomeSummary());
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        Q_EMIT finishedRun();
    });
    m_summary->setText(tr("Deploying… Cancel stops the queues not yet written."));
    m_bulk->start();
}

// Only the outcomes that happened, worst first.
QString BulkDialog::outcomeSummary() const
{
    const QList<std::pair<DeployStatus, QString>> kinds{
        {DeployStatus::Failed, tr("%n failed", nullptr, m_bulk->count(DeployStatus::Failed))},
        {DeployStatus::Uncertain, tr("%n not known yet (pending in the history)", nullptr,
                                     m_bulk->count(DeployStatus::Uncertain))},
        {DeployStatus::Conflict, tr("%n changed by someone else first", nullptr, m_bulk->count(DeployStatus::Conflict))},
        {DeployStatus::Blocked, tr("%n blocked by a rule", nullptr, m_bulk->count(DeployStatus::Blocked))},
        {DeployStatus::Cancelled, tr("%n cancelled", nullptr, m_bulk->count(DeployStatus::Cancelled))},
        {DeployStatus::Unchanged, tr("%n already in place", nullptr, m_bulk->count(DeployStatus::Unchanged))},
        {DeployStatus::Deployed, tr("%n deployed", nullptr, m_bulk->count(DeployStatus::Deployed))},
    };
    QStringList parts;
    for (const auto &[status, text] : kinds)
        if (m_bulk->count(status) > 0)
            parts.append(text);
    return tr("Done: %1.").arg(parts.join(u", "_s));
}

void BulkDialog::reject()
{
    if (isRunning()) {
        m_bulk->cancel();
        m_summary->setText(tr("Cancelling: queues already being written finish; the others are left as they are."));
        return;
    }
    QDialog::reject();
}

} // namespace holdline::ui
