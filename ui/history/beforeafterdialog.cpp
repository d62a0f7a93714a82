#include "ui/history/beforeafterdialog.h"

#include "ui/charts/chartbuildjob.h"
#include "ui/charts/timechart.h"
#include "ui/metricformat.h"

#include "deploy/degradationguard.h"
#include "session/tenantsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {
QString formatValue(const ChartMetric &m, const std::optional<double> &v, bool delta = false)
{
    // A change of a rate is in percentage points: 80 % → 84 % is +4 pt, not +4 %.
    if (m.percent && delta && v)
        return (*v > 0 ? u"+"_s : QString()) + BeforeAfterDialog::tr("%1 pt").arg(QLocale().toString(*v * 100, 'f', 1));
    const QString text = m.percent                                 ? MetricFormat::percent(v)
                         : m.name == u"queue.averageWaitTime"_s ? MetricFormat::seconds(v)
                                                                 : MetricFormat::count(v); // contacts, callbacks
    return delta && v && *v > 0 ? u"+"_s + text : text;
}
} // namespace

BeforeAfterDialog::BeforeAfterDialog(TenantSession *session, const QString &queueId, const QString &queueName,
                                     const QList<ChartMarker> &markers, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_queueId(queueId)
    , m_markers(markers)
    , m_marker(new QComboBox(this))
    , m_window(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Before and after — %1").arg(queueName));
    resize(1000, 640);
    for (const ChartMarker &m : markers)
        m_marker->addItem(QLocale().toString(m.time.toLocalTime(), QLocale::ShortFormat) + u" — "_s + m.text);
    m_marker->setCurrentIndex(int(markers.size()) - 1);
    m_marker->setAccessibleName(tr("Deploy to compare around"));
    m_window->addItem(tr("30 minutes"), 1800);
    m_window->addItem(tr("1 hour"), 3600);
    m_window->addItem(tr("4 hours"), 4 * 3600);
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Window on each side"));
    connect(m_marker, &QComboBox::currentIndexChanged, this, &BeforeAfterDialog::load);
    connect(m_window, &QComboBox::currentIndexChanged, this, &BeforeAfterDialog::load);

    const QList<ChartMetric> rates{ChartMetrics::byName(u"queue.answerRate"_s),
                                   ChartMetrics::byName(u"queue.abandonRate"_s)};
    const QList<ChartMetric> wait{ChartMetrics::byName(u"queue.averageWaitTime"_s)};
    m_before = new TimeChart(rates, tr("Rate (%)"), wait, tr("Average wait (s)"), this);
    m_after = new TimeChart(rates, tr("Rate (%)"), wait, tr("Average wait (s)"), this);
    m_before->chart()->setTitle(tr("Before"));
    m_after->chart()->setTitle(tr("After"));
    m_before->setAccessibleName(tr("Metrics before the deploy"));
    m_after->setAccessibleName(tr("Metrics after the deploy"));

    const QList<ChartMetric> metrics = ChartMetrics::all();
    m_table->setColumnCount(4);
    m_table->setRowCount(int(metrics.size()));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Before"), tr("After"), tr("Change")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Summary deltas"));
    // Every row shows, without a scroll bar: the charts above take what is left.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + m_table->verticalHeader()->defaultSectionSize() * int(metrics.size())
                            + 2 * m_table->frameWidth());

    auto *form = new QFormLayout;
    form->addRow(tr("&Deploy (tenant's clock):"), m_marker);
    form->addRow(tr("&Window:"), m_window);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_before);
    charts->addWidget(m_after);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(charts, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    m_note->setWordWrap(true);
    load();
}

void BeforeAfterDialog::load()
{
    const int i = m_marker->currentIndex();
    if (!m_session || i < 0 || i >= m_markers.size())
        return;
    const QDateTime at = m_markers.at(i).time;
    const int w = m_window->currentData().toInt();
    const QDateTime now = m_session->tenantNow();
    const QDateTime afterEnd = std::min(at.addSecs(w), now);
    m_note->setText(afterEnd < at.addSecs(w)
                        ? tr("The after window is still running: %n minute(s) of %1 so far.", nullptr,
                             int(at.secsTo(afterEnd) / 60)).arg(m_window->currentText())
                        : QString());
    m_windows[0] = {at.addSecs(-w), at};
    m_windows[1] = {at, at.addSecs(w)};
    m_before->setTimeRange(at.addSecs(-w), at);
    m_after->setTimeRange(at, at.addSecs(w));
    m_summary[0].clear();
    m_summary[1].clear();
    const int generation = ++m_generation;
    m_pending = 4;
    query(false, true, at.addSecs(-w), at, generation);
    query(false, false, at.addSecs(-w), at, generation);
    if (afterEnd > at) {
        query(true, true, at, afterEnd, generation);
        query(true, false, at, afterEnd, generation);
    } else {
        m_pending -= 2;
    }
}

void BeforeAfterDialog::query(bool after, bool series, const QDateTime &from, const QDateTime &to, int generation)
{
    api::AnalyticsReply *reply = m_session->analytics()->queueMetrics(
        {m_queueId}, api::MetricsWindow::between(from, to, series ? 300 : 0), ChartMetrics::names());
    reply->setParent(this);
    connect(reply, &api::ApiJob::finished, this, [this, reply, after, series, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        if (!reply->succeeded()) {
            m_note->setText(tr("The metrics could not be read: %1").arg(reply->error().message));
        } else if (series) {
            // A few hours of 5-minute buckets (48 at most): built here, no worker needed.
            TimeChart *chart = after ? m_after : m_before;
            const auto [start, end] = after ? m_windows[1] : m_windows[0];
            chart->setLines(ChartBuildJob::build(reply->records(), double(start.toMSecsSinceEpoch()),
                                                 double(end.toMSecsSinceEpoch()), chart->plotColumns()));
        } else {
            m_summary[after ? 1 : 0] = summarize(reply->records());
        }
        if (--m_pending == 0) {
            showSummary();
            Q_EMIT loaded();
        }
    });
}

void BeforeAfterDialog::showSummary()
{
    // As few contacts as the guard would not judge on: say so beside the figures.
    const int enough = m_session->guard()->settings().rules.minContacts;
    const double contactsBefore = m_summary[0].value(u"queue.offered"_s).value_or(0);
    const double contactsAfter = m_summary[1].value(u"queue.offered"_s).value_or(0);
    if (contactsBefore < enough || contactsAfter < enough) {
        const QString few = tr("Few contacts: %1 before and %2 after; the guard judges a change only with %3 or more "
                               "on each side, so read these differences with care.")
                                .arg(qint64(std::llround(contactsBefore)))
                                .arg(qint64(std::llround(contactsAfter)))
                                .arg(enough);
        m_note->setText(m_note->text().isEmpty() ? few : m_note->text() + u' ' + few);
    }
    const QList<ChartMetric> metrics = ChartMetrics::all();
    for (int r = 0; r < metrics.size(); ++r) {
        const ChartMetric &m = metrics.at(r);
        const auto before = m_summary[0].value(m.name);
        const auto after = m_summary[1].value(m.name);
        const std::optional<double> delta = before && after ? std::optional<double>(*after - *before) : std::nullopt;
        const QStringList cells{m.label, formatValue(m, before), formatValue(m, after), formatValue(m, delta, true)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
}

} // namespace holdline::ui
