#pragma once

#include "api/apierror.h"
#include "deploy/thresholdadvisor.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace holdline::api {
class TenantAnalytics;
}

namespace holdline::cli {

struct RateReading
{
    std::optional<double> answerRate;  // nullopt: too few contacts in either window to judge
    std::optional<double> offered;     // contacts in `interval`
    QString interval;                  // the window it was read over: PT5M, or PT1H when PT5M was too thin
};

// The answer rate the advisor acts on: the last five minutes, or the last
// hour for queues whose last five minutes had too few contacts. One batched
// query per window for all queues. A rate over fewer than MinimumContacts is
// no evidence (one contact answered is "100 %"), so it is not reported.
class AnswerRateProbe : public QObject
{
    Q_OBJECT
public:
    // The advisor's evidence gate: a window with fewer is widened, then judged too thin.
    static constexpr int MinimumContacts = deploy::AnswerRateAdvisor::Settings{}.minContacts;

    AnswerRateProbe(api::TenantAnalytics *analytics, QStringList queueIds, QObject *parent = nullptr);

    void start();
    const QHash<QString, RateReading> &readings() const { return m_readings; }
    const api::ApiError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void query(const QString &interval, const QStringList &queueIds);

    api::TenantAnalytics *m_analytics;
    QStringList m_queueIds;
    QHash<QString, RateReading> m_readings;
    api::ApiError m_error;
};

} // namespace holdline::cli
