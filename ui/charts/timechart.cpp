#include "ui/charts/timechart.h"

#include "ui/statuscolors.h"

#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

void hideFromLegend(QChart *chart, QLineSeries *series)
{
    for (QLegendMarker *lm : chart->legend()->markers(series))
        lm->setVisible(false);
}
} // namespace

TimeChart::TimeChart(const QList<ChartMetric> &left, const QString &leftTitle, const QList<ChartMetric> &right,
                     const QString &rightTitle, QWidget *parent)
    : QChartView(parent)
    , m_time(new QDateTimeAxis)
    , m_left(new QValueAxis)
{
    auto *c = new QChart;
    m_dark = isDark(palette());
    c->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);

    m_time->setFormat(u"dd MMM HH:mm"_s);
    m_time->setTickCount(7);
    m_time->setTitleText(tr("The tenant's clock"));
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
        m_right->setGridLineVisible(false); // one set of gridlines: the left axis's
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
    m_series.insert(metric.name, s);
    m_axisOf.insert(metric.name, axis);
    m_colours.insert(metric.name, seriesColor(int(m_colours.size()))); // fixed: light or dark alike
    s->setPen(linePen(metric.name));
    m_metrics.insert(metric.name, metric);
    // The series reports where the mouse is; the value shown is the metric's own
    // at the nearest bucket, from the full data (the line drawn is downsampled).
    connect(s, &QLineSeries::hovered, this, [this, name = metric.name](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QString text = hoverText(name, p.x());
        if (text.isEmpty())
            return;
        QToolTip::showText(QCursor::pos(), text, this);
        Q_EMIT hovered(text);
    });
}

void TimeChart::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    if (from.secsTo(to) <= 2 * 86'400) {
        m_time->setTickCount(7);
        m_time->setRange(from.toLocalTime(), to.toLocalTime());
        m_time->setFormat(from.secsTo(to) <= 86'400 ? u"HH:mm"_s : u"dd MMM HH:mm"_s);
        return;
    }
    // Days: from the midnight before to the midnight after, a tick on each.
    const QDateTime start(from.toLocalTime().date(), QTime(0, 0));
    const QDateTime end(to.toLocalTime().date().addDays(1), QTime(0, 0));
    m_time->setTickCount(int(std::min<qint64>(start.daysTo(end), 31)) + 1);
    m_time->setRange(start, end);
    m_time->setFormat(u"ddd d"_s);
}

int TimeChart::plotColumns() const
{
    const int plot = int(chart()->plotArea().width());
    // Before the first layout the plot area is empty: the view's width is an upper bound.
    return std::max(50, (plot > 0 ? plot : width()) / PixelsPerColumn);
}

void TimeChart::setLines(const ChartLines &lines)
{
    prepareLines(lines);
    for (const QString &metric : metrics())
        showLine(metric, lines.value(metric));
}

void TimeChart::prepareLines(const ChartLines &lines)
{
    // Emptied first, the axes fitted, then the new points: a range change lays
    // out every series on the axis again, so each series lays out its points once.
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        it.value()->clear();
        for (QLineSeries *s : m_more.value(it.key()))
            s->clear();
        m_full.insert(it.key(), lines.value(it.key()).full);
    }
    fitAxes(lines);
}

void TimeChart::showLine(const QString &metric, const ChartLine &line)
{
    if (m_series.contains(metric))
        setSegments(metric, line.plotted);
}

void TimeChart::setSegments(const QString &metric, const ChartSegments &all)
{
    QLineSeries *first = m_series.value(metric);
    // A week's nights stay visible; beyond that the shortest gaps are bridged,
    // because every extra series costs milliseconds to add.
    const ChartSegments segments = ChartSeriesBuilder::limitSegments(all, MaxSegments);
    qsizetype points = 0;
    for (const QList<QPointF> &s : segments)
        points += s.size();
    // Downsampled, the line is a band of min/max strokes: a 1 px pen draws the
    // same band on the raster engine's fast path for thin lines, where a 2 px
    // pen is stroked as polygons, about twice as slow.
    m_dense[metric] = m_full.value(metric).size() > points;
    QPen pen = linePen(metric);
    first->setPen(pen);
    first->replace(segments.value(0));
    QList<QLineSeries *> &more = m_more[metric];
    while (more.size() < segments.size() - 1) {
        auto *s = new QLineSeries;
        chart()->addSeries(s);
        s->attachAxis(m_time);
        s->attachAxis(first->attachedAxes().constLast());
        hideFromLegend(chart(), s);
        connect(s, &QLineSeries::hovered, first, &QLineSeries::hovered); // one tooltip for the metric
        more.append(s);
    }
    for (qsizetype i = 0; i < more.size(); ++i) {
        more.at(i)->setPen(pen);
        more.at(i)->replace(segments.value(i + 1)); // unused lines hold nothing
    }
}

QPen TimeChart::linePen(const QString &metric) const
{
    QPen pen(m_colours.value(metric));
    if (m_dense.value(metric)) {
        pen.setWidth(1);
        pen.setCosmetic(true);
    } else {
        pen.setWidthF(2);
    }
    return pen;
}

std::optional<QPointF> TimeChart::valueAt(const QString &metric, double x) const
{
    const auto found = m_full.constFind(metric);
    if (found == m_full.cend() || found->isEmpty())
        return std::nullopt;
    const QList<QPointF> &points = *found;
    auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                               [](const QPointF &p, double value) { return p.x() < value; });
    if (it == points.cend())
        return points.last();
    if (it != points.cbegin() && x - std::prev(it)->x() < it->x() - x)
        --it;
    return *it;
}

QString TimeChart::hoverText(const QString &metric, double x) const
{
    const std::optional<QPointF> p = m_metrics.contains(metric) ? valueAt(metric, x) : std::nullopt;
    if (!p)
        return {};
    const ChartMetric &m = *m_metrics.constFind(metric);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(p->x()), Qt::UTC).toLocalTime();
    const QString value = m.percent ? tr("%1 %").arg(QLocale().toString(p->y(), 'f', 1))
                                    : QLocale().toString(p->y(), 'f', m.name.contains(u"Time"_s) ? 0 : 1);
    return tr("%1 — %2: %3").arg(QLocale().toString(t, QLocale::ShortFormat), m.label, value);
}

void TimeChart::fitAxes(const ChartLines &lines)
{
    // The downsampled lines keep each column's highest point: their maximum is the data's.
    const auto maxOf = [&](QValueAxis *axis) {
        double hi = 0;
        for (auto it = m_axisOf.cbegin(); it != m_axisOf.cend(); ++it)
            if (it.value() == axis)
                for (const QList<QPointF> &segment : lines.value(it.key()).plotted)
                    for (const QPointF &p : segment)
                        hi = std::max(hi, p.y());
        return hi;
    };
    if (!m_leftIsPercent) {
        m_left->setRange(0, std::max(5.0, maxOf(m_left) * 1.1)); // counts: whole ticks
        m_left->applyNiceNumbers();
    }
    if (m_right) {
        m_right->setRange(0, std::max(10.0, maxOf(m_right) * 1.1));
        m_right->applyNiceNumbers();
    }
    stretchMarkers();
}

void TimeChart::setMarkers(const QList<ChartMarker> &markers)
{
    // The charts' refresh reads the markers again every few seconds, mostly
    // the same ones; each redrawn is a series removed, added and laid out
    // anew on the UI thread.
    if (markers == m_markers && m_markerSeries.size() == markers.size())
        return;
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
    bool deployInLegend = false, rollbackInLegend = false;
    for (const ChartMarker &m : std::as_const(m_markers)) {
        auto *s = new QLineSeries;
        // One legend entry a kind of marker; each marker says what it is on hover.
        bool &inLegend = m.rollback ? rollbackInLegend : deployInLegend;
        const bool showInLegend = !inLegend;
        inLegend = true;
        s->setName(m.rollback ? tr("Rollback (dashed)") : tr("Deploy (dashed)"));
        QPen pen(m.rollback ? rollbackMarkerColor() : deployMarkerColor());
        pen.setWidthF(2);
        pen.setStyle(Qt::DashLine);
        chart()->addSeries(s);
        s->setPen(pen);
        s->attachAxis(m_time);
        s->attachAxis(m_left);
        if (!showInLegend)
            hideFromLegend(chart(), s);
        connect(s, &QLineSeries::hovered, this, [this, text = m.text](const QPointF &, bool state) {
            if (!state)
                return;
            QToolTip::showText(QCursor::pos(), text, this);
            Q_EMIT hovered(text);
        });
        m_markerSeries.append(s);
    }
    stretchMarkers();
}

void TimeChart::stretchMarkers()
{
    // From the bottom of the left axis to its top, whatever range it has now.
    for (qsizetype i = 0; i < m_markerSeries.size() && i < m_markers.size(); ++i) {
        const double x = double(m_markers.at(i).time.toMSecsSinceEpoch());
        m_markerSeries.at(i)->replace({QPointF(x, m_left->min()), QPointF(x, m_left->max())});
    }
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // As many value ticks as the plot's height holds, so that a short chart
    // (the callbacks' on a 720-pixel screen) does not elide its labels.
    const int plotHeight = std::max(0, height() - 6 * fontMetrics().height());
    const int fit = std::clamp(plotHeight / (2 * fontMetrics().height()) + 1, 3, 5);
    for (QValueAxis *axis : {m_left, m_right}) {
        if (!axis || axis->tickCount() == fit)
            continue;
        axis->setTickCount(fit);
        if (axis != m_left || !m_leftIsPercent)
            axis->applyNiceNumbers();
    }
    stretchMarkers();
}

void TimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void TimeChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    if (isDark(pal) != m_dark) {
        // The theme picks line colours that read on the backdrop; it also resets
        // every pen, so the widths, the segments' pens and the markers are set again.
        m_dark = isDark(pal);
        c->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
            const QPen pen = linePen(it.key());
            it.value()->setPen(pen);
            for (QLineSeries *s : m_more.value(it.key()))
                s->setPen(pen);
        }
        redrawMarkers();
    }
    // Follow the system palette rather than the chart theme's own backdrop.
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
