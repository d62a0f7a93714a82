#include "timechart.h"

#include "statuscolors.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

namespace holdline::ui {

using namespace Qt::StringLiterals;

TimeChart::TimeChart(const QList<ChartMetric> &left, const QString &leftTitle, const QList<ChartMetric> &right,
                     const QString &rightTitle, QWidget *parent)
    : QChartView(parent)
    , m_time(new QDateTimeAxis)
    , m_left(new QValueAxis)
{
    auto *c = new QChart;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);

    m_time->setFormat(u"dd MMM HH:mm"_s);
    m_time->setTickCount(7);
    c->addAxis(m_time, Qt::AlignBottom);
    m_left->setTitleText(leftTitle);
    m_left->setLabelFormat(u"%.0f"_s);
    c->addAxis(m_left, Qt::AlignLeft);
    m_leftIsPercent = !left.isEmpty() && left.first().percent;
    if (m_leftIsPercent)
        m_left->setRange(0, 100);
    if (!right.isEmpty()) {
        m_right = new QValueAxis;
        m_right->setTitleText(rightTitle);
        m_right->setLabelFormat(u"%.0f"_s);
        c->addAxis(m_right, Qt::AlignRight);
    }
    for (const ChartMetric &m : left)
        addSeries(m, m_left);
    for (const ChartMetric &m : right)
        addSeries(m, m_right);
    applyPalette();
}

void TimeChart::addSeries(const ChartMetric &metric, QValueAxis *axis)
{
    auto *s = new QLineSeries;
    s->setName(metric.label);
    chart()->addSeries(s);
    s->attachAxis(m_time);
    s->attachAxis(axis);
    QPen pen = s->pen();
    pen.setWidthF(2);
    s->setPen(pen);
    m_series.insert(metric.name, s);
    m_metrics.insert(metric.name, metric);
    connect(s, &QLineSeries::hovered, this, [this, metric](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(p.x()), Qt::UTC).toLocalTime();
        const QString value = metric.percent ? tr("%1 %").arg(QLocale().toString(p.y(), 'f', 1))
                                             : QLocale().toString(p.y(), 'f', metric.name.contains(u"Time"_s) ? 0 : 1);
        const QString text = tr("%1 — %2: %3").arg(QLocale().toString(t, QLocale::ShortFormat), metric.label, value);
        QToolTip::showText(QCursor::pos(), text, this);
        Q_EMIT hovered(text);
    });
}

void TimeChart::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_time->setRange(from.toLocalTime(), to.toLocalTime());
    m_time->setFormat(from.secsTo(to) <= 86'400 ? u"HH:mm"_s : u"dd MMM HH:mm"_s);
}

void TimeChart::setSegments(const QString &metric, const ChartSegments &all)
{
    QLineSeries *first = m_series.value(metric);
    if (!first)
        return;
    // Each segment is a line of its own, so a gap (no contacts) stays a gap. A
    // week's nights stay visible; beyond that the shortest gaps are bridged,
    // because every extra series costs milliseconds to add.
    const ChartSegments segments = ChartSeriesBuilder::limitSegments(all, MaxSegments);
    first->replace(segments.value(0));
    QList<QLineSeries *> &more = m_more[metric];
    while (more.size() < segments.size() - 1) {
        auto *s = new QLineSeries;
        s->setPen(first->pen());
        chart()->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(first->attachedAxes().constLast());
        for (QLegendMarker *lm : chart()->legend()->markers(s))
            lm->setVisible(false);
        connect(s, &QLineSeries::hovered, first, &QLineSeries::hovered); // one tooltip for the metric
        more.append(s);
    }
    for (qsizetype i = 0; i < more.size(); ++i)
        more.at(i)->replace(segments.value(i + 1)); // unused lines hold nothing
    fitAxes();
}

void TimeChart::fitAxes()
{
    const auto maxOf = [this](QValueAxis *axis) {
        double hi = 0;
        for (auto it = m_series.begin(); it != m_series.end(); ++it) {
            if (!it.value()->attachedAxes().contains(axis))
                continue;
            QList<QLineSeries *> lines = m_more.value(it.key());
            lines.append(it.value());
            for (const QLineSeries *line : std::as_const(lines))
                for (const QPointF &p : line->points())
                    hi = std::max(hi, p.y());
        }
        return hi;
    };
    if (!m_leftIsPercent)
        m_left->setRange(0, std::max(5.0, maxOf(m_left) * 1.1)); // counts: whole ticks
    if (m_right)
        m_right->setRange(0, std::max(10.0, maxOf(m_right) * 1.1));
    if (!m_leftIsPercent)
        m_left->applyNiceNumbers();
    if (m_right)
        m_right->applyNiceNumbers();
    redrawMarkers();
}

void TimeChart::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    redrawMarkers();
}

void TimeChart::redrawMarkers()
{
    for (QLineSeries *s : std::as_const(m_markerSeries)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_markerSeries.clear();
    for (const ChartMarker &m : std::as_const(m_markers)) {
        auto *s = new QLineSeries;
        s->setName(m.text);
        const double x = double(m.time.toMSecsSinceEpoch());
        s->append(x, m_left->min());
        s->append(x, m_left->max());
        QPen pen(m.rollback ? rollbackMarkerColor() : deployMarkerColor());
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        s->setPen(pen);
        chart()->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(m_left);
        for (QLegendMarker *lm : chart()->legend()->markers(s))
            lm->setVisible(false);
        connect(s, &QLineSeries::hovered, this, [this, text = m.text](const QPointF &, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), text, this);
            if (state)
                Q_EMIT hovered(text);
        });
        m_markerSeries.append(s);
    }
}

void TimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimeChart::applyPalette()
{
    // Follow the system palette rather than the chart theme's own backdrop.
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.brush(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    c->setTitleBrush(pal.brush(QPalette::Text));
    setBackgroundBrush(pal.brush(QPalette::Window));
    QList<QAbstractAxis *> axes{m_time, m_left};
    if (m_right)
        axes.append(m_right);
    for (QAbstractAxis *a : axes) {
        a->setLabelsColor(pal.color(QPalette::Text));
        a->setTitleBrush(pal.brush(QPalette::Text));
        a->setGridLineColor(pal.color(QPalette::Mid));
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
}

} // namespace holdline::ui
