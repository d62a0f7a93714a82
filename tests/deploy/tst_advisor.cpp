// The threshold advisor: the specification's rule, then cooldown and
// hysteresis so that it cannot oscillate.
#include "deploy/evidence.h"
#include "deploy/thresholdadvisor.h"

#include <QtTest>

using namespace holdline;
using namespace holdline::deploy;
using namespace Qt::StringLiterals;

class TestAdvisor : public QObject
{
    Q_OBJECT

private slots:
    // No advice on too few contacts: at the gate's edge, and when the count is unknown.
    void adviceNeedsEnoughContacts()
    {
        const AnswerRateAdvisor advisor;
        const int enough = advisor.settings().minContacts;
        WaitStrategy s;
        s.positionThreshold = 10;
        s.callbackPositionThreshold = 5;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // One answered contact of one: "100 %", and no evidence of anything.
        const Advice one = advisor.advise({s, 1.0, 1.0, now, std::nullopt});
        QVERIFY(!one.change);
        QVERIFY2(one.reason.contains(u"Not enough traffic"_s) && one.reason.contains(u"1 contact"_s), qPrintable(one.reason));
        QVERIFY2(one.reason.contains(u"between 21 and 100"_s), qPrintable(one.reason)); // its Wilson interval
        QVERIFY(!advisor.advise({s, 0.95, double(enough - 1), now, std::nullopt}).change);
        QVERIFY(advisor.advise({s, 0.95, double(enough), now, std::nullopt}).change);
        QVERIFY(!advisor.advise({s, 0.95, std::nullopt, now, std::nullopt}).change);
        // With enough, the reason gives the rate's interval and its sample.
        const Advice sure = advisor.advise({s, 0.95, 400.0, now, std::nullopt});
        QVERIFY2(sure.reason.contains(u"400 contact"_s) && sure.reason.contains(u"92–97"_s), qPrintable(sure.reason));
    }

    void wilsonIntervalAtTheEdges()
    {
        const auto [low0, high0] = wilsonInterval(0.0, 10);
        QCOMPARE(low0, 0.0);
        QVERIFY(high0 > 0.25 && high0 < 0.35); // none of ten: up to about 31 %
        const auto [low, high] = wilsonInterval(0.5, 100);
        QVERIFY(std::abs(low - 0.404) < 0.002 && std::abs(high - 0.596) < 0.002);
        QCOMPARE(wilsonInterval(0.7, 0), std::make_pair(0.0, 1.0)); // no sample, no knowledge
    }
    void specificationRule_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("callbackPosition");
        QTest::addColumn<double>("answerRate");
        QTest::addColumn<int>("expectedThreshold");
        QTest::addColumn<int>("expectedCallback");
        QTest::newRow("low rate lowers by 3") << 10 << 5 << 0.25 << 7 << 5;
        QTest::newRow("floor at 1") << 2 << 1 << 0.1 << 1 << 1;
        QTest::newRow("callback clamped to new threshold") << 10 << 9 << 0.2 << 7 << 7;
        QTest::newRow("high rate raises by 2") << 10 << 5 << 0.75 << 12 << 5;
        QTest::newRow("cap at 50") << 49 << 5 << 0.9 << 50 << 5;
        QTest::newRow("band keeps") << 10 << 5 << 0.5 << 10 << 5;
        QTest::newRow("exactly 0.3 keeps") << 10 << 5 << 0.3 << 10 << 5;
        QTest::newRow("exactly 0.7 keeps") << 10 << 5 << 0.7 << 10 << 5;
    }

    void specificationRule()
    {
        QFETCH(int, threshold);
        QFETCH(int, callbackPosition);
        QFETCH(double, answerRate);
        QFETCH(int, expectedThreshold);
        QFETCH(int, expectedCallback);
        WaitStrategy s;
        s.positionThreshold = threshold;
        s.callbackPositionThreshold = callbackPosition;
        const WaitStrategy next = adjustForAnswerRate(s, answerRate);
        QCOMPARE(next.positionThreshold, expectedThreshold);
        QCOMPARE(next.callbackPositionThreshold, expectedCallback);
        QCOMPARE(next.maxHoldTime, s.maxHoldTime);
    }

    void noRateNoChange()
    {
        AnswerRateAdvisor advisor;
        const Advice advice = advisor.advise({WaitStrategy{}, std::nullopt, 200.0, QDateTime::currentDateTimeUtc(), std::nullopt});
        QVERIFY(!advice.change);
        QVERIFY(advice.reason.contains(QLatin1String("No contacts")));
    }

    void cooldownThenHysteresis()
    {
        const AnswerRateAdvisor advisor; // cooldown 30 min, hysteresis 5 points
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        WaitStrategy s;
        s.positionThreshold = 10;

        const Advice lower = advisor.advise({s, 0.2, 200.0, t0, std::nullopt});
        QVERIFY(lower.change);
        QCOMPARE(lower.suggested.positionThreshold, 7);
        QCOMPARE(lower.direction, -1);
        const LastChange lowered{t0, lower.direction};
        s = lower.suggested;

        // Within the cooldown nothing moves, however extreme the rate.
        QVERIFY(!advisor.advise({s, 0.95, 200.0, t0.addSecs(20 * 60), lowered}).change);

        // After it, reversing needs the rate beyond 0.7 + 0.05.
        const Advice hold = advisor.advise({s, 0.72, 200.0, t0.addSecs(31 * 60), lowered});
        QVERIFY(!hold.change);
        const Advice raise = advisor.advise({s, 0.8, 200.0, t0.addSecs(31 * 60), lowered});
        QVERIFY(raise.change);
        QCOMPARE(raise.suggested.positionThreshold, 9);
        QCOMPARE(raise.direction, 1);

        // Continuing in the same direction needs no extra margin.
        QVERIFY(advisor.advise({s, 0.29, 200.0, t0.addSecs(31 * 60), lowered}).change);
        // With no change on record, 0.72 is beyond the plain bound.
        QVERIFY(advisor.advise({s, 0.72, 200.0, t0.addSecs(31 * 60), std::nullopt}).change);
    }

    void aBandOfItsOwn()
    {
        AnswerRateAdvisor::Settings settings;
        settings.band = {0.5, 0.9};
        const AnswerRateAdvisor advisor(settings);
        WaitStrategy s;
        s.positionThreshold = 10;
        const Advice advice = advisor.advise({s, 0.4, 200.0, QDateTime::currentDateTimeUtc(), std::nullopt});
        QVERIFY(advice.change);
        QCOMPARE(advice.suggested.positionThreshold, 7);
        QVERIFY(!advisor.advise({s, 0.8, 200.0, QDateTime::currentDateTimeUtc(), std::nullopt}).change);
    }

    void oscillatingRateSettles()
    {
        // A rate bouncing around the bounds must not flip the threshold each time.
        const AnswerRateAdvisor advisor;
        WaitStrategy s;
        s.positionThreshold = 20;
        QDateTime t = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        std::optional<LastChange> last;
        int changes = 0;
        const double rates[] = {0.28, 0.72, 0.29, 0.71, 0.27, 0.73, 0.29, 0.72};
        for (double rate : rates) {
            t = t.addSecs(10 * 60);
            const Advice advice = advisor.advise({s, rate, 200.0, t, last});
            if (advice.change) {
                ++changes;
                last = LastChange{t, advice.direction};
                s = advice.suggested;
            }
        }
        QVERIFY2(changes <= 2, qPrintable(QString::number(changes)));
    }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
