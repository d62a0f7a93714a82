// The session's advisor, driven without any front end: its memory is the
// history, so a change made anywhere (another window, `tune`, `watch`, an
// earlier run) starts the cooldown and sets the hysteresis.
#include "history/historystore.h"
#include "model/queuemapping.h"
#include "session/queueadvisor.h"
#include "storage/databaseworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace holdline;
using namespace Qt::StringLiterals;

namespace {
const QString Tenant = u"https://tenant.example.test"_s;
const QDateTime T0 = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

WaitStrategy withThreshold(int threshold)
{
    WaitStrategy s;
    s.positionThreshold = threshold;
    s.callbackPositionThreshold = std::min(s.callbackPositionThreshold, threshold);
    return s;
}

QJsonObject queueObject(const QString &id, int threshold, int version, const QDateTime &modified)
{
    return writeWaitStrategy(QJsonObject{{u"id"_s, id},
                                         {u"name"_s, id},
                                         {u"version"_s, version},
                                         {u"dateModified"_s, modified.toString(Qt::ISODate)}},
                             withThreshold(threshold));
}

// A change the tenant holds, as a deploy (or rollback) records it.
history::HistoryEntry change(const QString &queueId, int from, int to, const QDateTime &at,
                             history::Action action = history::Action::Deploy, const QString &tenant = Tenant)
{
    history::HistoryEntry e;
    e.osUser = u"bob"_s;
    e.tenant = tenant;
    e.queueId = queueId;
    e.action = history::name(action);
    e.status = history::name(history::Status::Completed);
    e.queueBefore = queueObject(queueId, from, 1, at.addSecs(-3600));
    e.queueAfter = queueObject(queueId, to, 2, at);
    e.time = at.addSecs(5); // written a moment later, on the wall clock
    return e;
}
} // namespace

class TestQueueAdvisor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::DatabaseWorker> m_database;
    std::unique_ptr<history::HistoryStore> m_history;
    int m_run = 0;

    void append(const history::HistoryEntry &entry)
    {
        auto stored = std::make_shared<std::optional<history::HistoryEntry>>();
        m_history->append(entry, this, [stored](std::optional<history::HistoryEntry> e, QString) { *stored = e; });
        QTRY_VERIFY(stored->has_value());
    }

    deploy::Advice advise(const QueueAdvisor &advisor, const QString &queueId, int threshold, double rate,
                          const QDateTime &at)
    {
        // Shared: a late answer after a failed wait must not write to a dead frame.
        auto got = std::make_shared<std::optional<deploy::Advice>>();
        advisor.advise(queueId, withThreshold(threshold), rate, 200.0, at, this,
                       [got](const deploy::Advice &advice) { *got = advice; });
        [&] { QTRY_VERIFY(got->has_value()); }();
        return got->value_or(deploy::Advice());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::DatabaseWorker>(m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_run)));
        m_history = std::make_unique<history::HistoryStore>(m_database.get());
        QSignalSpy opened(m_history.get(), &history::HistoryStore::opened);
        m_history->open();
        QVERIFY(opened.wait(10'000));
    }

    void cleanup()
    {
        m_history.reset();
        m_database.reset();
    }

    void noHistoryNoCooldown()
    {
        const QueueAdvisor advisor(m_history.get(), Tenant);
        const deploy::Advice advice = advise(advisor, u"q-1"_s, 10, 0.2, T0);
        QVERIFY(advice.change);
        QCOMPARE(advice.suggested.positionThreshold, 7);
    }

    // A change made elsewhere (another supervisor, `watch`, yesterday's run)
    // holds the advisor for its cooldown, on the tenant's clock.
    void aRecordedChangeStartsTheCooldown()
    {
        append(change(u"q-1"_s, 10, 7, T0));
        const QueueAdvisor advisor(m_history.get(), Tenant);
        const deploy::Advice held = advise(advisor, u"q-1"_s, 7, 0.95, T0.addSecs(20 * 60));
        QVERIFY(!held.change);
        QVERIFY2(held.reason.contains(u"settle"_s), qPrintable(held.reason));
        // Another queue is free to move.
        QVERIFY(advise(advisor, u"q-2"_s, 10, 0.95, T0.addSecs(20 * 60)).change);
    }

    // After the cooldown, reversing the last move needs the rate clear of the
    // bound by the hysteresis; the direction comes from the recorded diff.
    void theRecordedDirectionSetsTheHysteresis()
    {
        append(change(u"q-1"_s, 10, 7, T0));
        const QueueAdvisor advisor(m_history.get(), Tenant);
        QVERIFY(!advise(advisor, u"q-1"_s, 7, 0.72, T0.addSecs(31 * 60)).change);
        const deploy::Advice raise = advise(advisor, u"q-1"_s, 7, 0.8, T0.addSecs(31 * 60));
        QVERIFY(raise.change);
        QCOMPARE(raise.suggested.positionThreshold, 9);
    }

    // Only a change the tenant holds counts: not a pending or failed deploy,
    // not a guard decision, not another tenant's change of a queue of the same id.
    void onlyAppliedChangesOfThisTenantCount()
    {
        history::HistoryEntry failed = change(u"q-1"_s, 10, 7, T0);
        failed.status = history::name(history::Status::Failed);
        append(failed);
        history::HistoryEntry guard = change(u"q-1"_s, 10, 7, T0);
        guard.action = history::name(history::Action::Guard);
        guard.status = history::name(history::Status::Healthy);
        append(guard);
        append(change(u"q-1"_s, 10, 7, T0, history::Action::Deploy, u"https://other.example.test"_s));
        const QueueAdvisor advisor(m_history.get(), Tenant);
        QVERIFY(advise(advisor, u"q-1"_s, 10, 0.95, T0.addSecs(60)).change);

        append(change(u"q-1"_s, 7, 10, T0, history::Action::Rollback));
        QVERIFY(!advise(advisor, u"q-1"_s, 10, 0.95, T0.addSecs(60)).change);
    }

    void theNewestChangeIsTheLast()
    {
        QList<history::HistoryEntry> newestFirst{change(u"q-1"_s, 7, 10, T0.addSecs(3600)), change(u"q-1"_s, 10, 7, T0)};
        const auto last = QueueAdvisor::lastChangeIn(newestFirst);
        QVERIFY(last);
        QCOMPARE(last->at, T0.addSecs(3600));
        QCOMPARE(last->direction, 1);
        QVERIFY(!QueueAdvisor::lastChangeIn({}));
    }

    // A history that cannot be read gives no advice to change anything.
    void anUnreadableHistoryAdvisesNothing()
    {
        storage::DatabaseWorker broken(m_dir.path()); // a directory: SQLite cannot open it
        history::HistoryStore history(&broken);
        QSignalSpy failed(&history, &history::HistoryStore::openFailed);
        history.open();
        QVERIFY(failed.wait(10'000));
        const QueueAdvisor advisor(&history, Tenant);
        const deploy::Advice advice = advise(advisor, u"q-1"_s, 10, 0.2, T0);
        QVERIFY(!advice.change);
        QVERIFY2(advice.reason.contains(u"history"_s), qPrintable(advice.reason));
    }
};

QTEST_GUILESS_MAIN(TestQueueAdvisor)
#include "tst_queueadvisor.moc"
