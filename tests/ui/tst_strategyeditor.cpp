// The strategy editor on real widgets: live validation as the user types,
// Deploy enabled only without errors, and undo/redo with merged edits.
#include "ui/editor/editcommands.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/predictedimpactpanel.h"
#include "ui/editor/strategyeditor.h"

#include "history/historystore.h"
#include "model/policyregistry.h"
#include "model/strategyvalidator.h"
#include "session/queueadvisor.h"
#include "storage/databaseworker.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

// The tenant date the drafts are judged on (the rules in force depend on it).
const QDate TestDate(2026, 11, 25);

class TestStrategyEditor : public QObject
{
    Q_OBJECT

    PolicyRegistry m_registry = PolicyRegistry::withBuiltInPacks();
    StrategyValidator m_validator{m_registry, PolicySelection(), TenantLimits{50, 3600}};

    static void typeInto(QSpinBox *spin, const QString &text)
    {
        auto *edit = spin->findChild<QLineEdit *>();
        spin->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_registry.packs().isEmpty());
    }

    // However many findings a draft has, the editor fits a laptop's window
    // (it scrolls) and its Deploy and Revert buttons stay in view.
    void manyFindingsStillFitALaptop()
    {
        PolicySelection every;
        for (const PolicyPack &pack : m_registry.packs())
            every.select(pack.id);
        StrategyValidator strict(m_registry, every, TenantLimits{50, 3600});
        WaitStrategy broken;
        broken.positionThreshold = 0;
        broken.callbackEnabled = true;
        broken.callbackPositionThreshold = 40;
        broken.abandonmentThreshold = 5000;
        broken.maxHoldTime = 5000;
        StrategyDraft draft(u"q-1"_s, u"A queue with a rather long name, as queues have"_s, broken, 3, &strict, TestDate);
        QVERIFY2(draft.findings().size() >= 8, qPrintable(QString::number(draft.findings().size())));
        StrategyEditor editor;
        editor.setDraft(&draft);
        editor.resize(560, 520);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY2(editor.minimumSizeHint().height() <= 400, qPrintable(QString::number(editor.minimumSizeHint().height())));
        QTRY_COMPARE(editor.height(), 520);
        for (QWidget *button : {static_cast<QWidget *>(editor.deployButton()), static_cast<QWidget *>(editor.revertButton())}) {
            QVERIFY(button->isVisible());
            const QRect inEditor(button->mapTo(&editor, QPoint(0, 0)), button->size());
            QVERIFY2(editor.rect().contains(inEditor), qPrintable(button->objectName()));
        }
    }

    void typingAnInvalidValueShowsTheErrorAndDisablesDeploy()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.deployButton()->isEnabled()); // nothing to deploy yet

        QSpinBox *threshold = editor.spinBox(WaitStrategyField::PositionThreshold);
        QLabel *findings = editor.findingsLabel(WaitStrategyField::PositionThreshold);
        typeInto(threshold, u"500"_s);
        QCOMPARE(draft.draft().positionThreshold, 500);
        QVERIFY(draft.hasErrors());
        QVERIFY(findings->isVisible());
        QVERIFY2(findings->text().contains(u"outside the range"_s), qPrintable(findings->text()));
        QVERIFY(findings->text().contains(u"CXone rule"_s));    // the citation, by the name a supervisor knows
        QVERIFY(!findings->text().contains(u"CONTRACT.md"_s)); // not a developer document
        QVERIFY(!editor.deployButton()->isEnabled());

        typeInto(threshold, u"8"_s);
        QVERIFY(!draft.hasErrors());
        QVERIFY(!findings->isVisible());
        QVERIFY(draft.isDirty());
        QVERIFY(editor.deployButton()->isEnabled());
        QCOMPARE(draft.changes().size(), 1);
    }

    void callbackAboveThresholdIsAnErrorOnTheCallbackField()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        editor.show();
        typeInto(editor.spinBox(WaitStrategyField::CallbackPositionThreshold), u"30"_s);
        QVERIFY(draft.hasErrors());
        QVERIFY(editor.findingsLabel(WaitStrategyField::CallbackPositionThreshold)->isVisible()
                || editor.findingsLabel(WaitStrategyField::PositionThreshold)->isVisible());
        QVERIFY(!editor.deployButton()->isEnabled());
        // Turning callbacks off disables the callback position field.
        QCheckBox *callback = editor.findChild<QCheckBox *>(fieldName(WaitStrategyField::CallbackEnabled));
        QVERIFY(callback);
        QTest::mouseClick(callback, Qt::LeftButton, {}, QPoint(4, callback->height() / 2));
        QVERIFY(!draft.draft().callbackEnabled);
        QVERIFY(!editor.spinBox(WaitStrategyField::CallbackPositionThreshold)->isEnabled());
    }

    void consecutiveEditsOfOneFieldMergeIntoOneUndoStep()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        editor.show();
        QUndoStack *undo = draft.undoStack();

        typeInto(editor.spinBox(WaitStrategyField::MaxHoldTime), u"240"_s); // 2, 24, 240: one command
        QCOMPARE(draft.draft().maxHoldTime, 240);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->text(0), u"Set %1 to %2"_s.arg(fieldLabel(WaitStrategyField::MaxHoldTime),
                                                      formatFieldValue(WaitStrategyField::MaxHoldTime, 240)));
        typeInto(editor.spinBox(WaitStrategyField::PositionThreshold), u"7"_s);
        QCOMPARE(undo->count(), 2);

        undo->undo();
        QCOMPARE(draft.draft().positionThreshold, 10);
        QCOMPARE(editor.spinBox(WaitStrategyField::PositionThreshold)->value(), 10); // the form follows
        undo->undo();
        QCOMPARE(draft.draft().maxHoldTime, 180);
        QVERIFY(!draft.isDirty());
        QVERIFY(!editor.deployButton()->isEnabled());
        undo->redo();
        QCOMPARE(draft.draft().maxHoldTime, 240);
        QCOMPARE(editor.spinBox(WaitStrategyField::MaxHoldTime)->value(), 240);
    }

    void mergeIsPerFieldAndTypingBackMakesItObsolete()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        QUndoStack *undo = draft.undoStack();
        draft.edit(WaitStrategyField::PositionThreshold, 12);
        draft.edit(WaitStrategyField::PositionThreshold, 14);
        QCOMPARE(undo->count(), 1);
        draft.edit(WaitStrategyField::AbandonmentThreshold, 60);
        draft.edit(WaitStrategyField::PositionThreshold, 15); // another field came between: no merge
        QCOMPARE(undo->count(), 3);
        draft.edit(WaitStrategyField::PositionThreshold, 14); // merges back to its start: dropped
        QCOMPARE(undo->count(), 2);
        QCOMPARE(draft.draft().positionThreshold, 14);

        SetFieldCommand a(&draft, WaitStrategyField::MaxHoldTime, 180, 200);
        SetFieldCommand b(&draft, WaitStrategyField::MaxHoldTime, 200, 220);
        SetFieldCommand c(&draft, WaitStrategyField::PositionThreshold, 10, 11);
        QCOMPARE(a.id(), b.id());
        QVERIFY(a.id() != c.id());
        QVERIFY(a.mergeWith(&b));
    }

    void revertAndDeployedStateFollow()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        draft.edit(WaitStrategyField::PositionThreshold, 20);
        draft.replace(draft.deployed(), u"Revert"_s);
        QVERIFY(!draft.isDirty());
        QCOMPARE(draft.undoStack()->count(), 2); // the revert itself can be undone
        draft.undoStack()->undo();
        QCOMPARE(draft.draft().positionThreshold, 20);

        // Deployed: the draft is no longer dirty and the old edits leave the stack.
        WaitStrategy deployed = WaitStrategy();
        deployed.positionThreshold = 20;
        draft.setDeployed(deployed, 4);
        QVERIFY(!draft.isDirty());
        QCOMPARE(draft.version(), 4);
        QCOMPARE(draft.undoStack()->count(), 0);
    }

    // Tab walks the form, then the prediction's window, then the buttons that
    // can act; the editor says when what they offer changes.
    void tabWalksTheFormThenTheButtons()
    {
        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        editor.resize(700, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QSignalSpy actions(&editor, &StrategyEditor::actionsChanged);
        QVERIFY(!editor.canDeploy());
        draft.edit(WaitStrategyField::PositionThreshold, 12); // a valid change: Revert and Deploy can act
        QVERIFY(actions.count() >= 1);
        QVERIFY(editor.canDeploy() && editor.canRevert());

        QSpinBox *first = editor.spinBox(WaitStrategyField::PositionThreshold);
        first->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QList<QWidget *> walked{first};
        for (int i = 0; i < 12 && walked.last() != editor.deployButton(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            walked.append(QApplication::focusWidget());
        }
        QStringList names;
        for (QWidget *w : walked)
            names.append(w ? w->objectName() + u':' + QString::fromLatin1(w->metaObject()->className()) : u"null"_s);
        const auto at = [&](QWidget *w) { return walked.indexOf(w); };
        QVERIFY2(at(editor.deployButton()) > 0, qPrintable(names.join(u", ")));
        QVERIFY2(at(editor.spinBox(WaitStrategyField::MaxHoldTime)) > at(first), qPrintable(names.join(u", ")));
        QVERIFY2(at(editor.impactPanel()->windowBox()) > at(editor.spinBox(WaitStrategyField::MaxHoldTime)),
                 qPrintable(names.join(u", ")));
        QVERIFY2(at(editor.revertButton()) > at(editor.impactPanel()->windowBox()), qPrintable(names.join(u", ")));
        QVERIFY2(at(editor.deployButton()) > at(editor.revertButton()), qPrintable(names.join(u", ")));
    }

    void answerRateRuleFollowsTheLiveAnswerRate()
    {
        QTemporaryDir dir;
        storage::DatabaseWorker database(dir.filePath(u"history.sqlite"_s));
        history::HistoryStore history(&database);
        QSignalSpy opened(&history, &history::HistoryStore::opened);
        history.open();
        QVERIFY(opened.wait(10'000));
        QueueAdvisor advisor(&history, u"https://tenant.example.test"_s);

        StrategyDraft draft(u"q-1"_s, u"Billing"_s, WaitStrategy(), 3, &m_validator, TestDate);
        StrategyEditor editor;
        editor.setDraft(&draft);
        QVERIFY(!editor.findChild<QPushButton *>(u"answerRateRule"_s)->isEnabled()); // no advisor yet
        editor.setAdvisor(&advisor);
        QVERIFY(editor.findChild<QPushButton *>(u"answerRateRule"_s)->isEnabled());
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        editor.setLiveContext({0.2, 0.1, 60, 40}, now); // low answer rate: lower the threshold by 3
        editor.applyAnswerRateRule();
        QTRY_COMPARE(draft.draft().positionThreshold, 7);
        QCOMPARE(draft.undoStack()->count(), 1);
        // Advice is on what is deployed: a second click suggests the same, not one step more.
        editor.adviceLabel()->clear();
        editor.applyAnswerRateRule();
        QTRY_VERIFY(editor.adviceLabel()->text().contains(u"10 → 7"_s));
        QCOMPARE(draft.draft().positionThreshold, 7);
        QCOMPARE(draft.undoStack()->count(), 1);
        draft.undoStack()->undo();
        QCOMPARE(draft.draft().positionThreshold, 10);
        editor.setLiveContext({}, now); // no contacts: no change
        editor.adviceLabel()->clear();
        editor.applyAnswerRateRule();
        QTRY_VERIFY(!editor.adviceLabel()->text().isEmpty());
        QCOMPARE(draft.draft().positionThreshold, 10);
        // Five contacts are no evidence: said, with the sample, and nothing changes.
        editor.setLiveContext({0.2, 0.1, 60, 5}, now);
        editor.adviceLabel()->clear();
        editor.applyAnswerRateRule();
        QTRY_VERIFY2(editor.adviceLabel()->text().contains(u"Not enough traffic"_s), qPrintable(editor.adviceLabel()->text()));
        QVERIFY(editor.adviceLabel()->text().contains(u"5 contact"_s));
        QCOMPARE(draft.draft().positionThreshold, 10);
        QCOMPARE(draft.undoStack()->index(), 0); // nothing pushed since the undo
    }
};

QTEST_MAIN(TestStrategyEditor)
#include "tst_strategyeditor.moc"
