// The one runner of background work whose latest run alone matters.
#include "common/latestjob.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace holdline;

namespace {

// Work that runs until told to stop (or released), so a test controls when it ends.
struct Gate
{
    std::atomic_bool open{false};
    std::atomic_bool entered{false};

    // Returns `value` once the gate opens; -1 if cancelled first.
    int wait(const std::atomic_bool &cancel, int value)
    {
        entered = true;
        while (!open.load()) {
            if (cancel.load())
                return -1;
            QThread::yieldCurrentThread();
        }
        return value;
    }
};

} // namespace

class TestLatestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheCallersThread()
    {
        LatestJob job;
        QThread *deliveredOn = nullptr;
        int result = 0;
        job.start([](const std::atomic_bool &) { return 42; },
                  [&](int value) {
                      result = value;
                      deliveredOn = QThread::currentThread();
                  });
        QVERIFY(job.isRunning());
        QTRY_COMPARE(result, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(!job.isRunning());
    }

    void aNewRunSupersedesTheOneRunning()
    {
        LatestJob job;
        Gate gate;
        QList<int> delivered;
        QSignalSpy cancelled(&job, &LatestJob::cancelled);
        const quint64 first = job.start([&](const std::atomic_bool &c) { return gate.wait(c, 1); },
                                        [&](int v) { delivered.append(v); });
        QTRY_VERIFY(gate.entered.load());
        const quint64 second = job.start([](const std::atomic_bool &) { return 2; },
                                         [&](int v) { delivered.append(v); });
        QVERIFY(second > first);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().at(0).toULongLong(), first);
        QTRY_COMPARE(delivered, QList<int>{2});
        gate.open = true;
        QTest::qWait(50); // nothing late from the first run arrives
        QCOMPARE(delivered, QList<int>{2});
    }

    void aCancelledRunNeverDelivers()
    {
        LatestJob job;
        Gate gate;
        bool delivered = false;
        job.start([&](const std::atomic_bool &c) { return gate.wait(c, 1); }, [&](int) { delivered = true; });
        QTRY_VERIFY(gate.entered.load());
        job.cancel();
        QVERIFY(!job.isRunning());
        gate.open = true;
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void aFinishedButUndeliveredResultIsDroppedOnCancel()
    {
        LatestJob job;
        std::atomic_bool done{false};
        bool delivered = false;
        job.start(
            [&](const std::atomic_bool &) {
                done = true;
                return 1;
            },
            [&](int) { delivered = true; });
        while (!done.load()) // no event loop: the result waits in the queue
            QThread::yieldCurrentThread();
        job.cancel();
        QTest::qWait(50);
        QVERIFY(!delivered);
    }

    void destroyingTheRunnerStopsItsWork()
    {
        Gate gate;
        bool delivered = false;
        {
            LatestJob job;
            job.start([&](const std::atomic_bool &c) { return gate.wait(c, 1); }, [&](int) { delivered = true; });
            QTRY_VERIFY(gate.entered.load());
        } // returns once the work has seen its cancel flag
        QTest::qWait(50);
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestLatestJob)
#include "tst_latestjob.moc"
