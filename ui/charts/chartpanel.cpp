#include "ui/charts/chartpanel.h"

#include "ui/charts/timechart.h"
#include "ui/history/beforeafterdialog.h"

#include "history/historystore.h"
#include "session/tenantsession.h"

#include <QButtonGroup>
#include <QChart>
#include <QFile>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {
QList<ChartMetric> pick(const QStringList &names)
{
    QList<ChartMetric> out;
    for (const QString &n : names)
        out.append(ChartMetrics::byName(n));
    return out;
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_job(new ChartBuildJob(this))
    , m_title(new QLabel(this))
    , m_hover(new QLabel(this))
    , m_ranges(new QButtonGroup(this))
    , m_beforeAfter(new QPushButton(tr("Before/&after…"), this))
    , m_charts(new QWidget(this))
{
    m_rates = new TimeChart(pick({u"queue.answerRate"_s, u"queue.abandonRate"_s}), tr("Rate (%)"),
                            pick({u"queue.averageWaitTime"_s}), tr("Average wait (s)"), m_charts);
    m_callbacks = new TimeChart(pick({u"queue.callbacksOffered"_s, u"queue.callbacksAccepted"_s}), tr("Callbacks"),
                                pick({u"queue.offered"_s}), tr("Contacts offered"), m_charts);
    m_rates->setAccessibleName(tr("Answer rate, abandon rate and average wait over time"));
    m_callbacks->setAccessibleName(tr("Callbacks and contacts offered over time"));
    auto *split = new QSplitter(Qt::Vertical, m_charts);
    split->addWidget(m_rates);
    split->addWidget(m_callbacks);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *chartsLayout = new QVBoxLayout(m_charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_title);
    chartsLayout->addWidget(split);

    auto *bar = new QHBoxLayout;
    for (ChartRange::Kind k : {ChartRange::LastHour, ChartRange::LastDay, ChartRange::LastWeek}) {
        auto *b = new QToolButton(this);
        b->setText(ChartRange::label(k));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Show the last %1").arg(ChartRange::label(k)));
        m_ranges->addButton(b, int(k));
        bar->addWidget(b);
    }
    m_ranges->button(int(m_range))->setChecked(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(ChartRange::Kind(id)); });
    auto *png = new QPushButton(tr("Export &PNG…"), this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_queueId + u".png"_s,
                                                          tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (exportPng(path))
            Q_EMIT saved(tr("Chart saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT error(tr("The chart could not be written to %1.").arg(path));
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export data"), m_queueId + u".csv"_s,
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (exportCsv(path))
            Q_EMIT saved(tr("Data saved to %1.").arg(QDir::toNativeSeparators(path)));
        else
            Q_EMIT error(tr("The data could not be written to %1.").arg(path));
    });
    connect(m_beforeAfter, &QPushButton::clicked, this, &ChartPanel::showBeforeAfter);
    m_hover->setForegroundRole(QPalette::PlaceholderText);
    bar->addSpacing(12);
    bar->addWidget(m_hover, 1);
    bar->addWidget(m_beforeAfter);
    bar->addWidget(png);
    bar->addWidget(csv);
    for (TimeChart *c : {m_rates, m_callbacks}) {
        connect(c, &TimeChart::hovered, m_hover, &QLabel::setText);
        // Lines sampled while the plot was narrower (a hidden tab) are sampled again.
        connect(c->chart(), &QChart::plotAreaChanged, this, [this] {
            QTimer::singleShot(0, this, &ChartPanel::resampleIfWider);
        });
    }
    connect(m_job, &ChartBuildJob::finished, this, &ChartPanel::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_charts, 1);
    updateTitle();
}

void ChartPanel::setSession(TenantSession *session)
{
    m_session = session;
    m_queueId.clear();
    m_records.clear();
    m_markers.clear();
    updateTitle();
}

void ChartPanel::setQueue(const QString &queueId, const QString &name)
{
    if (queueId == m_queueId)
        return;
    m_queueId = queueId;
    m_queueName = name;
    m_markers.clear();
    m_hover->clear(); // a value of the queue before means nothing now
    setMarkers({});
    refresh();
}

void ChartPanel::setRange(ChartRange::Kind range)
{
    m_range = range;
    if (QAbstractButton *b = m_ranges->button(int(range)))
        b->setChecked(true);
    refresh();
}

void ChartPanel::updateTitle()
{
    m_beforeAfter->setEnabled(!m_markers.isEmpty());
    if (m_queueId.isEmpty()) {
        m_title->setText(tr("Pick a queue to see its metrics."));
        return;
    }
    QString text = tr("<b>%1</b> — last %2").arg(m_queueName.toHtmlEscaped(), ChartRange::label(m_range));
    if (m_loading)
        text += tr(" · loading…");
    else if (m_noContacts)
        text += tr(" · <b>no contacts in this range</b>: nothing to plot");
    m_title->setText(text);
}

void ChartPanel::refresh()
{
    if (!m_session || m_queueId.isEmpty() || m_loading) {
        updateTitle();
        return;
    }
    m_loading = true;
    updateTitle();
    const QString queueId = m_queueId;
    const ChartRange::Kind range = m_range;
    api::AnalyticsReply *reply =
        m_session->analytics()->queueMetrics({queueId}, ChartRange::window(range), ChartMetrics::names());
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, queueId, range] {
        reply->deleteLater();
        m_loading = false;
        if (queueId != m_queueId || range != m_range || !m_session) {
            refresh(); // the user moved on while this was loading
            return;
        }
        if (!reply->succeeded()) {
            updateTitle();
            Q_EMIT error(tr("The metrics of %1 could not be read: %2").arg(queueId, reply->error().message));
            return;
        }
        const QDateTime to = m_session->tenantNow();
        setRecords(reply->records(), to.addSecs(-ChartRange::seconds(range)), to);
    });
    refreshMarkers();
}

void ChartPanel::refreshMarkers()
{
    if (!m_session || m_queueId.isEmpty())
        return;
    history::HistoryFilter filter;
    filter.tenant = m_session->tenantKey();
    filter.queueId = m_queueId;
    filter.limit = 200;
    const QString queueId = m_queueId;
    m_session->history()->entries(filter, this, [this, queueId](QList<history::HistoryEntry> entries, QString) {
        if (queueId == m_queueId)
            setMarkers(markersFromHistory(entries));
    });
}

void ChartPanel::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    m_rates->setMarkers(markers);
    m_callbacks->setMarkers(markers);
    updateTitle();
    Q_EMIT markersChanged();
}

int ChartPanel::markerCount() const
{
    return m_rates->markerCount();
}

void ChartPanel::setRecords(QList<api::MetricsRecord> records, const QDateTime &from, const QDateTime &to)
{
    m_records = std::move(records);
    m_from = from;
    m_to = to;
    m_noContacts = std::none_of(m_records.cbegin(), m_records.cend(), [](const api::MetricsRecord &r) {
        return r.value(u"queue.offered"_s).value_or(0) > 0;
    });
    updateTitle();
    m_rates->setTimeRange(from, to);
    m_callbacks->setTimeRange(from, to);
    build();
}

void ChartPanel::build()
{
    ++m_generation; // lines still being applied are stale
    m_building = true;
    m_columns = std::max(m_rates->plotColumns(), m_callbacks->plotColumns());
    m_job->start(m_records, m_from, m_to, m_columns);
}

void ChartPanel::resampleIfWider()
{
    // A tenth wider at least: axis labels that change width must not start a rebuild each.
    if (!m_building && !m_records.isEmpty()
        && std::max(m_rates->plotColumns(), m_callbacks->plotColumns()) > m_columns + m_columns / 10)
        build();
}

void ChartPanel::apply(const ChartLines &lines)
{
    // A line a turn of the event loop: a chart's first paint after a line
    // changed costs about as much again as setting it, per line.
    QList<std::function<void()>> steps;
    for (TimeChart *chart : {m_rates, m_callbacks}) {
        steps.append([chart, lines] { chart->prepareLines(lines); });
        for (const QString &metric : chart->metrics())
            steps.append([chart, metric, line = lines.value(metric)] { chart->showLine(metric, line); });
    }
    applyStep(m_generation, std::move(steps));
}

void ChartPanel::applyStep(int generation, QList<std::function<void()>> steps)
{
    if (generation != m_generation)
        return; // newer lines are on their way
    if (steps.isEmpty()) {
        m_building = false;
        updateTitle();
        Q_EMIT loaded();
        return;
    }
    steps.takeFirst()();
    // A timer, not a queued call: the repaint (a low-priority posted event) comes first.
    QTimer::singleShot(1, this, [this, generation, steps = std::move(steps)]() mutable {
        applyStep(generation, std::move(steps));
    });
}

bool ChartPanel::exportPng(const QString &path)
{
    return m_charts->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(recordsToCsv(m_records, ChartMetrics::names())) >= 0;
}

void ChartPanel::showBeforeAfter()
{
    if (!m_session || m_markers.isEmpty())
        return;
    auto *dialog = new BeforeAfterDialog(m_session, m_queueId, m_queueName, m_markers, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace holdline::ui
