// holdline-sandbox as a process: one JSON line on stdout when ready, flags
// applied, bad values rejected with exit 2, clean exit 0 on SIGTERM/SIGINT.
#include "sandboxtestclient.h"

#include <QProcess>

#include <csignal>

using namespace sandboxtest;

class TestSandboxExecutable : public QObject
{
    Q_OBJECT

private:
    struct Running
    {
        std::unique_ptr<QProcess> process;
        QJsonObject ready;
        QByteArray line;
    };

    static Running launch(const QStringList &arguments)
    {
        Running r;
        r.process = std::make_unique<QProcess>();
        r.process->start(QStringLiteral(HOLDLINE_SANDBOX_PATH), arguments);
        if (!r.process->waitForStarted(10000))
            return r;
        QSignalSpy output(r.process.get(), &QProcess::readyReadStandardOutput);
        for (int i = 0; i < 60 && !r.process->canReadLine() && r.process->state() == QProcess::Running; ++i)
            output.wait(1000);
        r.line = r.process->readLine();
        r.ready = QJsonDocument::fromJson(r.line).object();
        return r;
    }

    static bool stop(QProcess &process, int signal)
    {
        ::kill(static_cast<pid_t>(process.processId()), signal);
        return process.waitForFinished(20000);
    }

private slots:
    void readyLineAndSigterm()
    {
        Running r = launch({u"--queues"_s, u"2"_s, u"--history-days"_s, u"1"_s, u"--port"_s, u"0"_s});
        QVERIFY2(!r.ready.isEmpty(), r.line.constData());
        QVERIFY(r.line.endsWith('\n'));
        QCOMPARE(r.ready.keys(), (QStringList{u"baseUrl"_s, u"clientId"_s, u"clientSecret"_s}));
        const QUrl base(r.ready.value(u"baseUrl"_s).toString());
        QCOMPARE(base.scheme(), u"http"_s);
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);

        Client c(base);
        QVERIFY(c.login(r.ready.value(u"clientId"_s).toString(), r.ready.value(u"clientSecret"_s).toString()));
        const Reply list = c.get(QueuesPath);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(u"total"_s).toInt(), 2);

        QVERIFY(stop(*r.process, SIGTERM));
        QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.process->exitCode(), 0);
        QVERIFY(r.process->readAllStandardOutput().isEmpty()); // exactly one line
        const QByteArray err = r.process->readAllStandardError();
        QVERIFY(!err.contains(r.ready.value(u"clientSecret"_s).toString().toLatin1())); // secrets never logged
        QVERIFY(!err.contains(c.token));
    }

    void sigint()
    {
        Running r = launch({u"--queues"_s, u"1"_s, u"--history-days"_s, u"0"_s});
        QVERIFY(!r.ready.isEmpty());
        QVERIFY(stop(*r.process, SIGINT));
        QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(r.process->exitCode(), 0);
    }

    void flagsApply()
    {
        Running r = launch({u"--queues"_s, u"3"_s, u"--history-days"_s, u"0"_s, u"--seed"_s, u"42"_s,
                            u"--client"_s, u"viewer:pw:routing:queue:view"_s, u"--token-ttl"_s, u"120"_s,
                            u"--rate-limit"_s, u"6"_s, u"--burst"_s, u"2"_s, u"--speed"_s, u"0"_s});
        QVERIFY(!r.ready.isEmpty());
        QCOMPARE(r.ready.value(u"clientId"_s).toString(), u"viewer"_s);
        QCOMPARE(r.ready.value(u"clientSecret"_s).toString(), u"pw"_s);
        Client c(QUrl(r.ready.value(u"baseUrl"_s).toString()));
        const Reply token = c.requestToken(u"viewer"_s, u"pw"_s);
        QCOMPARE(token.json().value(u"expires_in"_s).toInt(), 120);
        QCOMPARE(token.json().value(u"scope"_s).toString(), u"routing:queue:view"_s);
        c.token = token.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(c.get(QueuesPath).status, 200);
        QCOMPARE(c.post(AnalyticsPath, analyticsBody(u"PT1H"_s)).status, 403);
        const Reply limited = c.get(QueuesPath);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("10"));
        QVERIFY(stop(*r.process, SIGTERM));
        QCOMPARE(r.process->exitCode(), 0);
    }

    void faultFlags()
    {
        Running r = launch({u"--queues"_s, u"1"_s, u"--history-days"_s, u"0"_s, u"--fault-503"_s, u"1"_s,
                            u"--latency-ms"_s, u"20"_s, u"--concurrent-writer-field"_s, u"description"_s});
        QVERIFY(!r.ready.isEmpty());
        Client c(QUrl(r.ready.value(u"baseUrl"_s).toString()));
        QCOMPARE(c.requestToken(r.ready.value(u"clientId"_s).toString(), r.ready.value(u"clientSecret"_s).toString()).status, 503);
        const QJsonObject faults = c.get(u"/sandbox/faults"_s).json();
        QCOMPARE(faults.value(u"probability503"_s).toDouble(), 1.0);
        QCOMPARE(faults.value(u"latencyMs"_s).toInt(), 20);
        QCOMPARE(faults.value(u"concurrentWriterField"_s).toString(), u"description"_s);
        QVERIFY(stop(*r.process, SIGTERM));
        QCOMPARE(r.process->exitCode(), 0);
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::newRow("port negative") << QStringList{u"--port"_s, u"-1"_s} << u"--port"_s;
        QTest::newRow("speed text") << QStringList{u"--speed"_s, u"fast"_s} << u"--speed"_s;
        QTest::newRow("no queues") << QStringList{u"--queues"_s, u"0"_s} << u"--queues"_s;
        QTest::newRow("queues fraction") << QStringList{u"--queues"_s, u"2.5"_s} << u"--queues"_s;
        QTest::newRow("seed text") << QStringList{u"--seed"_s, u"abc"_s} << u"--seed"_s;
        QTest::newRow("rate limit") << QStringList{u"--rate-limit"_s, u"-5"_s} << u"--rate-limit"_s;
        QTest::newRow("burst zero") << QStringList{u"--burst"_s, u"0"_s} << u"--burst"_s;
        QTest::newRow("token ttl") << QStringList{u"--token-ttl"_s, u"0"_s} << u"--token-ttl"_s;
        QTest::newRow("any address") << QStringList{u"--address"_s, u"0.0.0.0"_s} << u"loopback"_s;
        QTest::newRow("lan address") << QStringList{u"--address"_s, u"192.168.1.10"_s} << u"loopback"_s;
        QTest::newRow("probability") << QStringList{u"--fault-500"_s, u"1.5"_s} << u"--fault-500"_s;
        QTest::newRow("writer field") << QStringList{u"--concurrent-writer-field"_s, u"secret"_s} << u"--concurrent-writer-field"_s;
        QTest::newRow("client spec") << QStringList{u"--client"_s, u"nocolon"_s} << u"--client"_s;
        QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
        QTest::newRow("missing value") << QStringList{u"--port"_s} << u"port"_s;
    }

    void badValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        QProcess p;
        p.start(QStringLiteral(HOLDLINE_SANDBOX_PATH), arguments);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(mention), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandbox_executable.moc"
