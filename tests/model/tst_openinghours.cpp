// A queue's hours of operation: the optional `hoursOfOperation` member read
// strictly (a malformed one never shows a wrong "closed"), open/closed and the
// next opening on the site's clock, and agreement with the sandbox: its seeded
// queues take calls exactly when their published hours say, and at every hour
// of the UTC week a good share of them is open.
#include "model/openinghours.h"
#include "sandbox/queuestore.h"
#include "sim/seededqueues.h"
#include "sim/simcalendar.h"

#include <QJsonDocument>
#include <QTest>

using namespace holdline;
using namespace Qt::StringLiterals;

namespace {
// JSON written with single quotes, to keep the tables readable.
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QJsonObject queueWith(const QByteArray &hoursJson)
{
    return QJsonDocument::fromJson("{\"id\": \"q-1\", \"hoursOfOperation\": " + hoursJson + "}").object();
}

const QByteArray NewYorkWeekdays = j("{'timeZone': 'UTC-05:00', 'utcOffsetMinutes': -300, 'weekly': ["
                                     "{'day': 'monday', 'open': '07:00', 'close': '20:00'},"
                                     "{'day': 'tuesday', 'open': '07:00', 'close': '20:00'},"
                                     "{'day': 'wednesday', 'open': '07:00', 'close': '20:00'},"
                                     "{'day': 'thursday', 'open': '07:00', 'close': '20:00'},"
                                     "{'day': 'friday', 'open': '07:00', 'close': '20:00'}]}");

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC); // 2026-11-23 is a Monday
}
} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void absentIsNothingAndNoError()
    {
        QString error = u"stale"_s;
        QVERIFY(!OpeningHours::fromQueue(QJsonObject{{u"id"_s, u"q-1"_s}}, &error));
        QVERIFY(error.isEmpty());
    }

    void malformedIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not an object") << QByteArray("[1]");
        QTest::newRow("no weekly") << j("{'utcOffsetMinutes': 0}");
        QTest::newRow("offset out of range") << j("{'utcOffsetMinutes': 100000, 'weekly': []}");
        QTest::newRow("eight days")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{},{},{},{},{},{},{},{}]}");
        QTest::newRow("unknown day")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{'day': 'funday', 'open': '07:00', 'close': '20:00'}]}");
        QTest::newRow("a day twice")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{'day': 'monday', 'open': '07:00', 'close': '20:00'},"
                 "{'day': 'monday', 'open': '07:00', 'close': '20:00'}]}");
        QTest::newRow("25 o'clock")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{'day': 'monday', 'open': '07:00', 'close': '25:00'}]}");
        QTest::newRow("closes before it opens")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{'day': 'monday', 'open': '20:00', 'close': '07:00'}]}");
        QTest::newRow("time is a number")
            << j("{'utcOffsetMinutes': 0, 'weekly': [{'day': 'monday', 'open': 7, 'close': '20:00'}]}");
    }
    void malformedIsAnError()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!OpeningHours::fromQueue(queueWith(json), &error));
        QVERIFY2(!error.isEmpty(), json.constData());
    }

    void openAndNextOpeningOnTheSitesClock()
    {
        QString error;
        const auto hours = OpeningHours::fromQueue(queueWith(NewYorkWeekdays), &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->timeZoneName(), u"UTC-05:00"_s);
        QVERIFY(!hours->isRoundTheClock());

        QVERIFY(!hours->isOpenAt(utc(23, 11, 59)));        // Monday 06:59 in New York
        QVERIFY(hours->isOpenAt(utc(23, 12, 0)));          // 07:00
        QVERIFY(hours->isOpenAt(utc(24, 0, 59)));          // Monday 19:59
        QVERIFY(!hours->isOpenAt(utc(24, 1, 0)));          // 20:00: closed
        QCOMPARE(hours->nextOpening(utc(23, 11, 0)), utc(23, 12, 0));
        QCOMPARE(hours->nextOpening(utc(24, 1, 0)), utc(24, 12, 0));  // tomorrow morning
        QCOMPARE(hours->nextOpening(utc(28, 2, 0)), utc(30, 12, 0));  // Friday night: Monday
        QCOMPARE(hours->nextOpening(utc(28, 2, 0)).offsetFromUtc(), -300 * 60); // local to the site
    }

    void roundTheClockNeverCloses()
    {
        QByteArray json = j("{'utcOffsetMinutes': 330, 'weekly': [");
        const char *days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; ++d)
            json += (d ? "," : "") + j("{'day': '") + days[d] + j("', 'open': '00:00', 'close': '24:00'}");
        json += "]}";
        const auto hours = OpeningHours::fromQueue(queueWith(json));
        QVERIFY(hours);
        QVERIFY(hours->isRoundTheClock());
        for (int h = 0; h < 24 * 7; ++h)
            QVERIFY(hours->isOpenAt(utc(23, 0).addSecs(h * 3600 + 1800)));
    }

    // The hours the sandbox publishes are the hours its simulation keeps, and
    // the sites are spread so that the tenant is never all asleep.
    void sandboxQueuesKeepTheirPublishedHours()
    {
        const QList<sim::SeededQueue> seeded = sim::makeSeededQueues(40, 1);
        sandbox::QueueStore store(sandbox::TenantLimits{});
        QList<OpeningHours> hours;
        for (const sim::SeededQueue &q : seeded) {
            store.addSeeded(q, 0);
            QString error;
            const auto h = OpeningHours::fromQueue(*store.find(q.profile.id), &error);
            QVERIFY2(h, qPrintable(q.profile.id + u": "_s + error));
            hours.append(*h);
        }
        int fewestOpen = int(seeded.size());
        QDateTime fewestAt;
        const QDateTime monday = utc(23, 0);
        for (int slot = 0; slot < 7 * 48; ++slot) {
            const QDateTime t = monday.addSecs(qint64(slot) * sim::SimCalendar::slotSeconds);
            int open = 0;
            for (int i = 0; i < seeded.size(); ++i) {
                const bool staffed = sim::SimCalendar::agentsAt(seeded[i].profile, t.toSecsSinceEpoch()) > 0;
                QVERIFY2(staffed == hours[i].isOpenAt(t),
                         qPrintable(seeded[i].profile.id + u" at "_s + t.toString(Qt::ISODate)));
                open += staffed;
            }
            if (open < fewestOpen) {
                fewestOpen = open;
                fewestAt = t;
            }
        }
        qInfo().noquote() << u"fewest queues open in the UTC week: %1 of %2, at %3"_s.arg(fewestOpen)
                                 .arg(seeded.size()).arg(fewestAt.toString(u"ddd HH:mm"_s));
        QVERIFY2(fewestOpen >= seeded.size() / 4, qPrintable(fewestAt.toString(Qt::ISODate)));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
