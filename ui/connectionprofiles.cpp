#include "connectionprofiles.h"

#include <QSettings>

namespace holdline::ui {

using namespace Qt::StringLiterals;

ConnectionProfile ConnectionProfiles::sandboxProfile()
{
    ConnectionProfile p;
    p.name = tr("Sandbox");
    p.sandbox = true;
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
        if (!p.name.isEmpty())
            result.append(p);
    }
    s.endArray();
    return result;
}

void ConnectionProfiles::save(const QList<ConnectionProfile> &profiles)
{
    QSettings s;
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
