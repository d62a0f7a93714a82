#include "ui/settings/appsettings.h"

#include <QSettings>

namespace holdline::ui {

using namespace Qt::StringLiterals;

AppSettings::AppSettings(QObject *parent) : QObject(parent) {}

PolicySelection AppSettings::policies() const
{
    const QStringList stored = QSettings().value(u"policies/selection"_s).toStringList();
    if (stored.isEmpty())
        return PolicySelection();
    return PolicySelection::fromStringList(stored).value_or(PolicySelection());
}

void AppSettings::setPolicies(const PolicySelection &selection)
{
    QSettings().setValue(u"policies/selection"_s, selection.toStringList());
    Q_EMIT changed();
}

deploy::DegradationGuard::Settings AppSettings::guard() const
{
    QSettings s;
    s.beginGroup(u"guard"_s);
    deploy::DegradationGuard::Settings g;
    g.rules.maxAverageWaitSeconds = s.value(u"maxAverageWaitSeconds"_s, g.rules.maxAverageWaitSeconds).toDouble();
    g.rules.minCallbackConversion = s.value(u"minCallbackConversion"_s, g.rules.minCallbackConversion).toDouble();
    g.rules.maxAbandonRisePoints = s.value(u"maxAbandonRisePoints"_s, g.rules.maxAbandonRisePoints).toDouble();
    g.rules.maxAnswerRateDropPoints = s.value(u"maxAnswerRateDropPoints"_s, g.rules.maxAnswerRateDropPoints).toDouble();
    g.rules.minContacts = s.value(u"minContacts"_s, g.rules.minContacts).toInt();
    g.windowSeconds = s.value(u"windowSeconds"_s, g.windowSeconds).toLongLong();
    g.mode = s.value(u"mode"_s).toString() == "alert"_L1 ? deploy::DegradationGuard::Mode::AlertOnly
                                                         : deploy::DegradationGuard::Mode::AutoRollback;
    return g;
}

void AppSettings::setGuard(const deploy::DegradationGuard::Settings &g)
{
    QSettings s;
    s.beginGroup(u"guard"_s);
    s.setValue(u"maxAverageWaitSeconds"_s, g.rules.maxAverageWaitSeconds);
    s.setValue(u"minCallbackConversion"_s, g.rules.minCallbackConversion);
    s.setValue(u"maxAbandonRisePoints"_s, g.rules.maxAbandonRisePoints);
    s.setValue(u"maxAnswerRateDropPoints"_s, g.rules.maxAnswerRateDropPoints);
    s.setValue(u"minContacts"_s, g.rules.minContacts);
    s.setValue(u"windowSeconds"_s, g.windowSeconds);
    s.setValue(u"mode"_s, g.mode == deploy::DegradationGuard::Mode::AlertOnly ? u"alert"_s : u"rollback"_s);
    s.endGroup();
    Q_EMIT changed();
}

ServiceGoal AppSettings::serviceGoal() const
{
    // A stored goal that no longer parses (edited by hand) falls back to the default.
    return ServiceGoal::parse(QSettings().value(u"advice/serviceGoal"_s).toString()).value_or(ServiceGoal{});
}

void AppSettings::setServiceGoal(const ServiceGoal &goal)
{
    QSettings().setValue(u"advice/serviceGoal"_s, goal.toText());
    Q_EMIT changed();
}

int AppSettings::refreshSeconds() const
{
    return qBound(2, QSettings().value(u"view/refreshSeconds"_s, 10).toInt(), 3600);
}

void AppSettings::setRefreshSeconds(int seconds)
{
    QSettings().setValue(u"view/refreshSeconds"_s, seconds);
    Q_EMIT changed();
}

QUrl AppSettings::syncEndpoint() const
{
    return QUrl(QSettings().value(u"sync/endpoint"_s).toString());
}

void AppSettings::setSyncEndpoint(const QUrl &endpoint)
{
    QSettings().setValue(u"sync/endpoint"_s, endpoint.toString());
    Q_EMIT changed();
}

QString AppSettings::lastProfile() const
{
    return QSettings().value(u"connection/lastProfile"_s).toString();
}

void AppSettings::setLastProfile(const QString &name)
{
    QSettings().setValue(u"connection/lastProfile"_s, name);
}

QString AppSettings::signingSecretKey(const QUrl &endpoint)
{
    return u"sync-signing:"_s + endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

} // namespace holdline::ui
