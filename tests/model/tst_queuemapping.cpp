#include "model/queuemapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdline;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// The contract's example queue (CONTRACT.md §2.2), keys deliberately unsorted.
const QByteArray contractQueue = R"({
  "id": "q-billing-01",
  "name": "Billing — Tier 1",
  "version": 7,
  "waitStrategy": {"type": "position", "positionThreshold": 10, "abandonmentThreshold": 120},
  "callback": {"enabled": true, "positionThreshold": 5},
  "maxHoldTime": 180,
  "description": "…",
  "division": {"id": "d-1", "name": "North"},
  "skills": ["billing", "spanish"],
  "mediaSettings": {"call": {"alertingTimeoutSeconds": 8, "serviceLevel": {"percentage": 0.8, "durationMs": 20000}}},
  "dateModified": "2026-11-20T10:02:11Z",
  "modifiedBy": "client:abc"
})";

} // namespace

class TestQueueMapping : public QObject
{
    Q_OBJECT

private slots:
    void readsContractExample();
    void readErrors_data();
    void readErrors();
    void readReportsEveryProblem();
    void writeChangesOnlyOwnedFields();
    void roundTripPreservesUnknownFieldsByteForByte();
    void writeCreatesMissingParents();
    void canonicalJsonSortsKeysRecursively();
    void flatJsonRoundTrip();
    void flatJsonErrorsNameTheKey();
};

void TestQueueMapping::readsContractExample()
{
    const QueueReadResult result = readWaitStrategy(parse(contractQueue));
    QVERIFY2(result.isOk(), qPrintable(result.errorString()));
    QCOMPARE(*result.strategy, (WaitStrategy{10, true, 5, 120, 180}));
    QVERIFY(result.errors.isEmpty());
}

void TestQueueMapping::readErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const char *json, const QString &field, const QString &message) {
        QTest::newRow(name) << QByteArray(json) << field << message;
    };
    // Each row breaks one thing in an otherwise valid queue.
    row("positionThreshold missing",
        R"({"waitStrategy": {"abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.positionThreshold"_s, u"waitStrategy.positionThreshold is missing"_s);
    row("positionThreshold string",
        R"({"waitStrategy": {"positionThreshold": "10", "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.positionThreshold"_s, u"waitStrategy.positionThreshold must be an integer"_s);
    row("positionThreshold fraction",
        R"({"waitStrategy": {"positionThreshold": 10.5, "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.positionThreshold"_s, u"waitStrategy.positionThreshold must be an integer"_s);
    row("positionThreshold null",
        R"({"waitStrategy": {"positionThreshold": null, "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.positionThreshold"_s, u"waitStrategy.positionThreshold must be an integer"_s);
    row("positionThreshold huge",
        R"({"waitStrategy": {"positionThreshold": 1e12, "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.positionThreshold"_s, u"waitStrategy.positionThreshold is out of range"_s);
    row("abandonmentThreshold bool",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": false}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy.abandonmentThreshold"_s, u"waitStrategy.abandonmentThreshold must be an integer"_s);
    row("waitStrategy missing",
        R"({"callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy"_s, u"waitStrategy is missing"_s);
    row("waitStrategy array",
        R"({"waitStrategy": [10, 120], "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"waitStrategy"_s, u"waitStrategy must be an object"_s);
    row("callback.enabled missing",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"positionThreshold": 5}, "maxHoldTime": 180})",
        u"callback.enabled"_s, u"callback.enabled is missing"_s);
    row("callback.enabled string",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"enabled": "true", "positionThreshold": 5}, "maxHoldTime": 180})",
        u"callback.enabled"_s, u"callback.enabled must be a boolean"_s);
    row("callback.enabled number",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"enabled": 1, "positionThreshold": 5}, "maxHoldTime": 180})",
        u"callback.enabled"_s, u"callback.enabled must be a boolean"_s);
    row("callback.positionThreshold missing",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"enabled": false}, "maxHoldTime": 180})",
        u"callback.positionThreshold"_s, u"callback.positionThreshold is missing"_s);
    row("callback null",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": null, "maxHoldTime": 180})",
        u"callback"_s, u"callback must be an object"_s);
    row("maxHoldTime missing",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}})",
        u"maxHoldTime"_s, u"maxHoldTime is missing"_s);
    row("maxHoldTime string",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120}, "callback": {"enabled": true, "positionThreshold": 5}, "maxHoldTime": "180"})",
        u"maxHoldTime"_s, u"maxHoldTime must be an integer"_s);
    row("maxHoldTime nested in waitStrategy is not at the top",
        R"({"waitStrategy": {"positionThreshold": 10, "abandonmentThreshold": 120, "maxHoldTime": 180}, "callback": {"enabled": true, "positionThreshold": 5}})",
        u"maxHoldTime"_s, u"maxHoldTime is missing"_s);
}

void TestQueueMapping::readErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const QueueReadResult result = readWaitStrategy(parse(json));
    QVERIFY(!result.isOk());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.constFirst().field, field);
    QCOMPARE(result.errors.constFirst().message, message);
    QCOMPARE(result.errorString(), message);
}

void TestQueueMapping::readReportsEveryProblem()
{
    const QueueReadResult result = readWaitStrategy(parse(R"({"callback": {"enabled": "yes"}})"));
    QVERIFY(!result.isOk());
    // A missing parent is reported once, not once per child.
    const QList<QueueFieldError> expected{
        {u"waitStrategy"_s, u"waitStrategy is missing"_s},
        {u"callback.enabled"_s, u"callback.enabled must be a boolean"_s},
        {u"callback.positionThreshold"_s, u"callback.positionThreshold is missing"_s},
        {u"maxHoldTime"_s, u"maxHoldTime is missing"_s},
    };
    QCOMPARE(result.errors, expected);
    QVERIFY(readWaitStrategy(QJsonObject()).errors.size() == 3);
}

void TestQueueMapping::writeChangesOnlyOwnedFields()
{
    const QJsonObject queue = parse(contractQueue);
    const WaitStrategy strategy{7, false, 3, 0, 240};
    const QJsonObject written = writeWaitStrategy(queue, strategy);

    QCOMPARE(*readWaitStrategy(written).strategy, strategy);
    QCOMPARE(written.value(u"waitStrategy"_s).toObject().value(u"type"_s).toString(), u"position"_s);
    QCOMPARE(written.keys(), queue.keys());
    // Undo our edits by hand: what remains must be the original, exactly.
    QJsonObject restored = written;
    QJsonObject wait = restored.value(u"waitStrategy"_s).toObject();
    wait.insert(u"positionThreshold"_s, 10);
    wait.insert(u"abandonmentThreshold"_s, 120);
    restored.insert(u"waitStrategy"_s, wait);
    restored.insert(u"callback"_s, QJsonObject{{u"enabled"_s, true}, {u"positionThreshold"_s, 5}});
    restored.insert(u"maxHoldTime"_s, 180);
    QCOMPARE(canonicalJson(restored), canonicalJson(queue));
}

void TestQueueMapping::roundTripPreservesUnknownFieldsByteForByte()
{
    // Unknown fields everywhere: top level, inside the owned objects, nested
    // arrays of objects, odd numbers and unicode.
    const QByteArray json = R"({
      "zeta": {"deep": {"deeper": [1, 2.5, -3, {"b": null, "a": [true, false, {}]}], "empty": []}},
      "id": "q-odd_1.x", "version": 12, "alpha": "ñandú ☎ \"quoted\" \\ back",
      "waitStrategy": {"type": "position", "zExtra": {"k": [1]}, "positionThreshold": 40,
                       "abandonmentThreshold": 0, "aExtra": "keep"},
      "callback": {"enabled": false, "positionThreshold": 40, "schedule": {"days": ["mon", "tue"], "from": "08:00"}},
      "maxHoldTime": 3600,
      "bigInteger": 9007199254740993, "negative": -0.125, "exponent": 1.5e-7,
      "mediaSettings": {"call": {"serviceLevel": {"percentage": 0.8, "durationMs": 20000}}},
      "skills": [], "division": {}, "nothing": null
    })";
    const QJsonObject queue = parse(json);
    const QueueReadResult read = readWaitStrategy(queue);
    QVERIFY2(read.isOk(), qPrintable(read.errorString()));
    QCOMPARE(*read.strategy, (WaitStrategy{40, false, 40, 0, 3600}));

    // Writing back what was read changes nothing, byte for byte.
    const QByteArray before = canonicalJson(queue);
    const QByteArray after = canonicalJson(writeWaitStrategy(queue, *read.strategy));
    QCOMPARE(after, before);

    // Writing a different strategy and then the original one also gets back to the start.
    const QJsonObject edited = writeWaitStrategy(queue, WaitStrategy{5, true, 2, 60, 90});
    QVERIFY(canonicalJson(edited) != before);
    QCOMPARE(canonicalJson(writeWaitStrategy(edited, *read.strategy)), before);
    QVERIFY(before.contains(R"("bigInteger":9007199254740993)"));
}

void TestQueueMapping::writeCreatesMissingParents()
{
    const QJsonObject written =
        writeWaitStrategy(QJsonObject{{u"id"_s, u"q"_s}, {u"callback"_s, u"garbage"_s}}, WaitStrategy{});
    QCOMPARE(canonicalJson(written),
             QByteArray(R"({"callback":{"enabled":true,"positionThreshold":5},"id":"q","maxHoldTime":180,)"
                        R"("waitStrategy":{"abandonmentThreshold":120,"positionThreshold":10}})"));
}

void TestQueueMapping::canonicalJsonSortsKeysRecursively()
{
    // Two documents with the same content in different key orders serialize
    // identically, with sorted keys and no whitespace at every depth.
    const QJsonObject a = parse(R"({"b": {"y": 1, "x": [{"d": 1, "c": 2}]}, "a": "z"})");
    const QJsonObject b = parse(R"({"a": "z", "b": {"x": [{"c": 2, "d": 1}], "y": 1}})");
    const QByteArray expected = R"({"a":"z","b":{"x":[{"c":2,"d":1}],"y":1}})";
    QCOMPARE(canonicalJson(a), expected);
    QCOMPARE(canonicalJson(b), expected);
}

void TestQueueMapping::flatJsonRoundTrip()
{
    const WaitStrategy strategy{12, false, 4, 45, 90};
    const QJsonObject flat = strategyToFlatJson(strategy);
    QCOMPARE(canonicalJson(flat),
             QByteArray(R"({"abandonmentThreshold":45,"callbackEnabled":false,"callbackPositionThreshold":4,)"
                        R"("maxHoldTime":90,"positionThreshold":12})"));
    QCOMPARE(*strategyFromFlatJson(flat).strategy, strategy);
}

void TestQueueMapping::flatJsonErrorsNameTheKey()
{
    QJsonObject flat = strategyToFlatJson(WaitStrategy{});
    flat.insert(u"callbackEnabled"_s, u"on"_s);
    flat.remove(u"maxHoldTime"_s);
    const QueueReadResult result = strategyFromFlatJson(flat);
    QVERIFY(!result.isOk());
    QCOMPARE(result.errorString(), u"callbackEnabled must be a boolean\nmaxHoldTime is missing"_s);
}

QTEST_GUILESS_MAIN(TestQueueMapping)
#include "tst_queuemapping.moc"
