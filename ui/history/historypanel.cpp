#include "ui/history/historypanel.h"

#include "ui/history/historymodel.h"
#include "ui/metricformat.h"
#include "ui/statuscolors.h"

#include "deploy/degradationguard.h"
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "model/strategydiff.h"
#include "session/tenantsession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

namespace holdline::ui {

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_onlyQueue(new QCheckBox(tr("Only the selected &queue"), this))
    , m_allTenants(new QCheckBox(tr("&Every tenant"), this))
    , m_integrity(new QLabel(this))
    , m_elsewhere(new QLabel(this))
    , m_rollBack(new QPushButton(tr("Roll &back to this version"), this))
    , m_restoreBefore(new QPushButton(tr("Restore the version &before this change"), this))
    , m_verifyLater(new QTimer(this))
    , m_fitColumns(new QTimer(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("History entries"));
    m_details->setAccessibleName(tr("Selected entry"));
    m_details->setOpenLinks(false);
    m_integrity->setAccessibleName(tr("Audit trail integrity"));
    m_verifyLater->setSingleShot(true);
    m_verifyLater->setInterval(300);
    connect(m_verifyLater, &QTimer::timeout, this, &HistoryPanel::verify);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::showSelected);
    // Columns fit what they hold (the summary takes the rest), once per turn
    // of the event loop however many rows came (a colleague's bulk deploy).
    m_fitColumns->setSingleShot(true);
    m_fitColumns->setInterval(0);
    connect(m_fitColumns, &QTimer::timeout, this, [this] {
        for (int c = HistoryModel::Time; c < HistoryModel::Summary; ++c) {
            m_view->resizeColumnToContents(c);
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), m_view->fontMetrics().averageCharWidth() * 22));
        }
    });
    // Measured on a sample of rows, not every row read (bench_historypanel:
    // 1,000 rows of dates and names took some 25 ms of the UI thread); an
    // older page below needs no new fit.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_model, &QAbstractItemModel::modelReset, m_fitColumns, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_fitColumns->start();
    });
    connect(m_model, &HistoryModel::olderEntriesWanted, this, &HistoryPanel::readOlder);
    connect(m_onlyQueue, &QCheckBox::toggled, this, &HistoryPanel::reload);
    connect(m_allTenants, &QCheckBox::toggled, this, &HistoryPanel::reload);
    m_allTenants->setToolTip(tr("Show the entries of every tenant this history has recorded, not only this one's"));
    m_elsewhere->setWordWrap(true);
    m_elsewhere->setVisible(false);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (const auto *e = selected())
            Q_EMIT rollbackRequested(*e, false);
    });
    connect(m_restoreBefore, &QPushButton::clicked, this, [this] {
        if (const auto *e = selected())
            Q_EMIT rollbackRequested(*e, true);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_onlyQueue);
    top->addWidget(m_allTenants);
    top->addStretch();
    top->addWidget(m_integrity);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restoreBefore);
    buttons->addWidget(m_rollBack);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_details);
    bottomLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_elsewhere);
    layout->addWidget(split);
    showSelected();
}

void HistoryPanel::setSession(TenantSession *session)
{
    if (m_session)
        disconnect(m_session->history(), nullptr, this, nullptr);
    m_session = session;
    m_model->setEntries({});
    if (!session)
        return;
    connect(session->history(), &history::HistoryStore::entryAppended, this, &HistoryPanel::onEntryAppended);
    // A team's history: another supervisor's change shows here as it is
    // committed, in its place by id; the rows read and the selection stay.
    connect(session->history(), &history::HistoryStore::entriesAppendedElsewhere, this,
            [this](const QList<history::HistoryEntry> &entries) {
                const history::HistoryFilter listed = filter();
                QList<history::HistoryEntry> shown;
                for (const history::HistoryEntry &e : entries)
                    if (matches(listed, e))
                        shown.append(e);
                m_model->addNewer(shown);
                m_verifyLater->start();
            });
    reload();
    verify();
}

void HistoryPanel::setCurrentQueue(const QString &queueId)
{
    m_queueId = queueId;
    if (m_onlyQueue->isChecked())
        reload();
}

history::HistoryFilter HistoryPanel::filter() const
{
    history::HistoryFilter filter;
    if (!m_allTenants->isChecked())
        filter.tenant = m_session->tenantKey();
    if (m_onlyQueue->isChecked())
        filter.queueId = m_queueId;
    filter.limit = m_pageSize;
    filter.omitSettledPending = true;
    return filter;
}

bool HistoryPanel::matches(const history::HistoryFilter &f, const history::HistoryEntry &entry)
{
    return (f.tenant.isEmpty() || entry.tenant == f.tenant) && (f.queueId.isEmpty() || entry.queueId == f.queueId);
}

void HistoryPanel::reload()
{
    if (!m_session)
        return;
    const int generation = ++m_readGeneration;
    m_session->history()->entries(filter(), this, [this, generation](QList<history::HistoryEntry> entries,
                                                                       QString error) {
        if (generation != m_readGeneration)
            return;
        if (!error.isEmpty())
            m_details->setPlainText(tr("The history could not be read: %1").arg(error));
        m_model->setEntries(entries, entries.size() == m_pageSize);
        explainElsewhere();
    });
}

void HistoryPanel::readOlder(qint64 beforeId)
{
    if (!m_session)
        return;
    history::HistoryFilter older = filter();
    older.beforeId = beforeId;
    const int generation = m_readGeneration;
    m_session->history()->entries(older, this, [this, generation](QList<history::HistoryEntry> entries,
                                                                   QString error) {
        if (generation != m_readGeneration)
            return;
        if (!error.isEmpty()) {
            m_model->olderEntriesFailed();
            m_details->setPlainText(tr("Older entries could not be read: %1").arg(error));
            return;
        }
        m_model->appendOlder(entries, entries.size() == m_pageSize);
        explainElsewhere();
    });
}

void HistoryPanel::verify()
{
    if (!m_session)
        return;
    m_integrity->setText(tr("Verifying the audit trail…"));
    m_session->history()->verify(this, [this](history::VerifyResult result) {
        const bool limited = !result.limits.isEmpty();
        const QColor badge = complianceColor(!result.ok ? Compliance::Violations
                                             : limited  ? Compliance::Warnings
                                                        : Compliance::Compliant);
        const QString text = !result.ok && result.firstBadId == 0
                                 ? tr("Audit trail cannot be trusted: %1").arg(result.problem.toHtmlEscaped())
                             : !result.ok ? tr("Audit trail broken at entry %1: %2")
                                              .arg(result.firstBadId)
                                              .arg(result.problem.toHtmlEscaped())
                             : limited ? tr("Audit trail chains (%n entries), not keyed", nullptr, result.entries)
                                       : tr("Audit trail intact (%n entries)", nullptr, result.entries);
        m_integrity->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(badge.name(), text));
        m_historyEntries = result.entries;
        explainElsewhere();
        m_integrity->setToolTip(!result.ok ? tr("An entry was altered, inserted or deleted outside Holdline.")
                                : limited  ? result.limits
                                           : tr("Every entry carries the MAC of this history's key (kept in the "
                                                "keychain) and chains to the one before it, up to the anchored last "
                                                "entry #%1.").arg(result.anchorId));
    });
}

void HistoryPanel::setQueueNames(std::function<QString(const QString &)> nameOf)
{
    m_nameOf = nameOf;
    m_model->setQueueNames(std::move(nameOf));
}

QString HistoryPanel::queueName(const QString &queueId) const
{
    const QString name = m_nameOf ? m_nameOf(queueId) : QString();
    return name.isEmpty() ? queueId : name;
}

// The integrity line counts the whole history; when the list shows fewer,
// say where the others are instead of leaving the supervisor to wonder.
void HistoryPanel::explainElsewhere()
{
    const bool filtered = !m_allTenants->isChecked() && !m_onlyQueue->isChecked();
    const int here = m_model->entriesRead();
    const int elsewhere = m_historyEntries - here;
    const bool complete = !m_model->hasMore(); // every page read
    m_elsewhere->setVisible(m_session && filtered && complete && elsewhere > 0);
    if (m_elsewhere->isVisible())
        m_elsewhere->setText(tr("%n more entries in this history belong to other tenants, or to earlier sandbox runs "
                                "(each run has its own address). Tick “Every tenant” to see them.",
                                nullptr, elsewhere));
}

void HistoryPanel::onEntryAppended(const history::HistoryEntry &entry)
{
    if (!m_session || !matches(filter(), entry))
        return;
    m_model->addNewer({entry});
    Q_EMIT entryAdded(entry);
    m_verifyLater->start();
}

void HistoryPanel::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

const history::HistoryEntry *HistoryPanel::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? &m_model->entryAt(current.row()) : nullptr;
}

void HistoryPanel::updateActions()
{
    const history::HistoryEntry *e = selected();
    const bool can = e && HistoryModel::canRollBack(*e);
    const std::optional<WaitStrategy> live = (can && m_deployedOf) ? m_deployedOf(e->queueId) : std::nullopt;
    // Offered only when putting the strategy back would change the queue.
    const auto offer = [&](QPushButton *button, const QueueReadResult &target, const QString &tip) {
        const bool already = live && target.isOk() && *target.strategy == *live;
        button->setEnabled(can && target.isOk() && !already);
        button->setToolTip(already ? tr("The queue already runs this strategy: nothing to put back.") : tip);
    };
    offer(m_rollBack, e ? e->strategyAfter() : QueueReadResult{},
          tr("Put back the strategy this entry left on the queue"));
    offer(m_restoreBefore, e ? e->strategyBefore() : QueueReadResult{},
          tr("Put back the strategy the queue had before this entry"));
}

void HistoryPanel::showSelected()
{
    const history::HistoryEntry *e = selected();
    updateActions();
    if (!e) {
        m_details->setHtml(tr("<p>Select an entry to see exactly what it changed.</p>"));
        return;
    }
    m_details->setHtml(diffHtml(*e));
}

QString HistoryPanel::diffHtml(const history::HistoryEntry &e) const
{
    QString html = tr("<h3>#%1 · %2 of %3 — %4</h3>")
                       .arg(e.id)
                       .arg(history::actionLabel(e.action), queueName(e.queueId).toHtmlEscaped(),
                            history::statusLabel(e.status));
    const std::optional<QDateTime> tenantAt = e.tenantTime();
    const QString when = tenantAt
        ? tr("%1 on the tenant's clock").arg(QLocale().toString(tenantAt->toLocalTime(), QLocale::LongFormat))
        : tr("%1 by this computer's clock").arg(QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat));
    html += tr("<p>%1, by %2, on %3</p>").arg(when, e.actor().toHtmlEscaped(), e.tenant.toHtmlEscaped());
    if (!e.message.isEmpty())
        html += u"<p>"_s + e.message.toHtmlEscaped() + u"</p>"_s;
    const QueueReadResult before = e.strategyBefore();
    const QueueReadResult after = e.strategyAfter();
    if (before.isOk() && after.isOk()) {
        html += tr("<table cellpadding=3><tr><th align=left>Field</th><th align=right>Before</th>"
                   "<th align=right>After</th></tr>");
        for (WaitStrategyField f : allWaitStrategyFields()) {
            const QVariant b = fieldValue(*before.strategy, f);
            const QVariant a = fieldValue(*after.strategy, f);
            const QString mark = a == b ? QString() : u"<b>"_s;
            const QString unmark = a == b ? QString() : u"</b>"_s;
            html += u"<tr><td>%1%2%3</td><td align=right>%4</td><td align=right>%1%5%3</td></tr>"_s.arg(
                mark, fieldLabel(f).toHtmlEscaped(), unmark, formatFieldValue(f, b).toHtmlEscaped(),
                formatFieldValue(f, a).toHtmlEscaped());
        }
        html += u"</table>"_s;
        // Fields Holdline does not own must come through a deploy untouched: say so when they did not.
        const QStringList others = e.unownedFieldsChanged();
        if (!others.isEmpty())
            html += tr("<p>Other fields that differ: %1</p>").arg(others.join(u", "_s).toHtmlEscaped());
        html += tr("<p>Version %1 → %2</p>")
                    .arg(e.versionBefore())
                    .arg(e.versionAfter());
    }
    if (e.resolvesEntryId > 0)
        html += tr("<p>Resolves pending entry #%1.</p>").arg(e.resolvesEntryId);
    if (e.targetEntryId > 0)
        html += tr("<p>Refers to entry #%1.</p>").arg(e.targetEntryId);
    if (const QString guard = guardHtml(e); !guard.isEmpty())
        html += guard;
    else if (!e.details.isEmpty())
        html += u"<pre>"_s + e.detailsText().toHtmlEscaped() + u"</pre>"_s;
    return html;
}

// A guard decision in words: the verdict, then the two windows side by side.
QString HistoryPanel::guardHtml(const history::HistoryEntry &e) const
{
    const std::optional<deploy::GuardRecord> record = deploy::guardRecordOf(e);
    if (!record)
        return {};
    const deploy::GuardVerdict &v = record->verdict;
    const QString minutes = QLocale().toString(record->windowSeconds / 60);
    QString html;
    switch (v.kind) {
    case deploy::GuardVerdict::Kind::Healthy:
        html = tr("<p>The guard found the queue healthy: the %1 minutes after deploy #%2 were no worse than the %1 "
                  "minutes before.</p>").arg(minutes).arg(record->deployEntryId);
        break;
    case deploy::GuardVerdict::Kind::Breach:
        html = tr("<p>The guard found the queue <b>degraded</b> in the %1 minutes after deploy #%2.</p>")
                   .arg(minutes).arg(record->deployEntryId);
        break;
    case deploy::GuardVerdict::Kind::InsufficientData:
        html = tr("<p>The guard could not judge deploy #%2: too few contacts in the %1 minutes before or after "
                  "it.</p>").arg(minutes).arg(record->deployEntryId);
        break;
    }
    const QList<std::tuple<QString, QString, QString>> rows{
        {tr("Contacts offered"), MetricFormat::count(v.before.offered), MetricFormat::count(v.after.offered)},
        {tr("Answer rate"), MetricFormat::percent(v.before.answerRate), MetricFormat::percent(v.after.answerRate)},
        {tr("Abandon rate"), MetricFormat::percent(v.before.abandonRate), MetricFormat::percent(v.after.abandonRate)},
        {tr("Average wait"), MetricFormat::seconds(v.before.averageWaitTime),
         MetricFormat::seconds(v.after.averageWaitTime)},
        {tr("Callback conversion"), MetricFormat::percent(v.before.callbackConversionRate),
         MetricFormat::percent(v.after.callbackConversionRate)},
    };
    html += tr("<table cellpadding=3><tr><th align=left>Metric</th><th align=right>Before</th>"
               "<th align=right>After</th></tr>");
    for (const auto &[name, before, after] : rows)
        html += u"<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>"_s.arg(
            name.toHtmlEscaped(), before.toHtmlEscaped(), after.toHtmlEscaped());
    html += u"</table>"_s;
    return html;
}

} // namespace holdline::ui
