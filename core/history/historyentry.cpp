#include "history/historyentry.h"

#include "model/queuemapping.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMessageAuthenticationCode>

namespace holdline::history {

using namespace Qt::StringLiterals;

namespace {
// ISO-8601 UTC with milliseconds: the one form of a time that is hashed and stored.
QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

// Every field the hash covers, keyed as in toJson(); ids are JSON numbers
// (QJsonValue keeps a qint64 exact).
QJsonObject contentObject(const HistoryEntry &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"time"_s, timeToJson(e.time)},
        {u"osUser"_s, e.osUser},
        {u"clientId"_s, e.clientId},
        {u"tenant"_s, e.tenant},
        {u"queueId"_s, e.queueId},
        {u"action"_s, e.action},
        {u"status"_s, e.status},
        {u"queueBefore"_s, e.queueBefore},
        {u"queueAfter"_s, e.queueAfter},
        {u"diff"_s, e.diff},
        {u"message"_s, e.message},
        {u"resolvesEntryId"_s, e.resolvesEntryId},
        {u"targetEntryId"_s, e.targetEntryId},
        {u"details"_s, e.details},
    };
}
} // namespace

QString HistoryEntry::actor() const
{
    if (clientId.isEmpty())
        return osUser;
    return osUser % u" (client:"_s % clientId % u')';
}

QStringList HistoryEntry::unownedFieldsChanged() const
{
    // What a deploy writes itself: the owned fields and the tenant's bookkeeping.
    static const QStringList written{u"version"_s, u"dateModified"_s, u"modifiedBy"_s, u"waitStrategy"_s,
                                     u"callback"_s, u"maxHoldTime"_s};
    QStringList changed;
    for (auto it = queueAfter.begin(); it != queueAfter.end(); ++it)
        if (!written.contains(it.key()) && queueBefore.value(it.key()) != it.value())
            changed.append(it.key());
    return changed;
}

QDateTime HistoryEntry::changedAt() const
{
    return tenantTime().value_or(time);
}

std::optional<QDateTime> HistoryEntry::tenantTime() const
{
    const QDateTime modified = QDateTime::fromString(queueAfter.value("dateModified"_L1).toString(), Qt::ISODateWithMs);
    if (modified.isValid())
        return modified;
    // A guard decision is made once its window after the deploy has passed on the tenant's clock.
    const QDateTime deployedAt = QDateTime::fromString(details.value("deployedAt"_L1).toString(), Qt::ISODate);
    const qint64 window = details.value("windowSeconds"_L1).toInteger(-1);
    if (is(Action::Guard) && deployedAt.isValid() && window >= 0)
        return deployedAt.addSecs(window);
    return std::nullopt;
}

QueueReadResult HistoryEntry::strategyBefore() const
{
    return readWaitStrategy(queueBefore);
}

QueueReadResult HistoryEntry::strategyAfter() const
{
    return readWaitStrategy(queueAfter);
}

int HistoryEntry::versionBefore() const
{
    return queueBefore.value("version"_L1).toInt();
}

int HistoryEntry::versionAfter() const
{
    return queueAfter.value("version"_L1).toInt();
}

QString HistoryEntry::detailsText() const
{
    return QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented));
}

QByteArray HistoryEntry::canonicalContent() const
{
    return canonicalJson(contentObject(*this));
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject json = contentObject(*this);
    json.insert(u"previousHash"_s, previousHash);
    json.insert(u"hash"_s, hash);
    return json;
}

HistoryEntry HistoryEntry::fromJson(const QJsonObject &json)
{
    HistoryEntry e;
    e.id = json.value(u"id"_s).toInteger();
    e.time = timeFromJson(json.value(u"time"_s));
    e.osUser = json.value(u"osUser"_s).toString();
    e.clientId = json.value(u"clientId"_s).toString();
    e.tenant = json.value(u"tenant"_s).toString();
    e.queueId = json.value(u"queueId"_s).toString();
    e.action = json.value(u"action"_s).toString();
    e.status = json.value(u"status"_s).toString();
    e.queueBefore = json.value(u"queueBefore"_s).toObject();
    e.queueAfter = json.value(u"queueAfter"_s).toObject();
    e.diff = json.value(u"diff"_s).toArray();
    e.message = json.value(u"message"_s).toString();
    e.resolvesEntryId = json.value(u"resolvesEntryId"_s).toInteger();
    e.targetEntryId = json.value(u"targetEntryId"_s).toInteger();
    e.details = json.value(u"details"_s).toObject();
    e.previousHash = json.value(u"previousHash"_s).toString();
    e.hash = json.value(u"hash"_s).toString();
    return e;
}

QString chainHash(const QString &previousHash, const HistoryEntry &entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash.toUtf8());
    sha.addData(entry.canonicalContent());
    return QString::fromLatin1(sha.result().toHex());
}

QString chainMac(const QByteArray &key, const QString &previousHash, const HistoryEntry &entry)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(previousHash.toUtf8());
    mac.addData(entry.canonicalContent());
    return QString::fromLatin1(mac.result().toHex());
}

} // namespace holdline::history
