#include "history/historysecrets.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <utility>

namespace holdline::history {

using namespace Qt::StringLiterals;

namespace {
bool isSecretKey(const QString &key)
{
    // Compared without case, "_" or "-", so clientSecret and Access-Token match too.
    static const QStringList names{u"clientsecret"_s, u"accesstoken"_s, u"refreshtoken"_s};
    QString folded = key.toLower();
    folded.remove(u'_');
    folded.remove(u'-');
    return names.contains(folded);
}

QString findIn(const QJsonValue &value, const QString &path)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (isSecretKey(it.key()))
                return child;
            // A diff line names its field in a value: {"field": "auth.clientSecret", ...}.
            if (it.key() == u"field"_s && isSecretKey(it.value().toString().section(u'.', -1)))
                return child + u'=' + it.value().toString();
            if (const QString found = findIn(it.value(), child); !found.isEmpty())
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (const QString found = findIn(array.at(i), path + u'[' + QString::number(i) + u']'); !found.isEmpty())
                return found;
    }
    return {};
}
} // namespace

QString findSecretKey(const HistoryEntry &entry)
{
    // Only the free-form JSON members can hold keys; the rest are plain strings.
    const std::pair<QString, QJsonValue> members[] = {
        {u"queueBefore"_s, entry.queueBefore},
        {u"queueAfter"_s, entry.queueAfter},
        {u"diff"_s, entry.diff},
        {u"details"_s, entry.details},
    };
    for (const auto &[name, value] : members)
        if (const QString found = findIn(value, name); !found.isEmpty())
            return found;
    return {};
}

} // namespace holdline::history
