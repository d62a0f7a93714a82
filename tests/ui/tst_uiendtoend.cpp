// The supervisor's workflow on real widgets against the in-process sandbox
// tenant: pick a queue, type an invalid value (the error shows, Deploy is
// disabled), fix it, deploy, see the history entry and the chart marker, roll
// back, and read the old strategy back from the tenant.
#include "ui/charts/chartpanel.h"
#include "ui/connection/connectiondialog.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/deploy/bulkdialog.h"
#include "ui/deploy/deploydialog.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/history/historymodel.h"
#include "ui/history/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"

#include "api/apiclient.h"
#include "api/routingclient.h"
#include "credentials/credentialstore.h"
#include "model/queuemapping.h"
#include "sandboxstart.h"

#include <QCheckBox>
#include <QLabel>
#include <QFont>
#include <QLineEdit>
#include <QMessageBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

class TestUiEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    static void typeInto(QSpinBox *spin, const QString &text)
    {
        auto *edit = spin->findChild<QLineEdit *>();
        spin->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    template<typename Dialog>
    Dialog *openDialog()
    {
        Dialog *found = nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT((found = m_window->findChild<Dialog *>()) && found->isVisible(), 10'000); }();
        return found;
    }

    // Reads a queue's strategy straight from the tenant, as a second client would.
    std::optional<WaitStrategy> readFromTenant(const QString &queueId)
    {
        const sandbox::SandboxTenant *tenant = m_window->sessions()->sandbox();
        api::ApiClient client;
        client.setConnection({tenant->baseUrl(), tenant->clientId(), tenant->clientSecret()});
        api::RoutingClient routing(&client);
        std::unique_ptr<api::QueueReply> reply(routing.getQueue(queueId));
        QSignalSpy done(reply.get(), &api::ApiJob::finished);
        if (!reply->isFinished() && !done.wait(30'000))
            return std::nullopt;
        return reply->succeeded() ? readWaitStrategy(reply->queueObject()).strategy : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"HoldlineTest"_s);
        QCoreApplication::setApplicationName(u"tst_uiendtoend"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());

        m_window = std::make_unique<MainWindow>();
        m_window->sessions()->setHistoryDatabasePath(m_dir.filePath(u"history.sqlite"_s));
        sandbox::SandboxOptions options;
        options.queueCount = 8;
        options.historyDays = 1;
        options.simulatedStart = holdline::testsandbox::pinnedSandboxStart();
        m_window->sessions()->setSandboxOptions(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->start(); // the first launch opens the Sandbox profile
        QTRY_COMPARE_WITH_TIMEOUT(m_window->queueModel()->rowCount(), 8, 90'000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void deployThenRollBack()
    {
        // Pick a queue whose deployed strategy meets every rule, by clicking its row.
        QTableView *view = m_window->queueList()->view();
        int pick = 0;
        while (pick < view->model()->rowCount()
               && Compliance(view->model()->index(pick, 0).data(QueueTableModel::ComplianceRole).toInt())
                      == Compliance::Violations)
            ++pick;
        QVERIFY2(pick < view->model()->rowCount(), "no compliant queue on the sandbox");
        const QModelIndex second = view->model()->index(pick, QueueTableModel::Name);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(second).center());
        const QString queueId = second.data(QueueTableModel::QueueIdRole).toString();
        QCOMPARE(m_window->queueList()->currentQueueId(), queueId);
        StrategyEditor *editor = m_window->editor();
        QTRY_VERIFY(editor->draft() && editor->draft()->queueId() == queueId);
        const WaitStrategy original = editor->draft()->deployed();

        // An invalid value: the error shows on the field and Deploy is disabled.
        m_window->tabs()->setCurrentWidget(editor);
        QSpinBox *threshold = editor->spinBox(WaitStrategyField::PositionThreshold);
        typeInto(threshold, u"500"_s);
        QLabel *findings = editor->findingsLabel(WaitStrategyField::PositionThreshold);
        QVERIFY(findings->isVisible());
        QVERIFY2(findings->text().contains(u"500"_s), qPrintable(findings->text()));
        QVERIFY(!editor->deployButton()->isEnabled());

        // Fixed: a valid threshold above the callback position.
        int fixed = std::max(original.positionThreshold, original.callbackPositionThreshold) + 1;
        if (fixed > 50)
            fixed = original.positionThreshold - 1;
        typeInto(threshold, QString::number(fixed));
        QVERIFY2(!editor->draft()->hasErrors(), qPrintable(findings->text()));
        QVERIFY(editor->deployButton()->isEnabled());

        // Deploy: confirm, then the job runs to its outcome.
        QTest::mouseClick(editor->deployButton(), Qt::LeftButton);
        auto *dialog = openDialog<DeployDialog>();
        QVERIFY(dialog);
        if (dialog->acknowledgeWarnings()->isVisible())
            dialog->acknowledgeWarnings()->setChecked(true);
        QVERIFY(dialog->confirmButton()->isEnabled());
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 30'000);
        QCOMPARE(deploy::deployStatusName(dialog->outcome().status), u"deployed"_s);
        const qint64 deployEntry = dialog->outcome().entryId;
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<DeployDialog *>());
        QCOMPARE(readFromTenant(queueId)->positionThreshold, fixed);
        QTRY_VERIFY(!editor->draft()->isDirty()); // the queue was re-read: what is deployed is the draft

        // The history shows the entry; the chart shows its marker.
        HistoryModel *history = m_window->history()->model();
        QTRY_VERIFY_WITH_TIMEOUT(history->rowOf(deployEntry) >= 0, 10'000);
        const history::HistoryEntry &entry = history->entryAt(history->rowOf(deployEntry));
        QCOMPARE(entry.action, u"deploy"_s);
        QCOMPARE(entry.status, u"completed"_s);
        QCOMPARE(entry.queueId, queueId);
        m_window->tabs()->setCurrentWidget(m_window->charts());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->charts()->markerCount() >= 1, 10'000);
        QVERIFY(std::any_of(m_window->charts()->markers().begin(), m_window->charts()->markers().end(),
                            [&](const ChartMarker &m) { return m.entryId == deployEntry && !m.rollback; }));
        QTRY_VERIFY(m_window->history()->integrityLabel()->text().contains(u"intact"_s));

        // Roll back from the history panel: the server holds the old strategy again.
        m_window->tabs()->setCurrentWidget(m_window->history());
        m_window->history()->selectEntry(deployEntry);
        QVERIFY(m_window->history()->restoreBeforeButton()->isEnabled());
        QTest::mouseClick(m_window->history()->restoreBeforeButton(), Qt::LeftButton);
        auto *rollback = openDialog<DeployDialog>();
        QVERIFY(rollback);
        QVERIFY(rollback->windowTitle().contains(u"Roll back"_s));
        if (rollback->acknowledgeWarnings()->isVisible())
            rollback->acknowledgeWarnings()->setChecked(true);
        QTest::mouseClick(rollback->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rollback->isFinished(), 30'000);
        QCOMPARE(deploy::deployStatusName(rollback->outcome().status), u"deployed"_s);
        rollback->reject();
        const std::optional<WaitStrategy> after = readFromTenant(queueId);
        QVERIFY(after);
        QCOMPARE(*after, original);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->charts()->markerCount() >= 2, 10'000);
        QTRY_COMPARE(editor->draft()->deployed(), original);
        // The queue runs the strategy from before the deploy again: putting it
        // back once more would change nothing, so it is not offered.
        m_window->history()->selectEntry(deployEntry);
        QTRY_VERIFY(!m_window->history()->restoreBeforeButton()->isEnabled());
        QVERIFY(m_window->history()->rollbackButton()->isEnabled()); // the deployed strategy differs
    }

    void bulkApplyShowsEachQueuesOutcome()
    {
        QTableView *view = m_window->queueList()->view();
        view->clearSelection();
        for (int r = 2; r < 5; ++r)
            view->selectionModel()->select(view->model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->queueList()->selectedQueueIds().size(), 3);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        auto *bulk = openDialog<BulkDialog>();
        QVERIFY(bulk);
        QCOMPARE(bulk->table()->rowCount(), 3);
        // Safe by default: nothing is set until a field is ticked.
        QVERIFY(bulk->assignments().isEmpty());
        QVERIFY(!bulk->startButton()->isEnabled());
        // Set only the two time limits, to values every queue and the baseline pack accept.
        const QStringList kept{fieldLabel(WaitStrategyField::MaxHoldTime),
                               fieldLabel(WaitStrategyField::AbandonmentThreshold)};
        for (QCheckBox *use : bulk->findChildren<QCheckBox *>())
            if (kept.contains(use->text()))
                use->setChecked(true);
        for (QSpinBox *spin : bulk->findChildren<QSpinBox *>()) {
            if (spin->accessibleName() == kept.at(0))
                spin->setValue(spin->value() == 240 ? 230 : 240);
            if (spin->accessibleName() == kept.at(1))
                spin->setValue(90);
        }
        QCOMPARE(bulk->assignments().size(), 2);
        QVERIFY(bulk->startButton()->isEnabled());
        // Each queue that would change shows the predicted effect, from its last day of traffic.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < bulk->table()->rowCount(); ++r) {
                    const QString predicted = bulk->table()->item(r, BulkDialog::PredictedColumn)->text();
                    const QString change = bulk->table()->item(r, BulkDialog::ChangeColumn)->text();
                    if (change != u"No changes"_s && !predicted.contains(u"→"_s) && !predicted.contains(u"no traffic"_s))
                        return false;
                }
                return true;
            }(),
            30'000);
        // The first press reviews what will be written; nothing is written yet.
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QVERIFY(!bulk->isRunning());
        QVERIFY2(bulk->startButton()->text().contains(u"Write"_s), qPrintable(bulk->startButton()->text()));
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isFinished(), 60'000);
        for (int r = 0; r < 3; ++r) {
            const QString outcome = bulk->table()->item(r, BulkDialog::OutcomeColumn)->text();
            QVERIFY2(outcome.startsWith(u"Deployed"_s) || outcome.startsWith(u"Nothing to do"_s), qPrintable(outcome));
        }
        bulk->reject();
    }

    void testConnectionShowsTheGrantedScopes()
    {
        credentials::CredentialStore credentials; // the sandbox profile never reads it
        auto *dialog = new ConnectionDialog(&credentials, m_window->sessions(), m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        auto *test = dialog->findChild<QPushButton *>();
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text().contains(u"Test"_s))
                test = b;
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->note().contains(u"routing:queue:update"_s), 20'000);
        delete dialog;
    }

    // A profile's pinned rate is kept with the profile and is the pace of the
    // session it opens; "Follow the tenant" lets the tenant's stated limit rule again.
    void aProfilePinsTheRate()
    {
        credentials::CredentialStore credentials;
        const auto reconnectWithRate = [&](int rate) {
            auto *dialog = new ConnectionDialog(&credentials, m_window->sessions(), m_window.get());
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ConnectionDialog::connectRequested, m_window->sessions(),
                    [this](const ConnectionProfile &p, const QString &secret) { m_window->sessions()->open(p, secret); });
            dialog->open();
            QSpinBox *spin = nullptr;
            for (QSpinBox *candidate : dialog->findChildren<QSpinBox *>())
                if (candidate->accessibleName() == QObject::tr("Rate limit"))
                    spin = candidate;
            QVERIFY(spin && spin->isEnabled());
            spin->setValue(rate);
            QSignalSpy ready(m_window->sessions(), &SessionController::sessionReady);
            for (QPushButton *b : dialog->findChildren<QPushButton *>())
                if (b->text().remove(u'&') == u"Connect"_s)
                    QTest::mouseClick(b, Qt::LeftButton);
            QVERIFY(ready.wait(60'000));
        };
        reconnectWithRate(600);
        QCOMPARE(ConnectionProfiles::sandboxProfile().pinnedRatePerMinute, 600);
        api::ApiClient *client = m_window->sessions()->session()->client();
        QCOMPARE(client->rateInForce().source, api::RateSource::Pinned);
        QCOMPARE(client->rateInForce().perMinute, 600);

        reconnectWithRate(0);
        QCOMPARE(ConnectionProfiles::sandboxProfile().pinnedRatePerMinute, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->queueModel()->rowCount(), 8, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->sessions()->session()->client()->rateInForce().source
                                     != api::RateSource::Pinned, 20'000);
    }

    void undoAndRedoShortcuts()
    {
        StrategyEditor *editor = m_window->editor();
        m_window->tabs()->setCurrentWidget(editor);
        QVERIFY(editor->draft());
        const int before = editor->draft()->draft().abandonmentThreshold;
        typeInto(editor->spinBox(WaitStrategyField::AbandonmentThreshold), QString::number(before == 60 ? 90 : 60));
        QVERIFY2(editor->draft()->isDirty(), qPrintable(u"%1 -> %2, spin %3 enabled %4"_s.arg(before)
            .arg(editor->draft()->draft().abandonmentThreshold).arg(editor->spinBox(WaitStrategyField::AbandonmentThreshold)->value())
            .arg(editor->spinBox(WaitStrategyField::AbandonmentThreshold)->isEnabled())));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->queueList()->view()->setFocus(); // shortcuts act wherever the focus is
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->draft()->draft().abandonmentThreshold, before);
        QCOMPARE(editor->spinBox(WaitStrategyField::AbandonmentThreshold)->value(), before);
        QUndoStack *stack = editor->draft()->undoStack();
        QVERIFY2(stack->canRedo(), qPrintable(u"count %1 index %2"_s.arg(stack->count()).arg(stack->index())));
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QVERIFY(editor->draft()->isDirty());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!editor->draft()->isDirty());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(editor->draft()->isDirty());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!editor->draft()->isDirty());
    }

    void filterAsYouType()
    {
        QLineEdit *filter = m_window->queueList()->filterEdit();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        const QString name = m_window->queueModel()->queueAt(3).name;
        QTest::keyClicks(filter, name);
        QCOMPARE(m_window->queueList()->view()->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(m_window->queueList()->view()->model()->rowCount(), 8);
    }

    // Every action is in a menu with its shortcut, enabled exactly when the
    // editor's button is; Help lists the shortcuts; Tab leaves the list.
    void menusAndKeyboard()
    {
        QMenu *queueMenu = nullptr;
        QMenu *helpMenu = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->text() == u"&Queue"_s)
                queueMenu = a->menu();
            if (a->text() == u"&Help"_s)
                helpMenu = a->menu();
        }
        QVERIFY(queueMenu && helpMenu);
        const auto action = [](QMenu *menu, const QString &text) -> QAction * {
            for (QAction *a : menu->actions())
                if (a->text().remove(u'&') == text)
                    return a;
            return nullptr;
        };
        QAction *deployAction = action(queueMenu, u"Deploy…"_s);
        QVERIFY(deployAction && !deployAction->shortcut().isEmpty());
        for (const QString &text : {u"Revert to deployed"_s, u"Suggest a strategy for the service goal"_s, u"Apply the answer-rate rule"_s})
            QVERIFY2(action(queueMenu, text) && !action(queueMenu, text)->shortcut().isEmpty(), qPrintable(text));

        m_window->queueList()->selectQueue(m_window->queueModel()->queueAt(0).id);
        StrategyEditor *editor = m_window->editor();
        QTRY_VERIFY(editor->draft());
        m_window->tabs()->setCurrentWidget(editor);
        editor->draft()->edit(WaitStrategyField::MaxHoldTime, 99'999); // over every cap: an error
        QVERIFY(!editor->canDeploy());
        QVERIFY(!deployAction->isEnabled());
        QVERIFY(action(queueMenu, u"Revert to deployed"_s)->isEnabled());
        action(queueMenu, u"Revert to deployed"_s)->trigger();
        QVERIFY(!editor->draft()->isDirty());
        QVERIFY(!deployAction->isEnabled()); // nothing to deploy

        action(helpMenu, u"Keyboard shortcuts"_s)->trigger();
        ShortcutsDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = m_window->findChild<ShortcutsDialog *>()) && shortcuts->isVisible());
        const QList<QTableWidgetItem *> found = shortcuts->table()->findItems(u"Deploy"_s, Qt::MatchContains);
        QVERIFY(!found.isEmpty());
        QCOMPARE(shortcuts->table()->item(found.first()->row(), 1)->text(),
                 deployAction->shortcut().toString(QKeySequence::NativeText));
        shortcuts->close();

        QTableView *list = m_window->queueList()->view();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        const QString before = m_window->queueList()->currentQueueId();
        QTest::keyClick(list, Qt::Key_Tab);
        QVERIFY(!list->hasFocus());
        QCOMPARE(m_window->queueList()->currentQueueId(), before);
    }

    // A queue with a draft not deployed is marked in the list; several queues
    // selected, the editor says which one it edits; quitting names the
    // edited queues and keeps them on a stray Enter.
    void editsAndSelectionsAreSaid()
    {
        QueueTableModel *queues = m_window->queueModel();
        const QueueRow first = queues->queueAt(0);
        m_window->queueList()->selectQueue(first.id);
        StrategyEditor *editor = m_window->editor();
        QTRY_VERIFY(editor->draft() && editor->draft()->queueId() == first.id);
        const QModelIndex name = queues->index(0, QueueTableModel::Name);
        QCOMPARE(name.data().toString(), first.name);
        const WaitStrategy deployed = editor->draft()->deployed();
        editor->draft()->edit(WaitStrategyField::PositionThreshold, deployed.positionThreshold == 5 ? 6 : 5);
        QVERIFY(name.data().toString().endsWith(first.name) && name.data().toString() != first.name);
        QVERIFY(name.data(Qt::FontRole).value<QFont>().italic());

        m_window->close();
        QMessageBox *quit = nullptr;
        QTRY_VERIFY((quit = m_window->findChild<QMessageBox *>()) && quit->isVisible());
        QVERIFY(quit->informativeText().contains(first.name));
        QCOMPARE(quit->defaultButton(), quit->button(QMessageBox::Cancel));
        quit->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>());
        QVERIFY(m_window->isVisible());

        editor->revert();
        QCOMPARE(name.data().toString(), first.name);

        QTableView *view = m_window->queueList()->view();
        for (int r = 0; r < 3; ++r)
            view->selectionModel()->select(view->model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const int selected = int(m_window->queueList()->selectedQueueIds().size());
        QVERIFY(selected >= 3);
        QTRY_VERIFY(editor->selectionNote()->isVisible());
        QVERIFY2(editor->selectionNote()->text().contains(u"%1 queues"_s.arg(selected)),
                 qPrintable(editor->selectionNote()->text()));
        m_window->queueList()->selectQueue(first.id);
        QVERIFY(!editor->selectionNote()->isVisible());
    }

    // A laptop's screen holds the window whichever queue is open: the panels
    // scroll instead of growing it, and the title names the connection once.
    void fitsALaptop()
    {
        for (int row = 0; row < m_window->queueModel()->rowCount(); ++row) {
            m_window->queueList()->selectQueue(m_window->queueModel()->queueAt(row).id);
            for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
                m_window->tabs()->setCurrentIndex(tab);
                const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
                QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 640,
                         qPrintable(u"%1×%2 on %3, tab %4"_s.arg(minimum.width()).arg(minimum.height())
                                        .arg(m_window->queueModel()->queueAt(row).name).arg(tab)));
            }
        }
        m_window->tabs()->setCurrentIndex(0);
        QCOMPARE(m_window->windowTitle(), m_window->sessions()->profile().name);
    }
};

QTEST_MAIN(TestUiEndToEnd)
#include "tst_uiendtoend.moc"
