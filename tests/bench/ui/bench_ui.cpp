// Responsiveness of the desktop app: an event-loop latency probe (a 5 ms
// timer measuring how late it fires) while 5,000 queues go into the queue list
// and 90 days of 5-minute data go into the charts. Prints figures; asserts nothing.
#include "latencyprobe.h"
#include "ui/charts/chartpanel.h"
#include "ui/queues/queuecontroller.h"
#include "ui/queues/queuefiltermodel.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {

QList<QueueRow> makeQueues(int n)
{
    QList<QueueRow> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        QueueRow r;
        r.id = u"q-%1"_s.arg(i, 5, 10, QChar(u'0'));
        r.name = u"Queue %1 — Tier %2"_s.arg(i).arg(1 + i % 3);
        r.version = 1 + i % 9;
        WaitStrategy s;
        s.positionThreshold = 1 + i % 50;
        s.callbackPositionThreshold = 1 + i % 5;
        r.strategy = s;
        r.compliance = i % 11 == 0 ? Compliance::Warnings : Compliance::Compliant;
        rows.append(r);
    }
    return rows;
}

QList<api::MetricsRecord> makeSeries(const QDateTime &from, int buckets)
{
    QList<api::MetricsRecord> records;
    records.reserve(buckets);
    for (int i = 0; i < buckets; ++i) {
        api::MetricsRecord r;
        r.queueId = u"q-00001"_s;
        r.intervalStart = from.addSecs(qint64(i) * 300);
        const double phase = double(i % 288) / 288.0;
        r.values.insert(u"queue.answerRate"_s, 0.6 + 0.3 * phase);
        r.values.insert(u"queue.abandonRate"_s, 0.1 - 0.05 * phase);
        r.values.insert(u"queue.averageWaitTime"_s, 40 + 100 * phase);
        r.values.insert(u"queue.callbacksOffered"_s, double(i % 13));
        r.values.insert(u"queue.callbacksAccepted"_s, double(i % 7));
        r.values.insert(u"queue.offered"_s, i % 288 < 96 ? std::nullopt : std::optional<double>(20 + i % 40));
        records.append(r);
    }
    return records;
}

// Waits for the signal, then lets the probe fire a few more times so that a
// stall right before the signal is measured too.
bool waitFor(QSignalSpy &spy)
{
    const bool ok = !spy.isEmpty() || spy.wait(120'000);
    QSignalSpy never(QCoreApplication::instance(), &QObject::destroyed);
    never.wait(30);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QueueTableModel model;
    QueueController controller(&model);
    QWidget window;
    auto *list = new QueueListPanel(&model, &window);
    auto *charts = new ChartPanel(&window);
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(list);
    layout->addWidget(charts, 1);
    window.resize(1600, 1000);
    window.show();

    constexpr int Queues = 5000;
    constexpr int Buckets = 90 * 288;
    const QList<QueueRow> queues = makeQueues(Queues);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-90);
    const QList<api::MetricsRecord> series = makeSeries(from, Buckets);
    std::printf("bench_ui: %d queues, %d five-minute buckets (90 days) x 6 metrics, probe every 5 ms\n", Queues,
                Buckets);

    LatencyProbe probe;
    QElapsedTimer wall;

    probe.start();
    wall.start();
    QSignalSpy loaded(&controller, &QueueController::queuesLoaded);
    controller.insertInChunks(queues);
    waitFor(loaded);
    probe.stop();
    probe.report("load 5,000 queues into the list", wall.elapsed());

    probe.start();
    wall.start();
    QHash<QString, QueueMetrics> metrics;
    for (int i = 0; i < Queues; ++i)
        metrics.insert(queues.at(i).id, {0.5 + (i % 50) / 100.0, 0.05, double(30 + i % 90), 40.0});
    QTimer::singleShot(0, &model, [&] { model.updateMetrics(metrics, {}); });
    QTimer::singleShot(20, list, [&] { list->view()->sortByColumn(QueueTableModel::AnswerRate, Qt::DescendingOrder); });
    QTimer::singleShot(40, list, [&] { list->proxy()->setFilterText(u"Queue 12"_s); });
    QTimer::singleShot(60, list, [&] { list->proxy()->setFilterText(QString()); });
    QSignalSpy never(&probe, &QObject::destroyed);
    never.wait(300);
    probe.stop();
    probe.report("live metrics, sort, filter on 5,000 queues", wall.elapsed());

    probe.start();
    wall.start();
    QSignalSpy built(charts, &ChartPanel::loaded);
    charts->setRecords(series, from, to);
    waitFor(built);
    probe.stop();
    probe.report("90 days of 5-minute data into the charts", wall.elapsed());
    return 0;
}
