// The degradation guard in the desktop app, on real widgets against the
// in-process sandbox with its clock frozen: a deploy from the editor is
// watched; once the window has passed on the tenant's clock the guard judges
// it on its own (driven by the refresh timer), rolls back on a breach, and the
// supervisor sees it everywhere: message bar, editor, history, chart markers
// and the tenant itself.
#include "ui/charts/chartpanel.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"

#include <QTableView>
#include <QTextBrowser>
#include "ui/mainwindow.h"
#include "ui/queues/queuecontroller.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"
#include "ui/settings/appsettings.h"
#include "uitestsupport.h"

#include "deploy/queuechange.h"

#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

class TestGuardUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    bool hasEntry(const QString &action, const QString &queueId, qint64 targetEntryId) const
    {
        const HistoryModel *model = m_window->history()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const history::HistoryEntry &e = model->entryAt(row);
            if (e.action == action && e.queueId == queueId && e.targetEntryId == targetEntryId)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        testing::isolateSettings(u"tst_guardui"_s);
        QVERIFY(m_dir.isValid());

        // A guard that finds any deploy a breach (every answer rate "dropped"),
        // so what is tested is the app's wiring, not the traffic's luck.
        AppSettings settings;
        deploy::DegradationGuard::Settings guard;
        guard.mode = deploy::DegradationGuard::Mode::AutoRollback;
        guard.windowSeconds = 1800;
        guard.rules.minContacts = 1;
        guard.rules.maxAnswerRateDropPoints = -1000;
        settings.setGuard(guard);
        settings.setRefreshSeconds(2);

        sandbox::SandboxOptions options;
        options.queueCount = 3;
        options.historyDays = 1;
        options.speed = 0; // only the test moves the tenant's clock
        m_window = testing::openOnSandbox(m_dir.filePath(u"history.sqlite"_s), options);
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void breachAfterDeployRollsBack()
    {
        const QString queueId = m_window->queueModel()->queueAt(0).id; // open at the pinned start
        m_window->queueList()->selectQueue(queueId);
        StrategyEditor *editor = m_window->editor();
        QTRY_VERIFY(editor->draft() && editor->draft()->queueId() == queueId);
        const WaitStrategy original = editor->draft()->deployed();

        editor->spinBox(WaitStrategyField::MaxHoldTime)->setValue(original.maxHoldTime == 240 ? 250 : 240);
        deploy::DeployOutcome outcome;
        testing::deployFromEditor(*m_window, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(deploy::deployStatusName(outcome.status), u"deployed"_s);
        const qint64 deployEntry = outcome.entryId;
        QTRY_VERIFY_WITH_TIMEOUT(editor->draft()->deployed() != original, 20'000);

        // Several refreshes pass with the clock frozen: the window has not
        // passed on the tenant's clock, so nothing is judged yet.
        QSignalSpy refreshed(m_window->queueController(), &QueueController::metricsLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 30'000);
        QVERIFY(!hasEntry(u"guard"_s, queueId, deployEntry));
        QVERIFY(editor->draft()->deployed() != original);

        // The tenant's clock moves past the window: the guard judges and rolls back.
        m_window->sessions()->sandbox()->advanceSimulatedTime(2400);
        // The message bar says so once the rollback is done, and the editor shows what is live again.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(u"rolled back"_s), 60'000);
        QVERIFY2(m_window->messageBar()->text().contains(m_window->queueModel()->queue(queueId)->name),
                 qPrintable(m_window->messageBar()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(editor->draft()->deployed(), original, 30'000);
        QVERIFY(!editor->draft()->isDirty());

        // The history holds the guard's decision and the rollback it made.
        m_window->history()->setCurrentQueue(queueId);
        QTRY_VERIFY_WITH_TIMEOUT(hasEntry(u"guard"_s, queueId, deployEntry), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEntry(u"rollback"_s, queueId, deployEntry), 20'000);
        // The guard's decision reads in words, with both windows side by side, and names the queue.
        const HistoryModel *model = m_window->history()->model();
        int guardRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->entryAt(row).action == u"guard"_s && model->entryAt(row).queueId == queueId)
                guardRow = row;
        QVERIFY(guardRow >= 0);
        QCOMPARE(model->index(guardRow, HistoryModel::Queue).data().toString(),
                 m_window->queueModel()->queue(queueId)->name);
        m_window->history()->view()->selectRow(guardRow);
        const QString details = m_window->history()->findChild<QTextBrowser *>()->toPlainText();
        QVERIFY2(details.contains(u"degraded"_s) && details.contains(u"Answer rate"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"queue.answerRate"_s) && !details.contains(u'{'), qPrintable(details));
        // The chart marks the rollback.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_window->charts()->markers().cbegin(),
                                             m_window->charts()->markers().cend(),
                                             [](const ChartMarker &m) { return m.rollback; }),
                                 20'000);
    }
};

QTEST_MAIN(TestGuardUi)
#include "tst_guardui.moc"
