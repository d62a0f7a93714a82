// Preferences on real widgets against the in-process sandbox: what the dialog
// saves is what the app then uses, a sync endpoint the app may not talk to is
// refused as it is typed, and the signing secret goes to the keychain (or, with
// no keychain, stays in memory for the session and the supervisor is told),
// never to the settings file. Run twice by ctest: with the throwaway keyring,
// and with no D-Bus session at all (HOLDLINE_TEST_NO_KEYCHAIN=1).
#include "ui/connection/sessioncontroller.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"
#include "ui/mainwindow.h"
#include "ui/queues/queuelistpanel.h"
#include "ui/queues/queuetablemodel.h"
#include "ui/settings/appsettings.h"
#include "ui/settings/preferencesdialog.h"
#include "session/draftprediction.h"
#include "uitestsupport.h"

#include "credentials/credentialstore.h"
#include "deploy/queuechange.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {
const QByteArray WebhookSecret = "pref-test-signing-secret";
}

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    bool m_noKeychain = false;

    PreferencesDialog *openPreferences()
    {
        m_window->showPreferences();
        PreferencesDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible()); }();
        return dialog;
    }

    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    static QRadioButton *radio(QDialog *dialog, const QString &textPart)
    {
        for (QRadioButton *r : dialog->findChildren<QRadioButton *>())
            if (r->text().remove(u'&').contains(textPart))
                return r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_noKeychain = qEnvironmentVariableIntValue("HOLDLINE_TEST_NO_KEYCHAIN") == 1;
        testing::isolateSettings(m_noKeychain ? u"tst_preferences_nokeychain"_s : u"tst_preferences"_s);
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.queueCount = 4;
        options.historyDays = 1;
        options.webhookSigningSecret = WebhookSecret;
        m_window = testing::openOnSandbox(m_dir.filePath(u"history.sqlite"_s), options);
        QVERIFY(m_window);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void cleanup()
    {
        // A failed check leaves its dialog open; the next test starts without it.
        delete m_window->findChild<PreferencesDialog *>();
    }

    void savedChoicesAreWhatTheAppUses()
    {
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        // Guard: alert only, with a 45-minute window.
        QRadioButton *alertOnly = radio(dialog, u"alert"_s);
        QVERIFY(alertOnly);
        alertOnly->setChecked(true);
        QSpinBox *refresh = nullptr;
        QSpinBox *window = nullptr;
        for (QSpinBox *spin : dialog->findChildren<QSpinBox *>()) {
            const QString name = spin->accessibleName().toLower();
            if (name.contains(u"refresh"_s))
                refresh = spin;
            else if (name.contains(u"window"_s))
                window = spin;
        }
        QVERIFY2(refresh && window, "the refresh and guard-window spin boxes have accessible names");
        window->setValue(45);
        refresh->setValue(17);
        // The service goal "Suggest" aims at.
        const auto doubleSpin = [dialog](const QString &name) {
            for (QDoubleSpinBox *spin : dialog->findChildren<QDoubleSpinBox *>())
                if (spin->accessibleName() == name)
                    return spin;
            return static_cast<QDoubleSpinBox *>(nullptr);
        };
        QDoubleSpinBox *answered = doubleSpin(u"Service goal: answered share"_s);
        QDoubleSpinBox *abandoned = doubleSpin(u"Service goal: abandoned at most"_s);
        QSpinBox *within = nullptr;
        for (QSpinBox *spin : dialog->findChildren<QSpinBox *>())
            if (spin->accessibleName() == u"Service goal: answered within"_s)
                within = spin;
        QVERIFY(answered && abandoned && within);
        QCOMPARE(answered->value(), 80.0); // the default goal
        answered->setValue(90);
        within->setValue(30);
        abandoned->setValue(4);
        // Policy packs: untick every pack but the first.
        QTreeWidget *packs = dialog->packs();
        QVERIFY(packs->topLevelItemCount() > 1);
        for (int i = 0; i < packs->topLevelItemCount(); ++i)
            packs->topLevelItem(i)->setCheckState(0, i == 0 ? Qt::Checked : Qt::Unchecked);
        const QString keptPack = packs->topLevelItem(0)->data(0, Qt::UserRole).toString();

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());

        AppSettings settings;
        QCOMPARE(settings.refreshSeconds(), 17);
        QCOMPARE(settings.guard().windowSeconds, 45 * 60);
        QCOMPARE(settings.guard().mode, deploy::DegradationGuard::Mode::AlertOnly);
        QCOMPARE(settings.policies().packIds(), QStringList{keptPack});
        QCOMPARE(settings.serviceGoal(), (ServiceGoal{90, 30, 4}));
        QCOMPARE(m_window->editor()->prediction()->optimiserSettings().goal, std::optional(ServiceGoal{90, 30, 4}));
        // The session judges with what was saved.
        QVERIFY(m_window->sessions()->session());
        QCOMPARE(m_window->sessions()->session()->validator().selection().packIds(), QStringList{keptPack});

        // Reopened, the dialog shows the saved choices.
        dialog = openPreferences();
        QVERIFY(radio(dialog, u"alert"_s)->isChecked());
        for (int i = 0; i < dialog->packs()->topLevelItemCount(); ++i)
            QCOMPARE(dialog->packs()->topLevelItem(i)->checkState(0) == Qt::Checked, i == 0);
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
    }

    void endpointTheAppMayNotUseIsRefusedAsTyped_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("problem"); // part of the message; empty: accepted
        QTest::newRow("plain http elsewhere") << u"http://orchestrator.example.com/hook"_s << u"https"_s;
        QTest::newRow("not a URL") << u"orchestrator hook"_s << u"orchestrator hook"_s;
        QTest::newRow("https") << u"https://orchestrator.example.com/hook"_s << QString();
        QTest::newRow("loopback http") << u"http://127.0.0.1:9/hook"_s << QString();
        QTest::newRow("token in the query") << u"https://orchestrator.example.com/hook?token=SECRET"_s << u"\"token\""_s;
        QTest::newRow("none") << QString() << QString();
    }

    void endpointTheAppMayNotUseIsRefusedAsTyped()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, problem);
        const QUrl before = AppSettings().syncEndpoint();
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        dialog->endpointEdit()->clear();
        QTest::keyClicks(dialog->endpointEdit(), endpoint);
        QCOMPARE(okButton(dialog)->isEnabled(), problem.isEmpty());
        QCOMPARE(dialog->endpointError()->isHidden(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(dialog->endpointError()->text().contains(problem), qPrintable(dialog->endpointError()->text()));
        // Enter cannot slip past a disabled OK either.
        QTest::keyClick(dialog->endpointEdit(), Qt::Key_Return);
        if (problem.isEmpty()) {
            QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
            QCOMPARE(AppSettings().syncEndpoint(), QUrl(endpoint));
        } else {
            QVERIFY(dialog->isVisible());
            dialog->reject();
            QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());
            QCOMPARE(AppSettings().syncEndpoint(), before);
        }
    }

    void signingSecretNeverReachesTheSettingsFile()
    {
        sandbox::SandboxTenant *tenant = m_window->sessions()->sandbox();
        QVERIFY(tenant);
        const QUrl endpoint = tenant->baseUrl().resolved(QUrl(u"/sandbox/webhook"_s));
        PreferencesDialog *dialog = openPreferences();
        QVERIFY(dialog);
        dialog->endpointEdit()->setText(endpoint.toString());
        auto *secret = dialog->findChild<QLineEdit *>(QString(), Qt::FindChildrenRecursively);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                secret = edit;
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QString::fromUtf8(WebhookSecret));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>());

        // Without a keychain the supervisor is told, and the secret lives in memory only.
        if (m_noKeychain)
            QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->text().contains(u"session only"_s), 30'000);

        // The keychain has it; without one, another store (as a next session) finds nothing ...
        credentials::CredentialStore store;
        credentials::CredentialJob *read = store.readSecret(AppSettings::signingSecretKey(endpoint));
        QSignalSpy readDone(read, &credentials::CredentialJob::finished);
        QVERIFY(readDone.wait(30'000));
        QCOMPARE(read->secret(), m_noKeychain ? QString() : QString::fromUtf8(WebhookSecret));

        // ... the settings file never does.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("sandbox/webhook"));
        QVERIFY(!stored.contains(WebhookSecret));

        // A deploy is synced to the endpoint, signed with the secret just typed.
        tenant->clearWebhooks();
        const QString queueId = m_window->queueModel()->queueAt(0).id;
        m_window->queueList()->selectQueue(queueId);
        StrategyEditor *editor = m_window->editor();
        QTRY_VERIFY(editor->draft() && editor->draft()->queueId() == queueId);
        const WaitStrategy deployed = editor->draft()->deployed();
        QSpinBox *maxHold = editor->spinBox(WaitStrategyField::MaxHoldTime);
        maxHold->setValue(deployed.maxHoldTime == 240 ? 250 : 240);
        deploy::DeployOutcome outcome;
        testing::deployFromEditor(*m_window, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(deploy::deployStatusName(outcome.status), u"deployed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tenant->receivedWebhooks().isEmpty(), 30'000);
        const QJsonObject delivery = tenant->receivedWebhooks().last().toObject();
        QVERIFY2(delivery.value(u"signatureValid"_s).toBool(), qPrintable(delivery.value(u"signature"_s).toString()));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
