#pragma once

#include "deploy/deploytypes.h"
#include "history/historyentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace holdline::api {
class TenantAnalytics;
}

namespace holdline::deploy {

class DeploymentEngine;

// The metrics of one window, as the guard compares them.
struct WindowMetrics
{
    std::optional<double> offered;
    std::optional<double> answerRate;
    std::optional<double> abandonRate;
    std::optional<double> averageWaitTime;
    std::optional<double> callbackConversionRate;

    QJsonObject toJson() const;
    static std::optional<WindowMetrics> fromJson(const QJsonObject &object);
    static QStringList metricNames();
};

struct GuardRules
{
    // The product specification's rule: both at once.
    double maxAverageWaitSeconds = 200;
    double minCallbackConversion = 0.2;
    // Relative rules, in percentage points, judged only with enough contacts.
    double maxAbandonRisePoints = 5;
    double maxAnswerRateDropPoints = 10;
    int minContacts = 30;
};

struct GuardVerdict
{
    enum class Kind { Healthy, Breach, InsufficientData };
    Kind kind = Kind::Healthy;
    QStringList reasons;   // for people
    WindowMetrics before;
    WindowMetrics after;

    static QString kindName(Kind kind); // "healthy", "breach", "insufficient-data"
    static std::optional<Kind> kindFromName(QStringView name);
};

// A guard decision as its history entry records it, for showing to people.
struct GuardRecord
{
    GuardVerdict verdict;        // reasons: the entry's message
    qint64 windowSeconds = 0;    // each side of the deploy, tenant time
    qint64 deployEntryId = 0;    // the deploy judged
};
// Null unless the entry is a guard decision with well-formed details.
std::optional<GuardRecord> guardRecordOf(const history::HistoryEntry &entry);

// Compares the window after a deploy with the window before it.
GuardVerdict judge(const WindowMetrics &before, const WindowMetrics &after, const GuardRules &rules);

// Watches deployed queues on the tenant's clock (the sandbox's simulated time
// counts): once a window has passed after a deploy, it compares the two
// windows, records its decision in the history, and on a breach rolls the
// deploy back (or only alerts). It never sleeps: poll() is driven by a timer,
// or called directly by tests, and reads the time from tenantNow.
class DegradationGuard : public QObject
{
    Q_OBJECT
public:
    enum class Mode { AutoRollback, AlertOnly };
    Q_ENUM(Mode)

    struct Settings
    {
        GuardRules rules;
        Mode mode = Mode::AutoRollback;
        qint64 windowSeconds = 1800;  // tenant time on each side of the deploy
    };

    DegradationGuard(DeploymentEngine *engine, api::TenantAnalytics *analytics,
                     std::function<QDateTime()> tenantNow, Settings settings, QObject *parent = nullptr);

    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }

    // Starts watching a completed deploy (its history entry) made at deployedAt (tenant time).
    void watch(const QString &queueId, qint64 deployEntryId, const QDateTime &deployedAt);
    int watchedCount() const { return int(m_watches.size()); }

    // Judges every watch whose after-window has passed.
    void poll();

Q_SIGNALS:
    // rollingBack: a breach in AutoRollback mode; rollbackFinished() follows.
    void decided(const QString &queueId, qint64 deployEntryId, const holdline::deploy::GuardVerdict &verdict,
                 bool rollingBack);
    void rollbackFinished(const QString &queueId, qint64 deployEntryId, const holdline::deploy::DeployOutcome &outcome);
    void failed(const QString &queueId, const QString &error);

private:
    struct Watch
    {
        QString queueId;
        qint64 deployEntryId = 0;
        QDateTime deployedAt;
        bool judging = false;
    };
    void judgeWatch(const Watch &watch);
    void record(const Watch &watch, const GuardVerdict &verdict, history::Status status);

    DeploymentEngine *m_engine;
    api::TenantAnalytics *m_analytics;
    std::function<QDateTime()> m_tenantNow;
    Settings m_settings;
    QList<Watch> m_watches;
};

} // namespace holdline::deploy
