#include "model/policyparser.h"
#include "model/policyregistry.h"
#include "model/policyselection.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdline;

namespace {

// A valid pack with variants, which each bad-file row breaks in one place.
QJsonObject validPack()
{
    return QJsonDocument::fromJson(R"json({
        "schemaVersion": 1, "id": "us-x", "name": "Example", "jurisdiction": "US-XX",
        "citation": "Example Code § 1", "effectiveDate": "2020-01-01", "description": "Test pack.",
        "variants": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "defaultVariant": "a",
        "rules": [
            {"id": "cap-a", "name": "Cap A", "kind": "maxValue", "field": "maxHoldTime", "max": 100,
             "variants": ["a"], "citation": "§ 1(a)"},
            {"id": "cap-b", "name": "Cap B", "kind": "maxValue", "field": "maxHoldTime", "max": 50,
             "variants": ["b"], "citation": "§ 1(b)"},
            {"id": "sl", "name": "SL", "kind": "serviceLevel", "percent": 80, "withinSeconds": 20, "citation": "§ 2"},
            {"id": "ab", "name": "Ab", "kind": "abandonmentRate", "maxPercent": 5, "citation": "§ 3"},
            {"id": "cb", "name": "Cb", "kind": "callbackRequired", "severity": "warning", "citation": "§ 4"}
        ]})json")
        .object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject withKey(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject withRuleKey(const QJsonObject &pack, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray rules = pack.value(u"rules"_s).toArray();
    rules.replace(index, withKey(rules.at(index).toObject(), key, value));
    return withKey(pack, u"rules"_s, rules);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

} // namespace

class TestPolicyPacks : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidPack();
    void badFiles_data();
    void badFiles();
    void builtInPacksLoad();
    void readmeExampleParses();
    void builtInPack_data();
    void builtInPack();
    void brazilVariants_data();
    void brazilVariants();
    void badFilesDoNotStopGoodOnes();
    void duplicateIdIsRejected();
    void missingDirectoryIsReported();
    void selectionDefaultsToBaseline();
    void selectionRoundTrip_data();
    void selectionRoundTrip();
    void selectionParseErrors_data();
    void selectionParseErrors();
    void selectionEditing();
};

void TestPolicyPacks::parsesValidPack()
{
    const PolicyParseResult result = parsePolicyPack(toJson(validPack()), u"/some/dir/us-x.json"_s);
    QVERIFY2(result.pack, qPrintable(result.error));
    const PolicyPack &pack = *result.pack;
    QCOMPARE(pack.id, u"us-x"_s);
    QCOMPARE(pack.effectiveDate, QDate(2020, 1, 1));
    QCOMPARE(pack.source, u"/some/dir/us-x.json"_s);
    QCOMPARE(pack.variants.size(), 2);
    QCOMPARE(pack.defaultVariant, u"a"_s);
    QCOMPARE(pack.rules.size(), 5);
    QCOMPARE(pack.rules.at(0).field, WaitStrategyField::MaxHoldTime);
    QCOMPARE(pack.rules.at(0).max, 100);
    QCOMPARE(pack.rules.at(2).severity, FindingSeverity::NeedsPrediction);
    QCOMPARE(pack.rules.at(2).serviceTarget(), (ServiceTarget{ServiceTarget::Kind::AnsweredWithin, 80, 20}));
    QCOMPARE(pack.rules.at(3).serviceTarget(), (ServiceTarget{ServiceTarget::Kind::MaxAbandonment, 5, 0}));
    QCOMPARE(pack.rules.at(4).severity, FindingSeverity::Warning);
}

void TestPolicyPacks::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    const QJsonObject pack = validPack();
    const QJsonValue remove = QJsonValue(QJsonValue::Undefined);

    QTest::newRow("not JSON") << QByteArray("{\"id\": \"us-x\",") << u"us-x.json: not valid JSON (unterminated object at offset 14)"_s;
    QTest::newRow("empty file") << QByteArray() << u"us-x.json: not valid JSON (illegal value at offset 0)"_s;
    QTest::newRow("array at top") << QByteArray("[]") << u"us-x.json: the top level must be a JSON object"_s;
    QTest::newRow("missing id") << toJson(withKey(pack, u"id"_s, remove)) << u"us-x.json: id is missing"_s;
    QTest::newRow("bad id") << toJson(withKey(pack, u"id"_s, u"US X"_s))
                            << u"us-x.json: id must be lower-case letters, digits, '.', '_' or '-'"_s;
    QTest::newRow("missing name") << toJson(withKey(pack, u"name"_s, remove)) << u"us-x.json: name is missing"_s;
    QTest::newRow("empty citation") << toJson(withKey(pack, u"citation"_s, u"  "_s))
                                    << u"us-x.json: citation must be a non-empty string"_s;
    QTest::newRow("jurisdiction not a string") << toJson(withKey(pack, u"jurisdiction"_s, 7))
                                               << u"us-x.json: jurisdiction must be a non-empty string"_s;
    QTest::newRow("missing effectiveDate") << toJson(withKey(pack, u"effectiveDate"_s, remove))
                                           << u"us-x.json: effectiveDate is missing"_s;
    QTest::newRow("bad effectiveDate") << toJson(withKey(pack, u"effectiveDate"_s, u"28/12/2026"_s))
                                       << u"us-x.json: effectiveDate must be a date as YYYY-MM-DD"_s;
    QTest::newRow("impossible effectiveDate") << toJson(withKey(pack, u"effectiveDate"_s, u"2026-02-30"_s))
                                              << u"us-x.json: effectiveDate must be a date as YYYY-MM-DD"_s;
    QTest::newRow("schemaVersion 2") << toJson(withKey(pack, u"schemaVersion"_s, 2))
                                     << u"us-x.json: schemaVersion must be between 1 and 1"_s;
    QTest::newRow("unknown top-level key") << toJson(withKey(pack, u"effective"_s, u"2020-01-01"_s))
                                           << u"us-x.json: effective is not a known key"_s;
    QTest::newRow("missing rules") << toJson(withKey(pack, u"rules"_s, remove)) << u"us-x.json: rules is missing"_s;
    QTest::newRow("empty rules") << toJson(withKey(pack, u"rules"_s, QJsonArray()))
                                 << u"us-x.json: rules must not be empty"_s;
    QTest::newRow("rules not an array") << toJson(withKey(pack, u"rules"_s, QJsonObject()))
                                        << u"us-x.json: rules must be an array"_s;
    QTest::newRow("rule not an object") << toJson(withKey(pack, u"rules"_s, QJsonArray{1}))
                                        << u"us-x.json: rules[0] must be an object"_s;
    QTest::newRow("max not an integer") << toJson(withRuleKey(pack, 1, u"max"_s, u"50"_s))
                                        << u"us-x.json: rules[1].max must be an integer"_s;
    QTest::newRow("max fractional") << toJson(withRuleKey(pack, 1, u"max"_s, 50.5))
                                    << u"us-x.json: rules[1].max must be an integer"_s;
    QTest::newRow("max negative") << toJson(withRuleKey(pack, 0, u"max"_s, -1))
                                  << u"us-x.json: rules[0].max must be between 0 and 2147483647"_s;
    QTest::newRow("max missing") << toJson(withRuleKey(pack, 0, u"max"_s, remove))
                                 << u"us-x.json: rules[0].max is missing"_s;
    QTest::newRow("misspelt max") << toJson(withRuleKey(withRuleKey(pack, 0, u"max"_s, remove), 0, u"maxx"_s, 100))
                                  << u"us-x.json: rules[0].maxx is not a known key"_s;
    QTest::newRow("extra key on a rule") << toJson(withRuleKey(pack, 2, u"max"_s, 3))
                                         << u"us-x.json: rules[2].max is not a known key"_s;
    QTest::newRow("unknown rule kind") << toJson(withRuleKey(pack, 2, u"kind"_s, u"averageWait"_s))
                                       << u"us-x.json: rules[2].kind \"averageWait\" is not a known rule kind "
                                          "(maxValue, callbackRequired, serviceLevel, abandonmentRate)"_s;
    QTest::newRow("unknown field") << toJson(withRuleKey(pack, 0, u"field"_s, u"holdTime"_s))
                                   << u"us-x.json: rules[0].field \"holdTime\" is not a numeric wait-strategy field"_s;
    QTest::newRow("boolean field") << toJson(withRuleKey(pack, 0, u"field"_s, u"callbackEnabled"_s))
                                   << u"us-x.json: rules[0].field \"callbackEnabled\" is not a numeric wait-strategy "
                                      "field"_s;
    QTest::newRow("rule without citation") << toJson(withRuleKey(pack, 3, u"citation"_s, remove))
                                           << u"us-x.json: rules[3].citation is missing"_s;
    QTest::newRow("percent out of range") << toJson(withRuleKey(pack, 2, u"percent"_s, 101))
                                          << u"us-x.json: rules[2].percent must be between 0 and 100"_s;
    QTest::newRow("percent string") << toJson(withRuleKey(pack, 2, u"percent"_s, u"80%"_s))
                                    << u"us-x.json: rules[2].percent must be a number"_s;
    QTest::newRow("withinSeconds zero") << toJson(withRuleKey(pack, 2, u"withinSeconds"_s, 0))
                                        << u"us-x.json: rules[2].withinSeconds must be between 1 and 86400"_s;
    QTest::newRow("severity on a target") << toJson(withRuleKey(pack, 3, u"severity"_s, u"error"_s))
                                          << u"us-x.json: rules[3].severity is not a known key"_s;
    QTest::newRow("bad severity") << toJson(withRuleKey(pack, 4, u"severity"_s, u"fatal"_s))
                                  << u"us-x.json: rules[4].severity must be \"error\" or \"warning\""_s;
    QTest::newRow("duplicate rule id") << toJson(withRuleKey(pack, 1, u"id"_s, u"cap-a"_s))
                                       << u"us-x.json: rules[1].id \"cap-a\" is used twice"_s;
    QTest::newRow("undeclared variant on a rule") << toJson(withRuleKey(pack, 0, u"variants"_s, QJsonArray{u"c"_s}))
                                                  << u"us-x.json: rules[0].variants[0] is not a variant declared by "
                                                     "the pack"_s;
    QTest::newRow("default variant unknown") << toJson(withKey(pack, u"defaultVariant"_s, u"c"_s))
                                             << u"us-x.json: defaultVariant \"c\" is not one of the variants"_s;
    QTest::newRow("variants without default") << toJson(withKey(pack, u"defaultVariant"_s, remove))
                                              << u"us-x.json: defaultVariant is missing"_s;
    QTest::newRow("empty variants") << toJson(withKey(pack, u"variants"_s, QJsonArray()))
                                    << u"us-x.json: variants must not be empty when given"_s;
    QTest::newRow("duplicate variant")
        << toJson(withKey(pack, u"variants"_s, QJsonArray{QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"A"_s}},
                                                           QJsonObject{{u"id"_s, u"a"_s}, {u"name"_s, u"B"_s}}}))
        << u"us-x.json: variants[1].id \"a\" is declared twice"_s;
    QJsonObject noVariants = withKey(withKey(pack, u"variants"_s, remove), u"defaultVariant"_s, remove);
    QTest::newRow("rule variants without pack variants")
        << toJson(noVariants) << u"us-x.json: rules[0].variants is given but the pack declares no variants"_s;
    QTest::newRow("default without variants")
        << toJson(withKey(withKey(pack, u"variants"_s, remove), u"defaultVariant"_s, u"a"_s))
        << u"us-x.json: defaultVariant is given but the pack declares no variants"_s;
}

void TestPolicyPacks::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);

    const PolicyParseResult parsed = parsePolicyPack(content, u"us-x.json"_s);
    QVERIFY(!parsed.pack);
    QCOMPARE(parsed.error, error);

    // Through the registry, from a directory that also holds a good pack.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"us-x.json"_s), content);
    QJsonObject good = withKey(validPack(), u"id"_s, u"zz-good"_s);
    writeFile(dir.filePath(u"zz-good.json"_s), toJson(good));
    PolicyRegistry registry;
    QTest::ignoreMessage(QtWarningMsg, qPrintable(error));
    QCOMPARE(registry.loadDirectory(dir.path()), 1);
    QCOMPARE(registry.errors(), QStringList{error});
    QCOMPARE(registry.packIds(), QStringList{u"zz-good"_s});
}

void TestPolicyPacks::builtInPacksLoad()
{
    const PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    QVERIFY2(registry.errors().isEmpty(), qPrintable(registry.errors().join(u'\n')));
    const QStringList expected{u"baseline"_s,
                               u"br-decreto-6523-2008"_s,
                               u"es-ley-10-2025"_s,
                               u"pt-dl-134-2009"_s,
                               u"us-md-comar-20-50-12-08"_s,
                               u"us-pa-52-code-63-59"_s};
    QCOMPARE(registry.packIds(), expected);
    for (const PolicyPack &pack : registry.packs()) {
        // By convention the file is named after the pack.
        QCOMPARE(pack.source, PolicyRegistry::BuiltInDirectory + u'/' + pack.id + u".json"_s);
        for (const PolicyRule &rule : pack.rules)
            QVERIFY2(!rule.citation.isEmpty(), qPrintable(pack.id + u'/' + rule.id));
    }
}

void TestPolicyPacks::readmeExampleParses()
{
    // The schema's documentation must show a pack the parser accepts.
    const QString readme = QFINDTESTDATA("../../resources/policies/README.md");
    QVERIFY(!readme.isEmpty());
    QFile file(readme);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const qsizetype start = text.indexOf("```json\n");
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + 8);
    QVERIFY(end > start);
    const PolicyParseResult result = parsePolicyPack(text.mid(start + 8, end - start - 8), u"README.md"_s);
    QVERIFY2(result.pack, qPrintable(result.error));
    QCOMPARE(result.pack->rulesFor(u"financial"_s).size(), 0);
    QCOMPARE(result.pack->rulesFor(QString()).size(), 1);
}

void TestPolicyPacks::builtInPack_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("jurisdiction");
    QTest::addColumn<QDate>("effectiveDate");
    QTest::addColumn<QStringList>("rules"); // "kind field max|percent/within" for the default variant

    QTest::newRow("baseline") << u"baseline"_s << u"global"_s << QDate(2025, 1, 1)
                              << QStringList{u"maxValue maxHoldTime 300"_s, u"maxValue abandonmentThreshold 300"_s};
    QTest::newRow("es") << u"es-ley-10-2025"_s << u"ES"_s << QDate(2026, 12, 28)
                        << QStringList{u"callbackRequired"_s, u"serviceLevel 95/180"_s};
    QTest::newRow("br") << u"br-decreto-6523-2008"_s << u"BR"_s << QDate(2008, 12, 1)
                        << QStringList{u"maxValue maxHoldTime 60"_s, u"callbackRequired"_s};
    QTest::newRow("pt") << u"pt-dl-134-2009"_s << u"PT"_s << QDate(2009, 11, 29)
                        << QStringList{u"maxValue maxHoldTime 60"_s, u"callbackRequired"_s};
    QTest::newRow("md") << u"us-md-comar-20-50-12-08"_s << u"US-MD"_s << QDate(2012, 5, 28)
                        << QStringList{u"serviceLevel 75/30"_s, u"abandonmentRate 5"_s};
    QTest::newRow("pa") << u"us-pa-52-code-63-59"_s << u"US-PA"_s << QDate(1988, 7, 30)
                        << QStringList{u"serviceLevel 85/20"_s};
}

void TestPolicyPacks::builtInPack()
{
    QFETCH(QString, id);
    QFETCH(QString, jurisdiction);
    QFETCH(QDate, effectiveDate);
    QFETCH(QStringList, rules);

    const PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    const PolicyPack *pack = registry.pack(id);
    QVERIFY(pack);
    QCOMPARE(pack->jurisdiction, jurisdiction);
    QCOMPARE(pack->effectiveDate, effectiveDate);
    QVERIFY(!pack->citation.isEmpty());
    QVERIFY(!pack->description.isEmpty());
    QStringList actual;
    for (const PolicyRule &rule : pack->rulesFor(QString())) {
        QString text = ruleKindName(rule.kind);
        if (rule.kind == PolicyRule::Kind::MaxValue)
            text += u' ' + fieldName(*rule.field) + u' ' + QString::number(rule.max);
        else if (rule.kind == PolicyRule::Kind::ServiceLevel)
            text += u' ' + QString::number(rule.percent) + u'/' + QString::number(rule.withinSeconds);
        else if (rule.kind == PolicyRule::Kind::AbandonmentRate)
            text += u' ' + QString::number(rule.percent);
        actual.append(text);
    }
    QCOMPARE(actual, rules);
}

void TestPolicyPacks::brazilVariants_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("cap");
    QTest::newRow("default") << QString() << 60;
    QTest::newRow("general") << u"general"_s << 60;
    QTest::newRow("financial") << u"financial"_s << 45;
    QTest::newRow("peak-days") << u"peak-days"_s << 90;
    QTest::newRow("unknown falls back to default") << u"weekend"_s << 60;
}

void TestPolicyPacks::brazilVariants()
{
    QFETCH(QString, variant);
    QFETCH(int, cap);
    const PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    const PolicyPack *pack = registry.pack(u"br-decreto-6523-2008"_s);
    QVERIFY(pack);
    QCOMPARE(pack->defaultVariant, u"general"_s);
    QList<int> caps;
    for (const PolicyRule &rule : pack->rulesFor(variant)) {
        if (rule.kind == PolicyRule::Kind::MaxValue)
            caps.append(rule.max);
    }
    QCOMPARE(caps, QList<int>{cap});
}

void TestPolicyPacks::badFilesDoNotStopGoodOnes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"a-not-json.json"_s), "not json");
    writeFile(dir.filePath(u"b-good.json"_s), toJson(withKey(validPack(), u"id"_s, u"b-good"_s)));
    writeFile(dir.filePath(u"c-wrong-type.json"_s), toJson(withRuleKey(validPack(), 1, u"max"_s, true)));
    writeFile(dir.filePath(u"d-good.json"_s), toJson(withKey(validPack(), u"id"_s, u"d-good"_s)));
    writeFile(dir.filePath(u"notes.txt"_s), "ignored: not *.json");

    PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    const int builtIn = int(registry.packs().size());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^a-not-json.json: not valid JSON"_s));
    QTest::ignoreMessage(QtWarningMsg, "c-wrong-type.json: rules[1].max must be an integer");
    QCOMPARE(registry.loadDirectory(dir.path()), 2);
    QCOMPARE(registry.packs().size(), builtIn + 2);
    QVERIFY(registry.pack(u"b-good"_s));
    QVERIFY(registry.pack(u"d-good"_s));
    QCOMPARE(registry.errors().size(), 2);
    QVERIFY2(registry.errors().at(0).startsWith(u"a-not-json.json: not valid JSON"_s), qPrintable(registry.errors().at(0)));
    QCOMPARE(registry.errors().at(1), u"c-wrong-type.json: rules[1].max must be an integer"_s);
}

void TestPolicyPacks::duplicateIdIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A user file may not replace a built-in pack.
    writeFile(dir.filePath(u"my-baseline.json"_s), toJson(withKey(validPack(), u"id"_s, u"baseline"_s)));
    PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    QTest::ignoreMessage(QtWarningMsg, "my-baseline.json: id \"baseline\" is already used by baseline.json");
    QCOMPARE(registry.loadDirectory(dir.path()), 0);
    QCOMPARE(registry.errors(), QStringList{u"my-baseline.json: id \"baseline\" is already used by baseline.json"_s});
    QCOMPARE(registry.pack(u"baseline"_s)->jurisdiction, u"global"_s);
}

void TestPolicyPacks::missingDirectoryIsReported()
{
    QTemporaryDir dir;
    PolicyRegistry registry;
    const QString missing = dir.filePath(u"nope"_s);
    QCOMPARE(registry.loadDirectory(missing), 0);
    QCOMPARE(registry.errors(), QStringList{QDir::toNativeSeparators(missing) + u": no such policy directory"_s});
}

void TestPolicyPacks::selectionDefaultsToBaseline()
{
    const PolicySelection selection;
    QCOMPARE(selection.packIds(), QStringList{u"baseline"_s});
    QCOMPARE(selection.variant(u"baseline"_s), QString());
    QVERIFY(PolicySelection::empty().entries().isEmpty());
}

void TestPolicyPacks::selectionRoundTrip_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("default") << QStringList{u"baseline"_s} << QByteArray(R"({"packs":[{"id":"baseline"}]})");
    QTest::newRow("none") << QStringList() << QByteArray(R"({"packs":[]})");
    QTest::newRow("variant") << QStringList{u"baseline"_s, u"br-decreto-6523-2008:financial"_s, u"pt-dl-134-2009"_s}
                             << QByteArray(R"({"packs":[{"id":"baseline"},{"id":"br-decreto-6523-2008",)"
                                           R"("variant":"financial"},{"id":"pt-dl-134-2009"}]})");
}

void TestPolicyPacks::selectionRoundTrip()
{
    QFETCH(QStringList, list);
    QFETCH(QByteArray, json);
    QString error;
    const auto fromList = PolicySelection::fromStringList(list, &error);
    QVERIFY2(fromList, qPrintable(error));
    QCOMPARE(fromList->toStringList(), list);
    QCOMPARE(QJsonDocument(fromList->toJson()).toJson(QJsonDocument::Compact), json);
    const auto fromJson = PolicySelection::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(fromJson, qPrintable(error));
    QCOMPARE(*fromJson, *fromList);
}

void TestPolicyPacks::selectionParseErrors_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty item") << QStringList{QString()}
                                << u"\"\" is not a policy pack (expected PACK or PACK:VARIANT)"_s;
    QTest::newRow("two colons") << QStringList{u"a:b:c"_s}
                                << u"\"a:b:c\" is not a policy pack (expected PACK or PACK:VARIANT)"_s;
    QTest::newRow("empty variant") << QStringList{u"a:"_s}
                                   << u"\"a:\" is not a policy pack (expected PACK or PACK:VARIANT)"_s;
}

void TestPolicyPacks::selectionParseErrors()
{
    QFETCH(QStringList, list);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!PolicySelection::fromStringList(list, &actual));
    QCOMPARE(actual, error);

    QVERIFY(!PolicySelection::fromJson(QJsonObject{{u"packs"_s, u"baseline"_s}}, &actual));
    QCOMPARE(actual, u"packs must be an array"_s);
    QVERIFY(!PolicySelection::fromJson(QJsonObject{{u"packs"_s, QJsonArray{QJsonObject{{u"id"_s, 3}}}}}, &actual));
    QCOMPARE(actual, u"packs[0] must be {\"id\": string, \"variant\": string (optional)}"_s);
}

void TestPolicyPacks::selectionEditing()
{
    PolicySelection selection;
    selection.select(u"br-decreto-6523-2008"_s, u"financial"_s);
    selection.select(u"br-decreto-6523-2008"_s, u"peak-days"_s); // changes the variant, no duplicate
    selection.deselect(u"baseline"_s);
    QCOMPARE(selection.toStringList(), QStringList{u"br-decreto-6523-2008:peak-days"_s});
    QVERIFY(selection.contains(u"br-decreto-6523-2008"_s));
    QVERIFY(!selection.contains(u"baseline"_s));
    QVERIFY(selection != PolicySelection());
}

QTEST_GUILESS_MAIN(TestPolicyPacks)
#include "tst_policypacks.moc"
