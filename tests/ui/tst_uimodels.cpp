// Every model of the app under QAbstractItemModelTester, and the pure chart data helpers.
#include "ui/charts/chartdata.h"
#include "ui/history/historymodel.h"
#include "ui/queues/queuefiltermodel.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {
QueueRow row(int i)
{
    QueueRow r;
    r.id = u"q-%1"_s.arg(i, 4, 10, QChar(u'0'));
    r.name = u"Queue %1"_s.arg(i);
    r.version = 1;
    WaitStrategy s;
    s.positionThreshold = 1 + i % 50;
    r.strategy = s;
    r.compliance = i % 7 == 0 ? Compliance::Violations : Compliance::Compliant;
    return r;
}

QList<QueueRow> rows(int from, int to)
{
    QList<QueueRow> out;
    for (int i = from; i < to; ++i)
        out.append(row(i));
    return out;
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A queue whose site is closed says so, and when it opens, instead of an
    // unexplained "—"; one that is open but quiet says it had no contacts.
    void closedQueueIsExplained()
    {
        const QJsonObject queue = QJsonDocument::fromJson(
            "{\"id\": \"q-ny\", \"hoursOfOperation\": {\"timeZone\": \"UTC-05:00\", \"utcOffsetMinutes\": -300,"
            " \"weekly\": [{\"day\": \"wednesday\", \"open\": \"07:00\", \"close\": \"20:00\"},"
            " {\"day\": \"thursday\", \"open\": \"07:00\", \"close\": \"20:00\"}]}}").object();
        QueueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueRow closed = row(1);
        closed.hours = OpeningHours::fromQueue(queue);
        QVERIFY(closed.hours);
        model.appendQueues({closed});
        const QModelIndex rate = model.index(0, QueueTableModel::AnswerRate);
        QCOMPARE(rate.data().toString(), QueueTableModel::tr("—")); // no metrics read yet: nothing to explain

        // Wednesday 06:00 in New York (11:00 UTC): closed until 07:00.
        model.updateMetrics({}, QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC));
        QCOMPARE(rate.data().toString(), u"closed until 07:00"_s);
        QVERIFY2(rate.data(Qt::ToolTipRole).toString().contains(u"UTC-05:00"_s),
                 qPrintable(rate.data(Qt::ToolTipRole).toString()));
        // Thursday 21:00 local: it next opens on a Wednesday, so the day is named.
        model.updateMetrics({}, QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC));
        QVERIFY2(rate.data().toString().startsWith(u"closed until "_s), qPrintable(rate.data().toString()));
        QVERIFY(rate.data().toString().endsWith(u" 07:00"_s));
        QVERIFY(rate.data().toString() != u"closed until 07:00"_s);

        // Open at 15:00 UTC (10:00 local) but no contacts: the "—" is explained in the tooltip.
        model.updateMetrics({}, QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC));
        QCOMPARE(rate.data().toString(), QueueTableModel::tr("—"));
        QCOMPARE(rate.data(Qt::ToolTipRole).toString(), QueueTableModel::tr("No contacts in the last hour."));
        model.updateMetrics({{closed.id, {0.8, 0.1, 12, 40}}}, QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC));
        QCOMPARE(rate.data().toString(), QLocale().toString(80.0, 'f', 1) + u" %"_s);
        // An answer that leaves the queue out clears its old figures.
        model.updateMetrics({}, QDateTime(QDate(2026, 11, 25), QTime(15, 5), Qt::UTC));
        QCOMPARE(rate.data().toString(), QueueTableModel::tr("—"));
    }

    void queueModel()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(QueueTableModel::ColumnCount));
        model.appendQueues(rows(0, 100));
        model.appendQueues(rows(100, 250));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.rowOf(u"q-0042"_s), 42);

        // A re-read replaces the row in place and keeps its metrics.
        model.updateMetrics({{u"q-0042"_s, {0.5, 0.1, 33, 40}}}, {});
        QCOMPARE(model.index(42, QueueTableModel::AnswerRate).data().toString(), QLocale().toString(50.0, 'f', 1) + u" %"_s);
        QueueRow changed = row(42);
        changed.strategy->positionThreshold = 9;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.updateQueue(changed);
        QCOMPARE(dataChanged.size(), 1);
        QCOMPARE(model.index(42, QueueTableModel::PositionThreshold).data().toInt(), 9);
        QCOMPARE(*model.queue(u"q-0042"_s)->metrics.answerRate, 0.5);
        QCOMPARE(model.index(42, QueueTableModel::Compliance).data(QueueTableModel::SortRole).toInt(),
                 int(Compliance::Violations)); // every seventh queue breaks a rule
        // Appending a known id updates it instead of duplicating it.
        model.appendQueues({row(1)});
        QCOMPARE(model.rowCount(), 250);
        // A queue whose strategy is unreadable still shows, with a question mark.
        QueueRow broken;
        broken.id = u"q-broken"_s;
        broken.readError = u"waitStrategy.positionThreshold must be an integer"_s;
        model.updateQueue(broken);
        QCOMPARE(model.index(250, QueueTableModel::PositionThreshold).data().toString(), u"?"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A queue that meets every fixed rule but has a service target in force is
    // "not predicted" until a prediction says; a predicted miss is a violation.
    void predictedVerdictsDecideTheList()
    {
        QueueTableModel model;
        QueueRow r = row(1);
        r.compliance = r.ruleCompliance = Compliance::Unpredicted;
        r.complianceDetail = r.ruleDetail = u"needs a prediction"_s;
        model.appendQueues({r});
        const QModelIndex verdict = model.index(0, QueueTableModel::Compliance);
        QCOMPARE(verdict.data().toString(), complianceLabel(Compliance::Unpredicted));

        predict::TargetVerdict miss;
        miss.finding.ruleId = u"es/sl"_s;
        miss.pass = false;
        miss.message = u"Predicted 70.1 % answered within 180 s; misses the target (95 %)."_s;
        model.setPredictedVerdicts(r.id, {miss});
        QCOMPARE(verdict.data(QueueTableModel::ComplianceRole).toInt(), int(Compliance::Violations));
        QVERIFY(verdict.data(Qt::ToolTipRole).toString().contains(u"misses the target"_s));

        predict::TargetVerdict meet = miss;
        meet.pass = true;
        meet.message = u"Predicted 96.0 % answered within 180 s; meets the target (95 %)."_s;
        model.setPredictedVerdicts(r.id, {meet});
        QCOMPARE(verdict.data(QueueTableModel::ComplianceRole).toInt(), int(Compliance::Compliant));
    }

    void filterModel()
    {
        QueueTableModel model;
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendQueues(rows(0, 300));
        proxy.sort(QueueTableModel::PositionThreshold, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, QueueTableModel::PositionThreshold).data().toInt(), 50);
        proxy.setFilterText(u"queue 12"_s); // case-insensitive: 12, 120..129
        QCOMPARE(proxy.rowCount(), 11);
        proxy.setFilterText(u"q-0007"_s);   // by id too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        proxy.setOnlyNonCompliant(true);
        QCOMPARE(proxy.rowCount(), 43);     // every seventh of 300
        model.updateMetrics({{u"q-0000"_s, {0.9, 0.01, 5, 40}}}, {});
        model.appendQueues(rows(300, 310));
        QCOMPARE(proxy.rowCount(), 45);
    }

    // Typing a filter and clearing it again leaves the list in the order its
    // header shows, with the queues chosen before still chosen.
    void filterThenClearKeepsSortAndSelection()
    {
        QueueTableModel model;
        model.appendQueues(rows(0, 300));
        QueueListPanel panel(&model);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto inOrder = [&] {
            for (int r = 1; r < panel.proxy()->rowCount(); ++r) {
                const QString a = panel.proxy()->index(r - 1, QueueTableModel::Name).data(QueueTableModel::SortRole).toString();
                const QString b = panel.proxy()->index(r, QueueTableModel::Name).data(QueueTableModel::SortRole).toString();
                if (QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded()) > 0)
                    return false;
            }
            return true;
        };
        QVERIFY(inOrder());
        panel.selectQueue(u"q-0128"_s);
        QCOMPARE(panel.currentQueueId(), u"q-0128"_s);

        QTest::keyClicks(panel.filterEdit(), u"queue 12"_s);
        QCOMPARE(panel.proxy()->rowCount(), 11);
        QCOMPARE(panel.currentQueueId(), u"q-0128"_s);
        panel.filterEdit()->clear();
        QCOMPARE(panel.proxy()->rowCount(), 300);
        QVERIFY(inOrder());
        QCOMPARE(panel.currentQueueId(), u"q-0128"_s);
        QCOMPARE(panel.selectedQueueIds(), QStringList{u"q-0128"_s});

        // Hidden by the filter (the list moves to a match), then shown again: chosen again.
        QTest::keyClicks(panel.filterEdit(), u"queue 7"_s);
        QVERIFY(panel.currentQueueId() != u"q-0128"_s);
        panel.filterEdit()->clear();
        QVERIFY(inOrder());
        QCOMPARE(panel.currentQueueId(), u"q-0128"_s);
        QCOMPARE(panel.selectedQueueIds(), QStringList{u"q-0128"_s});

        // A queue clicked while filtered is the one kept afterwards.
        QTest::keyClicks(panel.filterEdit(), u"queue 7"_s);
        panel.selectQueue(u"q-0075"_s);
        panel.filterEdit()->clear();
        QCOMPARE(panel.currentQueueId(), u"q-0075"_s);
        QCOMPARE(panel.selectedQueueIds(), QStringList{u"q-0075"_s});
    }

    void historyModel()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<history::HistoryEntry> entries;
        for (int i = 3; i >= 1; --i) {
            history::HistoryEntry e;
            e.id = i;
            e.time = QDateTime::fromSecsSinceEpoch(1'800'000'000 + i * 60, Qt::UTC);
            e.osUser = u"alice"_s;
            e.clientId = u"client-1"_s;
            e.queueId = u"q-0001"_s;
            e.action = i == 2 ? u"rollback"_s : u"deploy"_s;
            e.status = i == 1 ? u"pending"_s : u"completed"_s;
            e.message = u"Position threshold 10 → %1"_s.arg(i);
            e.queueAfter = QJsonObject{{u"id"_s, u"q-0001"_s}};
            entries.append(e);
        }
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, HistoryModel::Action).data().toString(), u"Rollback"_s);
        QVERIFY(model.index(0, HistoryModel::Actor).data().toString().contains(u"alice"_s));
        history::HistoryEntry newest = entries.first();
        newest.id = 4;
        model.addNewer({newest});
        model.addNewer({newest}); // once only
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(4), 0);
        QVERIFY(HistoryModel::canRollBack(model.entryAt(0)));
        QVERIFY(!HistoryModel::canRollBack(model.entryAt(3))); // pending

        // The entry that settles a pending one takes its row: one row per change.
        history::HistoryEntry settles = entries.first();
        settles.id = 5;
        settles.resolvesEntryId = 1;
        model.addNewer({settles});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(1), 0); // found through the entry that settled it
        QCOMPARE(model.index(0, HistoryModel::Status).data().toString(), history::statusLabel(u"completed"_s));
        model.setEntries({settles, entries.at(0), entries.at(1), entries.at(2)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entriesRead(), 4);

        // One clock: an entry the tenant dated shows the tenant's time; one it never dated, this
        // computer's time, set apart in italics.
        history::HistoryEntry dated = entries.at(1);
        dated.id = 6;
        dated.queueAfter = QJsonObject{{u"id"_s, u"q-0001"_s}, {u"dateModified"_s, u"2026-11-25T03:04:00.000Z"_s}};
        model.addNewer({dated});
        const QDateTime tenantAt(QDate(2026, 11, 25), QTime(3, 4), Qt::UTC);
        QCOMPARE(model.index(0, HistoryModel::Time).data().toString(),
                 HistoryModel::shortTime(tenantAt.toLocalTime(), QDateTime::currentDateTime()));
        QVERIFY(model.index(0, HistoryModel::Time).data(Qt::ToolTipRole).toString().contains(u"tenant's clock"_s));
        QVERIFY(!model.index(0, HistoryModel::Time).data(Qt::FontRole).value<QFont>().italic());
        const int undated = model.rowOf(3);
        QVERIFY(model.index(undated, HistoryModel::Time).data(Qt::FontRole).value<QFont>().italic());

        // Queue names, with the id on hover.
        model.setQueueNames([](const QString &id) { return id == u"q-0001"_s ? u"Billing"_s : QString(); });
        QCOMPARE(model.index(0, HistoryModel::Queue).data().toString(), u"Billing"_s);
        QCOMPARE(model.index(0, HistoryModel::Queue).data(Qt::ToolTipRole).toString(), u"q-0001"_s);
    }

    // A long history is read a page at a time, newest first: a page read when
    // the view reaches the end goes below the rows, an entry another Holdline
    // appends takes its place by id, and a pending entry settled on a newer
    // page never gets a row.
    void historyModelPages()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto entry = [](qint64 id, const QString &status, qint64 resolves = 0) {
            history::HistoryEntry e;
            e.id = id;
            e.time = QDateTime::fromSecsSinceEpoch(1'800'000'000 + id * 60, Qt::UTC);
            e.osUser = u"alice"_s;
            e.queueId = u"q-0001"_s;
            e.action = u"deploy"_s;
            e.status = status;
            e.resolvesEntryId = resolves;
            return e;
        };
        const auto ids = [&model] {
            QList<qint64> list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(model.entryAt(row).id);
            return list;
        };
        QSignalSpy wanted(&model, &HistoryModel::olderEntriesWanted);
        model.setEntries({entry(20, u"completed"_s, 17), entry(19, u"completed"_s), entry(18, u"completed"_s)}, true);
        model.fetchMore({}); // (the model tester may have asked already)
        model.fetchMore({}); // one page at a time
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().first().toLongLong(), 18);
        QVERIFY(!model.canFetchMore({}));
        // Another Holdline's entries arrive while the page is read.
        model.addNewer({entry(22, u"completed"_s), entry(21, u"pending"_s)});
        model.addNewer({entry(23, u"completed"_s, 21), entry(5, u"completed"_s)}); // 5: its page brings it
        QCOMPARE(ids(), (QList<qint64>{23, 22, 20, 19, 18}));
        model.appendOlder({entry(17, u"pending"_s), entry(16, u"completed"_s), entry(15, u"completed"_s)}, true);
        QCOMPARE(ids(), (QList<qint64>{23, 22, 20, 19, 18, 16, 15}));
        model.fetchMore({});
        QCOMPARE(wanted.last().first().toLongLong(), 15);
        // A page with no row of its own (pending entries settled on newer
        // pages): the next is read without the view asking again.
        model.appendOlder({entry(14, u"pending"_s)}, true); // a row: nothing settled it
        model.fetchMore({});
        model.appendOlder({entry(13, u"completed"_s, 12)}, true);
        model.fetchMore({});
        model.appendOlder({entry(12, u"pending"_s)}, true);
        QCOMPARE(wanted.last().first().toLongLong(), 12);
        QVERIFY(!model.canFetchMore({})); // that page is being read
        model.appendOlder({entry(5, u"completed"_s)}, false);
        QVERIFY(!model.hasMore());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(ids(), (QList<qint64>{23, 22, 20, 19, 18, 16, 15, 14, 13, 5}));
        QCOMPARE(model.entriesRead(), 13);
        QCOMPARE(model.oldestRead(), 5);
        // Every page read: an older entry now has its place.
        model.addNewer({entry(7, u"completed"_s)});
        QCOMPARE(ids(), (QList<qint64>{23, 22, 20, 19, 18, 16, 15, 14, 13, 7, 5}));
        // A page that could not be read stops the asking until the next reload.
        model.setEntries({entry(23, u"completed"_s)}, true);
        model.fetchMore({});
        model.olderEntriesFailed();
        QVERIFY(!model.canFetchMore({}));
        const qsizetype asked = wanted.size();
        model.fetchMore({});
        QCOMPARE(wanted.size(), asked);
    }

    void chartDecimationKeepsPeaks()
    {
        QList<QPointF> points;
        for (int i = 0; i < 25'920; ++i) // 90 days of 5-minute buckets
            points.append(QPointF(i, i == 12'345 ? 1000 : i % 10));
        const QList<QPointF> d = ChartSeriesBuilder::decimate(points, 1500);
        QVERIFY(d.size() <= 1500);
        QVERIFY(std::any_of(d.begin(), d.end(), [](const QPointF &p) { return p.y() == 1000; }));
        QVERIFY(std::is_sorted(d.begin(), d.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void chartSeriesSkipNullsAndExportCsv()
    {
        QList<api::MetricsRecord> records;
        for (int i = 0; i < 3; ++i) {
            api::MetricsRecord r;
            r.queueId = u"q-1"_s;
            r.intervalStart = QDateTime::fromSecsSinceEpoch(1'800'000'000 + i * 300, Qt::UTC);
            r.values.insert(u"queue.answerRate"_s, i == 1 ? std::nullopt : std::optional<double>(0.5));
            records.append(r);
        }
        ChartSeriesBuilder b;
        b.reset(3);
        b.add(records, 0, 3);
        QCOMPARE(b.points(u"queue.answerRate"_s).size(), 2); // a null is no point, never a zero
        QCOMPARE(b.segments(u"queue.answerRate"_s).size(), 1); // one empty bucket is bridged
        QCOMPARE(b.points(u"queue.answerRate"_s).first().y(), 50.0);
        const QByteArray csv = recordsToCsv(records, {u"queue.answerRate"_s});
        QCOMPARE(csv.split('\n').at(0), QByteArray("interval.start,queue.id,queue.answerRate"));
        QCOMPARE(csv.split('\n').at(2), QByteArray("2027-01-15T08:05:00Z,q-1,"));
        const auto summary = summarize(records);
        QCOMPARE(*summary.value(u"queue.answerRate"_s), 0.5);
        QVERIFY(!summary.value(u"queue.averageWaitTime"_s));
    }

    void aLongSilenceSplitsTheLine()
    {
        QList<api::MetricsRecord> records;
        for (int i = 0; i < 20; ++i) {
            api::MetricsRecord r;
            r.intervalStart = QDateTime::fromSecsSinceEpoch(1'800'000'000 + i * 300, Qt::UTC);
            const bool closed = i >= 5 && i < 15; // the queue is closed for 50 minutes
            r.values.insert(u"queue.averageWaitTime"_s, closed ? std::nullopt : std::optional<double>(i));
            records.append(r);
        }
        ChartSeriesBuilder b;
        b.reset(20);
        b.add(records, 0, 7); // in two slices, as the panel does
        b.add(records, 7, 20);
        const ChartSegments segments = b.segments(u"queue.averageWaitTime"_s);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0).size(), 5);
        QCOMPARE(segments.at(1).first().y(), 15.0);
    }

    void markersFromHistoryUseTenantTime()
    {
        history::HistoryEntry e;
        e.id = 7;
        e.action = u"deploy"_s;
        e.status = u"completed"_s;
        e.time = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        e.queueAfter = QJsonObject{{u"dateModified"_s, u"2026-11-20T10:02:11Z"_s}};
        history::HistoryEntry pending = e;
        pending.status = u"pending"_s;
        const QList<ChartMarker> markers = markersFromHistory({e, pending});
        QCOMPARE(markers.size(), 1);
        QCOMPARE(markers.first().time, QDateTime(QDate(2026, 11, 20), QTime(10, 2, 11), Qt::UTC));
        QCOMPARE(markers.first().entryId, 7);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
