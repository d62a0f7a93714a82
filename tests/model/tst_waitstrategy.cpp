#include "model/strategydiff.h"
#include "model/waitstrategy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdline;

class TestWaitStrategy : public QObject
{
    Q_OBJECT

private slots:
    void fieldNames_data();
    void fieldNames();
    void everyFieldIsNamedOnce();
    void getAndSet_data();
    void getAndSet();
    void setRejectsWrongType();
    void parseAssignment_data();
    void parseAssignment();
    void parseAssignmentErrors_data();
    void parseAssignmentErrors();
    void diff();
    void diffOfEqualStrategiesIsEmpty();
    void summary_data();
    void summary();
    void applyChangesReplaysDiff();
};

void TestWaitStrategy::fieldNames_data()
{
    QTest::addColumn<WaitStrategyField>("field");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");

    QTest::newRow("positionThreshold") << WaitStrategyField::PositionThreshold << u"waitStrategy.positionThreshold"_s
                                       << u"positionThreshold"_s << u"Position threshold"_s;
    QTest::newRow("callbackEnabled") << WaitStrategyField::CallbackEnabled << u"callback.enabled"_s
                                     << u"callbackEnabled"_s << u"Callback"_s;
    QTest::newRow("callbackPositionThreshold")
        << WaitStrategyField::CallbackPositionThreshold << u"callback.positionThreshold"_s
        << u"callbackPositionThreshold"_s << u"Callback position threshold"_s;
    QTest::newRow("abandonmentThreshold") << WaitStrategyField::AbandonmentThreshold
                                          << u"waitStrategy.abandonmentThreshold"_s << u"abandonmentThreshold"_s
                                          << u"Abandonment threshold"_s;
    QTest::newRow("maxHoldTime") << WaitStrategyField::MaxHoldTime << u"maxHoldTime"_s << u"maxHoldTime"_s
                                 << u"Maximum hold time"_s;
}

void TestWaitStrategy::fieldNames()
{
    QFETCH(WaitStrategyField, field);
    QFETCH(QString, jsonPath);
    QFETCH(QString, name);
    QFETCH(QString, label);
    QCOMPARE(fieldJsonPath(field), jsonPath);
    QCOMPARE(fieldName(field), name);
    QCOMPARE(fieldLabel(field), label);
    QCOMPARE(fieldFromName(name), field);
    QCOMPARE(fieldFromJsonPath(jsonPath), field);
}

void TestWaitStrategy::everyFieldIsNamedOnce()
{
    const auto fields = allWaitStrategyFields();
    QCOMPARE(fields.size(), WaitStrategyFieldCount);
    QStringList names;
    for (const auto field : fields)
        names.append(fieldName(field));
    names.removeDuplicates();
    QCOMPARE(names.size(), WaitStrategyFieldCount);
    QVERIFY(!fieldFromName(u"waitStrategy.positionThreshold"));
    QVERIFY(!fieldFromJsonPath(u"positionThreshold"));
}

void TestWaitStrategy::getAndSet_data()
{
    QTest::addColumn<WaitStrategyField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("positionThreshold") << WaitStrategyField::PositionThreshold << QVariant(42);
    QTest::newRow("callbackEnabled") << WaitStrategyField::CallbackEnabled << QVariant(false);
    QTest::newRow("callbackPositionThreshold") << WaitStrategyField::CallbackPositionThreshold << QVariant(3);
    QTest::newRow("abandonmentThreshold") << WaitStrategyField::AbandonmentThreshold << QVariant(0);
    QTest::newRow("maxHoldTime") << WaitStrategyField::MaxHoldTime << QVariant(600);
}

void TestWaitStrategy::getAndSet()
{
    QFETCH(WaitStrategyField, field);
    QFETCH(QVariant, value);
    WaitStrategy strategy;
    const WaitStrategy before = strategy;
    QVERIFY(fieldValue(strategy, field) != value);
    QVERIFY(setFieldValue(strategy, field, value));
    QCOMPARE(fieldValue(strategy, field), value);
    // Only that field changed.
    const auto changes = diffStrategies(before, strategy);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.constFirst().field, field);
}

void TestWaitStrategy::setRejectsWrongType()
{
    WaitStrategy strategy;
    QVERIFY(!setFieldValue(strategy, WaitStrategyField::CallbackEnabled, QVariant(1)));
    QVERIFY(!setFieldValue(strategy, WaitStrategyField::MaxHoldTime, QVariant(u"240"_s)));
    QVERIFY(!setFieldValue(strategy, WaitStrategyField::MaxHoldTime, QVariant(true)));
    QCOMPARE(strategy, WaitStrategy());
}

void TestWaitStrategy::parseAssignment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<WaitStrategyField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int") << u"maxHoldTime=240"_s << WaitStrategyField::MaxHoldTime << QVariant(240);
    QTest::newRow("spaces") << u" positionThreshold = 7 "_s << WaitStrategyField::PositionThreshold << QVariant(7);
    QTest::newRow("zero") << u"abandonmentThreshold=0"_s << WaitStrategyField::AbandonmentThreshold << QVariant(0);
    QTest::newRow("negative parses, range is the validator's")
        << u"callbackPositionThreshold=-1"_s << WaitStrategyField::CallbackPositionThreshold << QVariant(-1);
    QTest::newRow("true") << u"callbackEnabled=true"_s << WaitStrategyField::CallbackEnabled << QVariant(true);
    QTest::newRow("on") << u"callbackEnabled=ON"_s << WaitStrategyField::CallbackEnabled << QVariant(true);
    QTest::newRow("yes") << u"callbackEnabled=yes"_s << WaitStrategyField::CallbackEnabled << QVariant(true);
    QTest::newRow("1") << u"callbackEnabled=1"_s << WaitStrategyField::CallbackEnabled << QVariant(true);
    QTest::newRow("off") << u"callbackEnabled=off"_s << WaitStrategyField::CallbackEnabled << QVariant(false);
    QTest::newRow("false") << u"callbackEnabled=False"_s << WaitStrategyField::CallbackEnabled << QVariant(false);
    QTest::newRow("0") << u"callbackEnabled=0"_s << WaitStrategyField::CallbackEnabled << QVariant(false);
}

void TestWaitStrategy::parseAssignment()
{
    QFETCH(QString, text);
    QFETCH(WaitStrategyField, field);
    QFETCH(QVariant, value);
    QString error;
    const auto assignment = parseFieldAssignment(text, &error);
    QVERIFY2(assignment, qPrintable(error));
    QCOMPARE(assignment->field, field);
    QCOMPARE(assignment->value, value);
    QCOMPARE(assignment->value.typeId(), value.typeId());
    QVERIFY(error.isEmpty());
}

void TestWaitStrategy::parseAssignmentErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no equals") << u"maxHoldTime"_s << u"Expected FIELD=VALUE, got \"maxHoldTime\"."_s;
    QTest::newRow("unknown field")
        << u"holdTime=30"_s
        << u"Unknown field \"holdTime\"; the fields are positionThreshold, callbackEnabled, "
           "callbackPositionThreshold, abandonmentThreshold, maxHoldTime."_s;
    QTest::newRow("json path is not a name")
        << u"callback.enabled=true"_s
        << u"Unknown field \"callback.enabled\"; the fields are positionThreshold, callbackEnabled, "
           "callbackPositionThreshold, abandonmentThreshold, maxHoldTime."_s;
    QTest::newRow("not a number") << u"maxHoldTime=4m"_s << u"maxHoldTime must be a whole number, not \"4m\"."_s;
    QTest::newRow("fraction") << u"maxHoldTime=12.5"_s << u"maxHoldTime must be a whole number, not \"12.5\"."_s;
    QTest::newRow("empty value") << u"positionThreshold="_s << u"positionThreshold must be a whole number, not \"\"."_s;
    QTest::newRow("overflow") << u"positionThreshold=99999999999"_s
                              << u"positionThreshold must be a whole number, not \"99999999999\"."_s;
    QTest::newRow("bad bool") << u"callbackEnabled=maybe"_s
                              << u"callbackEnabled must be on or off (true/false), not \"maybe\"."_s;
}

void TestWaitStrategy::parseAssignmentErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!parseFieldAssignment(text, &actual));
    QCOMPARE(actual, error);
    QVERIFY(!parseFieldAssignment(text)); // a null error pointer is allowed
}

void TestWaitStrategy::diff()
{
    const WaitStrategy before{10, false, 5, 120, 180};
    const WaitStrategy after{7, true, 5, 120, 240};
    const QList<FieldChange> expected{
        {WaitStrategyField::PositionThreshold, 10, 7},
        {WaitStrategyField::CallbackEnabled, false, true},
        {WaitStrategyField::MaxHoldTime, 180, 240},
    };
    QCOMPARE(diffStrategies(before, after), expected);
}

void TestWaitStrategy::diffOfEqualStrategiesIsEmpty()
{
    QVERIFY(diffStrategies(WaitStrategy(), WaitStrategy()).isEmpty());
    QCOMPARE(summarizeChanges({}), u"No changes"_s);
}

void TestWaitStrategy::summary_data()
{
    QTest::addColumn<WaitStrategy>("before");
    QTest::addColumn<WaitStrategy>("after");
    QTest::addColumn<QString>("summary");
    QTest::newRow("example") << WaitStrategy{10, false, 5, 120, 180} << WaitStrategy{7, true, 5, 120, 180}
                             << u"Position threshold 10 → 7; Callback off → on"_s;
    QTest::newRow("times have units") << WaitStrategy{10, true, 5, 120, 180} << WaitStrategy{10, true, 5, 0, 240}
                                      << u"Abandonment threshold 120 s → 0 s; Maximum hold time 180 s → 240 s"_s;
    QTest::newRow("callback off") << WaitStrategy{10, true, 5, 120, 180} << WaitStrategy{10, false, 3, 120, 180}
                                  << u"Callback on → off; Callback position threshold 5 → 3"_s;
}

void TestWaitStrategy::summary()
{
    QFETCH(WaitStrategy, before);
    QFETCH(WaitStrategy, after);
    QFETCH(QString, summary);
    QCOMPARE(summarizeChanges(diffStrategies(before, after)), summary);
}

void TestWaitStrategy::applyChangesReplaysDiff()
{
    const WaitStrategy before{10, false, 5, 120, 180};
    const WaitStrategy after{7, true, 2, 0, 3600};
    QCOMPARE(applyChanges(before, diffStrategies(before, after)), after);
    QCOMPARE(applyChanges(after, diffStrategies(after, before)), before);
}


QTEST_GUILESS_MAIN(TestWaitStrategy)
#include "tst_waitstrategy.moc"
