#include "history/historyrows.h"

#include "model/queuemapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace holdline::history {

using namespace Qt::StringLiterals;

namespace {

// lupdate files these strings under this context, as tr() does at run
// time; a helper function would leave lupdate guessing the namespace.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryRows)
};
const QStringList &columnNames()
{
    static const QStringList names{
        u"id"_s, u"entry_time"_s, u"os_user"_s, u"client_id"_s, u"tenant"_s, u"queue_id"_s,
        u"action"_s, u"status"_s, u"queue_before"_s, u"queue_after"_s, u"diff"_s, u"message"_s,
        u"resolves_entry_id"_s, u"target_entry_id"_s, u"details"_s, u"previous_hash"_s, u"hash"_s,
    };
    return names;
}

// Parses one JSON column; on failure records why in *problem (first problem wins).
QJsonDocument parseColumn(const QVariant &value, const QString &column, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError && problem->isEmpty())
        *problem = Text::tr("%1 is not valid JSON (%2)").arg(column, error.errorString());
    return document;
}

QJsonObject objectColumn(const QVariant &value, const QString &column, QString *problem)
{
    const QJsonDocument document = parseColumn(value, column, problem);
    if (!document.isObject() && problem->isEmpty())
        *problem = Text::tr("%1 is not a JSON object").arg(column);
    return document.object();
}

QJsonArray arrayColumn(const QVariant &value, const QString &column, QString *problem)
{
    const QJsonDocument document = parseColumn(value, column, problem);
    if (!document.isArray() && problem->isEmpty())
        *problem = Text::tr("%1 is not a JSON array").arg(column);
    return document.array();
}

qint64 idColumn(const QVariant &value, const QString &column, QString *problem)
{
    if (value.isNull())
        return 0;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok && problem->isEmpty())
        *problem = Text::tr("%1 is not a number").arg(column);
    return id;
}

// A null QString binds as SQL NULL; an empty text column is '' instead.
QString text(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

const QList<storage::Migration> &historyMigrations()
{
    // Version 1. entry_time, not "time": a type name in PostgreSQL.
    static const QList<storage::Migration> migrations{
        {1,
         {u"CREATE TABLE history_entries ("
          "id BIGINT NOT NULL PRIMARY KEY, entry_time VARCHAR(32) NOT NULL, "
          "os_user VARCHAR(255) NOT NULL, client_id VARCHAR(255) NOT NULL, tenant VARCHAR(512) NOT NULL, "
          "queue_id VARCHAR(128) NOT NULL, action VARCHAR(32) NOT NULL, status VARCHAR(32) NOT NULL, "
          "queue_before TEXT NOT NULL, queue_after TEXT NOT NULL, diff TEXT NOT NULL, message TEXT NOT NULL, "
          "resolves_entry_id BIGINT, target_entry_id BIGINT, details TEXT NOT NULL, "
          "previous_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL)"_s,
          u"CREATE INDEX history_entries_queue ON history_entries (tenant, queue_id, id)"_s,
          u"CREATE INDEX history_entries_status ON history_entries (status, tenant, id)"_s,
          u"CREATE INDEX history_entries_resolves ON history_entries (resolves_entry_id)"_s}},
        // Version 2: the history's identity ("history_id", a UUID), by which
        // its chain key is found in the keychain wherever the file is.
        {2, {u"CREATE TABLE history_meta (name VARCHAR(64) NOT NULL PRIMARY KEY, value TEXT NOT NULL)"_s}},
    };
    return migrations;
}

QString historyColumns(const QString &alias)
{
    if (alias.isEmpty())
        return columnNames().join(u", "_s);
    QStringList prefixed;
    for (const QString &name : columnNames())
        prefixed.append(alias + u'.' + name);
    return prefixed.join(u", "_s);
}

HistoryRow readRow(const QSqlQuery &query)
{
    HistoryRow row;
    HistoryEntry &e = row.entry;
    QString *problem = &row.problem;
    e.id = query.value(0).toLongLong(&row.idValid);
    const QString time = query.value(1).toString();
    e.time = QDateTime::fromString(time, Qt::ISODateWithMs).toUTC();
    if (!e.time.isValid())
        *problem = u"its time \"%1\" is not an ISO-8601 time"_s.arg(time);
    e.osUser = query.value(2).toString();
    e.clientId = query.value(3).toString();
    e.tenant = query.value(4).toString();
    e.queueId = query.value(5).toString();
    e.action = query.value(6).toString();
    e.status = query.value(7).toString();
    e.queueBefore = objectColumn(query.value(8), u"queue_before"_s, problem);
    e.queueAfter = objectColumn(query.value(9), u"queue_after"_s, problem);
    e.diff = arrayColumn(query.value(10), u"diff"_s, problem);
    e.message = query.value(11).toString();
    e.resolvesEntryId = idColumn(query.value(12), u"resolves_entry_id"_s, problem);
    e.targetEntryId = idColumn(query.value(13), u"target_entry_id"_s, problem);
    e.details = objectColumn(query.value(14), u"details"_s, problem);
    e.previousHash = query.value(15).toString();
    e.hash = query.value(16).toString();
    return row;
}

void bindRow(QSqlQuery &query, const HistoryEntry &e)
{
    query.addBindValue(e.id);
    query.addBindValue(e.time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(text(e.osUser));
    query.addBindValue(text(e.clientId));
    query.addBindValue(text(e.tenant));
    query.addBindValue(text(e.queueId));
    query.addBindValue(text(e.action));
    query.addBindValue(text(e.status));
    query.addBindValue(QString::fromUtf8(canonicalJson(e.queueBefore)));
    query.addBindValue(QString::fromUtf8(canonicalJson(e.queueAfter)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(e.diff).toJson(QJsonDocument::Compact)));
    query.addBindValue(text(e.message));
    query.addBindValue(optionalId(e.resolvesEntryId));
    query.addBindValue(optionalId(e.targetEntryId));
    query.addBindValue(QString::fromUtf8(canonicalJson(e.details)));
    query.addBindValue(text(e.previousHash));
    query.addBindValue(text(e.hash));
}

} // namespace holdline::history
