// The CLI's parts on their own: argument checking (every bad input is exit 2
// with a message naming it), strategy files, the auto-tune pick, exit codes,
// the export document's order and the text table.
#include "cli/clijson.h"
#include "cli/exportcommand.h"
#include "cli/invocation.h"
#include "cli/output.h"
#include "cli/strategyfile.h"
#include "cli/texttable.h"
#include "cli/tunecommand.h"
#include "common/boundedfile.h"
#include "common/commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace holdline;
using namespace holdline::cli;

class TestCliParts : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadInvocations_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{u"--sandbox"_s};
        QTest::newRow("unknown command") << QStringList{u"--sandbox"_s, u"frobnicate"_s};
        QTest::newRow("bad field") << QStringList{u"--sandbox"_s, u"plan"_s, u"q-1"_s, u"--set"_s, u"colour=7"_s};
        QTest::newRow("bad value") << QStringList{u"--sandbox"_s, u"deploy"_s, u"q-1"_s, u"--set"_s, u"positionThreshold=abc"_s};
        QTest::newRow("no equals") << QStringList{u"--sandbox"_s, u"deploy"_s, u"q-1"_s, u"--set"_s, u"maxHoldTime"_s};
        QTest::newRow("bad bool") << QStringList{u"--sandbox"_s, u"deploy"_s, u"q-1"_s, u"--set"_s, u"callbackEnabled=maybe"_s};
        QTest::newRow("plan without change") << QStringList{u"--sandbox"_s, u"plan"_s, u"q-1"_s};
        QTest::newRow("set and file") << QStringList{u"--sandbox"_s, u"plan"_s, u"q-1"_s, u"--set"_s, u"maxHoldTime=200"_s, u"--file"_s, u"x.json"_s};
        QTest::newRow("deploy nothing") << QStringList{u"--sandbox"_s, u"deploy"_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("queues and --all") << QStringList{u"--sandbox"_s, u"deploy"_s, u"q-1"_s, u"--all"_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("match without all") << QStringList{u"--sandbox"_s, u"deploy"_s, u"q-1"_s, u"--match"_s, u"q"_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("bad regex") << QStringList{u"--sandbox"_s, u"deploy"_s, u"--all"_s, u"--match"_s, u"("_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("option of another command") << QStringList{u"--sandbox"_s, u"queues"_s, u"--force"_s};
        QTest::newRow("bad queue id") << QStringList{u"--sandbox"_s, u"show"_s, u"q 1"_s};
        QTest::newRow("too many arguments") << QStringList{u"--sandbox"_s, u"show"_s, u"q-1"_s, u"q-2"_s};
        QTest::newRow("bad entry") << QStringList{u"--sandbox"_s, u"rollback"_s, u"q-1"_s, u"--to"_s, u"x"_s};
        QTest::newRow("before without to") << QStringList{u"--sandbox"_s, u"rollback"_s, u"q-1"_s, u"--before"_s};
        QTest::newRow("no tenant") << QStringList{u"queues"_s};
        QTest::newRow("no client id") << QStringList{u"--base-url"_s, u"https://x.example"_s, u"queues"_s};
        QTest::newRow("bad url") << QStringList{u"--base-url"_s, u"ftp://x"_s, u"--client-id"_s, u"c"_s, u"queues"_s};
        QTest::newRow("remote http sync") << QStringList{u"--sandbox"_s, u"--sync-endpoint"_s, u"http://hooks.example/x"_s,
                                                         u"deploy"_s, u"q-1"_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("token in sync url") << QStringList{u"--sandbox"_s, u"--sync-endpoint"_s, u"https://hooks.example/x?token=t"_s,
                                                          u"deploy"_s, u"q-1"_s, u"--set"_s, u"maxHoldTime=200"_s};
        QTest::newRow("remote http tenant") << QStringList{u"--base-url"_s, u"http://x.example"_s, u"--client-id"_s, u"c"_s, u"queues"_s};
        QTest::newRow("sandbox and url") << QStringList{u"--sandbox"_s, u"--base-url"_s, u"https://x.example"_s, u"queues"_s};
        QTest::newRow("seed without sandbox") << QStringList{u"--sandbox-seed"_s, u"3"_s, u"audit"_s, u"verify"_s};
        QTest::newRow("bad concurrency") << QStringList{u"--sandbox"_s, u"--concurrency"_s, u"0"_s, u"queues"_s};
        QTest::newRow("unknown policy") << QStringList{u"--sandbox"_s, u"--policy"_s, u":x"_s, u"queues"_s};
        QTest::newRow("audit what") << QStringList{u"audit"_s, u"check"_s};
        QTest::newRow("login without tenant") << QStringList{u"login"_s};
        QTest::newRow("short guard window") << QStringList{u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--guard-window"_s, u"5"_s};
        QTest::newRow("unknown advisor") << QStringList{u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--advisor"_s, u"best"_s};
        QTest::newRow("goal without time") << QStringList{u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--goal"_s, u"80"_s};
        QTest::newRow("goal over 100 %") << QStringList{u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--goal"_s, u"120/20"_s};
        QTest::newRow("goal with the rule") << QStringList{u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--advisor"_s, u"rule"_s,
                                                           u"--goal"_s, u"80/20"_s};
        QTest::newRow("watch nothing") << QStringList{u"--sandbox"_s, u"watch"_s};
        QTest::newRow("watch queues and all") << QStringList{u"--sandbox"_s, u"watch"_s, u"q-1"_s, u"--all"_s};
        QTest::newRow("goal outside tune") << QStringList{u"--sandbox"_s, u"queues"_s, u"--goal"_s, u"80/20"_s};
    }

    void rejectsBadInvocations()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(u"holdline-cli"_s);
        const ParseResult result = parseInvocation(arguments);
        QVERIFY(!result.invocation);
        QCOMPARE(result.exitCode, int(ExitUsage));
    }

    void parsesAGoodInvocation()
    {
        const ParseResult result = parseInvocation({u"holdline-cli"_s, u"--json"_s, u"--sandbox"_s, u"--sandbox-queues"_s,
                                                    u"3"_s, u"deploy"_s, u"q-a"_s, u"q-b"_s, u"--set"_s,
                                                    u"positionThreshold=7"_s, u"--set"_s, u"callbackEnabled=off"_s,
                                                    u"--concurrency"_s, u"2"_s});
        QVERIFY(result.invocation);
        const Invocation &in = *result.invocation;
        QCOMPARE(in.command, u"deploy"_s);
        QCOMPARE(in.arguments, (QStringList{u"q-a"_s, u"q-b"_s}));
        QCOMPARE(in.assignments.size(), 2);
        QCOMPARE(in.assignments.at(0).field, WaitStrategyField::PositionThreshold);
        QCOMPARE(in.assignments.at(0).value.toInt(), 7);
        QCOMPARE(in.assignments.at(1).value.toBool(), false);
        QVERIFY(in.json && in.sandbox);
        QCOMPARE(in.sandboxQueues, 3);
        QCOMPARE(in.concurrency, 2);
        QCOMPARE(parseInvocation({u"holdline-cli"_s, u"--sandbox"_s, u"tune"_s, u"auto"_s}).exitCode, 0);
        const ParseResult tune = parseInvocation({u"holdline-cli"_s, u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--goal"_s,
                                                  u"90/30/3.5"_s});
        QVERIFY(tune.invocation);
        QCOMPARE(tune.invocation->advisor, Invocation::Advisor::ServiceGoal); // the default
        QCOMPARE(tune.invocation->goal, (ServiceGoal{90, 30, 3.5}));
        const ParseResult rule = parseInvocation({u"holdline-cli"_s, u"--sandbox"_s, u"tune"_s, u"auto"_s, u"--advisor"_s,
                                                  u"rule"_s});
        QVERIFY(rule.invocation);
        QCOMPARE(rule.invocation->advisor, Invocation::Advisor::AnswerRateRule);
    }

    void readsStrategyFiles()
    {
        QString error;
        const auto flat = StrategyFile::fromJson({{"maxHoldTime"_L1, 240}, {"callbackEnabled"_L1, false}}, &error);
        QVERIFY2(flat, qPrintable(error));
        QVERIFY(!flat->perQueue);
        QCOMPARE(flat->assignmentsFor(u"any"_s)->size(), 2);

        const QJsonObject exported{{"queues"_L1, QJsonArray{QJsonObject{{"queueId"_L1, u"q-1"_s},
                                                                        {"strategy"_L1, QJsonObject{{"positionThreshold"_L1, 9}}}}}}};
        const auto perQueue = StrategyFile::fromJson(exported, &error);
        QVERIFY2(perQueue, qPrintable(error));
        QCOMPARE(perQueue->queueIds, QStringList{u"q-1"_s});
        QVERIFY(perQueue->assignmentsFor(u"q-1"_s));
        QVERIFY(!perQueue->assignmentsFor(u"q-2"_s));

        QVERIFY(!StrategyFile::fromJson({{"positionThreshhold"_L1, 7}}, &error));
        QVERIFY2(error.contains(u"positionThreshhold"_s), qPrintable(error));
        QVERIFY(!StrategyFile::fromJson({{"positionThreshold"_L1, 7.5}}, &error));
        QVERIFY(!StrategyFile::fromJson({{"callbackEnabled"_L1, u"yes"_s}}, &error));
        QVERIFY(!StrategyFile::fromJson({}, &error));
        const QJsonObject twice{{"queues"_L1, QJsonArray{exported.value("queues"_L1).toArray().at(0),
                                                         exported.value("queues"_L1).toArray().at(0)}}};
        QVERIFY(!StrategyFile::fromJson(twice, &error));
        QVERIFY2(error.contains(u"twice"_s), qPrintable(error));

        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"maxHoldTime\": ");
        broken.close();
        QVERIFY(!StrategyFile::read(broken.fileName(), &error));
        QVERIFY(!StrategyFile::read(dir.filePath(u"missing.json"_s), &error));
    }

    // A file with no end, or a huge one, costs at most the cap and says why.
    void refusesFilesBeyondTheCap()
    {
        QString error;
        QVERIFY(!StrategyFile::read(u"/dev/zero"_s, &error));
        QVERIFY2(error.contains(u"/dev/zero is larger than 4096 KiB"_s), qPrintable(error));

        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("{\"maxHoldTime\": 240");
        big.write(QByteArray(MaxInputFileBytes, ' '));
        big.write("}");
        big.close();
        QVERIFY(!StrategyFile::read(big.fileName(), &error));
        QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));

        // Just under the cap is read.
        QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
        big.write("{\"maxHoldTime\": 240");
        big.write(QByteArray(MaxInputFileBytes - 100, ' '));
        big.write("}");
        big.close();
        QVERIFY2(StrategyFile::read(big.fileName(), &error), qPrintable(error));
    }

    void picksTheQueueWithTheMostNeed()
    {
        QHash<QString, RateReading> readings;
        readings.insert(u"q-ok"_s, {0.5, 100, u"PT5M"_s});
        readings.insert(u"q-low"_s, {0.1, 100, u"PT5M"_s});
        readings.insert(u"q-high"_s, {0.85, 100, u"PT5M"_s});
        readings.insert(u"q-empty"_s, {std::nullopt, 0, u"PT1H"_s});
        QCOMPARE(TuneCommand::pickQueue(readings), u"q-low"_s);
        readings.remove(u"q-low"_s);
        QCOMPARE(TuneCommand::pickQueue(readings), u"q-high"_s);
        QCOMPARE(TuneCommand::pickQueue({{u"q-empty"_s, {}}}), QString());
    }

    void mapsOutcomesToExitCodes()
    {
        deploy::DeployOutcome ok, blocked, failed, conflict, auth;
        ok.status = deploy::DeployStatus::Unchanged;
        blocked.status = deploy::DeployStatus::Blocked;
        failed.status = deploy::DeployStatus::Failed;
        conflict.status = deploy::DeployStatus::Conflict;
        auth.status = deploy::DeployStatus::Failed;
        auth.apiError = api::ApiError::make(api::ApiError::Kind::Auth, u"no"_s);
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{ok}), int(ExitOk));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{ok, blocked}), int(ExitUsage));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{blocked, failed}), int(ExitFailure));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{failed, conflict}), int(ExitConflict));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{conflict, auth}), int(ExitAuthentication));

        // 2 says nothing was written: a run that wrote some queues is a partial failure.
        deploy::DeployOutcome deployed, uncertain;
        deployed.status = deploy::DeployStatus::Deployed;
        uncertain.status = deploy::DeployStatus::Uncertain;
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{deployed, blocked}), int(ExitFailure));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{deployed}), int(ExitOk));
        QCOMPARE(exitCodeFor(QList<deploy::DeployOutcome>{deployed, uncertain}), int(ExitFailure));
        QCOMPARE(outcomeToJson(uncertain).value("status"_L1).toString(), u"uncertain"_s);
        uncertain.pendingEntryId = 41;
        QCOMPARE(outcomeToJson(uncertain).value("entryId"_L1).toInteger(), 41);
    }

    void exportsSortedAndStable()
    {
        const QJsonObject strategy{{"positionThreshold"_L1, 10}, {"abandonmentThreshold"_L1, 120}};
        const auto queue = [&](const QString &id) {
            return QJsonObject{{"id"_L1, id}, {"version"_L1, 1}, {"name"_L1, u"N"_s},
                               {"waitStrategy"_L1, QJsonObject{{"type"_L1, u"position"_s}, {"positionThreshold"_L1, 10},
                                                                {"abandonmentThreshold"_L1, 120}}},
                               {"callback"_L1, QJsonObject{{"enabled"_L1, true}, {"positionThreshold"_L1, 5}}},
                               {"maxHoldTime"_L1, 180}};
        };
        QStringList errors;
        const QJsonObject a = ExportCommand::exportDocument({queue(u"q-b"_s), queue(u"q-a"_s)}, &errors);
        const QJsonObject b = ExportCommand::exportDocument({queue(u"q-a"_s), queue(u"q-b"_s)}, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
        QCOMPARE(a.value("queues"_L1).toArray().at(0).toObject().value("queueId"_L1).toString(), u"q-a"_s);
        QString error;
        QVERIFY2(StrategyFile::fromJson(a, &error), qPrintable(error)); // import takes back what export gives

        QJsonObject malformed = queue(u"q-c"_s);
        malformed.remove("maxHoldTime"_L1);
        ExportCommand::exportDocument({malformed}, &errors);
        QCOMPARE(errors.size(), 1);
    }

    void rendersTables()
    {
        TextTable table({u"ID"_s, u"NAME"_s});
        table.addRow({u"q-1"_s, u"Billing"_s});
        table.addRow({u"q-long-id"_s, u"Sales"_s});
        QCOMPARE(table.render(), u"ID         NAME\nq-1        Billing\nq-long-id  Sales"_s);
    }

    // A tenant's text cannot drive the terminal: no escape sequence, no
    // carriage return, no bidi override and no fake row survives.
    void neutralisesTenantControlCharacters()
    {
        const QString hostile = u"Billing\x1b]0;pwned\x07\x1b[2J\rq-9  Fake\u202e\u009b"_s;
        const QString safe = neutralizeControls(hostile);
        QCOMPARE(safe, u"Billing\\x1b]0;pwned\\x07\\x1b[2J\\x0dq-9  Fake\\u202e\\x9b"_s);
        QCOMPARE(neutralizeControls(u"two\nlines\tand tab"_s), u"two\nlines\tand tab"_s);
        QCOMPARE(neutralizeControls(u"Ca\u00f1\u00f3n \u65e5\u672c"_s), u"Ca\u00f1\u00f3n \u65e5\u672c"_s);

        TextTable table({u"ID"_s, u"NAME"_s});
        table.addRow({u"q-1"_s, u"Billing\nq-2  Fake row"_s});
        QCOMPARE(table.render().count(u'\n'), 1);
        QVERIFY(!table.render().contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestCliParts)
#include "tst_cliparts.moc"
