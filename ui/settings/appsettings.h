#pragma once

#include "deploy/degradationguard.h"
#include "model/policyselection.h"
#include "model/servicegoal.h"

#include <QObject>
#include <QUrl>

namespace holdline::ui {

// The desktop app's preferences, typed, over QSettings (never a secret: the
// sync signing secret lives in the keychain). changed() lets every view follow.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    explicit AppSettings(QObject *parent = nullptr);

    PolicySelection policies() const;
    void setPolicies(const PolicySelection &selection);

    deploy::DegradationGuard::Settings guard() const;
    void setGuard(const deploy::DegradationGuard::Settings &settings);

    // What "Suggest" aims at (beside the packs' targets).
    ServiceGoal serviceGoal() const;
    void setServiceGoal(const ServiceGoal &goal);

    int refreshSeconds() const;
    void setRefreshSeconds(int seconds);

    QUrl syncEndpoint() const;
    void setSyncEndpoint(const QUrl &endpoint);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    // Keychain key of the signing secret for an endpoint.
    static QString signingSecretKey(const QUrl &endpoint);

Q_SIGNALS:
    void changed();
};

} // namespace holdline::ui
