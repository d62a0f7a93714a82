#include "ui/editor/predictedimpactpanel.h"

#include "ui/statuscolors.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace holdline::ui {

using namespace Qt::StringLiterals;
using predict::Estimate;
using predict::Metric;
using State = DraftPrediction::State;

namespace {

enum Column { MetricColumn, CurrentColumn, EditedColumn, DeltaColumn, ColumnCount };
constexpr int metricRows = int(Metric::Count);

// +1: higher is better; -1: lower is better; 0: neither (callbacks are a means, not an end).
int betterDirection(Metric m)
{
    switch (m) {
    case Metric::AnswerRate:
    case Metric::ServiceLevel:
    case Metric::AnsweredWithin180: return 1;
    case Metric::AbandonRate:
    case Metric::AsaSeconds:
    case Metric::MaxHoldExitsPerHour: return -1;
    default: return 0;
    }
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString signedNumber(double v, int decimals)
{
    const QString text = number(std::abs(v), decimals);
    if (text == number(0, decimals))
        return text; // no sign on what rounds to nothing ("−0.0")
    return (v < 0 ? u"−"_s : u"+"_s) + text;
}

// "87.4 %", "21 s", "3.5/h", with "± h" when the simulation gave an interval;
// a difference is signed, and a rate's is in points.
QString formatFigure(Metric m, const Estimate &e, bool interval, bool delta)
{
    const bool rate = predict::isRateMetric(m);
    const double scale = rate ? 100 : 1;
    const int decimals = m == Metric::AsaSeconds ? 0 : 1;
    QString text = delta ? signedNumber(e.mean * scale, decimals) : number(e.mean * scale, decimals);
    if (interval)
        text += u" ± "_s + number(e.halfWidth * scale, decimals);
    if (rate)
        return delta ? PredictedImpactPanel::tr("%1 pt").arg(text) : PredictedImpactPanel::tr("%1 %").arg(text);
    if (m == Metric::AsaSeconds)
        return PredictedImpactPanel::tr("%1 s").arg(text);
    return PredictedImpactPanel::tr("%1/h").arg(text);
}

QString formatValue(Metric m, const Estimate &e, bool interval)
{
    return formatFigure(m, e, interval, false);
}

QString formatDelta(Metric m, const Estimate &d, bool interval)
{
    return formatFigure(m, d, interval, true);
}

QString targetText(const ServiceTarget &t)
{
    if (t.kind == ServiceTarget::Kind::AnsweredWithin)
        return PredictedImpactPanel::tr("≥ %1 % answered within %2 s").arg(number(t.percent, 0)).arg(t.withinSeconds);
    return PredictedImpactPanel::tr("≤ %1 % abandoned").arg(number(t.percent, 0));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

PredictedImpactPanel::PredictedImpactPanel(DraftPrediction *controller, QWidget *parent)
    : QGroupBox(tr("Predicted impact"), parent)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_calibration(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"predictedImpact"_s);
    m_status->setObjectName(u"predictedImpactStatus"_s);
    m_message->setObjectName(u"predictedImpactMessage"_s);
    m_window->setObjectName(u"calibrationWindow"_s);
    m_window->setAccessibleName(tr("Calibration window"));
    m_window->setToolTip(tr("The recent metrics the prediction is calibrated from"));
    for (const DraftPrediction::Window &w : DraftPrediction::windows())
        m_window->addItem(w.label);
    m_window->setCurrentIndex(controller->window());
    connect(m_window, &QComboBox::currentIndexChanged, controller, &DraftPrediction::setWindow);

    m_calibration->setForegroundRole(QPalette::PlaceholderText);
    m_calibration->setWordWrap(true);
    m_message->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Current"), tr("Edited"), tr("Δ")});
    m_table->setAccessibleName(tr("Predicted impact of the edits"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
    for (int c = CurrentColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    auto *windowLabel = new QLabel(tr("Ca&librate on:"), this);
    windowLabel->setBuddy(m_window);
    top->addWidget(windowLabel);
    top->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_calibration);
    layout->addWidget(m_message);
    layout->addWidget(m_table);

    connect(controller, &DraftPrediction::changed, this, &PredictedImpactPanel::refresh);
    refresh();
}

void PredictedImpactPanel::refresh()
{
    const State state = m_controller->state();
    const bool figures = state == State::Estimating || state == State::Simulated;
    m_table->setVisible(figures);
    m_calibration->setVisible(figures);
    m_message->setVisible(state == State::NoCalibration);
    m_message->setText(m_controller->message());
    m_status->setToolTip(QString());
    switch (state) {
    case State::NoDraft: m_status->setText(tr("Pick a queue to see the impact of its edits.")); break;
    case State::Calibrating: m_status->setText(tr("<i>Calibrating from the queue's recent metrics…</i>")); break;
    case State::NoCalibration: m_status->setText(tr("<b>No prediction</b>")); break;
    case State::Estimating:
        m_status->setText(tr("Erlang A estimate · <i>simulating…</i>"));
        m_status->setToolTip(tr("An immediate analytic estimate; the simulation replaces it in a moment."));
        break;
    case State::Simulated:
        m_status->setText(tr("Simulated: %n run(s); ± is the 95 % confidence interval", nullptr,
                             int(m_controller->simulation()->comparison.current.runs.size())));
        m_status->setToolTip(tr("Current and edited met the same simulated callers in each run."));
        break;
    }
    if (!figures)
        return;

    const predict::Calibration &c = m_controller->simulation() ? m_controller->simulation()->calibration
                                                               : m_controller->calibration();
    m_calibration->setText(tr("From %1 calls: %2 arrivals/h · AHT %3 s · %4 agents · patience %5 s%6")
                               .arg(c.offered)
                               .arg(number(c.arrivalsPerHour, 0), number(c.handleSeconds, 0), number(c.agents, 1),
                                    number(c.patienceSeconds, 0),
                                    c.confidence == predict::Calibration::Confidence::Thin ? tr(" (rough)") : QString()));
    m_calibration->setToolTip(c.notes.join(u'\n'));
    showMetrics();
}

void PredictedImpactPanel::showMetrics()
{
    const auto &sim = m_controller->simulation();
    const QList<predict::TargetVerdict> &verdicts = m_controller->editedVerdicts();
    m_table->setRowCount(metricRows + int(verdicts.size()));
    const QColor better = complianceColor(Compliance::Compliant);
    const QColor worse = complianceColor(Compliance::Violations);
    for (int row = 0; row < metricRows; ++row) {
        const auto m = Metric(row);
        Estimate current{m_controller->currentErlang().value(m), 0};
        Estimate edited{m_controller->editedErlang().value(m), 0};
        Estimate delta{edited.mean - current.mean, 0};
        if (sim) {
            current = sim->comparison.current.estimate(m);
            edited = sim->comparison.edited.estimate(m);
            delta = sim->comparison.difference(m);
        }
        m_table->setItem(row, MetricColumn, cell(predict::metricLabel(m), Qt::AlignLeft | Qt::AlignVCenter));
        m_table->setItem(row, CurrentColumn, cell(formatValue(m, current, sim.has_value())));
        m_table->setItem(row, EditedColumn, cell(formatValue(m, edited, sim.has_value())));
        QTableWidgetItem *d = cell(formatDelta(m, delta, sim.has_value()));
        // Coloured only when it is a change: beyond the interval, or beyond rounding.
        const double scale = predict::isRateMetric(m) ? 100 : 1;
        const bool real = sim ? std::abs(delta.mean) > delta.halfWidth : std::abs(delta.mean * scale) >= 0.05;
        if (real && betterDirection(m) != 0)
            d->setForeground(delta.mean * betterDirection(m) > 0 ? better : worse);
        m_table->setItem(row, DeltaColumn, d);
    }
    showVerdicts(metricRows);
    const int height = m_table->horizontalHeader()->height() + m_table->rowCount() * m_table->rowHeight(0)
        + 2 * m_table->frameWidth();
    if (m_table->height() != height) // a relayout only when rows come or go
        m_table->setFixedHeight(height);
}

void PredictedImpactPanel::showVerdicts(int firstRow)
{
    const QList<predict::TargetVerdict> &current = m_controller->currentVerdicts();
    const QList<predict::TargetVerdict> &edited = m_controller->editedVerdicts();
    const QColor pass = complianceColor(Compliance::Compliant);
    const QColor fail = complianceColor(Compliance::Violations);
    const auto verdictCell = [&](const predict::TargetVerdict &v) {
        QString value = number(v.predictedPercent, 1);
        if (v.halfWidthPercent > 0)
            value += u" ± "_s + number(v.halfWidthPercent, 1);
        QTableWidgetItem *item = cell(tr("%1 % %2").arg(value, v.pass ? tr("pass") : tr("fail")));
        item->setForeground(v.pass ? pass : fail);
        item->setToolTip(v.message);
        return item;
    };
    for (int i = 0; i < edited.size(); ++i) {
        const predict::TargetVerdict &v = edited[i];
        const int row = firstRow + i;
        QString rule = v.finding.policyId.isEmpty() ? v.finding.ruleId : v.finding.policyId;
        rule += u": "_s + targetText(*v.finding.target);
        if (v.finding.effectiveFrom.isValid())
            rule += tr(" (from %1)").arg(QLocale().toString(v.finding.effectiveFrom, QLocale::ShortFormat));
        QTableWidgetItem *label = cell(rule, Qt::AlignLeft | Qt::AlignVCenter);
        label->setToolTip(v.finding.message + (v.finding.citation.isEmpty() ? QString() : u"\n"_s + v.finding.citation));
        m_table->setItem(row, MetricColumn, label);
        m_table->setItem(row, CurrentColumn, i < current.size() ? verdictCell(current[i]) : cell(QString()));
        m_table->setItem(row, EditedColumn, verdictCell(v));
        QTableWidgetItem *margin = cell(tr("margin %1 pt").arg(signedNumber(v.marginPoints, 1)));
        margin->setForeground(v.pass ? pass : fail);
        margin->setToolTip(v.message);
        m_table->setItem(row, DeltaColumn, margin);
    }
}

} // namespace holdline::ui
