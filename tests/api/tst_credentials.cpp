// The keychain façade on a real keychain: the throwaway gnome-keyring that
// test.sh starts in a private D-Bus session (never the developer's own).
#include "credentials/credentialstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace holdline::credentials;
using namespace Qt::StringLiterals;

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    static void waitFor(CredentialJob *job)
    {
        if (job->isFinished())
            return;
        QSignalSpy spy(job, &CredentialJob::finished);
        QVERIFY(spy.wait(20'000));
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            if (qEnvironmentVariable("HOLDLINE_REQUIRE_KEYCHAIN") == "1"_L1)
                QFAIL("No D-Bus session: test.sh should have started one with a throwaway keyring.");
            QSKIP("No D-Bus session with a keyring; run through ./test.sh.");
        }
    }

    void keysAreScopedByTenantAndClient()
    {
        const QUrl a(u"https://api.nice-incontact.com/"_s);
        const QUrl b(u"https://api-eu.nice-incontact.com"_s);
        QCOMPARE(CredentialStore::keyFor(a, u"c1"_s), CredentialStore::keyFor(QUrl(u"https://api.nice-incontact.com"_s), u"c1"_s));
        QVERIFY(CredentialStore::keyFor(a, u"c1"_s) != CredentialStore::keyFor(b, u"c1"_s));
        QVERIFY(CredentialStore::keyFor(a, u"c1"_s) != CredentialStore::keyFor(a, u"c2"_s));
        QVERIFY(!CredentialStore::keyFor(a, u"c1"_s).contains(u"secret-value"_s));
    }

    void roundTrip()
    {
        CredentialStore store(nullptr, u"Holdline-test"_s);
        const QString key = CredentialStore::keyFor(QUrl(u"https://tenant.example"_s),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = u"s3cr3t-ñ-\u2603-"_s + QUuid::createUuid().toString();

        CredentialJob *missing = store.readSecret(key);
        waitFor(missing);
        QCOMPARE(missing->error(), CredentialJob::Error::NotFound);

        CredentialJob *write = store.writeSecret(key, secret);
        waitFor(write);
        QCOMPARE(write->error(), CredentialJob::Error::None);
        QVERIFY(!write->sessionOnly());

        // A second store (a later session) reads it from the keychain itself.
        CredentialStore later(nullptr, u"Holdline-test"_s);
        CredentialJob *read = later.readSecret(key);
        waitFor(read);
        QCOMPARE(read->error(), CredentialJob::Error::None);
        QCOMPARE(read->secret(), secret);

        CredentialJob *removal = later.deleteSecret(key);
        waitFor(removal);
        QCOMPARE(removal->error(), CredentialJob::Error::None);
        CredentialJob *gone = later.readSecret(key);
        waitFor(gone);
        QCOMPARE(gone->error(), CredentialJob::Error::NotFound);
        QVERIFY(gone->secret().isEmpty());
    }

    void environmentSecret()
    {
        qputenv("CXONE_CLIENT_SECRET", "from-env");
        QCOMPARE(CredentialStore::secretFromEnvironment(), u"from-env"_s);
        qunsetenv("CXONE_CLIENT_SECRET");
        QVERIFY(CredentialStore::secretFromEnvironment().isEmpty());

        // A service's secret: the systemd credential (LoadCredential=), trimmed.
        QTemporaryDir credentials;
        QFile file(credentials.filePath(u"cxone-client-secret"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-credential\n");
        file.close();
        qputenv("CREDENTIALS_DIRECTORY", credentials.path().toUtf8());
        QCOMPARE(CredentialStore::secretFromEnvironment(), u"from-credential"_s);
        qputenv("CXONE_CLIENT_SECRET", "from-env"); // the variable still wins
        QCOMPARE(CredentialStore::secretFromEnvironment(), u"from-env"_s);
        qunsetenv("CXONE_CLIENT_SECRET");
        QVERIFY(file.remove());
        QVERIFY(CredentialStore::secretFromEnvironment().isEmpty()); // a directory without it
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
