// Without any keychain (the D-Bus session bus points nowhere), the user is
// told so plainly and a secret lives in memory for the session only.
#include "credentials/credentialstore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace holdline::credentials;
using namespace Qt::StringLiterals;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void secretKeptForSessionOnly()
    {
        CredentialStore store;
        QSignalSpy unavailable(&store, &CredentialStore::keychainUnavailable);
        const QString key = CredentialStore::keyFor(QUrl(u"https://tenant.example"_s), u"client"_s);

        CredentialJob *write = store.writeSecret(key, u"only-in-memory"_s);
        QSignalSpy written(write, &CredentialJob::finished);
        QVERIFY(written.wait(20'000));
        QVERIFY2(write->error() == CredentialJob::Error::Unavailable, qPrintable(write->errorString()));
        QVERIFY(write->sessionOnly());
        QVERIFY2(write->errorString().contains(u"session only"_s), qPrintable(write->errorString()));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.keychainAvailable());

        CredentialJob *read = store.readSecret(key);
        QSignalSpy readDone(read, &CredentialJob::finished);
        QVERIFY(readDone.wait(5000));
        QCOMPARE(read->error(), CredentialJob::Error::None);
        QCOMPARE(read->secret(), u"only-in-memory"_s);
        QVERIFY(read->sessionOnly());

        // Another session knows nothing of it: nothing was written anywhere.
        CredentialStore nextSession;
        CredentialJob *again = nextSession.readSecret(key);
        QSignalSpy againDone(again, &CredentialJob::finished);
        QVERIFY(againDone.wait(20'000));
        QVERIFY(again->secret().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
