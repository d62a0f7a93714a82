#include "model/policyselection.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace holdline {

namespace {
// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PolicySelection)
};
} // namespace

PolicySelection::PolicySelection()
    : m_entries{{BaselinePackId, QString()}}
{
}

PolicySelection PolicySelection::empty()
{
    PolicySelection selection;
    selection.m_entries.clear();
    return selection;
}

QStringList PolicySelection::packIds() const
{
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.packId);
    return ids;
}

bool PolicySelection::contains(const QString &packId) const
{
    return packIds().contains(packId);
}

QString PolicySelection::variant(const QString &packId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.packId == packId)
            return entry.variant;
    }
    return {};
}

void PolicySelection::select(const QString &packId, const QString &variant)
{
    for (Entry &entry : m_entries) {
        if (entry.packId == packId) {
            entry.variant = variant;
            return;
        }
    }
    m_entries.append({packId, variant});
}

void PolicySelection::deselect(const QString &packId)
{
    m_entries.removeIf([&packId](const Entry &entry) { return entry.packId == packId; });
}

QStringList PolicySelection::toStringList() const
{
    QStringList list;
    for (const Entry &entry : m_entries)
        list.append(entry.variant.isEmpty() ? entry.packId : entry.packId + u':' + entry.variant);
    return list;
}

std::optional<PolicySelection> PolicySelection::fromStringList(const QStringList &list, QString *error)
{
    PolicySelection selection = empty();
    for (const QString &item : list) {
        const QStringList parts = item.split(u':');
        if (parts.size() > 2 || parts.constFirst().isEmpty() || (parts.size() == 2 && parts.constLast().isEmpty())) {
            if (error)
                *error = Text::tr("\"%1\" is not a policy pack (expected PACK or PACK:VARIANT)").arg(item);
            return std::nullopt;
        }
        selection.select(parts.constFirst(), parts.size() == 2 ? parts.constLast() : QString());
    }
    return selection;
}

QJsonObject PolicySelection::toJson() const
{
    QJsonArray packs;
    for (const Entry &entry : m_entries) {
        QJsonObject object{{u"id"_s, entry.packId}};
        if (!entry.variant.isEmpty())
            object.insert(u"variant"_s, entry.variant);
        packs.append(object);
    }
    return {{u"packs"_s, packs}};
}

std::optional<PolicySelection> PolicySelection::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue packs = object.value(u"packs"_s);
    if (!packs.isArray()) {
        if (error)
            *error = Text::tr("packs must be an array");
        return std::nullopt;
    }
    PolicySelection selection = empty();
    const QJsonArray array = packs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QJsonValue id = entry.value(u"id"_s);
        const QJsonValue variant = entry.value(u"variant"_s);
        if (!id.isString() || id.toString().isEmpty() || !(variant.isUndefined() || variant.isString())) {
            if (error)
                *error = Text::tr("packs[%1] must be {\"id\": string, \"variant\": string (optional)}").arg(i);
            return std::nullopt;
        }
        selection.select(id.toString(), variant.toString());
    }
    return selection;
}

} // namespace holdline
