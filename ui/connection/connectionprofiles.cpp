#include "ui/connection/connectionprofiles.h"

#include <QSettings>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {
// A settings file is edited by hand at times: anything but 1..1,000,000 follows the tenant.
int boundedRate(const QVariant &value)
{
    bool ok = false;
    const int rate = value.toInt(&ok);
    return ok && rate >= 1 && rate <= ConnectionProfile::MaxPinnedRate ? rate : 0;
}
} // namespace

ConnectionProfile ConnectionProfiles::sandboxProfile()
{
    ConnectionProfile p;
    p.name = tr("Sandbox");
    p.sandbox = true;
    p.pinnedRatePerMinute = boundedRate(QSettings().value(u"sandboxProfile/pinnedRatePerMinute"_s));
    p.history = QSettings().value(u"sandboxProfile/history"_s).toString();
    return p;
}

QList<ConnectionProfile> ConnectionProfiles::load()
{
    QList<ConnectionProfile> result{sandboxProfile()};
    QSettings s;
    const int n = s.beginReadArray(u"profiles"_s);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ConnectionProfile p;
        p.name = s.value(u"name"_s).toString();
        p.baseUrl = QUrl(s.value(u"baseUrl"_s).toString());
        p.clientId = s.value(u"clientId"_s).toString();
        p.pinnedRatePerMinute = boundedRate(s.value(u"pinnedRatePerMinute"_s));
        p.history = s.value(u"history"_s).toString();
        if (!p.name.isEmpty())
            result.append(p);
    }
    s.endArray();
    return result;
}

void ConnectionProfiles::save(const QList<ConnectionProfile> &profiles)
{
    QSettings s;
    for (const ConnectionProfile &p : profiles)
        if (p.sandbox) {
            s.setValue(u"sandboxProfile/pinnedRatePerMinute"_s, p.pinnedRatePerMinute);
            s.setValue(u"sandboxProfile/history"_s, p.history);
        }
    s.remove(u"profiles"_s);
    s.beginWriteArray(u"profiles"_s);
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.sandbox)
            continue;
        s.setArrayIndex(i++);
        s.setValue(u"name"_s, p.name);
        s.setValue(u"baseUrl"_s, p.baseUrl.toString());
        s.setValue(u"clientId"_s, p.clientId);
        s.setValue(u"pinnedRatePerMinute"_s, p.pinnedRatePerMinute);
        s.setValue(u"history"_s, p.history);
    }
    s.endArray();
}

std::optional<ConnectionProfile> ConnectionProfiles::find(const QString &name)
{
    for (const ConnectionProfile &p : load())
        if (p.name == name)
            return p;
    return std::nullopt;
}

} // namespace holdline::ui
