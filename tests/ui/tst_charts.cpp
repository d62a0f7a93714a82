// The charts on real widgets against the in-process sandbox tenant, its clock
// frozen so that what the test reads itself is what the charts were given:
// ranges, hover values, deploy and rollback markers, the before/after
// dialog's deltas, PNG and CSV export, the palette; and the downsampler.
#include "ui/charts/chartdownsampler.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/timechart.h"
#include "ui/history/beforeafterdialog.h"
#include "ui/statuscolors.h"

#include "../deploy/deployfixture.h"

#include "api/analyticsclient.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace holdline;
using namespace holdline::testing;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

// What a cell of the before/after table says, as a number ("81.5 %" → 81.5, "+1.5 pt" → 1.5).
std::optional<double> cellNumber(const QString &text)
{
    QString t = text;
    t.remove(u'+');
    t.remove(u" %"_s);
    t.remove(u" pt"_s);
    t.remove(u" s"_s);
    bool ok = false;
    const double v = QLocale().toDouble(t.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxTenant> m_tenant;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<QWidget> m_window;
    ChartPanel *m_panel = nullptr;
    QString m_queueId;
    qint64 m_deployEntry = 0;
    qint64 m_rollbackEntry = 0;

    // The tenant's records of the queue, read by the test itself.
    QList<api::MetricsRecord> fetch(const QString &interval, const QString &granularity)
    {
        api::AnalyticsQuery q;
        q.interval = interval;
        q.granularity = granularity;
        q.queueIds = {m_queueId};
        q.metrics = ChartMetrics::names();
        std::unique_ptr<api::AnalyticsReply> reply(m_session->analytics()->query(q));
        QSignalSpy done(reply.get(), &api::ApiJob::finished);
        if (!reply->isFinished() && !done.wait(30'000))
            return {};
        return reply->succeeded() ? reply->records() : QList<api::MetricsRecord>{};
    }

    bool showRange(ChartRange::Kind range)
    {
        QToolButton *button = nullptr;
        for (QToolButton *b : m_panel->findChildren<QToolButton *>())
            if (b->text() == ChartRange::label(range))
                button = b;
        if (!button)
            return false;
        QSignalSpy loaded(m_panel, &ChartPanel::loaded);
        QTest::mouseClick(button, Qt::LeftButton);
        return loaded.wait(30'000) && QTest::qWaitFor([this] { return !m_panel->isBuilding(); }, 10'000);
    }

    static double ms(const QDateTime &t) { return double(t.toMSecsSinceEpoch()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.queueCount = 2;
        options.historyDays = 7; // for the 7 d range
        options.speed = 0;       // frozen: the test reads what the charts read
        options.rateLimitPerMinute = 0;
        options.simulatedStart = QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC); // a busy Wednesday
        m_tenant = std::make_unique<sandbox::SandboxTenant>(options);
        QSignalSpy started(m_tenant.get(), &sandbox::SandboxTenant::started);
        m_tenant->start();
        QVERIFY(started.wait(120'000));
        m_session = openSession(*m_tenant, m_dir.filePath(u"history.sqlite"_s));
        QVERIFY(m_session && makeCompliant(*m_session));
        m_queueId = queueIds(*m_session).at(0);

        // A deploy at 11:00, two hours of traffic, then a rollback at 13:00.
        const WaitStrategy original = strategyOf(readQueue(*m_session, m_queueId));
        deploy::DeployRequest request;
        request.queueId = m_queueId;
        request.assignments.append({WaitStrategyField::PositionThreshold,
                                    original.positionThreshold >= 40 ? original.positionThreshold - 1
                                                                     : original.positionThreshold + 1});
        deploy::DeployJob *deployJob = m_session->engine()->deploy(request);
        QVERIFY(waitForJob(deployJob));
        QCOMPARE(deploy::deployStatusName(deployJob->outcome().status), u"deployed"_s);
        m_deployEntry = deployJob->outcome().entryId;
        m_tenant->advanceSimulatedTime(2 * 3600);
        deploy::DeployJob *rollbackJob = m_session->engine()->rollback(m_queueId, m_deployEntry, true, false);
        QVERIFY(waitForJob(rollbackJob));
        QCOMPARE(deploy::deployStatusName(rollbackJob->outcome().status), u"deployed"_s);
        m_rollbackEntry = rollbackJob->outcome().entryId;
        QCOMPARE(m_session->tenantNow(), QDateTime(QDate(2026, 11, 25), QTime(13, 0), Qt::UTC));

        m_window = std::make_unique<QWidget>();
        m_panel = new ChartPanel(m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_panel);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_panel, &ChartPanel::loaded);
        QSignalSpy markers(m_panel, &ChartPanel::markersChanged);
        m_panel->setSession(m_session.get());
        m_panel->setQueue(m_queueId, m_queueId);
        QVERIFY(loaded.wait(30'000));
        QTRY_VERIFY(!m_panel->isBuilding());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->markerCount(), 2, 10'000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
        m_tenant.reset();
    }

    void rangesChangeThePlottedWindow_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("bucketSeconds");
        QTest::newRow("1 h") << int(ChartRange::LastHour) << 300;
        QTest::newRow("7 d") << int(ChartRange::LastWeek) << 3600;
        QTest::newRow("24 h") << int(ChartRange::LastDay) << 300; // last: the other tests read 24 h
    }

    void rangesChangeThePlottedWindow()
    {
        QFETCH(int, range);
        QFETCH(int, bucketSeconds);
        const auto kind = ChartRange::Kind(range);
        QVERIFY(showRange(kind));
        QCOMPARE(m_panel->range(), kind);
        const qint64 span = ChartRange::seconds(kind);
        const QDateTime now = m_session->tenantNow();

        for (TimeChart *chart : {m_panel->rateChart(), m_panel->callbackChart()}) {
            if (span <= 2 * 86'400) {
                QCOMPARE(chart->timeAxis()->min().toUTC(), now.addSecs(-span));
                QCOMPARE(chart->timeAxis()->max().toUTC(), now);
            } else { // whole days, a tick on each midnight
                const QDateTime start(now.addSecs(-span).toLocalTime().date(), QTime(0, 0));
                const QDateTime end(now.toLocalTime().date().addDays(1), QTime(0, 0));
                QCOMPARE(chart->timeAxis()->min(), start);
                QCOMPARE(chart->timeAxis()->max(), end);
                QCOMPARE(chart->timeAxis()->tickCount(), int(start.daysTo(end)) + 1);
            }
        }
        // What was read is the window, bucket by bucket, and the lines lie in it.
        const QList<api::MetricsRecord> &records = m_panel->records();
        QVERIFY(records.size() >= span / bucketSeconds - 1);
        QVERIFY(records.size() <= span / bucketSeconds + 1);
        for (qsizetype i = 0; i < records.size(); ++i) {
            QVERIFY(records.at(i).intervalStart >= now.addSecs(-span - bucketSeconds));
            QVERIFY(records.at(i).intervalStart <= now);
            if (i > 0)
                QCOMPARE(records.at(i - 1).intervalStart.secsTo(records.at(i).intervalStart), bucketSeconds);
        }
        QLineSeries *answer = m_panel->rateChart()->series(u"queue.answerRate"_s);
        QVERIFY(answer->count() > 0);
        for (const QPointF &p : answer->points()) {
            QVERIFY(p.x() >= ms(now.addSecs(-span - bucketSeconds)));
            QVERIFY(p.x() <= ms(now));
        }
    }

    void hoverShowsTheValueUnderTheMouse()
    {
        TimeChart *chart = m_panel->rateChart();
        QLineSeries *answer = chart->series(u"queue.answerRate"_s);
        QVERIFY(answer->count() > 20);
        const QPointF target = answer->at(answer->count() / 2);
        const QPoint at = chart->mapFromScene(chart->chart()->mapToScene(chart->chart()->mapToPosition(target, answer)));
        m_panel->hoverLabel()->clear();
        // Onto the line a pixel below the point: the value shown is the bucket's, not the mouse's height.
        QTest::mouseMove(chart->viewport(), at + QPoint(0, 6));
        QTest::mouseMove(chart->viewport(), at + QPoint(0, 1));
        QTRY_VERIFY(!m_panel->hoverLabel()->text().isEmpty());

        // The record at that time, as the test reads it: its answer rate in %.
        const QList<api::MetricsRecord> records = fetch(u"P1D"_s, u"PT5M"_s);
        auto record = std::find_if(records.begin(), records.end(), [&](const api::MetricsRecord &r) {
            return ms(r.intervalStart) == target.x();
        });
        QVERIFY(record != records.end());
        const QString expected = QLocale().toString(*record->value(u"queue.answerRate"_s) * 100, 'f', 1);
        const QString text = m_panel->hoverLabel()->text();
        QVERIFY2(text.contains(ChartMetrics::byName(u"queue.answerRate"_s).label), qPrintable(text));
        QVERIFY2(text.contains(expected + u" %"_s), qPrintable(text + u" / expected "_s + expected));
        QVERIFY2(text.contains(QLocale().toString(record->intervalStart.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(text));
    }

    void markersAtTheEntriesTimes()
    {
        const QList<history::HistoryEntry> entries = historyOf(*m_session, m_queueId);
        const auto entry = [&](qint64 id) {
            return *std::find_if(entries.begin(), entries.end(), [id](const history::HistoryEntry &e) { return e.id == id; });
        };
        const QDateTime deployedAt =
            QDateTime::fromString(entry(m_deployEntry).queueAfter.value(u"dateModified"_s).toString(), Qt::ISODateWithMs);
        const QDateTime rolledBackAt = QDateTime::fromString(
            entry(m_rollbackEntry).queueAfter.value(u"dateModified"_s).toString(), Qt::ISODateWithMs);
        QCOMPARE(deployedAt, QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC));
        QCOMPARE(rolledBackAt, QDateTime(QDate(2026, 11, 25), QTime(13, 0), Qt::UTC));

        QCOMPARE(m_panel->markers().size(), 2);
        QCOMPARE(m_panel->markers().at(0).entryId, m_deployEntry);
        QVERIFY(!m_panel->markers().at(0).rollback);
        QCOMPARE(m_panel->markers().at(1).entryId, m_rollbackEntry);
        QVERIFY(m_panel->markers().at(1).rollback);
        // Drawn as vertical lines at those times, across the whole left axis, on both charts.
        for (TimeChart *chart : {m_panel->rateChart(), m_panel->callbackChart()}) {
            QCOMPARE(chart->markerCount(), 2);
            QValueAxis *left = nullptr;
            for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
                if (axis->alignment() == Qt::AlignLeft)
                    left = qobject_cast<QValueAxis *>(axis);
            QVERIFY(left);
            for (int i = 0; i < 2; ++i) {
                const QLineSeries *line = chart->markerSeries(i);
                const double x = ms(i == 0 ? deployedAt : rolledBackAt);
                QCOMPARE(line->count(), 2);
                QCOMPARE(line->at(0).x(), x);
                QCOMPARE(line->at(1).x(), x);
                QCOMPARE(line->at(0).y(), left->min());
                QCOMPARE(line->at(1).y(), left->max());
                QVERIFY(line->isVisible());
            }
            QVERIFY(chart->markerSeries(0)->pen().color() != chart->markerSeries(1)->pen().color());
            // Each kind of marker has one legend entry that says what the dashed line is.
            const QList<QLegendMarker *> legend = chart->chart()->legend()->markers(chart->markerSeries(0));
            QCOMPARE(legend.size(), 1);
            QVERIFY(legend.first()->isVisible());
            QVERIFY2(legend.first()->label().contains(u"Deploy"_s), qPrintable(legend.first()->label()));
            QVERIFY(chart->chart()->legend()->markers(chart->markerSeries(1)).first()->label().contains(u"Rollback"_s));
        }
        // The refresh reads the same markers again: the lines drawn stay (no
        // series removed and added again on the UI thread).
        const QLineSeries *drawn = m_panel->rateChart()->markerSeries(0);
        QSignalSpy again(m_panel, &ChartPanel::markersChanged);
        m_panel->refreshMarkers();
        QVERIFY(again.wait(10'000));
        QCOMPARE(m_panel->rateChart()->markerCount(), 2);
        QCOMPARE(m_panel->rateChart()->markerSeries(0), drawn);
    }

    void beforeAfterAroundTheDeploy()
    {
        QVERIFY(m_panel->beforeAfterButton()->isEnabled());
        QTest::mouseClick(m_panel->beforeAfterButton(), Qt::LeftButton);
        BeforeAfterDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<BeforeAfterDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->deployChoice()->count(), 2);
        QSignalSpy loaded(dialog, &BeforeAfterDialog::loaded);
        dialog->windowChoice()->setCurrentIndex(dialog->windowChoice()->findData(3600));
        dialog->deployChoice()->setCurrentIndex(0); // the deploy at 11:00, not the rollback
        QVERIFY(loaded.wait(30'000));

        const QDateTime at(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC);
        QCOMPARE(dialog->beforeChart()->timeAxis()->min().toUTC(), at.addSecs(-3600));
        QCOMPARE(dialog->beforeChart()->timeAxis()->max().toUTC(), at);
        QCOMPARE(dialog->afterChart()->timeAxis()->min().toUTC(), at);
        QCOMPARE(dialog->afterChart()->timeAxis()->max().toUTC(), at.addSecs(3600));
        QVERIFY(dialog->beforeChart()->series(u"queue.answerRate"_s)->count() >= 10);
        QVERIFY(dialog->afterChart()->series(u"queue.answerRate"_s)->count() >= 10);

        // The test's own summaries of the two hours around the deploy.
        const QList<api::MetricsRecord> before = fetch(iso(at.addSecs(-3600)) + u'/' + iso(at), {});
        const QList<api::MetricsRecord> after = fetch(iso(at) + u'/' + iso(at.addSecs(3600)), {});
        QCOMPARE(before.size(), 1);
        QCOMPARE(after.size(), 1);
        const QList<ChartMetric> metrics = ChartMetrics::all();
        QTableWidget *table = dialog->deltas();
        QCOMPARE(table->rowCount(), metrics.size());
        int compared = 0;
        for (int r = 0; r < metrics.size(); ++r) {
            const ChartMetric &m = metrics.at(r);
            QCOMPARE(table->item(r, 0)->text(), m.label);
            const std::optional<double> b = before.first().value(m.name);
            const std::optional<double> a = after.first().value(m.name);
            const double scale = m.percent ? 100 : 1;
            const auto check = [&](int column, std::optional<double> expected) {
                const QString text = table->item(r, column)->text();
                if (!expected) {
                    QCOMPARE(text, u"—"_s);
                    return;
                }
                const std::optional<double> shown = cellNumber(text);
                QVERIFY2(shown, qPrintable(text));
                // Rates to a tenth of a point; waits to the second and counts whole.
                const double tolerance = m.percent ? 0.05 : 0.5;
                QVERIFY2(std::abs(*shown - *expected * scale) <= tolerance + 1e-9,
                         qPrintable(u"%1 column %2: %3, expected %4"_s.arg(m.name).arg(column).arg(text)
                                        .arg(*expected * scale)));
            };
            check(1, b);
            check(2, a);
            check(3, a && b ? std::optional<double>(*a - *b) : std::nullopt);
            if (m.name == u"queue.averageWaitTime"_s && b)
                QVERIFY2(table->item(r, 1)->text().endsWith(u" s"_s), qPrintable(table->item(r, 1)->text()));
            if (m.name == u"queue.offered"_s && b)
                QVERIFY2(!table->item(r, 1)->text().contains(QLocale().decimalPoint()), qPrintable(table->item(r, 1)->text()));
            // A rate's change is in points, its values in per cent.
            if (m.percent && a && b) {
                QVERIFY2(table->item(r, 1)->text().endsWith(u" %"_s), qPrintable(table->item(r, 1)->text()));
                QVERIFY2(table->item(r, 3)->text().endsWith(u" pt"_s), qPrintable(table->item(r, 3)->text()));
            }
            if (a && b)
                ++compared;
        }
        QVERIFY(compared >= 4); // a busy hour: most metrics have values on both sides
        dialog->reject();
    }

    // A range without a single contact says so instead of drawing empty axes.
    void aRangeWithoutContactsSaysSo()
    {
        ChartPanel panel;
        panel.setQueue(u"q-quiet"_s, u"Quiet"_s);
        const QDateTime to(QDate(2026, 11, 25), QTime(4, 0), Qt::UTC);
        api::MetricsRecord quiet;
        quiet.queueId = u"q-quiet"_s;
        quiet.values.insert(u"queue.offered"_s, 0.0);
        panel.setRecords({quiet}, to.addSecs(-3600), to);
        QVERIFY2(panel.titleLabel()->text().contains(u"no contacts in this range"_s), qPrintable(panel.titleLabel()->text()));
        api::MetricsRecord busy = quiet;
        busy.values.insert(u"queue.offered"_s, 12.0);
        panel.setRecords({quiet, busy}, to.addSecs(-3600), to);
        QVERIFY(!panel.titleLabel()->text().contains(u"no contacts"_s));
    }

    void exportPngWritesAPicture()
    {
        const QString path = m_dir.filePath(u"chart.png"_s);
        QVERIFY(m_panel->exportPng(path));
        QVERIFY(QFileInfo(path).size() > 10'000);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 16, qPrintable(QString::number(colours.size()))); // lines, text, markers
    }

    void exportCsvWritesTheRecords()
    {
        const QString path = m_dir.filePath(u"chart.csv"_s);
        QVERIFY(m_panel->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.takeLast(), QByteArray()); // ends with a newline
        const QStringList metrics = ChartMetrics::names();
        QCOMPARE(QString::fromUtf8(lines.takeFirst()), u"interval.start,queue.id,"_s + metrics.join(u','));

        const QList<api::MetricsRecord> records = fetch(u"P1D"_s, u"PT5M"_s);
        QVERIFY(records.size() >= 287);
        QCOMPARE(lines.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QCOMPARE(cells.size(), metrics.size() + 2);
            QCOMPARE(QDateTime::fromString(QString::fromUtf8(cells.at(0)), Qt::ISODate), records.at(i).intervalStart);
            QCOMPARE(QString::fromUtf8(cells.at(1)), m_queueId);
            for (qsizetype m = 0; m < metrics.size(); ++m) {
                const std::optional<double> v = records.at(i).value(metrics.at(m));
                const QByteArray cell = cells.at(m + 2);
                QCOMPARE(cell.isEmpty(), !v);
                if (v)
                    QVERIFY2(std::abs(cell.toDouble() - *v) <= 1e-9 * std::max(1.0, std::abs(*v)), cell.constData());
            }
        }
    }

    void chartsFollowThePalette()
    {
        TimeChart *chart = m_panel->rateChart();
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));

        for (const bool isDark : {true, false}) {
            const QPalette &pal = isDark ? dark : light;
            QApplication::setPalette(pal);
            QTRY_COMPARE(chart->chart()->backgroundBrush().color(), pal.color(QPalette::Base));
            QCOMPARE(chart->backgroundBrush().color(), pal.color(QPalette::Window));
            QCOMPARE(chart->chart()->legend()->labelColor(), pal.color(QPalette::Text));
            for (QAbstractAxis *axis : chart->chart()->axes()) {
                QCOMPARE(axis->labelsColor(), pal.color(QPalette::Text));
                QCOMPARE(axis->gridLineColor(), pal.color(QPalette::Mid));
            }
            QCOMPARE(chart->chart()->theme(), isDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
            // The theme's reset keeps what the chart set itself: line widths, the markers' colours.
            QCOMPARE(chart->series(u"queue.answerRate"_s)->pen().widthF(), 2.0);
            // A series keeps its colour in light and dark.
            QCOMPARE(chart->series(u"queue.answerRate"_s)->pen().color(), seriesColor(0));
            QCOMPARE(chart->markerCount(), 2);
            QVERIFY(chart->markerSeries(0)->pen().style() == Qt::DashLine);
        }
    }

    void downsamplerKeepsEachColumnsMinAndMax()
    {
        QRandomGenerator random(7);
        QList<QPointF> points;
        double x = 0;
        for (int i = 0; i < 25'920; ++i) { // 90 days of 5-minute buckets, irregular spacing
            x += 1 + random.bounded(3);
            points.append(QPointF(x, i == 9'999 ? 1e6 : random.bounded(100.0)));
        }
        const double from = points.first().x();
        const double to = points.last().x();
        const int columns = 1'000;
        const QList<QPointF> out = ChartDownsampler::minMaxPerColumn(points, from, to, columns);
        QVERIFY(out.size() <= 2 * columns);
        QVERIFY(out.size() >= columns);
        QVERIFY(std::is_sorted(out.begin(), out.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));

        // Every column's lowest and highest point is kept, and nothing made up.
        const double width = (to - from) / columns;
        QHash<int, std::pair<double, double>> extremes;
        for (const QPointF &p : points) {
            const int c = std::clamp(int((p.x() - from) / width), 0, columns - 1);
            auto it = extremes.find(c);
            if (it == extremes.end())
                extremes.insert(c, {p.y(), p.y()});
            else
                *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
        }
        QHash<int, std::pair<double, double>> kept;
        for (const QPointF &p : out) {
            QVERIFY(points.contains(p));
            const int c = std::clamp(int((p.x() - from) / width), 0, columns - 1);
            auto it = kept.find(c);
            if (it == kept.end())
                kept.insert(c, {p.y(), p.y()});
            else
                *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
        }
        QCOMPARE(kept, extremes);
        QVERIFY(std::any_of(out.begin(), out.end(), [](const QPointF &p) { return p.y() == 1e6; }));

        // Small inputs stay as they are; segments keep their gaps.
        const QList<QPointF> few{{0, 1}, {1, 5}, {2, 3}};
        QCOMPARE(ChartDownsampler::minMaxPerColumn(few, 0, 2, 10), few);
        const ChartSegments segments{points.mid(0, 5000), points.mid(6000)};
        const ChartSegments sampled = ChartDownsampler::minMaxPerColumn(segments, from, to, columns);
        QCOMPARE(sampled.size(), 2);
        QVERIFY(sampled.at(0).last().x() < points.at(6000).x());
        QVERIFY(sampled.at(1).first().x() >= points.at(6000).x());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
