#include "model/policyregistry.h"
#include "model/strategyvalidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace holdline;

namespace {

const QDate today(2026, 11, 25);

// "ruleId severity field" per finding, compact enough for data tables.
QStringList describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings) {
        lines.append(finding.ruleId + u' ' + severityName(finding.severity) + u' '
                     + (finding.field ? fieldName(*finding.field) : u"-"_s));
    }
    return lines;
}

PolicySelection selectionOf(const QStringList &list)
{
    const auto selection = PolicySelection::fromStringList(list);
    Q_ASSERT(selection);
    return *selection;
}

} // namespace

class TestStrategyValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contractAndConsistency_data();
    void contractAndConsistency();
    void policies_data();
    void policies();
    void messages_data();
    void messages();
    void effectiveDate_data();
    void effectiveDate();
    void predictionFindingsCarryTheTarget();
    void helpers();
    void findingToJson();

private:
    PolicyRegistry m_registry;
};

void TestStrategyValidator::initTestCase()
{
    m_registry = PolicyRegistry::withBuiltInPacks();
    QVERIFY(m_registry.errors().isEmpty());
}

void TestStrategyValidator::contractAndConsistency_data()
{
    QTest::addColumn<WaitStrategy>("strategy");
    QTest::addColumn<TenantLimits>("limits");
    QTest::addColumn<QStringList>("findings");
    const TenantLimits none;
    // {positionThreshold, callbackEnabled, callbackPositionThreshold, abandonmentThreshold, maxHoldTime}
    QTest::newRow("typical") << WaitStrategy{10, true, 5, 120, 180} << none << QStringList();
    QTest::newRow("lower bounds") << WaitStrategy{1, true, 1, 0, 1} << none << QStringList();
    QTest::newRow("upper bounds, offer at 3599") << WaitStrategy{100, true, 100, 3599, 3600} << none << QStringList();
    QTest::newRow("positionThreshold 0")
        << WaitStrategy{0, true, 0, 120, 180} << none
        << QStringList{u"range.positionThreshold error positionThreshold"_s,
                       u"range.callbackPositionThreshold error callbackPositionThreshold"_s};
    QTest::newRow("positionThreshold 101") << WaitStrategy{101, true, 5, 120, 180} << none
                                           << QStringList{u"range.positionThreshold error positionThreshold"_s};
    QTest::newRow("callbackPositionThreshold 101 above 100")
        << WaitStrategy{100, true, 101, 120, 180} << none
        << QStringList{u"range.callbackPositionThreshold error callbackPositionThreshold"_s,
                       u"cross.callback-position-above-threshold error callbackPositionThreshold"_s};
    QTest::newRow("abandonmentThreshold -1") << WaitStrategy{10, true, 5, -1, 180} << none
                                             << QStringList{u"range.abandonmentThreshold error abandonmentThreshold"_s};
    QTest::newRow("abandonmentThreshold 3601")
        << WaitStrategy{10, true, 5, 3601, 3600} << none
        << QStringList{u"range.abandonmentThreshold error abandonmentThreshold"_s,
                       u"cross.time-offer-unreachable warning abandonmentThreshold"_s};
    QTest::newRow("maxHoldTime 0") << WaitStrategy{10, true, 5, 0, 0} << none
                                   << QStringList{u"range.maxHoldTime error maxHoldTime"_s};
    QTest::newRow("maxHoldTime 3601") << WaitStrategy{10, true, 5, 120, 3601} << none
                                      << QStringList{u"range.maxHoldTime error maxHoldTime"_s};
    QTest::newRow("callback offer above activation")
        << WaitStrategy{7, true, 8, 120, 180} << none
        << QStringList{u"cross.callback-position-above-threshold error callbackPositionThreshold"_s};
    QTest::newRow("callback offer above activation, callbacks off")
        << WaitStrategy{7, false, 8, 120, 180} << none
        << QStringList{u"cross.callback-position-above-threshold error callbackPositionThreshold"_s};
    QTest::newRow("callback offer equal to activation") << WaitStrategy{7, true, 7, 120, 180} << none << QStringList();
    QTest::newRow("callbacks off with offers configured") << WaitStrategy{10, false, 5, 120, 180} << none
                                                          << QStringList();
    QTest::newRow("time offer at max hold") << WaitStrategy{10, true, 5, 180, 180} << none
                                            << QStringList{u"cross.time-offer-unreachable warning abandonmentThreshold"_s};
    QTest::newRow("time offer after max hold")
        << WaitStrategy{10, true, 5, 240, 180} << none
        << QStringList{u"cross.time-offer-unreachable warning abandonmentThreshold"_s};
    QTest::newRow("time offer just before max hold") << WaitStrategy{10, true, 5, 179, 180} << none << QStringList();
    QTest::newRow("time offer off") << WaitStrategy{10, true, 5, 0, 1} << none << QStringList();
    QTest::newRow("tenant position limit reached") << WaitStrategy{30, true, 5, 120, 180} << TenantLimits{30, {}}
                                                   << QStringList();
    QTest::newRow("tenant position limit passed")
        << WaitStrategy{31, true, 5, 120, 180} << TenantLimits{30, {}}
        << QStringList{u"tenant.maxPositionThreshold error positionThreshold"_s};
    QTest::newRow("tenant hold limit passed") << WaitStrategy{10, true, 5, 60, 180} << TenantLimits{{}, 120}
                                              << QStringList{u"tenant.maxHoldTimeSeconds error maxHoldTime"_s};
    QTest::newRow("tenant hold limit reached") << WaitStrategy{10, true, 5, 60, 120} << TenantLimits{50, 120}
                                               << QStringList();
}

void TestStrategyValidator::contractAndConsistency()
{
    QFETCH(WaitStrategy, strategy);
    QFETCH(TenantLimits, limits);
    QFETCH(QStringList, findings);
    const StrategyValidator validator(m_registry, PolicySelection::empty(), limits);
    const QList<Finding> actual = validator.validate(strategy, today);
    QCOMPARE(describe(actual), findings);
    for (const Finding &finding : actual) {
        QVERIFY(finding.policyId.isEmpty());
        QVERIFY(!finding.citation.isEmpty());
        QVERIFY(!finding.message.isEmpty());
    }
}

void TestStrategyValidator::policies_data()
{
    QTest::addColumn<QStringList>("packs");
    QTest::addColumn<WaitStrategy>("strategy");
    QTest::addColumn<QStringList>("findings");

    const WaitStrategy ok{10, true, 5, 30, 60};
    QTest::newRow("baseline passes") << QStringList{u"baseline"_s} << WaitStrategy{10, true, 5, 120, 300} << QStringList();
    QTest::newRow("baseline hold time")
        << QStringList{u"baseline"_s} << WaitStrategy{10, true, 5, 120, 420}
        << QStringList{u"baseline/max-hold-time error maxHoldTime"_s};
    QTest::newRow("baseline both")
        << QStringList{u"baseline"_s} << WaitStrategy{10, true, 5, 301, 400}
        << QStringList{u"baseline/max-hold-time error maxHoldTime"_s,
                       u"baseline/max-abandonment-threshold error abandonmentThreshold"_s};
    QTest::newRow("no packs selected") << QStringList() << WaitStrategy{10, true, 5, 120, 3600} << QStringList();

    QTest::newRow("es in force, callbacks on")
        << QStringList{u"es-ley-10-2025"_s} << ok
        << QStringList{u"es-ley-10-2025/answer-within-3-minutes needs-prediction maxHoldTime"_s};
    QTest::newRow("es in force, callbacks off")
        << QStringList{u"es-ley-10-2025"_s} << WaitStrategy{10, false, 5, 30, 60}
        << QStringList{u"es-ley-10-2025/no-cutoff-for-waiting error callbackEnabled"_s,
                       u"es-ley-10-2025/answer-within-3-minutes needs-prediction maxHoldTime"_s};

    const QString br = u"br-decreto-6523-2008"_s;
    QTest::newRow("br default 60 ok") << QStringList{br} << ok << QStringList();
    QTest::newRow("br default 61")
        << QStringList{br} << WaitStrategy{10, true, 5, 30, 61}
        << QStringList{u"br-decreto-6523-2008/max-wait-general error maxHoldTime"_s};
    QTest::newRow("br general 61")
        << QStringList{br + u":general"_s} << WaitStrategy{10, true, 5, 30, 61}
        << QStringList{u"br-decreto-6523-2008/max-wait-general error maxHoldTime"_s};
    QTest::newRow("br financial 45 ok") << QStringList{br + u":financial"_s} << WaitStrategy{10, true, 5, 30, 45}
                                        << QStringList();
    QTest::newRow("br financial 46")
        << QStringList{br + u":financial"_s} << WaitStrategy{10, true, 5, 30, 46}
        << QStringList{u"br-decreto-6523-2008/max-wait-financial error maxHoldTime"_s};
    QTest::newRow("br peak days 90 ok") << QStringList{br + u":peak-days"_s} << WaitStrategy{10, true, 5, 30, 90}
                                        << QStringList();
    QTest::newRow("br peak days 91")
        << QStringList{br + u":peak-days"_s} << WaitStrategy{10, true, 5, 30, 91}
        << QStringList{u"br-decreto-6523-2008/max-wait-peak-days error maxHoldTime"_s};
    QTest::newRow("br callbacks off")
        << QStringList{br} << WaitStrategy{10, false, 5, 30, 60}
        << QStringList{u"br-decreto-6523-2008/callback-at-limit warning callbackEnabled"_s};
    QTest::newRow("br unknown variant checks the default")
        << QStringList{br + u":weekend"_s} << WaitStrategy{10, true, 5, 30, 61}
        << QStringList{u"policy.unknown-variant warning -"_s,
                       u"br-decreto-6523-2008/max-wait-general error maxHoldTime"_s};

    QTest::newRow("pt ok") << QStringList{u"pt-dl-134-2009"_s} << ok << QStringList();
    QTest::newRow("pt 61 and callbacks off")
        << QStringList{u"pt-dl-134-2009"_s} << WaitStrategy{10, false, 5, 30, 61}
        << QStringList{u"pt-dl-134-2009/max-wait-60s error maxHoldTime"_s,
                       u"pt-dl-134-2009/callback-after-60s error callbackEnabled"_s};

    QTest::newRow("md targets")
        << QStringList{u"us-md-comar-20-50-12-08"_s} << ok
        << QStringList{u"us-md-comar-20-50-12-08/answer-within-30s needs-prediction maxHoldTime"_s,
                       u"us-md-comar-20-50-12-08/abandonment-5-percent needs-prediction maxHoldTime"_s};
    QTest::newRow("pa target") << QStringList{u"us-pa-52-code-63-59"_s} << ok
                               << QStringList{u"us-pa-52-code-63-59/answer-within-20s needs-prediction maxHoldTime"_s};
    QTest::newRow("pack not installed") << QStringList{u"fr-nothing"_s} << ok
                                        << QStringList{u"policy.unknown-pack warning -"_s};
    QTest::newRow("variant on a pack without variants")
        << QStringList{u"baseline:strict"_s} << ok << QStringList{u"policy.unknown-variant warning -"_s};

    QTest::newRow("contract, cross-field and several packs, in that order")
        << QStringList{u"baseline"_s, br + u":financial"_s, u"us-pa-52-code-63-59"_s}
        << WaitStrategy{10, false, 12, 400, 400}
        << QStringList{u"cross.callback-position-above-threshold error callbackPositionThreshold"_s,
                       u"cross.time-offer-unreachable warning abandonmentThreshold"_s,
                       u"baseline/max-hold-time error maxHoldTime"_s,
                       u"baseline/max-abandonment-threshold error abandonmentThreshold"_s,
                       u"br-decreto-6523-2008/max-wait-financial error maxHoldTime"_s,
                       u"br-decreto-6523-2008/callback-at-limit warning callbackEnabled"_s,
                       u"us-pa-52-code-63-59/answer-within-20s needs-prediction maxHoldTime"_s};
}

void TestStrategyValidator::policies()
{
    QFETCH(QStringList, packs);
    QFETCH(WaitStrategy, strategy);
    QFETCH(QStringList, findings);
    const StrategyValidator validator(m_registry, selectionOf(packs));
    const QList<Finding> actual = validator.validate(strategy, QDate(2027, 1, 1)); // every pack in force
    QCOMPARE(describe(actual), findings);
    for (const Finding &finding : actual) {
        if (finding.ruleId.contains(u'/')) {
            QCOMPARE(finding.ruleId.section(u'/', 0, 0), finding.policyId);
            QVERIFY(!finding.citation.isEmpty());
            QVERIFY(!finding.effectiveFrom.isValid());
        }
    }
}

void TestStrategyValidator::messages_data()
{
    QTest::addColumn<QStringList>("packs");
    QTest::addColumn<WaitStrategy>("strategy");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("citation");

    QTest::newRow("hold-time cap") << QStringList{u"baseline"_s} << WaitStrategy{10, true, 5, 120, 420}
                                   << u"baseline/max-hold-time"_s
                                   << u"Maximum hold time 420 s exceeds the 300 s cap of Baseline hold-time mandate."_s
                                   << u"Holdline product rule, not a law: no caller holds longer than 5 minutes"_s;
    QTest::newRow("financial cap")
        << QStringList{u"br-decreto-6523-2008:financial"_s} << WaitStrategy{10, true, 5, 30, 50}
        << u"br-decreto-6523-2008/max-wait-financial"_s
        << u"Maximum hold time 50 s exceeds the 45 s cap of Brazil SAC: 45 s for financial services."_s
        << u"Law or regulation (BR): Portaria MJ nº 2.014/2008, art. 1 (financial services)"_s;
    QTest::newRow("callbacks required")
        << QStringList{u"pt-dl-134-2009"_s} << WaitStrategy{10, false, 5, 30, 60} << u"pt-dl-134-2009/callback-after-60s"_s
        << u"Callbacks are off, so callers who reach the maximum hold time of 60 s are sent to voicemail instead of "
           "keeping their place; callbacks must be on (Portugal: callback for calls not answered in 60 s)."_s
        << u"Law or regulation (PT): Decreto-Lei n.º 134/2009 (contact and reply when the 60 s are exceeded)"_s;
    QTest::newRow("service level")
        << QStringList{u"us-pa-52-code-63-59"_s} << WaitStrategy{} << u"us-pa-52-code-63-59/answer-within-20s"_s
        << u"At least 85% of calls must be answered within 20 s (Pennsylvania: 85% answered within 20 s). Only a "
           "prediction can tell whether this strategy meets it: run the what-if predictor."_s
        << u"Law or regulation (US-PA): 52 Pa. Code § 63.59(b)(2)"_s;
    QTest::newRow("abandonment rate")
        << QStringList{u"us-md-comar-20-50-12-08"_s} << WaitStrategy{} << u"us-md-comar-20-50-12-08/abandonment-5-percent"_s
        << u"No more than 5% of calls may be abandoned (Maryland: abandoned calls at most 5%). Only a prediction can "
           "tell whether this strategy meets it: run the what-if predictor."_s
        << u"Law or regulation (US-MD): COMAR 20.50.12.08B"_s;
    QTest::newRow("range") << QStringList() << WaitStrategy{10, true, 5, 120, 4000} << u"range.maxHoldTime"_s
                           << u"Maximum hold time 4000 s is outside the range the tenant accepts (1 s to 3600 s)."_s
                           << u"CXone rule: the range the Routing API accepts for this field"_s;
    QTest::newRow("callback above activation")
        << QStringList() << WaitStrategy{7, true, 9, 120, 180} << u"cross.callback-position-above-threshold"_s
        << u"Callback position threshold 9 is above the position threshold 7; the tenant rejects this. Callers are "
           "only offered a callback by position while more than 7 are waiting, so set it to 7 or lower."_s
        << u"CXone rule: the Routing API refuses such a queue"_s;
    QTest::newRow("time offer unreachable")
        << QStringList() << WaitStrategy{10, true, 5, 200, 180} << u"cross.time-offer-unreachable"_s
        << u"The callback offer after 200 s can never be made: every caller leaves the line at the maximum hold time "
           "of 180 s first. Lower the abandonment threshold below 180 s, or set it to 0 to turn the offer off."_s
        << u"How CXone's wait strategy works: the time-based callback offer"_s;
    QTest::newRow("unknown pack") << QStringList{u"fr-nothing"_s} << WaitStrategy{} << u"policy.unknown-pack"_s
                                  << u"Policy pack \"fr-nothing\" is selected but not installed; its rules were not "
                                     "checked."_s
                                  << QString();
}

void TestStrategyValidator::messages()
{
    QFETCH(QStringList, packs);
    QFETCH(WaitStrategy, strategy);
    QFETCH(QString, ruleId);
    QFETCH(QString, message);
    QFETCH(QString, citation);
    const StrategyValidator validator(m_registry, selectionOf(packs), TenantLimits{});
    const QList<Finding> findings = validator.validate(strategy, QDate(2027, 1, 1));
    const auto it = std::find_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding &finding) { return finding.ruleId == ruleId; });
    QVERIFY2(it != findings.cend(), qPrintable(describe(findings).join(u", "_s)));
    QCOMPARE(it->message, message);
    QCOMPARE(it->citation, citation);
}

void TestStrategyValidator::effectiveDate_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<bool>("announcesDate");
    QTest::newRow("a month before") << QDate(2026, 11, 25)
                                    << QStringList{u"es-ley-10-2025/no-cutoff-for-waiting warning callbackEnabled"_s,
                                                   u"es-ley-10-2025/answer-within-3-minutes needs-prediction maxHoldTime"_s}
                                    << true;
    QTest::newRow("the day before") << QDate(2026, 12, 27)
                                    << QStringList{u"es-ley-10-2025/no-cutoff-for-waiting warning callbackEnabled"_s,
                                                   u"es-ley-10-2025/answer-within-3-minutes needs-prediction maxHoldTime"_s}
                                    << true;
    QTest::newRow("the day it applies") << QDate(2026, 12, 28)
                                        << QStringList{u"es-ley-10-2025/no-cutoff-for-waiting error callbackEnabled"_s,
                                                       u"es-ley-10-2025/answer-within-3-minutes needs-prediction "
                                                       "maxHoldTime"_s}
                                        << false;
    QTest::newRow("years later") << QDate(2030, 6, 1)
                                 << QStringList{u"es-ley-10-2025/no-cutoff-for-waiting error callbackEnabled"_s,
                                                u"es-ley-10-2025/answer-within-3-minutes needs-prediction maxHoldTime"_s}
                                 << false;
}

void TestStrategyValidator::effectiveDate()
{
    QFETCH(QDate, asOf);
    QFETCH(QStringList, findings);
    QFETCH(bool, announcesDate);
    const StrategyValidator validator(m_registry, selectionOf({u"es-ley-10-2025"_s}));
    const QList<Finding> actual = validator.validate(WaitStrategy{10, false, 5, 30, 60}, asOf);
    QCOMPARE(describe(actual), findings);
    const QString suffix = u" Spain — customer service law (Ley 10/2025) applies from 2026-12-28."_s;
    for (const Finding &finding : actual) {
        QCOMPARE(finding.message.endsWith(suffix), announcesDate);
        QCOMPARE(finding.effectiveFrom, announcesDate ? QDate(2026, 12, 28) : QDate());
    }
    // Not yet in force never blocks: no errors before the date.
    QCOMPARE(hasErrors(actual), !announcesDate);
}

void TestStrategyValidator::predictionFindingsCarryTheTarget()
{
    const StrategyValidator validator(
        m_registry, selectionOf({u"us-md-comar-20-50-12-08"_s, u"es-ley-10-2025"_s, u"us-pa-52-code-63-59"_s}));
    const QList<Finding> findings =
        findingsWithSeverity(validator.validate(WaitStrategy{}, QDate(2027, 1, 1)), FindingSeverity::NeedsPrediction);
    QList<ServiceTarget> targets;
    for (const Finding &finding : findings)
        targets.append(finding.target.value_or(ServiceTarget{}));
    const QList<ServiceTarget> expected{
        {ServiceTarget::Kind::AnsweredWithin, 75, 30},
        {ServiceTarget::Kind::MaxAbandonment, 5, 0},
        {ServiceTarget::Kind::AnsweredWithin, 95, 180},
        {ServiceTarget::Kind::AnsweredWithin, 85, 20},
    };
    QCOMPARE(targets, expected);
}

void TestStrategyValidator::helpers()
{
    StrategyValidator validator(m_registry);
    QCOMPARE(validator.selection(), PolicySelection()); // baseline by default
    const WaitStrategy strategy{7, true, 9, 400, 400};
    QList<Finding> findings = validator.validate(strategy, today);
    QVERIFY(hasErrors(findings));
    QCOMPARE(describe(findingsFor(findings, WaitStrategyField::MaxHoldTime)),
             QStringList{u"baseline/max-hold-time error maxHoldTime"_s});
    QCOMPARE(describe(findingsFor(findings, WaitStrategyField::AbandonmentThreshold)),
             (QStringList{u"cross.time-offer-unreachable warning abandonmentThreshold"_s,
                          u"baseline/max-abandonment-threshold error abandonmentThreshold"_s}));
    QVERIFY(findingsFor(findings, WaitStrategyField::PositionThreshold).isEmpty());
    QCOMPARE(findingsWithSeverity(findings, FindingSeverity::Warning).size(), 1);

    // Warnings and predictions alone do not count as errors.
    validator.setSelection(selectionOf({u"us-pa-52-code-63-59"_s}));
    findings = validator.validate(WaitStrategy{10, true, 5, 180, 180}, today);
    QCOMPARE(findings.size(), 2);
    QVERIFY(!hasErrors(findings));
    QVERIFY(!hasErrors({}));

    validator.setTenantLimits(TenantLimits{5, {}});
    QCOMPARE(validator.tenantLimits(), (TenantLimits{5, {}}));
    QVERIFY(hasErrors(validator.validate(WaitStrategy{}, today)));
}

void TestStrategyValidator::findingToJson()
{
    const StrategyValidator validator(m_registry, selectionOf({u"es-ley-10-2025"_s}));
    const QList<Finding> findings = validator.validate(WaitStrategy{10, true, 5, 30, 60}, today);
    QCOMPARE(findings.size(), 1);
    const QJsonObject json = holdline::findingToJson(findings.constFirst());
    QCOMPARE(json.value(u"field"_s).toString(), u"maxHoldTime"_s);
    QCOMPARE(json.value(u"severity"_s).toString(), u"needs-prediction"_s);
    QCOMPARE(json.value(u"ruleId"_s).toString(), u"es-ley-10-2025/answer-within-3-minutes"_s);
    QCOMPARE(json.value(u"policyId"_s).toString(), u"es-ley-10-2025"_s);
    QCOMPARE(json.value(u"citation"_s).toString(), u"Law or regulation (ES): Ley 10/2025, art. 8"_s);
    QCOMPARE(json.value(u"effectiveFrom"_s).toString(), u"2026-12-28"_s);
    QCOMPARE(QJsonDocument(json.value(u"target"_s).toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"kind":"answeredWithin","percent":95,"withinSeconds":180})"));
}

QTEST_GUILESS_MAIN(TestStrategyValidator)
#include "tst_strategyvalidator.moc"
