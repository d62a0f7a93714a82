// The real holdline-cli, run as a process: against a separately started
// holdline-sandbox (state across runs, credentials through the environment)
// and against its own in-process --sandbox. Every run gets a temporary
// --history-db. JSON outputs, exit codes, nothing written on a usage error,
// idempotent deploys, rollbacks and their conflicts, the history agreeing
// with the server, tamper detection, tune and watch.
#include "common/commandline.h"
#include "history/historystore.h"
#include "storage/databaseworker.h"
#include "sandboxstart.h"
#include "api/hostiletenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using holdline::ExitAuthentication;
using holdline::ExitConflict;
using holdline::ExitFailure;
using holdline::ExitOk;
using holdline::ExitUsage;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    // stderr first: it says what went wrong, and QTest cuts long messages.
    QString describe() const { return u"exit %1\nstderr: %3\nstdout: %2"_s.arg(exitCode).arg(QString::fromUtf8(out), err); }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_baseUrl;
    QString m_clientId;
    QString m_secret;
    QString m_queue;       // the queue most tests change
    QStringList m_queueIds;
    QStringList m_compliant; // queues whose strategy breaks no policy: changes to them are not blocked

    QString historyDb(const QString &name = u"history"_s) const { return m_dir.filePath(name + u".sqlite"_s); }

    // An in-process sandbox starts at the pinned instant unless the test names one.
    static QStringList pinned(QStringList arguments)
    {
        if (arguments.contains(u"--sandbox"_s) && !arguments.contains(u"--sandbox-start"_s))
            arguments << u"--sandbox-start"_s << holdline::testsandbox::pinnedSandboxStartText();
        return arguments;
    }

    Run cli(const QStringList &arguments, const QString &secret = {}, const QByteArray &input = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CXONE_CLIENT_SECRET"_s);
        if (!secret.isEmpty())
            env.insert(u"CXONE_CLIENT_SECRET"_s, secret);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HOLDLINE_CLI_PATH), pinned(arguments));
        if (!input.isNull()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"timed out"_s};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // With the event loop running meanwhile, for a tenant served from this process.
    Run cliServed(const QStringList &arguments, const QString &secret) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CXONE_CLIENT_SECRET"_s, secret);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(HOLDLINE_CLI_PATH), arguments);
        if (!finished.wait(120'000)) {
            process.kill();
            process.waitForFinished();
            return {-1, {}, u"timed out"_s};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Against the separate sandbox, as the given history.
    Run tenant(QStringList arguments, const QString &history = u"history"_s) const
    {
        arguments = QStringList{u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"--history-db"_s,
                                historyDb(history), u"--json"_s} + arguments;
        return cli(arguments, m_secret);
    }

    QJsonObject strategyOf(const QString &queueId) const
    {
        const Run show = tenant({u"show"_s, queueId});
        return show.json().value("strategy"_L1).toObject();
    }

    QJsonArray entries(const QString &queueId = {}, const QString &history = u"history"_s) const
    {
        QStringList arguments{u"history"_s};
        if (!queueId.isEmpty())
            arguments.append(queueId);
        return tenant(arguments, history).json().value("entries"_L1).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 60x: however slowly the suite runs (ASan, two busy cores), the
        // tenant's clock stays within the pinned working day; at 600x a slow
        // run reached the night and its queues had no contacts to predict from.
        m_sandbox.start(QStringLiteral(HOLDLINE_SANDBOX_PATH),
                        {u"--queues"_s, u"4"_s, u"--seed"_s, u"11"_s, u"--speed"_s, u"60"_s, u"--history-days"_s, u"1"_s,
                         u"--start"_s, holdline::testsandbox::pinnedSandboxStartText()});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 60'000);
        const QJsonObject line = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        m_baseUrl = line.value("baseUrl"_L1).toString();
        m_clientId = line.value("clientId"_L1).toString();
        m_secret = line.value("clientSecret"_L1).toString();
        QVERIFY(!m_baseUrl.isEmpty() && !m_secret.isEmpty());
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10'000);
    }

    void listsQueues()
    {
        const Run run = tenant({u"queues"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonArray queues = run.json().value("queues"_L1).toArray();
        QCOMPARE(queues.size(), 4);
        for (const QJsonValue &q : queues) {
            m_queueIds.append(q.toObject().value("id"_L1).toString());
            QVERIFY(q.toObject().value("strategy"_L1).toObject().contains("positionThreshold"_L1));
        }
        QStringList sorted = m_queueIds;
        sorted.sort();
        QCOMPARE(m_queueIds, sorted);
        for (const QString &id : std::as_const(m_queueIds)) {
            bool clean = true;
            for (const QJsonValue &f : tenant({u"show"_s, id}).json().value("findings"_L1).toArray())
                clean &= f.toObject().value("severity"_L1).toString() != "error"_L1;
            if (clean)
                m_compliant.append(id);
        }
        QVERIFY2(m_compliant.size() >= 2, "the seeded sandbox should have two queues within the baseline policy");
        m_queue = m_compliant.at(0);
        // Human output: a table with a header.
        const Run human = cli({u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"--history-db"_s, historyDb(), u"queues"_s}, m_secret);
        QCOMPARE(human.exitCode, int(ExitOk));
        QVERIFY2(human.out.startsWith("ID "), human.out.constData());
    }

    // A tenant's queue name full of terminal controls reaches the terminal
    // shown, not obeyed; --json keeps it exact.
    void tenantTextCannotDriveTheTerminal()
    {
        const QString hostile = u"Billing\x1b]0;pwned\x07\x1b[2J\nq-fake  1  on"_s;
        holdline::testing::HostileTenant tenant([&](const holdline::sandbox::HttpRequest &) {
            QJsonObject queue{{u"id"_s, u"q-a"_s}, {u"name"_s, hostile}, {u"version"_s, 1}, {u"maxHoldTime"_s, 180},
                              {u"waitStrategy"_s, QJsonObject{{u"positionThreshold"_s, 10}, {u"abandonmentThreshold"_s, 120}}},
                              {u"callback"_s, QJsonObject{{u"enabled"_s, true}, {u"positionThreshold"_s, 5}}}};
            return holdline::sandbox::HttpResponse::json(200, QJsonObject{{u"entities"_s, QJsonArray{queue}}, {u"pageSize"_s, 100},
                                                                          {u"pageNumber"_s, 1}, {u"pageCount"_s, 1}});
        });
        QVERIFY(tenant.isListening());
        const QStringList connection{u"--base-url"_s, tenant.baseUrl().toString(), u"--client-id"_s, u"hostile"_s,
                                     u"--history-db"_s, historyDb(u"hostile"_s)};
        const Run human = cliServed(connection + QStringList{u"queues"_s}, u"s"_s);
        QVERIFY2(human.exitCode == ExitOk, qPrintable(human.describe()));
        QVERIFY2(!human.out.contains('\x1b') && !human.out.contains('\x07'), human.out.constData());
        QVERIFY2(human.out.contains("Billing\\x1b]0;pwned\\x07\\x1b[2J\\x0aq-fake"), human.out.constData());
        const QList<QByteArray> lines = human.out.split('\n');
        QCOMPARE(lines.size(), 4); // the header, one row, the count, "": no fake row
        QVERIFY(std::none_of(lines.cbegin(), lines.cend(), [](const QByteArray &l) { return l.startsWith("q-fake"); }));
        const Run json = cliServed(connection + QStringList{u"--json"_s, u"queues"_s}, u"s"_s);
        QCOMPARE(json.json().value("queues"_L1).toArray().at(0).toObject().value("name"_L1).toString(), hostile);
    }

    void showsAQueue()
    {
        const Run run = tenant({u"show"_s, m_queue});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value("queueId"_L1).toString(), m_queue);
        QCOMPARE(json.value("queue"_L1).toObject().value("id"_L1).toString(), m_queue);
        QVERIFY(json.value("queue"_L1).toObject().contains("mediaSettings"_L1) || json.value("queue"_L1).toObject().size() > 5);
        QVERIFY(json.value("findings"_L1).isArray());
        QCOMPARE(tenant({u"show"_s, u"q-no-such-queue"_s}).exitCode, int(ExitFailure));
    }

    void wrongSecretIsExit3()
    {
        const Run run = cli({u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"--history-db"_s, historyDb(),
                             u"queues"_s}, u"not-the-secret"_s);
        QVERIFY2(run.exitCode == ExitAuthentication, qPrintable(run.describe()));
        QVERIFY(!run.err.contains(u"not-the-secret"_s));
    }

    void plansWithoutWriting()
    {
        const QJsonObject before = strategyOf(m_queue);
        const int target = before.value("positionThreshold"_L1).toInt() + 1;
        const Run run = tenant({u"plan"_s, m_queue, u"--set"_s, u"positionThreshold=%1"_s.arg(target)});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QCOMPARE(run.json().value("status"_L1).toString(), u"planned"_s);
        QCOMPARE(run.json().value("changes"_L1).toArray().at(0).toObject().value("after"_L1).toInt(), target);
        QCOMPARE(strategyOf(m_queue), before);
        QVERIFY(entries().isEmpty());

        // The same change from a file of fields.
        QFile file(m_dir.filePath(u"flat.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{"positionThreshold"_L1, target}}).toJson());
        file.close();
        const Run fromFile = tenant({u"plan"_s, m_queue, u"--file"_s, file.fileName()});
        QVERIFY2(fromFile.exitCode == ExitOk, qPrintable(fromFile.describe()));
        QCOMPARE(fromFile.json().value("changes"_L1), run.json().value("changes"_L1));

        // Blocked by a rule (the baseline pack caps the hold time at 300 s): exit 2, nothing written.
        const Run blocked = tenant({u"plan"_s, m_queue, u"--set"_s, u"maxHoldTime=420"_s});
        QVERIFY2(blocked.exitCode == ExitUsage, qPrintable(blocked.describe()));
        QCOMPARE(blocked.json().value("status"_L1).toString(), u"blocked"_s);
        QVERIFY(!blocked.json().value("findings"_L1).toArray().isEmpty());
    }

    void badInputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown field") << QStringList{u"deploy"_s, u"QUEUE"_s, u"--set"_s, u"positionThreshhold=5"_s};
        QTest::newRow("not a number") << QStringList{u"deploy"_s, u"QUEUE"_s, u"--set"_s, u"maxHoldTime=long"_s};
        QTest::newRow("out of range") << QStringList{u"deploy"_s, u"QUEUE"_s, u"--set"_s, u"maxHoldTime=0"_s};
        QTest::newRow("callback above threshold") << QStringList{u"deploy"_s, u"QUEUE"_s, u"--set"_s, u"callbackPositionThreshold=60"_s};
        QTest::newRow("missing file") << QStringList{u"deploy"_s, u"QUEUE"_s, u"--file"_s, u"/nonexistent/strategy.json"_s};
    }

    void badInputWritesNothing()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"QUEUE"_s, m_queue);
        const QJsonObject before = strategyOf(m_queue);
        const Run run = tenant(arguments, u"bad-input"_s);
        QVERIFY2(run.exitCode == ExitUsage, qPrintable(run.describe()));
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(strategyOf(m_queue), before);
        for (const QJsonValue &e : entries({}, u"bad-input"_s))
            QVERIFY2(e.toObject().value("status"_L1).toString() != "completed"_L1, "a bad input was written");
    }

    void deploysIdempotentlyAndRollsBack()
    {
        const int original = strategyOf(m_queue).value("positionThreshold"_L1).toInt();
        const int target = original + 1;
        const QString set = u"positionThreshold=%1"_s.arg(target);

        const Run first = tenant({u"deploy"_s, m_queue, u"--set"_s, set});
        QVERIFY2(first.exitCode == ExitOk, qPrintable(first.describe()));
        const QJsonObject result = first.json().value("results"_L1).toArray().at(0).toObject();
        QCOMPARE(result.value("status"_L1).toString(), u"deployed"_s);
        QCOMPARE(result.value("queueId"_L1).toString(), m_queue);
        QVERIFY(result.value("entryId"_L1).toInteger() > 0);
        QCOMPARE(strategyOf(m_queue).value("positionThreshold"_L1).toInt(), target);

        const Run second = tenant({u"deploy"_s, m_queue, u"--set"_s, set});
        QVERIFY2(second.exitCode == ExitOk, qPrintable(second.describe()));
        QCOMPARE(second.json().value("results"_L1).toArray().at(0).toObject().value("status"_L1).toString(), u"unchanged"_s);

        // The history agrees with the server: the latest completed entry holds what the tenant has.
        const QJsonArray history = entries(m_queue);
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.at(0).toObject().value("status"_L1).toString(), u"completed"_s);
        QCOMPARE(history.at(0).toObject().value("id"_L1).toInteger(), result.value("entryId"_L1).toInteger());
        QCOMPARE(history.at(1).toObject().value("status"_L1).toString(), u"pending"_s);
        for (const char *key : {"id", "time", "action", "queueId", "status", "actor", "message"})
            QVERIFY2(history.at(0).toObject().contains(QLatin1String(key)), key);

        const Run rollback = tenant({u"rollback"_s, m_queue});
        QVERIFY2(rollback.exitCode == ExitOk, qPrintable(rollback.describe()));
        QCOMPARE(rollback.json().value("status"_L1).toString(), u"deployed"_s);
        QCOMPARE(strategyOf(m_queue).value("positionThreshold"_L1).toInt(), original);
        // Undoing the rollback restores the deploy.
        const Run redo = tenant({u"rollback"_s, m_queue});
        QVERIFY2(redo.exitCode == ExitOk, qPrintable(redo.describe()));
        QCOMPARE(strategyOf(m_queue).value("positionThreshold"_L1).toInt(), target);
        // --to an entry: the strategy recorded after it; --before: the one before it.
        const qint64 deployEntry = result.value("entryId"_L1).toInteger();
        const Run before = tenant({u"rollback"_s, m_queue, u"--to"_s, QString::number(deployEntry), u"--before"_s});
        QVERIFY2(before.exitCode == ExitOk, qPrintable(before.describe()));
        QCOMPARE(strategyOf(m_queue).value("positionThreshold"_L1).toInt(), original);
    }

    void refusesAConflictingRollback()
    {
        const QString queue = m_compliant.at(1);
        const int original = strategyOf(queue).value("positionThreshold"_L1).toInt();
        QCOMPARE(tenant({u"deploy"_s, queue, u"--set"_s, u"positionThreshold=%1"_s.arg(original + 1)}).exitCode, int(ExitOk));
        // Someone else (another Holdline, with its own history) changes an owned field.
        QCOMPARE(tenant({u"deploy"_s, queue, u"--set"_s, u"positionThreshold=%1"_s.arg(original + 2)}, u"someone-else"_s).exitCode,
                 int(ExitOk));
        const Run refused = tenant({u"rollback"_s, queue});
        QVERIFY2(refused.exitCode == ExitConflict, qPrintable(refused.describe()));
        QCOMPARE(refused.json().value("status"_L1).toString(), u"conflict"_s);
        QCOMPARE(strategyOf(queue).value("positionThreshold"_L1).toInt(), original + 2);
        const Run forced = tenant({u"rollback"_s, queue, u"--force"_s});
        QVERIFY2(forced.exitCode == ExitOk, qPrintable(forced.describe()));
        QCOMPARE(strategyOf(queue).value("positionThreshold"_L1).toInt(), original);
    }

    void settlesWhatAnInterruptedRunLeftPending()
    {
        // A run that died between its pending entry and its write: the next
        // command that writes reads the queue, settles the entry and says so.
        const QString queue = m_compliant.at(1);
        const QJsonObject current = tenant({u"show"_s, queue}).json().value("queue"_L1).toObject();
        {
            holdline::storage::DatabaseWorker database(historyDb(u"interrupted"_s));
            holdline::history::HistoryStore store(&database);
            QSignalSpy opened(&store, &holdline::history::HistoryStore::opened);
            store.open();
            QVERIFY(opened.wait(10'000));
            holdline::history::HistoryEntry pending;
            pending.tenant = QUrl(m_baseUrl).toString();
            pending.clientId = m_clientId;
            pending.osUser = u"crashed-run"_s;
            pending.queueId = queue;
            pending.action = u"deploy"_s;
            pending.status = u"pending"_s;
            pending.queueBefore = current;
            QJsonObject after = current;
            QJsonObject wait = after.value("waitStrategy"_L1).toObject();
            wait.insert("abandonmentThreshold"_L1, wait.value("abandonmentThreshold"_L1).toInt() + 30);
            after.insert("waitStrategy"_L1, wait);
            pending.queueAfter = after;
            pending.message = u"interrupted"_s;
            bool appended = false;
            store.append(pending, this, [&appended](std::optional<holdline::history::HistoryEntry> e, QString) { appended = e.has_value(); });
            QTRY_VERIFY_WITH_TIMEOUT(appended, 10'000);
        }
        const Run run = tenant({u"deploy"_s, queue, u"--set"_s, u"abandonmentThreshold=%1"_s.arg(
                                    current.value("waitStrategy"_L1).toObject().value("abandonmentThreshold"_L1).toInt())},
                               u"interrupted"_s);
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"Settled pending entry #1"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"not applied"_s), qPrintable(run.err));
        const QJsonArray history = entries(queue, u"interrupted"_s);
        QCOMPARE(history.at(0).toObject().value("resolvesEntryId"_L1).toInteger(), 1);
        QCOMPARE(history.at(0).toObject().value("status"_L1).toString(), u"failed"_s);
    }

    void deploysAllMatching()
    {
        const Run run = tenant({u"deploy"_s, u"--all"_s, u"--match"_s, u"^"_s + QRegularExpression::escape(m_queueIds.at(2)) + u'$',
                                u"--set"_s, u"maxHoldTime=300"_s, u"--concurrency"_s, u"2"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonArray results = run.json().value("results"_L1).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value("queueId"_L1).toString(), m_queueIds.at(2));
        const Run none = tenant({u"deploy"_s, u"--all"_s, u"--match"_s, u"^nothing$"_s, u"--set"_s, u"maxHoldTime=300"_s});
        QCOMPARE(none.exitCode, int(ExitUsage));
    }

    void exportsAndImports()
    {
        const Run first = tenant({u"export"_s});
        QVERIFY2(first.exitCode == ExitOk, qPrintable(first.describe()));
        const Run again = tenant({u"export"_s});
        QCOMPARE(again.out, first.out); // stable
        const QJsonArray queues = first.json().value("queues"_L1).toArray();
        QCOMPARE(queues.size(), 4);
        QCOMPARE(queues.at(0).toObject().value("queueId"_L1).toString(), m_queueIds.at(0));
        const Run some = tenant({u"export"_s, m_queueIds.at(3), m_queueIds.at(1)});
        QCOMPARE(some.json().value("queues"_L1).toArray().at(0).toObject().value("queueId"_L1).toString(), m_queueIds.at(1));

        QFile file(m_dir.filePath(u"export.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(first.out);
        file.close();
        const Run unchanged = tenant({u"import"_s, file.fileName()});
        QVERIFY2(unchanged.exitCode == ExitOk, qPrintable(unchanged.describe()));
        for (const QJsonValue &r : unchanged.json().value("results"_L1).toArray())
            QCOMPARE(r.toObject().value("status"_L1).toString(), u"unchanged"_s);

        QJsonObject document = first.json();
        QJsonArray edited = document.value("queues"_L1).toArray();
        QJsonObject item = edited.at(3).toObject();
        QJsonObject strategy = item.value("strategy"_L1).toObject();
        const int newAbandonment = strategy.value("abandonmentThreshold"_L1).toInt() == 90 ? 75 : 90;
        strategy.insert("abandonmentThreshold"_L1, newAbandonment);
        item.insert("strategy"_L1, strategy);
        edited.replace(3, item);
        document.insert("queues"_L1, edited);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(document).toJson());
        file.close();
        const Run changed = tenant({u"import"_s, file.fileName()});
        QVERIFY2(changed.exitCode == ExitOk, qPrintable(changed.describe()));
        const QJsonArray results = changed.json().value("results"_L1).toArray();
        QCOMPARE(results.at(3).toObject().value("status"_L1).toString(), u"deployed"_s);
        QCOMPARE(results.at(0).toObject().value("status"_L1).toString(), u"unchanged"_s);
        QCOMPARE(strategyOf(m_queueIds.at(3)).value("abandonmentThreshold"_L1).toInt(), newAbandonment);
    }

    void readsMetrics()
    {
        const Run run = tenant({u"metrics"_s, m_queue, u"--interval"_s, u"PT2H"_s, u"--granularity"_s, u"PT30M"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value("queueId"_L1).toString(), m_queue);
        const QJsonArray records = json.value("records"_L1).toArray();
        QVERIFY(records.size() >= 4);
        const QJsonObject record = records.at(0).toObject();
        for (const char *metric : {"queue.offered", "queue.answerRate", "queue.abandonRate", "queue.averageWaitTime",
                                   "queue.serviceLevel", "queue.callbackConversionRate", "interval.start"})
            QVERIFY2(record.contains(QLatin1String(metric)), metric);
        QCOMPARE(tenant({u"metrics"_s, m_queue, u"--interval"_s, u"yesterday"_s}).exitCode, int(ExitUsage));
    }

    void predictsWithoutWriting()
    {
        // Erlang A from the figures alone: the reference queue.
        const Run erlang = cli({u"predict"_s, u"--arrivals-per-hour"_s, u"200"_s, u"--aht-seconds"_s, u"180"_s,
                                u"--agents"_s, u"14"_s, u"--patience-seconds"_s, u"300"_s, u"--json"_s});
        QVERIFY2(erlang.exitCode == ExitOk, qPrintable(erlang.describe()));
        QVERIFY(qAbs(erlang.json().value("pWait"_L1).toDouble() - 0.14526) < 1e-4);
        QVERIFY(qAbs(erlang.json().value("serviceLevel"_L1).toDouble() - 0.916792) < 1e-4);

        // A queue's change, calibrated and simulated; Maryland's targets judged.
        const QString version = QString::number(tenant({u"show"_s, m_queue}).json().value("version"_L1).toInt());
        const Run run = tenant({u"--policy"_s, u"us-md-comar-20-50-12-08"_s, u"predict"_s, m_queue, u"--set"_s,
                                u"positionThreshold=3"_s, u"--interval"_s, u"PT4H"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QVERIFY(json.value("calibration"_L1).toObject().value("arrivalsPerHour"_L1).toDouble() > 0);
        QVERIFY(json.value("metrics"_L1).toObject().contains("answerRate"_L1)
                || !json.value("metrics"_L1).toObject().isEmpty());
        QCOMPARE(json.value("targets"_L1).toArray().size(), 2);
        // Nothing was written.
        QCOMPARE(QString::number(tenant({u"show"_s, m_queue}).json().value("version"_L1).toInt()), version);
    }

    void tunesAgainstTheSandboxProcess()
    {
        const Run run = tenant({u"tune"_s, m_queueIds.at(2), u"--guard-window"_s, u"120"_s, u"--sync-endpoint"_s,
                                m_baseUrl + u"/sandbox/webhook"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value("queueId"_L1).toString(), m_queueIds.at(2));
        QVERIFY(json.value("answerRate"_L1).toObject().contains("interval"_L1));
        QVERIFY(json.value("advice"_L1).toObject().contains("reason"_L1));
        const QJsonObject advice = json.value("advice"_L1).toObject();
        if (advice.value("change"_L1).toBool() && !advice.value("shortOfTargets"_L1).toBool()) {
            QCOMPARE(json.value("deploy"_L1).toObject().value("status"_L1).toString(), u"deployed"_s);
            QVERIFY(json.value("sync"_L1).toObject().value("delivered"_L1).toBool());
            QVERIFY(!json.value("guard"_L1).toObject().value("verdict"_L1).toString().isEmpty());
        }
    }

    void verifiesTheAuditChain()
    {
        const Run ok = tenant({u"audit"_s, u"verify"_s});
        QVERIFY2(ok.exitCode == ExitOk, qPrintable(ok.describe()));
        QVERIFY(ok.json().value("ok"_L1).toBool());
        const int count = ok.json().value("entries"_L1).toInt();
        QVERIFY(count >= 10);
        QVERIFY(ok.json().value("firstBad"_L1).isNull());

        // Tamper with a copy: the chain names the altered entry.
        const QString copy = historyDb(u"tampered"_s);
        QVERIFY(QFile::copy(historyDb(), copy));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE history_entries SET message = 'nothing happened' WHERE id = 3"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const Run bad = cli({u"--json"_s, u"--history-db"_s, copy, u"audit"_s, u"verify"_s});
        QVERIFY2(bad.exitCode == ExitFailure, qPrintable(bad.describe()));
        QCOMPARE(bad.json().value("ok"_L1).toBool(), false);
        QCOMPARE(bad.json().value("firstBad"_L1).toInteger(), 3);
    }

    void tunesAutomaticallyInProcess()
    {
        const Run run = cli({u"--sandbox"_s, u"--sandbox-queues"_s, u"3"_s, u"--sandbox-speed"_s, u"300"_s, u"--json"_s,
                             u"--history-db"_s, historyDb(u"inprocess"_s), u"tune"_s, u"auto"_s, u"--guard-window"_s, u"600"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QVERIFY(json.value("picked"_L1).toBool());
        QVERIFY(!json.value("queueId"_L1).toString().isEmpty());
        const QJsonObject advice = json.value("advice"_L1).toObject();
        if (advice.value("change"_L1).toBool() && !advice.value("shortOfTargets"_L1).toBool()) {
            QVERIFY(json.value("sync"_L1).toObject().value("delivered"_L1).toBool()); // the sandbox's own webhook
            QVERIFY(json.value("guard"_L1).toObject().contains("verdict"_L1));
        }
        // Human output explains the steps.
        const Run human = cli({u"--sandbox"_s, u"--sandbox-queues"_s, u"3"_s, u"--sandbox-speed"_s, u"300"_s,
                               u"--history-db"_s, historyDb(u"inprocess-human"_s), u"tune"_s, u"auto"_s,
                               u"--guard-window"_s, u"600"_s});
        QVERIFY2(human.exitCode == ExitOk, qPrintable(human.describe()));
        QVERIFY2(human.out.contains("1. Answer rate"), human.out.constData());
        QVERIFY2(human.out.contains("2. Advice (service goal 80 % answered within 20 s"), human.out.constData());

        // The specification's rule stays available under its own name.
        const Run rule = cli({u"--sandbox"_s, u"--sandbox-queues"_s, u"3"_s, u"--sandbox-speed"_s, u"300"_s, u"--json"_s,
                              u"--history-db"_s, historyDb(u"inprocess-rule"_s), u"tune"_s, u"auto"_s, u"--advisor"_s,
                              u"rule"_s, u"--guard-window"_s, u"600"_s});
        QVERIFY2(rule.exitCode == ExitOk, qPrintable(rule.describe()));
        QCOMPARE(rule.json().value("advice"_L1).toObject().value("advisor"_L1).toString(), u"Answer-rate rule"_s);
    }

    // At a dead hour for Europe and the Americas (Sunday 03:00 UTC) the
    // sandbox's Asia-Pacific sites are open: tune auto finds real traffic,
    // never a queue whose "rate" rests on a contact or two.
    void tunesAutomaticallyAtADeadHour()
    {
        const Run run = cli({u"--sandbox"_s, u"--sandbox-queues"_s, u"16"_s, u"--sandbox-start"_s,
                             u"2026-12-06T03:00:00Z"_s, u"--sandbox-speed"_s, u"300"_s, u"--json"_s, u"--history-db"_s,
                             historyDb(u"deadhour"_s), u"tune"_s, u"auto"_s, u"--guard-window"_s, u"600"_s,
                             u"--alert-only"_s});
        QVERIFY2(run.exitCode == ExitOk, qPrintable(run.describe()));
        const QJsonObject json = run.json();
        QVERIFY(json.value("picked"_L1).toBool());
        const QJsonObject rate = json.value("answerRate"_L1).toObject();
        QVERIFY2(rate.value("offered"_L1).toDouble() >= 20, qPrintable(run.describe()));
        QVERIFY(rate.value("value"_L1).isDouble());
    }

    void watchStopsCleanlyOnSigterm()
    {
        QProcess watch;
        watch.start(QStringLiteral(HOLDLINE_CLI_PATH),
                    pinned({u"--sandbox"_s, u"--sandbox-queues"_s, u"2"_s, u"--json"_s, u"--history-db"_s,
                     historyDb(u"watch"_s), u"watch"_s, u"q-no-such-queue"_s, u"--every"_s, u"1"_s}));
        QVERIFY(watch.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(watch.canReadLine(), 60'000);
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(30'000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), int(ExitOk));
        QVERIFY(watch.readAllStandardOutput().contains("\"event\":\"stopped\""));
    }

    // As holdline-watch.service runs it: every queue, the secret from a
    // systemd credential (no CXONE_CLIENT_SECRET, no keychain), JSON events
    // for the journal, a clean stop on SIGTERM.
    void watchesEveryQueueAsTheServiceDoes()
    {
        QVERIFY2(!m_queueIds.isEmpty(), "listsQueues() runs first and reads the tenant's queues");
        QTemporaryDir credentials;
        QFile secret(credentials.filePath(u"cxone-client-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(m_secret.toUtf8() + '\n');
        secret.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"CXONE_CLIENT_SECRET"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"CREDENTIALS_DIRECTORY"_s, credentials.path());
        QProcess watch;
        watch.setProcessEnvironment(env);
        watch.start(QStringLiteral(HOLDLINE_CLI_PATH),
                    {u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"--history-db"_s,
                     historyDb(u"service"_s), u"--json"_s, u"watch"_s, u"--all"_s, u"--every"_s, u"2"_s});
        QVERIFY(watch.waitForStarted());
        QByteArray out;
        const auto advised = [&out](const QString &queueId) {
            return out.contains("\"event\":\"advice\"") && out.contains(QByteArray("\"queueId\":\"" + queueId.toUtf8() + '"'));
        };
        // Every queue of the tenant gets its advice, not only those named.
        QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput(), advised(m_queueIds.first()) && advised(m_queueIds.last())),
                                 60'000);
        ::kill(pid_t(watch.processId()), SIGTERM);
        QVERIFY(watch.waitForFinished(30'000));
        out += watch.readAllStandardOutput();
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QVERIFY2(watch.exitCode() == int(ExitOk), watch.readAllStandardError().constData());
        QVERIFY(out.contains("\"event\":\"stopped\""));
        QVERIFY(!out.contains(m_secret.toUtf8()));
    }

    void logsInThroughTheKeychain()
    {
        // test.sh always provides the throwaway keyring: there, skipping would hide a failure.
        const bool required = qEnvironmentVariableIsSet("HOLDLINE_REQUIRE_KEYCHAIN");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !required)
            QSKIP("no D-Bus session: run under scripts/with-test-keyring.sh for the keychain path");
        const Run login = cli({u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"login"_s}, {},
                              m_secret.toUtf8() + '\n');
        if (login.exitCode == ExitFailure && login.err.contains(u"keychain"_s) && !required)
            QSKIP("no keychain on this D-Bus session");
        QVERIFY2(login.exitCode == ExitOk, qPrintable(login.describe()));
        QVERIFY(!login.out.contains(m_secret.toUtf8()) && !login.err.contains(m_secret));
        // No CXONE_CLIENT_SECRET: the secret comes from the keychain.
        const Run queues = cli({u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"--history-db"_s,
                                historyDb(), u"--json"_s, u"queues"_s});
        QVERIFY2(queues.exitCode == ExitOk, qPrintable(queues.describe()));
        const Run empty = cli({u"--base-url"_s, m_baseUrl, u"--client-id"_s, m_clientId, u"login"_s}, {}, "\n");
        QCOMPARE(empty.exitCode, int(ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
