#pragma once

#include "api/analyticsclient.h"
#include "api/apierror.h"
#include "model/waitstrategy.h"
#include "predict/calibration.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

namespace holdline::predict {

// What calibrating a queue needs besides its metrics (from its queue object).
struct QueueFacts
{
    WaitStrategy strategy;
    int serviceLevelSeconds = 20;
};

// Calibrates queues from the Analytics API over a window the user chooses:
// `interval` is the query's (a trailing duration such as "PT4H" or "P1D",
// or "start/end"); with a granularity the calibration also learns the time
// of day. Owned by the caller; finished() once, then deleteLater() it.
class CalibrationFetch : public QObject
{
    Q_OBJECT
public:
    CalibrationFetch(api::TenantAnalytics *client, QHash<QString, QueueFacts> queues, QString interval,
                     QString granularity = QString(), QObject *parent = nullptr);

    void start();
    const QHash<QString, Calibration> &calibrations() const { return m_calibrations; }
    const api::ApiError &error() const { return m_error; }
    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }

    // The pure part: records of one query to calibrations (seconds: the
    // window's length without granularity, else the bucket's).
    static QHash<QString, Calibration> calibrate(const QList<api::MetricsRecord> &records,
                                                 const QHash<QString, QueueFacts> &queues, qint64 seconds,
                                                 bool series);
    // Seconds of "PT30M", "P1D", "start/end"...; 0 when it does not parse.
    static qint64 durationSeconds(const QString &isoDurationOrInterval);

    // How far back contacts are counted to find the callbacks still pending
    // (older ones are taken as settled).
    static constexpr qint64 backlogLookBackSeconds = 86400;
    // The look-back interval ending where `interval` ends: "P7D" for a
    // trailing duration, "start/end" for an explicit one; empty when it does not parse.
    static QString backlogInterval(const QString &interval);
    // Pending callbacks from a look-back summary's values, bounded by what the
    // window could have produced (a tenant's figures are not trusted further).
    static int pendingCallbacks(const Calibrator::Values &values, const Calibration &calibration,
                                const WaitStrategy &strategy);

Q_SIGNALS:
    void finished();

private:
    void fetchBacklog();

    api::TenantAnalytics *m_client;
    QHash<QString, QueueFacts> m_queues;
    QString m_interval;
    QString m_granularity;
    QPointer<api::AnalyticsReply> m_reply;
    QPointer<api::AnalyticsReply> m_backlogReply;
    QHash<QString, Calibration> m_calibrations;
    api::ApiError m_error;
    bool m_done = false;
};

} // namespace holdline::predict
